/**
 * sync-env end to end: the cases of test/cases/sync-env.ts through the bundle, for what only the runner shows: the
 * outputs and the summary's table of one sync, a dry run's summary, and the `::add-mask::` lines that come before
 * anything a secret could appear in. Every other promise of sync-env runs in process: test/integration/sync-env.test.ts.
 */
import { syncEnvCases } from '../cases/sync-env.js'
import { cloudEmulator } from '../support/preview-servers.js'
import { bundle } from './harness.js'

syncEnvCases(bundle, cloudEmulator())
