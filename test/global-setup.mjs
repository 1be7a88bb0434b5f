/**
 * Once per `npm test` run, before any test file:
 * - bundle src/ with ncc into a directory keyed by a hash of the sources, so the e2e tests run the code in
 *   src/ as the runner would run its bundle (the committed dist/ is checked separately: .ci/run compares it
 *   with a fresh bundle and runs the e2e suite on it with ACTION_BUNDLE=dist/index.js). The build runs beside the
 *   tests (test/sequencer.mjs puts the e2e files last meanwhile), and the e2e harness waits for it (bundleBuilt in
 *   test/support/action-runner.ts). A run without e2e files builds nothing;
 * - start one real Postgres (see test/support/postgres.ts) for the preview-database and schema tests: the major of
 *   TEST_POSTGRES_VERSION (default the main one), with a managed-style server role (MANAGED_ROLE).
 * What the test files need comes to them as environment variables: ACTION_BUNDLE, TEST_POSTGRES_URL (the superuser,
 * for the tests' own bookkeeping), TEST_POSTGRES_MANAGED_URL (the managed-style role) and TEST_POSTGRES_SERVER_URL
 * (what postgres-server-url gets: the managed-style role with TEST_POSTGRES_SERVER_ROLE=managed, else the superuser).
 *
 * Plain JavaScript: Jest loads its global setup with Node's own loader, which cannot map our `.js` imports to
 * TypeScript files; tsx loads the one TypeScript module needed.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import { sourceBundle } from './source-bundle.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The bundle of the sources, built once per version of them: its path at once, the build (when there is none yet)
 * in the background. When the build fails, `<dir>.failed` holds what it printed.
 */
function bundleSources() {
  const bundle = sourceBundle()
  if (existsSync(bundle)) return bundle
  const dir = path.dirname(bundle)
  const building = `${dir}.${process.pid}`
  const failed = `${dir}.failed`
  rmSync(building, { recursive: true, force: true })
  rmSync(failed, { force: true })
  mkdirSync(path.dirname(dir), { recursive: true })
  // The same build as `npm run bundle`, into a directory of its own.
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs'), building], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let output = ''
  child.stderr.on('data', (chunk) => (output += chunk))
  const done = new Promise((resolve) => {
    child.on('error', (error) => {
      writeFileSync(failed, String(error))
      resolve()
    })
    child.on('close', (code, signal) => {
      if (code !== 0) {
        // Stopped by the teardown (a run whose tests did not wait for it) is no failure.
        if (!signal) writeFileSync(failed, `node scripts/bundle.mjs exited with ${code}:\n${output}`)
        rmSync(building, { recursive: true, force: true })
        return resolve()
      }
      // Renamed into place whole, so an interrupted run never leaves half a bundle. A run that built the same
      // sources at the same time (another `npm test` in this checkout) may have renamed its copy first: that one
      // stays, since it may be running already, and ours goes.
      try {
        renameSync(building, dir)
      } catch (error) {
        if (!existsSync(bundle)) writeFileSync(failed, `could not move the bundle into place: ${error}`)
        rmSync(building, { recursive: true, force: true })
      }
      resolve()
    })
  })
  globalThis.testBundleBuild = { child, done }
  return bundle
}

/**
 * Whether the run includes files that run the bundle (test/e2e, and test/crash, which kills it): all of them without
 * patterns, else those a pattern matches.
 */
function runsE2e(globalConfig) {
  const patterns = globalConfig?.testPathPatterns
  if (!patterns?.isSet?.()) return true
  const matcher = patterns.toExecutor({ rootDir: globalConfig.rootDir })
  return ['e2e', 'crash'].some((folder) => {
    const dir = path.join(ROOT, 'test', folder)
    return readdirSync(dir)
      .filter((file) => file.endsWith('.test.ts'))
      .some((file) => matcher.isMatch(path.join(dir, file)))
  })
}

export default async function globalSetup(globalConfig) {
  if (!process.env.ACTION_BUNDLE && runsE2e(globalConfig)) process.env.ACTION_BUNDLE = bundleSources()
  if (!process.env.TEST_POSTGRES_URL) {
    const { startPostgres } = await tsImport('./support/postgres.ts', import.meta.url)
    const version = process.env.TEST_POSTGRES_VERSION ? Number(process.env.TEST_POSTGRES_VERSION) : undefined
    globalThis.testPostgres = await startPostgres({ version })
    process.env.TEST_POSTGRES_URL = globalThis.testPostgres.url
  }
  if (!process.env.TEST_POSTGRES_MANAGED_URL) {
    const { managedRoleUrl } = await tsImport('./support/postgres.ts', import.meta.url)
    process.env.TEST_POSTGRES_MANAGED_URL = await managedRoleUrl(process.env.TEST_POSTGRES_URL)
  }
  process.env.TEST_POSTGRES_SERVER_URL ||=
    process.env.TEST_POSTGRES_SERVER_ROLE === 'managed'
      ? process.env.TEST_POSTGRES_MANAGED_URL
      : process.env.TEST_POSTGRES_URL
}
