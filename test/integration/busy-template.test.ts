/**
 * A database-template that another session is connected to, in process (see harness.ts): Postgres copies a database
 * only while no other session uses it, and waits 5 s for them to go before it refuses. The one slow case of the
 * preview databases, in a file of its own so that the others (database.test.ts) need not wait behind it.
 */
import { describe, expect, it } from '@jest/globals'
import pg from 'pg'
import { POSTGRES_PASSWORD } from '../support/postgres.js'
import { previewServers } from '../support/preview-servers.js'
import { pullRequestEvent } from '../support/pull-request.js'
import { errors, runOperation } from './harness.js'

const servers = previewServers({ databasePrefix: 'acme-tplshop' })
/** The writes a create must not send when Postgres fails first. */
const CLOUD_WRITES = ['createTenant', 'updateTenantEnv', 'deleteTenantEnv', 'update_projects_by_pk', 'deleteTenant']

describe('database-template problems cost no tenant', () => {
  it('a template in use by another session: exit 1 naming database-template, and no half-made database', async () => {
    const { emulator, gh } = servers
    const template = 'acme-tplshop-busy-template'
    await servers.createTemplate(template, 'SELECT 1')
    const session = new pg.Client({ connectionString: servers.databaseUrl(template) })
    await session.connect()
    try {
      const opened = await runOperation({
        inputs: {
          pat: emulator.pat,
          'api-endpoint': emulator.url,
          operation: 'create',
          'postgres-server-url': servers.serverUrl,
          'database-template': template
        },
        event: pullRequestEvent('opened', { owner: 'acme', repo: 'tplshop', number: 26 }),
        env: { GITHUB_REPOSITORY: 'acme/tplshop' },
        githubApiUrl: gh.url,
        emulator,
        secrets: [POSTGRES_PASSWORD]
      })
      expect(opened.code).toBe(1)
      expect(errors(opened)).toMatch(
        /The template database "acme-tplshop-busy-template" named by database-template is in use/
      )
      const writes = emulator.calls.flatMap((call) => call.fields).filter((field) => CLOUD_WRITES.includes(field))
      expect(writes).toEqual([])
      expect(emulator.tenants()).toEqual([])
      expect(await servers.databaseExists('acme-tplshop-pr-26')).toBe(false)
    } finally {
      await session.end()
    }
  })
})
