/**
 * What a pull request breaks for each role's clients (`compare-tenant-id`), in process (see harness.ts): the reference
 * tenant ("staging") holds test/fixtures/compare-staging with aggregations allowed to `user`, applied by the action's
 * own sync-env; a pull request's create edits it. Both tenants run the engine emulator, whose introspection per role is
 * built from the metadata and the real Postgres catalog (test/engine/graphql-schema.ts). What is checked is what a
 * user sees: the comment (the fake GitHub holds it), the summary (the real Report), the outputs, the log, the exit code.
 */
import { describe, expect, it } from '@jest/globals'
import { STAGING_PROJECT, withStaging } from '../cases/staging.js'
import type { Tenant } from '../emulator/emulator.js'
import type { EngineFaultRule, ProjectEngine } from '../engine/engine.js'
import type { PrepareOptions } from '../../src/action/dependencies.js'
import { secretsOf } from '../support/action-runner.js'
import { POSTGRES_PASSWORD } from '../support/postgres.js'
import { previewServers } from '../support/preview-servers.js'
import { pullRequestEvent } from '../support/pull-request.js'
import { annotations, logText, runOperation, summaryOf, warnings, type OperationRun } from './harness.js'

const OWNER = 'acme'
/** Every preview database of this file starts with `acme-breakshop`, so the cleanup cannot touch another file's. */
const REPO = 'breakshop'
const PROJECT = 'hasura'
const TABLES = `${PROJECT}/metadata/databases/default/tables`
const SECTION = '#### Breaking for clients'

/** The fixture with aggregations allowed to `user` on both tables: what staging serves. */
const REFERENCE = (() => {
  const files = { ...STAGING_PROJECT }
  for (const table of ['public_article.yaml', 'public_author.yaml']) {
    const file = `${TABLES}/${table}`
    files[file] = files[file]!.replace('    permission:\n', '    permission:\n      allow_aggregations: true\n')
  }
  return files
})()

const ARTICLE = `${TABLES}/public_article.yaml`
const AUTHOR = `${TABLES}/public_author.yaml`

/** The app's operations: GetArticles (line 2) reads `title`; GetAuthors (line 9) the `author` root field; Ids stays valid. */
const OPERATIONS = [
  '# The web app',
  'query GetArticles {',
  '  article {',
  '    id',
  '    title',
  '  }',
  '}',
  '',
  'query GetAuthors {',
  '  author {',
  '    ...AuthorName',
  '  }',
  '}',
  '',
  'query Ids { article { id } }',
  ''
].join('\n')
/** A fragment in a file of its own, as codegen projects keep them. */
const FRAGMENTS = 'fragment AuthorName on author {\n  id\n  name\n}\n'

/** The allow list: its collection's ArticleAuthors query (entry at line 4); `drafts` is not allowed, never checked. */
const QUERY_COLLECTIONS = [
  '- name: allowed-queries',
  '  definition:',
  '    queries:',
  '      - name: ArticleAuthors',
  '        query: |',
  '          query ArticleAuthors { article { id author { name } } }',
  '- name: drafts',
  '  definition:',
  '    queries:',
  '      - name: Broken',
  '        query: query Broken { article { title author { name } } }',
  ''
].join('\n')
const ALLOW_LIST = '- collection: allowed-queries\n  scope:\n    global: true\n'

const servers = previewServers({ databasePrefix: 'acme-breakshop' })
const { emulator, gh } = servers

/**
 * The reference's project with the app's operations and the allow list beside it, without the event trigger (whose
 * webhook reads env vars only staging holds).
 */
function withApp(files: Record<string, string>): Record<string, string> {
  const article = files[ARTICLE]!
  return {
    ...files,
    [ARTICLE]:
      article.slice(0, article.indexOf('event_triggers:')) +
      article.slice(article.indexOf('event_triggers:')).replace(/^event_triggers:\n(?: {2}.*\n)+/, ''),
    'web/queries.graphql': OPERATIONS,
    'web/fragments.gql': FRAGMENTS,
    [`${PROJECT}/metadata/query_collections.yaml`]: QUERY_COLLECTIONS,
    [`${PROJECT}/metadata/allow_list.yaml`]: ALLOW_LIST
  }
}

/**
 * Every kind of break at once: `title` dropped from `user`'s select on article, the `author` relationship removed,
 * `body` changed from text to integer (a migration), table author renamed `writer` (custom_name), aggregations no
 * longer allowed to `user` on article.
 */
