import { FileError } from '../core/errors.js'

/** A problem in a file of the `hasura-project` directory, reported as an annotation at that file and line. */
export class ProjectError extends FileError {
  override name = 'ProjectError'
  constructor(message: string, file: string, line: number) {
    super(message, file, line, 'hasura-project')
  }
}
