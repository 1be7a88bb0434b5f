/**
 * What the env-file parsers produce, and the errors they raise.
 *
 * Error messages name keys, line numbers and variable names only, never a value: values
 * are secrets, and these messages end up in annotations and logs.
 */

import { FileError } from '../core/errors.js'

/** One key of an env file; value null means "remove this key from the tenant". */
export interface EnvEntry {
  key: string
  value: string | null
  /** 1-based line of the key in the file. */
  line: number
  /**
   * The value is written in the file as is (no `${NAME}` in it): it is in the repository already, so it is not
   * registered as a secret (masking `info` or `1000` job-wide would garble every later log line).
   */
  literal: boolean
}

/** A problem in an env file, reported as an annotation at file:line. */
export class EnvFileError extends FileError {
  override name = 'EnvFileError'
  constructor(
    message: string,
    /** The path as the user wrote it in `env-file` (repo-relative for annotations). */
    file: string,
    /** 1-based; 1 where no better line applies. */
    line: number
  ) {
    super(message, file, line, 'env-file')
  }
}

/** Env var names the action accepts, in both file formats. */
export const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Text that looks like a (misspelt) key may be quoted back in a message; anything else
 * (spaces, quotes, long text) may be a value pasted in the wrong place and is not.
 */
const QUOTABLE_KEY = /^[A-Za-z0-9_.-]{1,64}$/

/**
 * The single key check shared by the dotenv and YAML parsers, so both formats accept
 * exactly the same keys and report a bad one the same way, at its line.
 */
export function assertValidKey(key: string, file: string, line: number): void {
  if (KEY_PATTERN.test(key)) return
  if (key === '') {
    throw new EnvFileError('missing key: an entry needs a name before its value', file, line)
  }
  const what = QUOTABLE_KEY.test(key) ? `"${key}" is not a valid key` : 'this key is not valid'
  throw new EnvFileError(
    `${what}: keys must match ${KEY_PATTERN.source} (letters, digits and _, not starting with a digit)`,
    file,
    line
  )
}

/** Duplicate keys are an error in both formats; reported at the second occurrence. */
export function duplicateKeyError(key: string, firstLine: number, file: string, line: number): EnvFileError {
  return new EnvFileError(`${key} is defined twice: first on line ${firstLine}, again on line ${line}`, file, line)
}
