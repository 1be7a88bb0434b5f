/** A bad input: the message names the input and says how to fix it; the step stops before any API call. */
export class InputError extends Error {
  override name = 'InputError'
}

/**
 * A problem at a line of a file in the repository (an env file, a Hasura project file): reported as an error
 * annotation at that file and line, and named in the failure message too.
 */
export class FileError extends Error {
  override name = 'FileError'
  constructor(
    message: string,
    /** The path as the repository shows it (relative to the workspace), for annotations. */
    readonly file: string,
    /** 1-based; 1 where no better line applies. */
    readonly line: number,
    /** The input that named the file, e.g. `env-file`. */
    readonly input: string
  ) {
    super(message)
  }

  /** The same problem at other files: each gets an annotation of its own. */
  also: { file: string; line: number; message: string }[] = []
}
