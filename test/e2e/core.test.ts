/**
 * The bundle against the live-API emulator, one run per operation: create (with its outputs and summary), get and
 * delete, the cases of test/cases/core.ts. Every other case of these operations runs in process:
 * test/integration/core.test.ts.
 */
import { coreCases } from '../cases/core.js'
import { cloudEmulator } from '../support/preview-servers.js'
import { bundle } from './harness.js'

coreCases(bundle, cloudEmulator())
