/**
 * What real projects keep in their migration and seed files, through the action in process (see harness.ts): seed
 * dumps kept for local use, Git LFS pointers, `-- hasura:no-transaction`, the line Postgres points at, the
 * migration-timeout, extensions a database owner may not create, and the outputs when a seed file fails. Each pull
 * request gets its preview database on the test run's Postgres (postgres-server-url).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import pg from 'pg'
import type { CloudEmulator } from '../emulator/emulator.js'
import type { FakeGitHub } from '../github/fake-github.js'
import { ROOT } from '../support/action-runner.js'
import { filesOf } from '../support/files.js'
import { POSTGRES_PASSWORD } from '../support/postgres.js'
import { previewServers } from '../support/preview-servers.js'
import { pullRequestEvent } from '../support/pull-request.js'
import { annotations, errors, runOperation } from './harness.js'

const OWNER = 'acme'
/** Every preview database of this file starts with `acme-migfiles`, so the cleanup cannot touch another file's. */
const REPO = 'migfiles'
const PROJECT = 'hasura'
const EXAMPLE = filesOf(path.join(ROOT, 'examples/hasura'), PROJECT)
const MIGRATIONS = `${PROJECT}/migrations/default`
const SEEDS = `${PROJECT}/seeds/default`

const servers = previewServers({ databasePrefix: 'acme-migfiles', emulator: { projectQuota: 10 } })
let emulator: CloudEmulator
let gh: FakeGitHub
let admin: pg.Client

beforeAll(() => {
  ;({ emulator, gh, admin } = servers)
})

/** A create step on the pull request's `opened` event, with the example project plus `files`. */
function opened(number: number, files: Record<string, string>, inputs: Record<string, string> = {}) {
  return runOperation({
    inputs: {
      pat: emulator.pat,
      'api-endpoint': emulator.url,
      operation: 'create',
      'postgres-server-url': servers.serverUrl,
      'hasura-project': PROJECT,
      ...inputs
    },
    event: pullRequestEvent('opened', { owner: OWNER, repo: REPO, number, headSha: 'f'.repeat(40) }),
    env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}` },
    files: { ...EXAMPLE, ...files },
    githubApiUrl: gh.url,
    emulator,
    secrets: [POSTGRES_PASSWORD]
  })
}

/** Nothing was asked of Hasura Cloud, GitHub or the Postgres server. */
async function nothingSent(database: string): Promise<void> {
  expect(emulator.calls).toEqual([])
  expect(gh.requests).toEqual([])
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
  expect(rowCount).toBe(0)
}

const DUMP = `INSERT INTO "public"."author" ("name") VALUES ('${'x'.repeat(6 * 1024 * 1024)}');\n`
const LFS_POINTER = `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab12'.repeat(16)}\nsize 2048\n`

describe('seed files', () => {
  const dump = `${SEEDS}/1700000000000_local_dump.sql`

  it('a 6 MiB dump kept for local use is not read without seeds: the create goes on', async () => {
    const withoutSeeds = await opened(1, { [dump]: DUMP })
    expect(withoutSeeds.code).toBe(0)
    expect(withoutSeeds.outputs['migrations-applied']).toBe('3')
  })

  it('with seeds: true the dump is refused before any API call, naming the file and the input', async () => {
    const withSeeds = await opened(2, { [dump]: DUMP }, { seeds: 'true' })
    expect(withSeeds.code).toBe(1)
    expect(annotations(withSeeds)).toEqual([expect.objectContaining({ file: dump, line: 1 })])
    expect(errors(withSeeds)).toContain('is larger than 5242880 bytes')
    expect(errors(withSeeds)).toContain('because of the input "seeds: true"')
    await nothingSent('acme-migfiles-pr-2')
  })
})

describe('Git LFS pointers', () => {
  it('each pointer file gets its annotation and the step stops before any API call, saying to check out with lfs: true', async () => {
    const init = `${MIGRATIONS}/1700000300000_init_data/up.sql`
    const seed = `${SEEDS}/1700000000000_authors.sql`
    const run = await opened(3, { [init]: LFS_POINTER, [seed]: LFS_POINTER }, { seeds: 'true' })
    expect(run.code).toBe(1)
    expect(annotations(run).map(({ file, line }) => `${file}:${line}`)).toEqual([`${init}:1`, `${seed}:1`])
    expect(errors(run)).toContain('lfs: true')
    expect(errors(run)).not.toContain('syntax error')
    await nothingSent('acme-migfiles-pr-3')
  })
})
