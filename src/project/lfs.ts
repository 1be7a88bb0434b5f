import { ProjectError } from './error.js'

/**
 * A Git LFS pointer: what a checkout without LFS leaves where the file should be. Its first line names the spec
 * (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md; `hawser` was LFS's name before 1.0), then `oid` and
 * `size` lines follow.
 */
const POINTER = /^version https:\/\/(?:git-lfs\.github\.com|hawser\.github\.com)\/spec\/v1\r?\n/
const SIZE = /^size ([0-9]+)\r?$/m

/**
 * SQL files (migrations, seeds) that are Git LFS pointers are refused before anything is sent: Postgres would only
 * say `syntax error at or near "version"`. Each one is named, with an annotation of its own.
 */
export function refuseLfsPointers(
  files: readonly { file: string; sql: string }[],
  display: (file: string) => string
): void {
  const pointers = files.filter(({ sql }) => POINTER.test(sql))
  if (pointers.length === 0) return
  const problems = pointers.map(({ file, sql }) => {
    const size = SIZE.exec(sql)?.[1]
    return {
      file,
      line: 1,
      message:
        `${display(file)} is a Git LFS pointer, not its SQL: the file itself (${size ? `${size} bytes, ` : ''}kept in Git ` +
        'LFS) was not checked out. Check out with `lfs: true` (actions/checkout) before this step.'
    }
  })
  const [first, ...others] = problems
  const names = pointers.map(({ file }) => display(file)).join(', ')
  const error = new ProjectError(
    pointers.length === 1
      ? first!.message
      : `${pointers.length} SQL files are Git LFS pointers, not their SQL (${names}): the checkout did not fetch Git LFS ` +
          'files. Check out with `lfs: true` (actions/checkout) before this step.',
    first!.file,
    1
  )
  error.also = others
  throw error
}
