/**
 * What a pull request breaks for clients, through the bundle, once (every other case runs in process in
 * test/integration/breaking.test.ts): a staging tenant given test/fixtures/compare-staging by the bundle's sync-env, a
 * pull request that drops `title` from `user`'s select permission, with its app's operations and `fail-on-breaking`:
 * the step fails after the comment, which says why, with `breaking-changes` set and the operation named at its line.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import type { CloudEmulator } from '../emulator/emulator.js'
import { createTestDatabase } from '../engine/test-database.js'
import type { FakeGitHub } from '../github/fake-github.js'
import { filesOf } from '../support/files.js'
import { POSTGRES_PASSWORD } from '../support/postgres.js'
import { previewServers } from '../support/preview-servers.js'
import { pullRequestEvent } from '../support/pull-request.js'
import { ROOT, runAction } from './harness.js'

const OWNER = 'acme'
/** Every database of this file starts with `acme-e2ebreak`. */
const REPO = 'e2ebreak'
const STAGING = filesOf(path.join(ROOT, 'test/fixtures/compare-staging'), 'hasura')
const ARTICLE = 'hasura/metadata/databases/default/tables/public_article.yaml'
const STAGING_ENV = {
  WEBHOOK_BASE: 'https://hooks.staging.example.com/acme',
  WEBHOOK_SECRET: 'whsec_staging_0123456789abcdef'
}

const servers = previewServers({ databasePrefix: 'acme-e2ebreak' })
let emulator: CloudEmulator
let gh: FakeGitHub

beforeAll(() => {
  ;({ emulator, gh } = servers)
})

describe('breaking for clients, through the bundle', () => {
  it('fail-on-breaking fails the step after the preview and its comment, naming the broken operation', async () => {
    const database = await createTestDatabase('e2e_breaking')
    try {
      const common = { pat: emulator.pat, 'api-endpoint': emulator.url, 'hasura-project': 'hasura' }
      const reference = emulator.seedTenant({
        name: 'shop-staging',
        envs: { PG_DATABASE_URL: database.url, ...STAGING_ENV }
      })
      const synced = await runAction({
        inputs: { ...common, operation: 'sync-env', 'tenant-id': reference.id },
        files: STAGING,
        emulator,
        secrets: [POSTGRES_PASSWORD]
      })
      expect(synced.code).toBe(0)

      const article = STAGING[ARTICLE]!
      const files = {
        ...STAGING,
        // `user` no longer reads `title`; the event trigger (staging's webhook env) is left out.
        [ARTICLE]: article.slice(0, article.indexOf('event_triggers:')).replace('        - title\n', ''),
        'web/queries.graphql': '# The web app\nquery GetArticles {\n  article {\n    id\n    title\n  }\n}\n'
      }
      const run = await runAction({
        inputs: {
          ...common,
          operation: 'create',
          'postgres-server-url': servers.serverUrl,
          'compare-tenant-id': reference.id,
          operations: 'web/**/*.graphql',
          'fail-on-breaking': 'true'
        },
        files,
        event: pullRequestEvent('opened', { owner: OWNER, repo: REPO, number: 3 }),
        env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}` },
        githubApiUrl: gh.url,
        emulator,
        secrets: [POSTGRES_PASSWORD]
      })
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/::error::The pull request breaks the GraphQL API for clients: \d+ breaking changes/)
      expect(Number(run.outputs['breaking-changes'])).toBeGreaterThan(0)
      expect(run.outputs.result).toBe('created')
      const operation =
        '- `user`: operation `GetArticles` at `web/queries.graphql:2` no longer valid: ' +
        '`Cannot query field "title" on type "article".`'
      expect(run.summary).toContain('#### Breaking for clients')
      expect(run.summary).toContain(operation)
      const [comment, ...others] = gh.comments(OWNER, REPO, 3)
      expect(others).toEqual([])
      expect(comment!.body).toContain(operation)
      expect(comment!.body).toContain('**This step fails** (`fail-on-breaking`).')
    } finally {
      await emulator.reset()
      await database.drop()
    }
  })
})
