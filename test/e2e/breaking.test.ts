/**
 * What a pull request breaks for clients, through the bundle, once (every other case runs in process in
 * test/integration/breaking.test.ts): a staging tenant given test/fixtures/compare-staging by the bundle's sync-env, a
 * pull request that drops `title` from `user`'s select permission, with its app's operations and `fail-on-breaking`:
 * the step fails after the comment, which says why, with `breaking-changes` set and the operation named at its line.
 */
import { describe, expect, it } from '@jest/globals'
import { STAGING_PROJECT as STAGING, withStaging } from '../cases/staging.js'
import { previewServers, previewStep } from '../support/preview-servers.js'
import { runAction } from './harness.js'

const OWNER = 'acme'
/** Every database of this file starts with `acme-e2ebreak`. */
const REPO = 'e2ebreak'
const ARTICLE = 'hasura/metadata/databases/default/tables/public_article.yaml'

const servers = previewServers({ databasePrefix: 'acme-e2ebreak' })
const { emulator, gh } = servers

describe('breaking for clients, through the bundle', () => {
  it('fail-on-breaking fails the step after the preview and its comment, naming the broken operation', () =>
    withStaging(runAction, emulator, 'e2e_breaking', async (reference) => {
      const article = STAGING[ARTICLE]!
      const files = {
        ...STAGING,
        // `user` no longer reads `title`; the event trigger (staging's webhook env) is left out.
        [ARTICLE]: article.slice(0, article.indexOf('event_triggers:')).replace('        - title\n', ''),
        'web/queries.graphql': '# The web app\nquery GetArticles {\n  article {\n    id\n    title\n  }\n}\n'
      }
      const run = await runAction(
        previewStep(servers, 'opened', {
          pr: { owner: OWNER, repo: REPO, number: 3 },
          inputs: {
            'hasura-project': 'hasura',
            'compare-tenant-id': reference.id,
            operations: 'web/**/*.graphql',
            'fail-on-breaking': 'true'
          },
          files
        })
      )
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
    }))
})