function breakingProject(): Record<string, string> {
  const article = REFERENCE[ARTICLE]!
  return withApp({
    ...REFERENCE,
    [`${PROJECT}/migrations/default/1700000200000_body_as_length/up.sql`]:
      'ALTER TABLE "public"."article" ALTER COLUMN "body" DROP DEFAULT;\n' +
      'ALTER TABLE "public"."article" ALTER COLUMN "body" TYPE integer USING length("body");\n',
    [ARTICLE]: article
      .replace(/object_relationships:\n(?: {2}.*\n)+/, '')
      .replace('        - title\n', '')
      .replace('      allow_aggregations: true\n', ''),
    [AUTHOR]: REFERENCE[AUTHOR]!.replace(
      'table:\n  name: author\n  schema: public\n',
      (table) => `${table}configuration:\n  custom_name: writer\n`
    )
  })
}

function step(
  inputs: Record<string, string>,
  files: Record<string, string>,
  more: Parameters<typeof runOperation>[0] | object = {}
) {
  const common = { pat: emulator.pat, 'api-endpoint': emulator.url, 'hasura-project': PROJECT }
  return runOperation({ inputs: { ...common, ...inputs }, files, emulator, secrets: [POSTGRES_PASSWORD], ...more })
}

/** The engine client's retry waits, skipped on a clock of their own: an unreachable reference costs no real seconds. */
function skippedWaits() {
  let skipped = 0
  return {
    policy: { budgetMs: 20_000, baseDelayMs: 500, maxDelayMs: 4000 },
    hooks: {
      sleep: async (ms: number) => {
        skipped += ms
      },
      now: () => Date.now() + skipped
    }
  }
}

