import { httpRequest } from '../http/transport.js'
import { projectBase } from '../core/endpoints.js'
export class HealthTimeout extends Error {
  override name = 'HealthTimeout'
}

export interface HealthWaitOptions {
  timeoutMs: number
  /** First pause between polls; it grows to maxIntervalMs. */
  intervalMs?: number
  maxIntervalMs?: number
  log?: (message: string) => void
}

export interface Health {
  /** `WARN`: the engine runs, but its metadata is inconsistent. */
  status: 'OK' | 'WARN'
  polls: number
  ms: number
}

/**
 * Poll `<base>/healthz` until it answers 200, every half second for the first 10 s, then less often, at most every 5 s. 200 `OK` is
 * healthy; 200 `WARN` is healthy with inconsistent metadata (the caller warns).
 */
export async function waitForHealthy(endpoint: string, options: HealthWaitOptions): Promise<Health> {
  const url = `${projectBase(endpoint)}/healthz`
  const started = Date.now()
  const deadline = started + options.timeoutMs
  let interval = options.intervalMs ?? 500
  const maxInterval = options.maxIntervalMs ?? 5000
  let last: string
  for (let polls = 1; ; polls++) {
    const remaining = deadline - Date.now()
    try {
      const answer = await httpRequest(url, { signal: AbortSignal.timeout(Math.max(1, Math.min(remaining, 10_000))) })
      if (answer.status === 200) {
        // The engine answers `OK`, or `WARN: inconsistent objects in schema` (hasura/graphql-engine,
        // server/src-lib/Hasura/Server/App.hs, healthzAction): the prefix decides, never the whole text.
        const status = /^WARN\b/i.test(answer.body.trim()) ? 'WARN' : 'OK'
        return { status, polls, ms: Date.now() - started }
      }
      last = `HTTP ${answer.status}`
    } catch (error) {
      last =
        (error as Error).name === 'TimeoutError'
          ? 'no answer'
          : `network error (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
    }
    const left = deadline - Date.now()
    if (left <= 0) {
      throw new HealthTimeout(
        `${url} did not answer 200 within ${Math.round(options.timeoutMs / 1000)} s (last: ${last}, ${polls} polls). ` +
          'Raise "wait-timeout", or set "wait: false" to skip the wait.'
      )
    }
    if (polls === 1)
      options.log?.(`Waiting for ${url} to answer 200 (up to ${Math.round(options.timeoutMs / 1000)} s)...`)
    await new Promise((resolve) => setTimeout(resolve, Math.min(interval, left)))
    // Every half second while a boot is the likely cause (a new project answers within seconds), then less often.
    if (Date.now() - started >= 10_000) interval = Math.min(maxInterval, Math.round(interval * 1.5))
  }
}
