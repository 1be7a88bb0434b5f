/** Where the test bundle of the sources lives: one per version of them (global-setup.mjs builds it). */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Every file that goes into the bundle: src/, the bundle script and its shims, the lock file, the TypeScript config. */
function sourceHash() {
  const hash = createHash('sha256')
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) visit(file)
      else hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0')
    }
  }
  visit(path.join(ROOT, 'src'))
  visit(path.join(ROOT, 'scripts/shims'))
  for (const file of ['package-lock.json', 'tsconfig.json', 'scripts/bundle.mjs', 'scripts/bundle-aliases.json']) {
    hash.update(readFileSync(path.join(ROOT, file)))
  }
  return hash.digest('hex').slice(0, 16)
}

/** The bundle of the sources as they are now: `.cache/test-bundle/<hash>/index.js`, built or not. */
export function sourceBundle() {
  return path.join(ROOT, '.cache', 'test-bundle', sourceHash(), 'index.js')
}