function pullRequestCreate(
  number: number,
  files: Record<string, string>,
  reference: Tenant,
  inputs: Record<string, string> = {},
  labels: string[] = [],
  engine: PrepareOptions['engine'] = skippedWaits()
) {
  const create = {
    operation: 'create',
    'postgres-server-url': servers.serverUrl,
    'compare-tenant-id': reference.id,
    operations: 'web/**/*.graphql\nweb/**/*.gql'
  }
  return step({ ...create, ...inputs }, files, {
    event: pullRequestEvent(labels.length > 0 ? 'labeled' : 'opened', { owner: OWNER, repo: REPO, number, labels }),
    env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}` },
    githubApiUrl: gh.url,
    budgets: { engine }
  })
}

function commentOf(number: number): string {
  const comments = gh.comments(OWNER, REPO, number)
  expect(comments).toHaveLength(1)
  return comments[0]!.body
}

/** The "Breaking for clients" section of a comment or summary (up to the next section). */
function sectionOf(markdown: string): string {
  const start = markdown.indexOf(SECTION)
  expect(start).toBeGreaterThanOrEqual(0)
  const end = markdown.indexOf('#### What this pull request changes', start)
  return markdown.slice(start, end < 0 ? undefined : end)
}

/** The breaking changes the log lists, one per line, per role. */
function loggedBreaking(run: OperationRun): string[] {
  return logText(run)
    .split('\n')
    .filter((line) => line.startsWith('  breaking: '))
}

function expectNoEnvValues(run: OperationRun, ...texts: string[]): void {
  for (const value of secretsOf({}, { tenants: emulator.tenants() })) {
    for (const text of [...texts, logText(run)]) expect(text).not.toContain(value)
  }
}

const staged = (name: string, test: (reference: Tenant) => Promise<void>): Promise<void> =>
  withStaging(runOperation, emulator, name, test, REFERENCE)

describe('what a pull request breaks for each role', () => {
  it('each kind of break, and the operations it breaks, per role at their file and line; the step succeeds', () =>
    staged('breaking_kinds', async (reference) => {
      const run = await pullRequestCreate(1, breakingProject(), reference)
      expect(run.code).toBe(0)
      expect(warnings(run)).toBe('')
      const comment = commentOf(1)
      const section = sectionOf(comment)
      const lines = section.split('\n')
      for (const line of [
        // A column dropped from the role's select permission, a relationship removed, an aggregate no longer allowed.
        '- `user`: field `article.title` removed',
        '- `user`: field `article.author` removed',
        '- `user`: query `article_aggregate` removed',
        // A table renamed with custom_name: its root fields and its type are gone, for every role.
        '- `user`: query `author` removed',
        '- `admin`: query `author_by_pk` removed',
        '- `admin`: type `author` removed',
        // A type changed.
        '- `admin`: field `article.body` changed type: `String!` → `Int!`',
        // Operations that validated against the reference and do not against the preview.
        '- `user`: operation `GetArticles` at `web/queries.graphql:2` no longer valid: ' +
          '`Cannot query field "title" on type "article".`',
        '- `user`: operation `GetAuthors` at `web/queries.graphql:9` no longer valid: ' +
          '`Cannot query field "author" on type "query_root".`',
        '- `admin`: operation `GetAuthors` at `web/queries.graphql:9` no longer valid: ' +
          '`Cannot query field "author" on type "query_root".`',
        '- `user`: operation `ArticleAuthors` at `hasura/metadata/query_collections.yaml:4` no longer valid: ' +
          '`Cannot query field "author" on type "article". Did you mean "author_id"?`'
      ]) {
        expect(lines).toContain(line)
      }
      // The admin still reads `title`; Ids is valid everywhere; the collection outside the allow list is not checked.
      expect(section).not.toContain('`admin`: operation `GetArticles`')
      expect(section).not.toContain('`Ids`')
      expect(section).not.toContain('`Broken`')

      // The output sums over roles: every change graphql-js finds, plus each operation that stops validating per role.
      const logged = loggedBreaking(run)
      expect(Number(run.outputs['breaking-changes'])).toBe(logged.length)
      expect(logged.filter((line) => line.includes('operation '))).toHaveLength(5)
      expect(section).toContain('- `admin`: optional input field `article_inc_input.body` added')
      expect(section).toContain(`**${logged.length} breaking changes** (`)
      expect(section).toContain('`fail-on-breaking` is off: the step does not fail.')
      // Roles with breaking changes first, then the dangerous changes.
      const firstDangerous = lines.indexOf('Dangerous changes (clients may behave differently):')
      const lastBreaking = Math.max(
        ...lines.map((line, i) => (line.includes(' removed') || line.includes('no longer valid') ? i : -1))
      )
      expect(firstDangerous === -1 || firstDangerous > lastBreaking).toBe(true)
      // The section comes before "What this pull request changes", in the comment and in the summary alike.
      expect(comment.indexOf(SECTION)).toBeLessThan(comment.indexOf('#### What this pull request changes'))
      const summary = await summaryOf(run.outcome!)
      expect(sectionOf(summary)).toBe(section)
      expectNoEnvValues(run, comment, summary)
      // Every role was introspected on both sides with the admin secret, as admin and as user.
      const engine = emulator.engineOf(reference.id) as ProjectEngine
      expect(engine.calls).toMatchObject({ 'graphql:admin': 1, 'graphql:user': 1 })
    }))

  it('a non-breaking addition and a new role: nothing breaks, the new role is named, dangerous changes listed', () =>
    staged('breaking_addition', async (reference) => {
      const article = REFERENCE[ARTICLE]!
      const files = withApp({
        ...REFERENCE,
        // `user` reads `body` too; a new role `editor` may read article.
        [ARTICLE]:
          article.replace('        - author_id\n', '        - author_id\n        - body\n') +
          'insert_permissions:\n  - role: editor\n    permission:\n      columns: [title]\n      check: {}\n'
      })
      const run = await pullRequestCreate(2, files, reference, { 'fail-on-breaking': 'true' })
      expect(run.code).toBe(0)
      expect(run.outputs['breaking-changes']).toBe('0')
      const section = sectionOf(commentOf(2))
      expect(section).toContain('New on the preview, so nothing of theirs can break: `editor`.')
      expect(section).toContain('- `user`: value `body` added to enum `article_select_column`')
      expect(section).toContain(
        '✅ Nothing breaks for clients: 2 roles compared, every operation that was valid still is.'
      )
      expect(section).not.toContain('**This step fails**')
    }))

  it('an unchanged push: nothing breaks and nothing is dangerous, one all-clear line', () =>
    staged('breaking_unchanged', async (reference) => {
      const run = await pullRequestCreate(3, withApp(REFERENCE), reference)
      expect(run.code).toBe(0)
      expect(run.outputs['breaking-changes']).toBe('0')
      const section = sectionOf(commentOf(3))
      expect(section.split('\n').filter((line) => line.startsWith('- '))).toEqual([])
      expect(section).toContain(
        '✅ Nothing breaks for clients: 2 roles compared, every operation that was valid still is.'
      )
    }))

  it('a role the preview grants nothing any more loses everything it had: breaking, listed first', () =>
    staged('breaking_revoked', async (reference) => {
      const strip = (text: string) => text.replace(/select_permissions:\n(?: {2}.*\n)+/, '')
      const files = withApp({
        ...REFERENCE,
        [ARTICLE]: strip(REFERENCE[ARTICLE]!),
        [AUTHOR]: strip(REFERENCE[AUTHOR]!)
      })
      const run = await pullRequestCreate(4, files, reference)
      expect(run.code).toBe(0)
      const lines = sectionOf(commentOf(4))
        .split('\n')
        .filter((line) => line.startsWith('- '))
      expect(lines[0]).toBe(
        '- `user`: the preview grants this role nothing any more: its clients lose everything it had'
      )
      expect(lines).toContain('- `user`: query `article` removed')
      expect(lines).toContain(
        '- `user`: operation `Ids` at `web/queries.graphql:15` no longer valid: `Cannot query field "article" on type "query_root".`'
      )
      expect(Number(run.outputs['breaking-changes'])).toBeGreaterThan(0)
      expect(lines.some((line) => line.startsWith('- `admin`'))).toBe(false)
    }))
})

describe('fail-on-breaking and the approve label', () => {
  it('fails the step after the preview and the comment; with the label on the pull request, it does not', () =>
    staged('breaking_gate', async (reference) => {
      const failed = await pullRequestCreate(5, breakingProject(), reference, { 'fail-on-breaking': 'true' })
      expect(failed.code).toBe(1)
      expect(failed.failure).toMatch(
        /^The pull request breaks the GraphQL API for clients: \d+ breaking changes against tenant .* add the label "approved-breaking-change" to the pull request/
      )
      // The preview is up and its outputs set, the comment written and saying why the step fails.
      expect(failed.outputs).toMatchObject({ result: 'created', 'tenant-id': expect.any(String) })
      expect(Number(failed.outputs['breaking-changes'])).toBeGreaterThan(0)
      expect(sectionOf(commentOf(5))).toContain(
        '**This step fails** (`fail-on-breaking`). To accept these changes, add the label `approved-breaking-change` ' +
          'to the pull request and run the job again.'
      )

      // The reviewer adds the label: the next run reuses the preview and passes, and the comment says why.
      const approved = await pullRequestCreate(5, breakingProject(), reference, { 'fail-on-breaking': 'true' }, [
        'needs-review',
        'approved-breaking-change'
      ])
      expect(approved.code).toBe(0)
      expect(approved.outputs.result).toBe('reused')
      expect(approved.outputs['breaking-changes']).toBe(failed.outputs['breaking-changes'])
      const section = sectionOf(commentOf(5))
      expect(section).toContain(
        'Accepted: the pull request carries the label `approved-breaking-change`, so `fail-on-breaking` does not fail the step.'
      )
      expect(section).not.toContain('**This step fails**')
    }))

  const introspection = (id: string) =>
    `Could not introspect the GraphQL schema of tenant ${id} (input "compare-tenant-id") as role admin`
  const metadata = (id: string) => `Could not compare the pull request's Hasura project with tenant ${id}`
  // Four values a row (the budget undefined where the default applies): Jest takes a fifth parameter for `done`.
  it.each<[string, EngineFaultRule, (id: string) => string, PrepareOptions['engine'] | undefined]>([
    [
      'down (every request answers 503)',
      { type: '*', fault: { kind: 'http', status: 503 }, times: 1000 },
      metadata,
      undefined
    ],
    [
      'refusing introspection (connections dropped)',
      { type: 'graphql', fault: { kind: 'drop-before' }, times: 1000 },
      introspection,
      undefined
    ],
    [
      'timing out behind its gateway (504)',
      { type: 'graphql', fault: { kind: 'http', status: 504 }, times: 1000 },
      introspection,
      undefined
    ],
    [
      // A small budget stands for the engine client's: the request is given up after 300 ms, and not tried again.
      'not answering at all',
      { type: 'graphql', fault: { kind: 'hang' }, times: 1000 },
      introspection,
      { timeoutMs: 300, policy: { budgetMs: 400, baseDelayMs: 200, maxDelayMs: 200 } }
    ]
  ])(
    'a reference %s is a warning: the step succeeds with fail-on-breaking, nothing counted',
    (_, fault, said, budget) =>
      staged('breaking_unreachable', async (reference) => {
        const engine = emulator.engineOf(reference.id) as ProjectEngine
        engine.injectFault(fault)
        const run = await pullRequestCreate(6, breakingProject(), reference, { 'fail-on-breaking': 'true' }, [], budget)
        expect(run.code).toBe(0)
        expect(run.outputs).toMatchObject({ result: 'created', 'breaking-changes': '0' })
        // Under load the preview may be the slower one with a 300 ms budget: either way nothing is known to break.
        if (!budget) expect(warnings(run)).toContain(said(reference.id))
        expect(warnings(run)).toMatch(
          /Could not (introspect the GraphQL schema of|compare the pull request's Hasura project with)/
        )
        expect(sectionOf(commentOf(6))).toContain(
          `What this pull request breaks for clients could not be checked against tenant \`${reference.id}\``
        )
      })
  )

  it('500 breaking changes: the comment stays within the limit, lists the first, counts the rest', () =>
    staged('breaking_many', async (reference) => {
      // Staging's `user` reads 200 columns of a wide table; the pull request leaves it only `id`.
      const columns = Array.from({ length: 200 }, (_, i) => `c${String(i).padStart(3, '0')}_${'m'.repeat(30)}`)
      const wide = (permitted: string[]) =>
        'table:\n  name: wide\n  schema: public\nselect_permissions:\n  - role: user\n    permission:\n' +
        `      columns: [${permitted.join(', ')}]\n      filter: {}\n`
      const migration = {
        [`${PROJECT}/migrations/default/1700000300000_wide/up.sql`]: `CREATE TABLE wide (id serial PRIMARY KEY, ${columns.map((c) => `${c} integer`).join(', ')});\n`,
        [`${TABLES}/tables.yaml`]: REFERENCE[`${TABLES}/tables.yaml`]! + '- "!include public_wide.yaml"\n'
      }
      const widened = { ...REFERENCE, ...migration, [`${TABLES}/public_wide.yaml`]: wide(['id', ...columns]) }
      const synced = await step({ operation: 'sync-env', 'tenant-id': reference.id }, widened)
      expect(synced.code).toBe(0)

      const narrowed = withApp({ ...widened, [`${TABLES}/public_wide.yaml`]: wide(['id']) })
      const run = await pullRequestCreate(7, narrowed, reference)
      expect(run.code).toBe(0)
      const count = Number(run.outputs['breaking-changes'])
      expect(count).toBeGreaterThanOrEqual(500)
      const comment = commentOf(7)
      expect(comment.length).toBeLessThan(65_536)
      const section = sectionOf(comment)
      expect(section.length).toBeLessThanOrEqual(14_000)
      const lines = section.split('\n').filter((line) => line.startsWith('- '))
      expect(lines[0]).toMatch(/^- `user`: field `wide\.c000_m+` removed$/)
      const listed = lines.length - 1
      expect(listed).toBeGreaterThan(10)
      expect(listed).toBeLessThanOrEqual(100)
      expect(lines.at(-1)).toBe(
        `- … and ${count - listed} more (${count - listed} breaking) not listed, to keep this short: the job log lists them all`
      )
      // "What this pull request changes" still has its place in the comment.
      expect(comment).toContain('#### What this pull request changes')
      expect(loggedBreaking(run)).toHaveLength(count)
    }))
})

describe('the operations input', () => {
  it('a glob that matches no file fails before any API call, naming the input', async () => {
    const calls = emulator.calls.length
    const run = await step(
      {
        operation: 'create',
        'compare-tenant-id': '0b7e3c52-1d4f-4a6b-9c8d-aabbccddeeff',
        operations: 'app/**/*.graphql'
      },
      withApp(REFERENCE)
    )
    expect(run.code).toBe(1)
    expect(run.failure).toContain('Input "operations": "app/**/*.graphql" matches no .graphql or .gql file')
    expect(emulator.calls.length).toBe(calls)
  })

  it('a file that does not parse fails at its file and line, before any API call', async () => {
    const calls = emulator.calls.length
    const files = {
      ...withApp(REFERENCE),
      'web/broken.graphql': 'query Ok { article { id } }\n\nquery Bad {\n  article {\n    id\n'
    }
    const run = await step(
      { operation: 'create', 'compare-tenant-id': '0b7e3c52-1d4f-4a6b-9c8d-aabbccddeeff', operations: 'web/*.graphql' },
      files
    )
    expect(run.code).toBe(1)
    expect(annotations(run)).toEqual([
      {
        file: 'web/broken.graphql',
        line: 6,
        message: expect.stringContaining('GraphQL syntax error: Expected Name, found <EOF>.')
      }
    ])
    expect(emulator.calls.length).toBe(calls)
  })
})
