import { EnvFileError } from '../../src/env/entry.js'

/** The EnvFileError that `run` throws; any other outcome fails the test. */
export function errorOf(run: () => unknown): EnvFileError {
  try {
    run()
  } catch (error) {
    if (error instanceof EnvFileError) return error
    throw error
  }
  throw new Error('expected an EnvFileError')
}
