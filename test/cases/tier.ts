/**
 * The cases that hold in both tiers are written once, in this folder, as functions of a tier: test/e2e runs them
 * through the bundle in a child process (what only the runner shows: the bundle starts, its outputs, masks and
 * summary), test/integration in process. Both read a run the same way (test/support/workflow-log.ts).
 */
import type { CloudEmulator } from '../emulator/emulator.js'
import type { StepOptions } from '../support/action-runner.js'
import type { StepRun } from '../support/workflow-log.js'

export interface TierRunOptions extends StepOptions {
  /** The emulator: every value its tenants hold is checked against the log, summary and outputs after the run. */
  emulator?: CloudEmulator
  /** More values that must not leak. */
  secrets?: string[]
}

export interface Tier {
  /** Said in the tests' names. */
  name: 'bundle' | 'in process'
  run(options: TierRunOptions): Promise<StepRun>
}
