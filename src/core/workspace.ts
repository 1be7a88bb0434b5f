import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { InputError } from './errors.js'

/**
 * Files the action reads from the repository, and only from there. A committed symlink to /proc/self/environ, a
 * path like ../../etc/passwd or an absolute path elsewhere would hand the step's environment (the PAT among it)
 * or a runner file to a tenant. So a path counts only when its real path (symlinks resolved) is inside the real
 * workspace and is a regular file, and the size limit is enforced while reading (a /proc file says its size is 0).
 */
export interface WorkspacePath {
  /** The real path on disk. */
  real: string
  /** The path relative to the workspace, with `/` separators: what annotations and messages show. */
  relative: string
}

function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

function realWorkspace(workspace: string): string {
  try {
    return realpathSync(workspace)
  } catch {
    throw new InputError(
      `The workspace ${workspace} does not exist (GITHUB_WORKSPACE); check out the repository first.`
    )
  }
}

/**
 * Resolve `userPath` (as the user wrote it in `input`) against the workspace; an InputError naming the input when it
 * does not exist, leads outside the workspace (`within`, when given, narrows that to a directory inside it), or is
 * not of the expected kind.
 */
export function resolveWorkspacePath(
  workspace: string,
  userPath: string,
  input: string,
  kind: 'file' | 'directory',
  within?: string
): WorkspacePath {
  const root = realWorkspace(workspace)
  const boundary = within ?? root
  const wanted = path.resolve(root, userPath)
  let real: string
  try {
    real = realpathSync(wanted)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new InputError(
        `Input "${input}": ${userPath} does not exist in the workspace (paths are relative to the repository root, ${workspace}).`
      )
    }
    throw new InputError(`Input "${input}": cannot read ${userPath} (${code ?? String(error)}).`)
  }
  if (!isInside(boundary, real)) {
    const where = boundary === root ? 'the workspace' : path.relative(root, boundary) || 'the workspace'
    throw new InputError(
      `Input "${input}": ${userPath} leads outside ${where} (through "..", an absolute path or a symlink); ` +
        'only files of the repository are read.'
    )
  }
  const stats = statSync(real)
  if (kind === 'file' && !stats.isFile()) {
    throw new InputError(
      `Input "${input}": ${userPath} is ${stats.isDirectory() ? 'a directory' : 'not a regular file'}; name a file.`
    )
  }
  if (kind === 'directory' && !stats.isDirectory()) {
    throw new InputError(`Input "${input}": ${userPath} is not a directory; name the directory.`)
  }
  return { real, relative: path.relative(root, real).split(path.sep).join('/') || '.' }
}

/**
 * Read a file found by resolveWorkspacePath, at most `maxBytes`: the limit is checked on what is read, not on
 * what stat says. O_NOFOLLOW refuses a symlink swapped in since the path was resolved.
 */
export function readLimited(file: WorkspacePath, maxBytes: number, input: string): Buffer {
  let fd: number
  try {
    fd = openSync(file.real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
  } catch (error) {
    throw new InputError(
      `Input "${input}": cannot read ${file.relative} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`
    )
  }
  try {
    if (!fstatSync(fd).isFile()) throw new InputError(`Input "${input}": ${file.relative} is not a regular file.`)
    const chunks: Buffer[] = []
    let total = 0
    const chunk = Buffer.alloc(64 * 1024)
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null)
      if (read === 0) break
      total += read
      if (total > maxBytes) {
        throw new InputError(
          `Input "${input}": ${file.relative} is larger than ${maxBytes} bytes, the most the action reads from one file.`
        )
      }
      chunks.push(Buffer.from(chunk.subarray(0, read)))
    }
    return Buffer.concat(chunks, total)
  } finally {
    closeSync(fd)
  }
}
