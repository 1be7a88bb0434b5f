import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Every file under `dir` as `{ 'prefix/relative/path': text }`, for a run's workspace (`files` of spawnAction). */
export function filesOf(dir: string, prefix: string): Record<string, string> {
  const files: Record<string, string> = {}
  const visit = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) visit(full)
      else
        files[path.posix.join(prefix, path.relative(dir, full).split(path.sep).join('/'))] = readFileSync(full, 'utf8')
    }
  }
  visit(dir)
  return files
}
