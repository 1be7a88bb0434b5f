/**
 * A pull request's preview through the bundle, as its workflows run it, against the Cloud emulator (whose tenants run
 * the engine emulator on the test run's Postgres), that Postgres as `postgres-server-url`, and a fake GitHub: opened
 * (a tenant, its own database, the env file, the Hasura project applied, one comment), a push (the same tenant and
 * database, its data kept, only the new migration applied), closed (the tenant deleted, the database dropped, the
 * comment saying so). Every other preview case runs in process in test/integration (preview, trust, database and
 * schema tests).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import type { CloudEmulator } from '../emulator/emulator.js'
import type { FakeGitHub } from '../github/fake-github.js'
import { filesOf } from '../support/files.js'
import { POSTGRES_PASSWORD } from '../support/postgres.js'
import { previewServers } from '../support/preview-servers.js'
import { COMMENT_MARKER as MARKER, pullRequestEvent, tenantMarker } from '../support/pull-request.js'
import { ROOT, runAction, UUID, type RunResult } from './harness.js'

const OWNER = 'acme'
/** Every database of this file starts with `acme-e2eshop`. */
const REPO = 'e2eshop'
const NAME = 'acme-e2eshop-pr-7'
const EXAMPLE = filesOf(path.join(ROOT, 'examples/hasura'), 'hasura')
const NEW_MIGRATION = 'hasura/migrations/default/1700000300000_add_bio_to_author/up.sql'
/** After a create or an env change, the project restarts for a while before /healthz answers 200: the second poll. */
const RESTART_MS = 900
const API_TOKEN = 'api-token-7Hq2Zk9Wx4'

const servers = previewServers({ databasePrefix: 'acme-e2eshop', emulator: { healthDelayMs: RESTART_MS } })
let emulator: CloudEmulator
let gh: FakeGitHub

beforeAll(() => {
  ;({ emulator, gh } = servers)
})

type PrAction = 'opened' | 'synchronize' | 'closed'

