/**
 * What real projects keep in their migration and seed files, through the action in process (see harness.ts): seed
 * dumps kept for local use, Git LFS pointers, `-- hasura:no-transaction`, the line Postgres points at, the
 * migration-timeout, extensions a database owner may not create, and the outputs when a seed file fails. Each pull
 * request gets its preview database on the test run's Postgres (postgres-server-url).
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import type { ProjectEngine } from '../engine/engine.js'
import { ROOT } from '../support/action-runner.js'
import { filesOf } from '../support/files.js'
import { previewServers, previewStep } from '../support/preview-servers.js'
import { annotations, errors, runOperation, type OperationRun } from './harness.js'

const OWNER = 'acme'
/** Every preview database of this file starts with `acme-migfiles`, so the cleanup cannot touch another file's. */
const REPO = 'migfiles'
const PROJECT = 'hasura'
const EXAMPLE = filesOf(path.join(ROOT, 'examples/hasura'), PROJECT)
const MIGRATIONS = `${PROJECT}/migrations/default`
const SEEDS = `${PROJECT}/seeds/default`

const servers = previewServers({ databasePrefix: 'acme-migfiles', emulator: { projectQuota: 10 } })
const { emulator, gh, admin } = servers

/** A create step on the pull request's `opened` event, with the example project plus `files`. */
function opened(number: number, files: Record<string, string>, inputs: Record<string, string> = {}) {
  return step('opened', number, files, inputs)
}

