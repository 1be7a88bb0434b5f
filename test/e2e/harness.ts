import type { Tier } from '../cases/tier.js'
import type { CloudEmulator } from '../emulator/emulator.js'
import {
  assertNoLeaks,
  bundleBuilt,
  BUNDLE_BUILD_TIMEOUT_MS,
  secretsOf,
  spawnAction,
  type ActionRun,
  type SpawnOptions
} from '../support/action-runner.js'

export { assertNoLeaks, BUNDLE, GITHUB_TOKEN, parseOutputFile, ROOT, UUID } from '../support/action-runner.js'
/** The Node binary that runs the bundle: Node 24 in the CI pass that sets ACTION_NODE. */
export const NODE = process.env.ACTION_NODE || process.execPath

// Every e2e file imports this harness: under Jest, its tests start once the bundle of src/ is built (global-setup.mjs
// builds it beside the unit and integration tests). Scripts (npm run bench) run the bundle that is there.
if (process.env.JEST_WORKER_ID !== undefined) {
  const { beforeAll } = await import('@jest/globals')
  beforeAll(() => bundleBuilt(), BUNDLE_BUILD_TIMEOUT_MS)
}

export interface RunOptions {
  /** Inputs by their action.yml names; defaults from action.yml fill the rest, as the runner does. */
  inputs: Record<string, string>
  /** Extra step environment (for `${NAME}` in env files). */
  env?: Record<string, string>
  /** A pull_request (or other) event; default a push. */
  event?: { name: string; payload: unknown }
  /** Files to create in the workspace, by relative path. */
  files?: Record<string, string>
  githubApiUrl?: string
  /** The emulator: every value its tenants hold is checked against the log after the run. */
  emulator?: CloudEmulator
  /** More values that must not leak. */
  secrets?: string[]
  timeoutMs?: number
  /** The workspace to run in (reused across runs); default a fresh directory. */
  workspace?: string
  /** Told each line the action prints, as it prints it, with the child (to signal it). */
  onLine?: SpawnOptions['onLine']
  /** Told the child the moment it is started. */
  onSpawn?: SpawnOptions['onSpawn']
}

export type RunResult = ActionRun

/** The bundle as a tier of the shared cases (test/cases). */
export const bundle: Tier = { name: 'bundle', run: (options) => runAction(options) }

/** Run dist/index.js as the runner does (see ../support/action-runner.ts), then check that no secret leaked. */
export async function runAction(options: RunOptions): Promise<RunResult> {
  const { emulator: _emulator, secrets: _secrets, ...spawnOptions } = options
  const result = await spawnAction({ ...spawnOptions, node: NODE })
  assertNoLeaks(result, secretsOf(options.inputs, { tenants: options.emulator?.tenants(), secrets: options.secrets }))
  return result
}
