/**
 * Jest's own order (failed first, then the slowest), except while the bundle of the sources is still to be built:
 * then the e2e files come last, since they wait for the bundle global-setup.mjs builds beside the other tests.
 */
import { existsSync } from 'node:fs'
import TestSequencer from '@jest/test-sequencer'
import { sourceBundle } from './source-bundle.mjs'

const isE2e = (test) => /[\\/]test[\\/](e2e|crash)[\\/]/.test(test.path)

export default class Sequencer extends TestSequencer {
  async sort(tests) {
    const sorted = await super.sort(tests)
    if (process.env.ACTION_BUNDLE || existsSync(sourceBundle())) return sorted
    return [...sorted.filter((test) => !isE2e(test)), ...sorted.filter(isE2e)]
  }
}
