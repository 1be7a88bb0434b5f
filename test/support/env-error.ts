import { EnvFileError } from '../../src/env/entry.js'

/** The error of class `kind` that `run` throws; any other outcome fails the test. */
export function thrownBy<E extends Error>(kind: abstract new (...args: never[]) => E, run: () => unknown): E {
  try {
    run()
  } catch (error) {
    if (error instanceof kind) return error
    throw error
  }
  throw new Error(`expected a ${kind.name}`)
}

/** The EnvFileError that `run` throws; any other outcome fails the test. */
export const errorOf = (run: () => unknown): EnvFileError => thrownBy(EnvFileError, run)
