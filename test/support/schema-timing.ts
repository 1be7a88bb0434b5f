/**
 * How long a preview takes from "healthy" to "schema applied", for `npm run bench`: one create of the bundle with
 * `hasura-project` = examples/hasura against a Cloud emulator whose tenants run the engine emulator
 * (createProjectEngine), timed from the lines the action prints as it prints them.
 */
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { CloudEmulator } from '../emulator/emulator.js'
import type { ProjectEngine } from '../engine/engine.js'
import { NODE } from '../e2e/harness.js'
import { assertNoLeaks, ROOT, spawnAction } from './action-runner.js'
import { filesOf } from './files.js'

export interface SchemaTiming {
  /** From the line "The project is healthy" to the line that ends the schema apply ("Metadata reloaded: consistent"). */
  ms: number
  /** The whole run, process start to exit. */
  runMs: number
  migrationsApplied: number
  /** The requests the action sent to the project's metadata and query APIs, by type; health checks not counted. */
  calls: Record<string, number>
  /** Their sum. */
  total: number
}

const HEALTHY = 'The project is healthy'
const APPLIED = 'Metadata reloaded: consistent'

/**
 * Create a tenant on `emulator` (started with `engine: createProjectEngine`) with the example project, its database
 * being `databaseUrl` (an empty database the caller made and drops), and time the schema apply.
 */
export async function measureSchemaApply(options: {
  emulator: CloudEmulator
  databaseUrl: string
  /** The Node binary that runs the bundle; default the harness's (ACTION_NODE, else this one). */
  node?: string
}): Promise<SchemaTiming> {
  const { emulator, databaseUrl } = options
  const seen = new Map<string, number>()
  const run = await spawnAction({
    inputs: {
      pat: emulator.pat,
      'api-endpoint': emulator.url,
      operation: 'create',
      'database-url': databaseUrl,
      'hasura-project': 'hasura'
    },
    files: filesOf(path.join(ROOT, 'examples/hasura'), 'hasura'),
    node: options.node ?? NODE,
    onLine: (line) => {
      for (const mark of [HEALTHY, APPLIED])
        if (line.startsWith(mark) && !seen.has(mark)) seen.set(mark, performance.now())
    }
  })
  const tenantId = run.outputs['tenant-id']
  const healthy = seen.get(HEALTHY)
  const applied = seen.get(APPLIED)
  if (run.code !== 0 || !tenantId || healthy === undefined || applied === undefined) {
    throw new Error(`the create with hasura-project failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`)
  }
  const tenant = emulator.tenant(tenantId)
  assertNoLeaks(run, [
    emulator.pat,
    databaseUrl,
    ...Object.values(tenant?.env ?? {}).filter((value) => value.length >= 8)
  ])
  const engine = emulator.engineOf(tenantId) as ProjectEngine | undefined
  const calls = Object.fromEntries(Object.entries(engine?.calls ?? {}).filter(([type]) => type !== 'healthz'))
  return {
    ms: Math.round(applied - healthy),
    runMs: run.ms,
    migrationsApplied: Number(run.outputs['migrations-applied']),
    calls,
    total: Object.values(calls).reduce((sum, count) => sum + count, 0)
  }
}
