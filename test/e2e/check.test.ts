/**
 * `operation: check` through the bundle: the cases of test/cases/check.ts, a check that passes and one that fails,
 * with the summary's table. The other cases run in process: test/integration/check.test.ts.
 */
import { checkCases } from '../cases/check.js'
import { bundle } from './harness.js'

checkCases(bundle)