/** One workflow step on acme/e2eshop#7: create (with the project and an env file) on opened and pushes, delete on closed. */
function step(action: PrAction, files: Record<string, string> = {}): Promise<RunResult> {
  const create = action !== 'closed'
  return runAction({
    inputs: {
      pat: emulator.pat,
      'api-endpoint': emulator.url,
      operation: create ? 'create' : 'delete',
      'postgres-server-url': servers.serverUrl,
      ...(create ? { 'env-file': 'hasura/preview.env.yaml', 'hasura-project': 'hasura' } : {})
    },
    event: pullRequestEvent(action, {
      owner: OWNER,
      repo: REPO,
      number: 7,
      headSha:
        action === 'opened' ? 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' : 'fedcba9876543210fedcba9876543210fedcba98'
    }),
    env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}`, API_TOKEN },
    files,
    githubApiUrl: gh.url,
    emulator,
    secrets: [POSTGRES_PASSWORD, API_TOKEN]
  })
}

/** The log lines that are no workflow command, in order. */
function plainLines(run: RunResult): string[] {
  return run.stdout.split('\n').filter((line) => !line.startsWith('::'))
}

describe('a pull request from open to close', () => {
  it('opened: a tenant, its database and the schema; a push keeps both; closed removes both', async () => {
    const env = (level: string) => `LOG_LEVEL: ${level}\nAPI_AUTH: Bearer \${API_TOKEN}\n`

    // opened
    const opened = await step('opened', { ...EXAMPLE, 'hasura/preview.env.yaml': env('info') })
    expect(opened.code).toBe(0)
    const tenantId = opened.outputs['tenant-id']!
    expect(tenantId).toMatch(UUID)
    const tenant = emulator.tenant(tenantId)!
    expect(opened.outputs).toMatchObject({
      result: 'created',
      changed: 'true',
      name: NAME,
      'database-name': NAME,
      'migrations-applied': '3',
      endpoint: `${emulator.origin}/p/${NAME}/v1/graphql`,
      'console-url': `https://cloud.hasura.io/project/${tenant.projectId}/console`,
      'admin-secret': tenant.env.HASURA_GRAPHQL_ADMIN_SECRET
    })
    // One env write: the file, the marker and the database URL together.
    expect(emulator.callsTo('updateTenantEnv')).toHaveLength(1)
    expect(tenant.env).toMatchObject({
      LOG_LEVEL: 'info',
      API_AUTH: `Bearer ${API_TOKEN}`,
      TENANT_ACTION_PREVIEW: 'acme/e2eshop#7'
    })
    // The database's URL is the preview's own role's, never the server's.
    const databaseUrl = new URL(tenant.env.PG_DATABASE_URL!)
    expect([decodeURIComponent(databaseUrl.username), databaseUrl.pathname]).toEqual([NAME, `/${NAME}`])
    expect(tenant.env.PG_DATABASE_URL).not.toContain(new URL(servers.serverUrl).password)
    expect(await servers.tagOf(NAME)).toBe('hasura-cloud-tenant-action: preview of acme/e2eshop#7')
    expect(await servers.inDatabase(NAME, "SELECT to_regclass('public.article')::text AS t")).toEqual([
      { t: 'article' }
    ])
    // The new database gets its migrations while the project restarts; the step waits out the restart, gives the
    // healthy project its metadata, and only then reports its result.
    expect(opened.ms).toBeGreaterThanOrEqual(RESTART_MS)
    const lines = plainLines(opened)
    const applied = lines.findIndex((line) => line.startsWith('Applied 3 migrations'))
    const healthy = lines.findIndex((line) => line.startsWith('The project is healthy'))
    const metadata = lines.findIndex((line) => line.startsWith('Metadata changed: sent'))
    const result = lines.findIndex((line) => line.startsWith('Result: created'))
    expect(applied).toBeGreaterThan(-1)
    expect(healthy).toBeGreaterThan(-1)
    expect(metadata).toBeGreaterThan(healthy)
    expect(result).toBeGreaterThan(metadata)
    expect(opened.summary).toContain(NAME)
    const [comment, ...others] = gh.comments(OWNER, REPO, 7)
    expect(others).toEqual([])
    expect(comment!.user.type).toBe('Bot')
    expect(comment!.body.startsWith(MARKER)).toBe(true)
    expect(comment!.body).toContain(tenantMarker(tenantId))
    expect(comment!.body).toContain(`| GraphQL endpoint | ${opened.outputs.endpoint} |`)
    expect(comment!.body).toMatch(/\| Migrations applied \| 3 \|/)

    // A push: data in the preview database, a new migration, a changed env value.
    await servers.inDatabase(NAME, "INSERT INTO author (name) VALUES ('Ada')")
    const pushed = await step('synchronize', {
      ...EXAMPLE,
      'hasura/preview.env.yaml': env('debug'),
      [NEW_MIGRATION]: 'ALTER TABLE "public"."author" ADD COLUMN "bio" text NULL;\n'
    })
    expect(pushed.code).toBe(0)
    expect(pushed.outputs).toMatchObject({
      result: 'reused',
      'tenant-id': tenantId,
      'database-name': NAME,
      'migrations-applied': '1'
    })
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    expect(emulator.tenant(tenantId)!.env.LOG_LEVEL).toBe('debug')
    expect(await servers.inDatabase(NAME, 'SELECT name, bio FROM author')).toEqual([{ name: 'Ada', bio: null }])
    const [updated, ...more] = gh.comments(OWNER, REPO, 7)
    expect(more).toEqual([])
    expect(updated!.id).toBe(comment!.id)
    expect(updated!.body).toContain('fedcba9')
    expect(updated!.body).toMatch(/`LOG_LEVEL` \(changed\)/)

    // closed
    const closed = await step('closed')
    expect(closed.code).toBe(0)
    expect(closed.outputs).toMatchObject({ result: 'deleted', 'tenant-id': tenantId })
    expect(emulator.tenants()).toEqual([])
    expect(await servers.databaseExists(NAME)).toBe(false)
    const [gone] = gh.comments(OWNER, REPO, 7)
    expect(gone!.id).toBe(comment!.id)
    expect(gone!.body).toMatch(/deleted/)
    expect(gone!.body).not.toContain(tenantMarker(tenantId))
  })
})