/** A create step on a pull request event: `synchronize` reuses the preview database (the engine path applies). */
function step(
  action: 'opened' | 'synchronize',
  number: number,
  files: Record<string, string>,
  inputs: Record<string, string> = {}
) {
  return runOperation(
    previewStep(servers, action, {
      pr: { owner: OWNER, repo: REPO, number, headSha: 'f'.repeat(40) },
      inputs: { 'hasura-project': PROJECT, ...inputs },
      files: { ...EXAMPLE, ...files }
    })
  )
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

/** What the preview database's own ledger holds, sorted. */
async function ledgerOf(database: string): Promise<string[]> {
  const rows = await servers.inDatabase<{ version: string }>(
    database,
    'SELECT version FROM hdb_catalog.hasura_cloud_action_migrations ORDER BY version'
  )
  return rows.map((row) => row.version)
}

/** What `hasura migrate status` reads for database default: version -> dirty. */
function cliRecord(run: OperationRun): unknown {
  const engine = emulator.engineOf(run.outputs['tenant-id']!) as ProjectEngine
  return (engine.catalogState.cli_state.migrations as Record<string, unknown> | undefined)?.default
}

const EXAMPLE_VERSIONS = ['1700000000000', '1700000100000', '1700000200000']

describe('the line Postgres points at', () => {
  it('a migration failing on its 4th line is annotated there; a seed file failing on its 3rd, there', async () => {
    const bad = `${MIGRATIONS}/1700000300000_add_rating/up.sql`
    const run = await opened(4, {
      [bad]:
        '-- ratings for articles\nALTER TABLE "public"."article"\n  ADD COLUMN "rating" integer NULL;\n' +
        'UPDATE "public"."article" SET "ratin" = 1;\n'
    })
    expect(run.code).toBe(1)
    expect(annotations(run)).toEqual([expect.objectContaining({ file: bad, line: 4 })])
    expect(errors(run)).toContain('at line 4: column "ratin" of relation "article" does not exist')

    const seed = `${SEEDS}/1700000000000_authors.sql`
    const seeded = await opened(
      5,
      { [seed]: "INSERT INTO author (name)\nVALUES ('a'),\n       ('b', 'c');\n" },
      { seeds: 'true' }
    )
    expect(seeded.code).toBe(1)
    expect(annotations(seeded)).toEqual([expect.objectContaining({ file: seed, line: 3 })])
  })
})

describe('migration-timeout', () => {
  const slow = `${MIGRATIONS}/1700000400000_backfill/up.sql`
  const SLOW = 'SELECT pg_sleep(5);\n'

  it('bounds a migration on a new preview database: it fails, named with the input, and the ones before stay', async () => {
    const run = await opened(6, { [slow]: SLOW }, { 'migration-timeout': '1' })
    expect(run.code).toBe(1)
    expect(annotations(run)).toEqual([expect.objectContaining({ file: slow, line: 1 })])
    expect(errors(run)).toContain('canceling statement due to statement timeout')
    expect(errors(run)).toContain('migration-timeout allows (1 s)')
    expect(errors(run)).toContain('The migrations before it stay applied, and it is not')
    expect(run.outputs['migrations-applied']).toBe('3')
    expect(await ledgerOf('acme-migfiles-pr-6')).toEqual(EXAMPLE_VERSIONS)
  })

  it('bounds each migration of a batch on a reused one, not their sum', async () => {
    expect((await opened(7, {})).code).toBe(0)
    const quick = `${MIGRATIONS}/1700000300000_add_bio/up.sql`
    const pushed = await step(
      'synchronize',
      7,
      { [quick]: 'ALTER TABLE "public"."author" ADD COLUMN "bio" text NULL;\n', [slow]: SLOW },
      { 'migration-timeout': '1' }
    )
    expect(pushed.code).toBe(1)
    expect(annotations(pushed)).toEqual([expect.objectContaining({ file: slow })])
    expect(errors(pushed)).toContain('canceling statement due to statement timeout')
    expect(errors(pushed)).toContain('migration-timeout allows (1 s)')
    expect(pushed.outputs['migrations-applied']).toBe('1')
    expect(await ledgerOf('acme-migfiles-pr-7')).toEqual([...EXAMPLE_VERSIONS, '1700000300000'])
  })
})

describe('an extension a database owner may not create', () => {
  it('names the extension, says it is not trusted, and that it comes from the template or the server admin', async () => {
    const file = `${MIGRATIONS}/1700000300000_dblink/up.sql`
    const run = await opened(8, { [file]: 'CREATE EXTENSION IF NOT EXISTS dblink;\n' })
    expect(run.code).toBe(1)
    expect(annotations(run)).toEqual([expect.objectContaining({ file, line: 1 })])
    const failure = errors(run)
    expect(failure).toContain('permission denied to create extension "dblink"')
    expect(failure).toContain('The extension dblink is not trusted')
    expect(failure).toContain('https://www.postgresql.org/docs/current/sql-createextension.html')
    expect(failure).toContain('database-template')
    expect(failure).toContain("server's admin")
  })
})

describe('a seed file that fails', () => {
  it("leaves migrations-applied (this run's) and seeds-applied (those before it) set", async () => {
    const run = await opened(
      9,
      {
        [`${SEEDS}/1_authors.sql`]: "INSERT INTO author (name) VALUES ('a');\n",
        [`${SEEDS}/2_articles.sql`]: "INSERT INTO article (title) VALUES ('no content');\n",
        [`${SEEDS}/3_more.sql`]: "INSERT INTO author (name) VALUES ('b');\n"
      },
      { seeds: 'true' }
    )
    expect(run.code).toBe(1)
    expect(annotations(run)).toEqual([expect.objectContaining({ file: `${SEEDS}/2_articles.sql` })])
    expect(run.outputs).toMatchObject({ 'migrations-applied': '3', 'seeds-applied': '1' })
  })

  it('its seeds stay pending through a push without seeds (not read, not counted as done) and go in with seeds: true', async () => {
    const seeds = {
      [`${SEEDS}/1_authors.sql`]: "INSERT INTO author (name) VALUES ('a');\n",
      [`${SEEDS}/2_more.sql`]: "INSERT INTO author (nam) VALUES ('b');\n"
    }
    expect((await opened(13, seeds, { seeds: 'true' })).code).toBe(1)
    const fixed = { ...seeds, [`${SEEDS}/2_more.sql`]: "INSERT INTO author (name) VALUES ('b');\n" }
    const without = await step('synchronize', 13, fixed)
    expect(without.code).toBe(0)
    expect(await servers.tagOf('acme-migfiles-pr-13')).toContain('seeds: pending')
    const authors = () =>
      servers.inDatabase<{ name: string }>('acme-migfiles-pr-13', 'SELECT name FROM author ORDER BY 1')
    expect(await authors()).toEqual([{ name: 'a' }])

    const withSeeds = await step('synchronize', 13, fixed, { seeds: 'true' })
    expect(withSeeds.code).toBe(0)
    expect(withSeeds.outputs['seeds-applied']).toBe('1')
    expect(await authors()).toEqual([{ name: 'a' }, { name: 'b' }])
    expect(await servers.tagOf('acme-migfiles-pr-13')).not.toContain('seeds: pending')
  })
})

describe('-- hasura:no-transaction', () => {
  const concurrently = (name: string, table: string, column: string) =>
    `-- hasura:no-transaction\nCREATE INDEX CONCURRENTLY "${name}" ON "public"."${table}" ("${column}");\n`
  const first = `${MIGRATIONS}/1700000300000_index_titles/up.sql`
  const second = `${MIGRATIONS}/1700000400000_index_names/up.sql`
  const indexes = async (database: string): Promise<string[]> =>
    (
      await servers.inDatabase<{ name: string }>(
        database,
        "SELECT indexname AS name FROM pg_indexes WHERE indexname LIKE '%_concurrently' ORDER BY 1"
      )
    ).map((row) => row.name)

  it('CREATE INDEX CONCURRENTLY runs on both paths, each migration recorded once', async () => {
    const files = {
      [first]:
        '-- hasura:no-transaction\n' +
        'CREATE INDEX CONCURRENTLY "title_concurrently" ON "public"."article" ("title");\n' +
        'CREATE INDEX CONCURRENTLY "content_concurrently" ON "public"."article" ("content");\n'
    }
    const run = await opened(10, files)
    expect(run.code).toBe(0)
    expect(run.outputs['migrations-applied']).toBe('4')
    expect(await indexes('acme-migfiles-pr-10')).toEqual(['content_concurrently', 'title_concurrently'])

    const pushed = await step('synchronize', 10, {
      ...files,
      [second]: concurrently('name_concurrently', 'author', 'name')
    })
    expect(pushed.code).toBe(0)
    expect(pushed.outputs['migrations-applied']).toBe('1')
    expect(await indexes('acme-migfiles-pr-10')).toEqual([
      'content_concurrently',
      'name_concurrently',
      'title_concurrently'
    ])
    expect(await ledgerOf('acme-migfiles-pr-10')).toEqual([...EXAMPLE_VERSIONS, '1700000300000', '1700000400000'])
    expect(cliRecord(pushed)).toEqual(
      Object.fromEntries([...EXAMPLE_VERSIONS, '1700000300000', '1700000400000'].map((v) => [v, false]))
    )
  })

  it('a statement refused half-way: the ones before stay, it is not recorded, and the failure says so at its line', async () => {
    const run = await opened(11, {
      [first]:
        '-- hasura:no-transaction\n' +
        'CREATE INDEX CONCURRENTLY "title_concurrently" ON "public"."article" ("title");\n' +
        'CREATE INDEX CONCURRENTLY "oops_concurrently" ON "public"."article" ("title") WHERE "no_such_column";\n'
    })
    expect(run.code).toBe(1)
    expect(annotations(run)).toEqual([expect.objectContaining({ file: first, line: 3 })])
    expect(errors(run)).toContain('statements before line 3 stay applied too')
    expect(await indexes('acme-migfiles-pr-11')).toEqual(['title_concurrently'])
    expect(await ledgerOf('acme-migfiles-pr-11')).toEqual(EXAMPLE_VERSIONS)
  })

  it('one an earlier run began and never recorded is not run again: the step stops before any write, saying how to go on', async () => {
    expect((await opened(12, {})).code).toBe(0)
    // What a run killed while the index was being built leaves: the mark, no record.
    await servers.inDatabase(
      'acme-migfiles-pr-12',
      "INSERT INTO hdb_catalog.hasura_cloud_action_migrations (version, name) VALUES ('started:1700000300000', 'index_titles')"
    )
    const pushed = await step('synchronize', 12, { [first]: concurrently('title_concurrently', 'article', 'title') })
    expect(pushed.code).toBe(1)
    expect(annotations(pushed)).toEqual([expect.objectContaining({ file: first, line: 1 })])
    expect(errors(pushed)).toContain('an earlier run was stopped while it ran')
    expect(errors(pushed)).toContain('reset-database: true')
    expect(errors(pushed)).toContain("WHERE version = 'started:1700000300000'")
    expect(await indexes('acme-migfiles-pr-12')).toEqual([])
    const engine = emulator.engineOf(pushed.outputs['tenant-id']!) as ProjectEngine
    expect(engine.calls.replace_metadata ?? 0).toBe(1)
    expect(engine.calls.run_sql ?? 0).toBe(0)
  })
})
