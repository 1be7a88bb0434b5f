import { waitForHealthy } from '../engine/health.js'
import type { OperationDeps } from './deps.js'

/** After an env change or a create, the project restarts: wait until it answers again, when `wait` asks for it. */
export async function waitIfAsked(endpoint: string, deps: OperationDeps): Promise<void> {
  const { settings } = deps
  if (!('wait' in settings) || !settings.wait) return
  const health = await waitForHealthy(endpoint, {
    timeoutMs: settings.waitTimeoutSeconds * 1000,
    hooks: deps.waits,
    log: (message) => deps.log.info(message)
  })
  const checks = `${health.polls} health check${health.polls === 1 ? '' : 's'}, ${(health.ms / 1000).toFixed(1)} s`
  if (health.status === 'WARN') {
    deps.log.warning(
      `The project answers, but its /healthz says WARN: its metadata is inconsistent (${checks}). ` +
        'Open the console\'s "Metadata status" page, or apply the project with "hasura-project".'
    )
  } else {
    deps.log.info(`The project is healthy (${checks}).`)
  }
}
