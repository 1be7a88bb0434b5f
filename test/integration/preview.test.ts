/**
 * Pull-request previews in process (see harness.ts): the operations against the live-API emulator (createTenant
 * ignores `name`, so the project is renamed after the create; endpoints are base URLs) and a fake GitHub (the
 * issue-comments REST API, reached by Octokit through GITHUB_API_URL), driven by pull_request event payloads. The lifecycle's promises are numbered; the marker rule
 * (a tenant is this pull request's preview only when its TENANT_ACTION_PREVIEW says so) runs through all.
 */
import { describe, expect, it } from '@jest/globals'
import type { Tenant } from '../emulator/emulator.js'
import type { FakeComment } from '../github/fake-github.js'
import { COMMENT_MARKER as MARKER, pullRequestStep, tenantMarker } from '../support/pull-request.js'
import { UUID } from '../support/action-runner.js'
import { GITHUB_TOKEN, logged, logText, runOperation, type RunOptions, type RunResult } from './harness.js'
import { cloudAndGitHub } from '../support/preview-servers.js'

const OWNER = 'acme'
const REPO = 'shop'
const PR = 7
const PREVIEW_NAME = 'acme-shop-pr-7'
/** The env var a preview tenant carries to say whose preview it is. */
const MARKER_KEY = 'TENANT_ACTION_PREVIEW'
const OUR_MARKER = { [MARKER_KEY]: 'acme/shop#7' }
const SHA_OPENED = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const SHA_PUSHED = 'fedcba9876543210fedcba9876543210fedcba98'
const SHA_REOPENED = '5555aaaa5555aaaa5555aaaa5555aaaa5555aaaa'

// Env values of 8+ characters: the harness also checks that none reaches the log, summary or outputs.
const ENV_V1 = 'API_URL: https://api-v1.internal.example/graphql\nSTRIPE_KEY: sk_test_firstValue123\n'
const ENV_V2 = 'API_URL: https://api-v2.internal.example/graphql\nSTRIPE_KEY: sk_test_firstValue123\n'
const VALUES = [
  'https://api-v1.internal.example/graphql',
  'https://api-v2.internal.example/graphql',
  'sk_test_firstValue123'
]

type PrAction = 'opened' | 'synchronize' | 'closed' | 'reopened'

const servers = cloudAndGitHub()
const { emulator, gh } = servers

/** One workflow step on acme/shop#7's event at `headSha`: create on opened/synchronize/reopened, delete on closed. */
const step = (action: PrAction, headSha: string, more: Partial<RunOptions> = {}): Promise<RunResult> =>
  runOperation(pullRequestStep(servers, action, { secrets: VALUES, ...more, pr: { headSha } }))

/** A create in another repository's pull request (GITHUB_REPOSITORY says which), for the name rules. */
const createIn = (owner: string, repo: string, number: number): Promise<RunResult> =>
  runOperation(pullRequestStep(servers, 'opened', { pr: { owner, repo, number, headSha: SHA_OPENED } }))

function thread(owner = OWNER, repo = REPO, number = PR): FakeComment[] {
  return gh.comments(owner, repo, number)
}

function previewComments(owner = OWNER, repo = REPO, number = PR): FakeComment[] {
  return thread(owner, repo, number).filter((comment) => comment.body.includes(MARKER))
}

/** A comment posted through the API with the workflow's token: authored by github-actions[bot], like ours. */
async function postAsBot(body: string): Promise<FakeComment> {
  const response = await fetch(`${gh.url}/repos/${OWNER}/${REPO}/issues/${PR}/comments`, {
    method: 'POST',
    headers: { authorization: `token ${GITHUB_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body })
  })
  expect(response.status).toBe(201)
  const { id } = (await response.json()) as { id: number }
  return thread().find((comment) => comment.id === id)!
}

function previewBody(tenantId: string): string {
  return `${MARKER}\n${tenantMarker(tenantId)}\n### Hasura Cloud preview\n\nAn earlier run's comment.`
}

function warnings(run: RunResult): string[] {
  return logged(run, 'warning')
}

const graphqlUrl = (tenant: Tenant) => `${emulator.origin}/p/${tenant.name}/v1/graphql`
const consoleUrl = (tenant: Tenant) => `https://cloud.hasura.io/project/${tenant.projectId}/console`

describe('a pull request from open to close (acceptance 1)', () => {
  it('one tenant and one comment, reused on push, deleted on close, fresh on reopen', async () => {
    // opened
    const opened = await step('opened', SHA_OPENED, { inputs: { 'env-file': 'env.yml' }, files: { 'env.yml': ENV_V1 } })
    expect(opened.code).toBe(0)
    expect(opened.outputs.result).toBe('created')
    expect(opened.outputs.changed).toBe('true')
    const tenantId = opened.outputs['tenant-id']!
    expect(tenantId).toMatch(UUID)
    expect(emulator.tenants()).toHaveLength(1)
    const tenant = emulator.tenant(tenantId)!
    expect(tenant.name).toBe(PREVIEW_NAME)
    expect(opened.outputs.name).toBe(PREVIEW_NAME)
    expect(opened.outputs.endpoint).toBe(graphqlUrl(tenant))
    expect(opened.outputs['console-url']).toBe(consoleUrl(tenant))
    expect(tenant.env.API_URL).toBe('https://api-v1.internal.example/graphql')
    // The preview carries its marker, written in the one env write with the file's keys.
    expect(tenant.env[MARKER_KEY]).toBe('acme/shop#7')
    const envWrites = emulator.callsTo('updateTenantEnv')
    expect(envWrites).toHaveLength(1)
    expect((envWrites[0]!.variables.envs as { key: string }[]).map((env) => env.key).sort()).toEqual([
      'API_URL',
      'STRIPE_KEY',
      MARKER_KEY
    ])
    // The live API ignores a name given to createTenant: the project is named after the create.
    const [create] = emulator.callsTo('createTenant')
    expect(create!.variables).not.toHaveProperty('name')
    const renames = emulator.callsTo('update_projects_by_pk')
    expect(renames).toHaveLength(1)
    expect(JSON.stringify(renames[0]!.variables)).toContain(PREVIEW_NAME)
    expect(renames[0]!.at).toBeGreaterThanOrEqual(create!.at)

    expect(thread()).toHaveLength(1)
    const [created] = previewComments()
    expect(created).toBeDefined()
    expect(created!.user.type).toBe('Bot')
    expect(created!.body.startsWith(MARKER)).toBe(true)
    expect(created!.body).toContain(tenantMarker(tenantId))
    expect(created!.body).toContain(`| GraphQL endpoint | ${graphqlUrl(tenant)} |`)
    expect(created!.body).toContain(consoleUrl(tenant))
    expect(created!.body).toContain(tenantId)
    expect(created!.body).toContain('a1b2c3d')
    expect(created!.body).not.toContain(SHA_OPENED)
    expect(created!.body).toMatch(/`API_URL` \(added\)/)
    expect(created!.body).toMatch(/`STRIPE_KEY` \(added\)/)
    expect(created!.body).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/)
    for (const value of [...VALUES, ...Object.values(tenant.env)]) expect(created!.body).not.toContain(value)

    // synchronize: a push changes one value
    const pushed = await step('synchronize', SHA_PUSHED, {
      inputs: { 'env-file': 'env.yml' },
      files: { 'env.yml': ENV_V2 }
    })
    expect(pushed.code).toBe(0)
    expect(pushed.outputs.result).toBe('reused')
    expect(pushed.outputs['tenant-id']).toBe(tenantId)
    expect(pushed.outputs.endpoint).toBe(graphqlUrl(tenant))
    expect(pushed.outputs.changed).toBe('true')
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    expect(emulator.tenants()).toHaveLength(1)
    expect(emulator.tenant(tenantId)!.env.API_URL).toBe('https://api-v2.internal.example/graphql')
    expect(emulator.tenant(tenantId)!.env[MARKER_KEY]).toBe('acme/shop#7')
    expect(thread()).toHaveLength(1)
    const updated = previewComments()[0]!
    expect(updated.id).toBe(created!.id)
    expect(updated.updated_at > created!.updated_at).toBe(true)
    expect(updated.body).toContain('fedcba9')
    expect(updated.body).not.toContain('a1b2c3d')
    expect(updated.body).toMatch(/`API_URL` \(changed\)/)
    expect(updated.body).not.toContain('STRIPE_KEY')
    expect(updated.body).not.toContain(MARKER_KEY)
    for (const value of VALUES) expect(updated.body).not.toContain(value)

    // closed
    const closed = await step('closed', SHA_PUSHED)
    expect(closed.code).toBe(0)
    expect(closed.outputs.result).toBe('deleted')
    expect(closed.outputs['tenant-id']).toBe(tenantId)
    expect(emulator.tenant(tenantId)).toBeUndefined()
    expect(thread()).toHaveLength(1)
    const gone = previewComments()[0]!
    expect(gone.id).toBe(created!.id)
    expect(gone.body).toMatch(/deleted/)
    expect(gone.body).toContain(tenantId)
    expect(gone.body).not.toContain(tenantMarker(tenantId))
    expect(gone.body).not.toContain(graphqlUrl(tenant))

    // closed again (a re-run of the teardown job): the comment keeps saying which tenant was deleted
    const closedAgain = await step('closed', SHA_PUSHED)
    expect(closedAgain.code).toBe(0)
    expect(closedAgain.outputs.result).toBe('not-found')
    expect(closedAgain.outputs.changed).toBe('false')
    expect(warnings(closedAgain).length).toBeGreaterThan(0)
    expect(thread()).toEqual([gone])

    // reopened
    const reopened = await step('reopened', SHA_REOPENED)
    expect(reopened.code).toBe(0)
    expect(reopened.outputs.result).toBe('created')
    const freshId = reopened.outputs['tenant-id']!
    expect(freshId).toMatch(UUID)
    expect(freshId).not.toBe(tenantId)
    expect(emulator.tenants().map((t) => t.id)).toEqual([freshId])
    const fresh = emulator.tenant(freshId)!
    expect(fresh.name).toBe(PREVIEW_NAME)
    expect(fresh.env[MARKER_KEY]).toBe('acme/shop#7')
    expect(emulator.callsTo('createTenant')).toHaveLength(2)
    expect(thread()).toHaveLength(1)
    const revived = previewComments()[0]!
    expect(revived.id).toBe(created!.id)
    expect(revived.body).toContain(tenantMarker(freshId))
    expect(revived.body).toContain(graphqlUrl(fresh))
    expect(revived.body).toContain(consoleUrl(fresh))
    expect(revived.body).toContain('5555aaa')
  })

  it('closing a pull request that never got a preview: a warning, result=not-found, exit 0, nothing written', async () => {
    const closed = await step('closed', SHA_OPENED)
    expect(closed.code).toBe(0)
    expect(closed.outputs.result).toBe('not-found')
    expect(warnings(closed).join('\n')).toMatch(/nothing to delete/)
    // One look-up of the preview's name, nothing else.
    expect(emulator.calls.map((call) => call.fields)).toEqual([['projects']])
    expect(thread()).toHaveLength(0)
    expect(gh.requests.filter((request) => request.method !== 'GET')).toHaveLength(0)
  })

  it('with an API that answers the GraphQL URL as the endpoint: the comment and outputs show it once', async () => {
    emulator.endpointShape = 'graphql'
    const opened = await step('opened', SHA_OPENED)
    expect(opened.code).toBe(0)
    const tenant = emulator.tenant(opened.outputs['tenant-id']!)!
    expect(opened.outputs.endpoint).toBe(graphqlUrl(tenant))
    const [comment] = previewComments()
    expect(comment!.body).toContain(`| GraphQL endpoint | ${graphqlUrl(tenant)} |`)
    expect(comment!.body).not.toContain('/v1/graphql/v1/graphql')
  })
})

describe('dry-run on a pull request', () => {
  it('plans the sync of the reused tenant: no write, no health wait, the comment untouched', async () => {
    const opened = await step('opened', SHA_OPENED, { inputs: { 'env-file': 'env.yml' }, files: { 'env.yml': ENV_V1 } })
    const tenantId = opened.outputs['tenant-id']!
    const hash = emulator.tenant(tenantId)!.hash
    const [before] = previewComments()
    const healthBefore = emulator.healthChecks(tenantId)

    const planned = await step('synchronize', SHA_PUSHED, {
      inputs: { 'env-file': 'env.yml', 'dry-run': 'true' },
      files: { 'env.yml': ENV_V2 }
    })
    expect(planned.code).toBe(0)
    expect(planned.outputs).toMatchObject({ result: 'planned', changed: 'true', 'tenant-id': tenantId, hash })
    expect(emulator.tenant(tenantId)!.hash).toBe(hash)
    expect(emulator.tenant(tenantId)!.env.API_URL).toBe('https://api-v1.internal.example/graphql')
    expect(emulator.callsTo('updateTenantEnv')).toHaveLength(1)
    expect(emulator.healthChecks(tenantId)).toBe(healthBefore)
    expect(previewComments()).toEqual([before])
    expect(planned.outcome?.changes).toEqual([{ key: 'API_URL', change: 'changed' }])
  })
})

describe("other people's comments (acceptance 2)", () => {
  it('are never modified, even one that starts with the marker and names another tenant', async () => {
    const production = emulator.seedTenant({
      name: 'shop-production',
      envs: { API_URL: 'https://api.shop.example/graphql' }
    })
    // Oldest first: an impostor comment (a copy of ours, pointing at production), a quote, a plain review note.
    const impostor = gh.addComment(
      OWNER,
      REPO,
      PR,
      `${previewBody(production.id)}\n\nCopied from another PR.`,
      'mallory'
    )
    const quoting = gh.addComment(OWNER, REPO, PR, `Why does the bot write \`${MARKER}\` at the top?\n\n> ${MARKER}`)
    const note = gh.addComment(OWNER, REPO, PR, 'LGTM once the preview is green.', 'hubot')
    const humans = [impostor, quoting, note]

    const opened = await step('opened', SHA_OPENED)
    expect(opened.code).toBe(0)
    expect(opened.outputs.result).toBe('created')
    expect(opened.outputs['tenant-id']).not.toBe(production.id)
    const pushed = await step('synchronize', SHA_PUSHED)
    expect(pushed.code).toBe(0)
    expect(pushed.outputs.result).toBe('reused')
    expect(pushed.outputs['tenant-id']).toBe(opened.outputs['tenant-id'])
    const closed = await step('closed', SHA_PUSHED)
    expect(closed.code).toBe(0)
    expect(closed.outputs['tenant-id']).toBe(opened.outputs['tenant-id'])

    const after = thread()
    for (const human of humans) expect(after.find((comment) => comment.id === human.id)).toEqual(human)
    const ours = after.filter((comment) => !humans.some((human) => human.id === comment.id))
    expect(ours).toHaveLength(1)
    const edits = gh.requests.filter((request) => request.method === 'PATCH')
    expect(edits.length).toBe(2)
    for (const edit of edits) expect(edit.path).toContain(`/issues/comments/${ours[0]!.id}`)
    // The tenant the impostor names was neither reused nor touched nor deleted.
    expect(emulator.tenant(production.id)).toEqual(production)
    expect(emulator.callsTo('deleteTenant').map((call) => call.variables.tenantId)).toEqual([
      opened.outputs['tenant-id']
    ])
  })

  // Any workflow of the repository comments as github-actions[bot]: the author alone proves nothing.
  it.each<[string, Record<string, string>]>([
    ['no marker', {}],
    ["another pull request's marker", { [MARKER_KEY]: 'acme/shop#8' }],
    ["another repository's marker", { [MARKER_KEY]: 'other/shop#7' }]
  ])(
    "a bot's preview comment naming a tenant with %s is not followed: not reused, synced or deleted",
    async (_, marker) => {
      const production = emulator.seedTenant({
        name: 'shop-production',
        envs: { API_URL: 'https://api.shop.example/graphql', ...marker }
      })
      const comment = await postAsBot(previewBody(production.id))

      const pushed = await step('synchronize', SHA_PUSHED, {
        inputs: { 'env-file': 'env.yml' },
        files: { 'env.yml': ENV_V1 }
      })
      expect(pushed.code).toBe(0)
      expect(pushed.outputs.result).toBe('created')
      const previewId = pushed.outputs['tenant-id']!
      expect(previewId).not.toBe(production.id)
      expect(warnings(pushed).join('\n')).toMatch(new RegExp(`${production.id}.*it is left alone`))
      expect(emulator.tenant(previewId)!.env[MARKER_KEY]).toBe('acme/shop#7')
      // The comment is ours (the bot's, with the marker): it now names the preview this run made.
      expect(thread()).toHaveLength(1)
      expect(thread()[0]!.id).toBe(comment.id)
      expect(thread()[0]!.body).toContain(tenantMarker(previewId))

      const closed = await step('closed', SHA_PUSHED)
      expect(closed.code).toBe(0)
      expect(closed.outputs).toMatchObject({ result: 'deleted', 'tenant-id': previewId })
      expect(emulator.tenants().map((t) => t.id)).toEqual([production.id])
      expect(emulator.tenant(production.id)).toEqual(production)
      expect(emulator.callsTo('updateTenantEnv').map((call) => call.variables.tenantId)).toEqual([previewId])
    }
  )

  it("closing with a bot's comment that names a tenant without our marker: nothing deleted, the comment kept", async () => {
    const production = emulator.seedTenant({ name: 'shop-production' })
    const comment = await postAsBot(previewBody(production.id))

    const closed = await step('closed', SHA_PUSHED)
    expect(closed.code).toBe(0)
    expect(closed.outputs.result).toBe('not-found')
    expect(warnings(closed).join('\n')).toMatch(new RegExp(`${production.id}.*it is left alone`))
    expect(emulator.callsTo('deleteTenant')).toHaveLength(0)
    expect(emulator.tenant(production.id)).toEqual(production)
    // The comment does not claim a deletion that did not happen.
    expect(thread()).toEqual([comment])
  })
})

describe('a personal token as github-token', () => {
  it("finds the comments it wrote (authored by the token's user) and still ignores a person's copy", async () => {
    gh.user = 'release-manager'
    const production = emulator.seedTenant({ name: 'shop-production' })
    const impostor = gh.addComment(OWNER, REPO, PR, previewBody(production.id), 'mallory')

    const opened = await step('opened', SHA_OPENED)
    expect(opened.code).toBe(0)
    expect(opened.outputs.result).toBe('created')
    const pushed = await step('synchronize', SHA_PUSHED)
    expect(pushed.code).toBe(0)
    expect(pushed.outputs.result).toBe('reused')
    expect(pushed.outputs['tenant-id']).toBe(opened.outputs['tenant-id'])

    const [first, ours, ...rest] = thread()
    expect(first).toEqual(impostor)
    expect(rest).toHaveLength(0)
    expect(ours!.user).toEqual({ login: 'release-manager', type: 'User' })
    expect(ours!.body).toContain(tenantMarker(opened.outputs['tenant-id']!))
    expect(ours!.body).toContain('fedcba9')
    expect(emulator.tenant(production.id)).toEqual(production)
  })
})

describe('a long pull request (acceptance 3)', () => {
  it('with 250 comments before ours: exactly one preview comment after two runs', async () => {
    for (let i = 1; i <= 250; i++) gh.addComment(OWNER, REPO, PR, `Review note ${i}`, i % 2 ? 'octocat' : 'hubot')

    const opened = await step('opened', SHA_OPENED)
    expect(opened.code).toBe(0)
    expect(opened.outputs.result).toBe('created')
    const pushed = await step('synchronize', SHA_PUSHED)
    expect(pushed.code).toBe(0)
    expect(pushed.outputs.result).toBe('reused')
    expect(pushed.outputs['tenant-id']).toBe(opened.outputs['tenant-id'])

    expect(thread()).toHaveLength(251)
    const previews = previewComments()
    expect(previews).toHaveLength(1)
    expect(previews[0]!.body).toContain('fedcba9')
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    // Our comment is the 251st: the second run had to follow the Link header to the third page.
    expect(gh.requests.some((request) => request.method === 'GET' && /[?&]page=3\b/.test(request.path))).toBe(true)
  })
})

describe('a token that cannot comment (acceptance 4)', () => {
  it('create: exit 0, the tenant exists, a warning names pull-requests: write', async () => {
    gh.readOnly = true
    const opened = await step('opened', SHA_OPENED)
    expect(opened.code).toBe(0)
    expect(opened.outputs.result).toBe('created')
    expect(emulator.tenants()).toHaveLength(1)
    expect(opened.outputs['tenant-id']).toBe(emulator.tenants()[0]!.id)
    expect(thread()).toHaveLength(0)
    expect(gh.requests.some((request) => request.status === 403)).toBe(true)
    expect(warnings(opened).join('\n')).toMatch(/pull-requests: write/)
    expect(logged(opened, 'error')).toEqual([])
  })

  it('a whole lifecycle without comments: the preview is found again, and torn down, by its name and marker', async () => {
    gh.readOnly = true
    const opened = await step('opened', SHA_OPENED)
    expect(opened.outputs.result).toBe('created')
    const tenantId = opened.outputs['tenant-id']!
    expect(emulator.tenant(tenantId)!.name).toBe(PREVIEW_NAME)

    const pushed = await step('synchronize', SHA_PUSHED)
    expect(pushed.code).toBe(0)
    expect(pushed.outputs).toMatchObject({ result: 'reused', 'tenant-id': tenantId })
    expect(logText(pushed)).toContain(
      `Found this pull request's preview by its name ${PREVIEW_NAME}: tenant ${tenantId}`
    )
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    expect(emulator.tenants()).toHaveLength(1)

    const closed = await step('closed', SHA_PUSHED)
    expect(closed.code).toBe(0)
    expect(closed.outputs).toMatchObject({ result: 'deleted', 'tenant-id': tenantId })
    expect(emulator.tenants()).toHaveLength(0)
    expect(thread()).toHaveLength(0)
  })

  it('a project with the preview name but without our marker is never reused or deleted; ours is found by its marker', async () => {
    gh.readOnly = true
    const squatter = emulator.seedTenant({ name: PREVIEW_NAME, envs: { API_URL: 'https://api.shop.example/graphql' } })

    const opened = await step('opened', SHA_OPENED)
    expect(opened.code).toBe(0)
    expect(opened.outputs.result).toBe('created')
    const tenantId = opened.outputs['tenant-id']!
    expect(tenantId).not.toBe(squatter.id)
    const made = emulator.tenant(tenantId)!
    // The name is taken: the new preview keeps its generated name, and its marker is its handle.
    expect(made.name).not.toBe(PREVIEW_NAME)
    expect(opened.outputs.name).toBe(made.name)
    expect(made.env[MARKER_KEY]).toBe('acme/shop#7')
    expect(warnings(opened).join('\n')).toMatch(
      new RegExp(`${PREVIEW_NAME} exists \\(tenant ${squatter.id}\\).*it is left alone`)
    )
    expect(warnings(opened).join('\n')).toContain(`keeps its generated name ${made.name}`)

    // Neither a comment nor the name leads to it: the teardown finds the preview by its marker all the same.
    const closed = await step('closed', SHA_PUSHED)
    expect(closed.code).toBe(0)
    expect(closed.outputs).toMatchObject({ result: 'deleted', 'tenant-id': tenantId })
    expect(emulator.tenant(squatter.id)).toEqual(squatter)
    expect(emulator.tenants()).toEqual([squatter])
  })

  it('a name the user chose that another project holds is never adopted: a new tenant, the other untouched', async () => {
    const existing = emulator.seedTenant({ name: 'shared-staging' })
    const run = await step('opened', SHA_OPENED, { inputs: { name: 'shared-staging' } })
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('created')
    const tenantId = run.outputs['tenant-id']!
    expect(tenantId).not.toBe(existing.id)
    expect(emulator.tenants()).toHaveLength(2)
    expect(emulator.tenant(existing.id)).toEqual(existing)
    expect(warnings(run).join('\n')).toMatch(/refused the name shared-staging/)
    expect(emulator.tenant(tenantId)!.env[MARKER_KEY]).toBe('acme/shop#7')
  })

  it('delete: the tenant is deleted, a warning names pull-requests: write, exit 0', async () => {
    const tenant = emulator.seedTenant({ name: PREVIEW_NAME, envs: OUR_MARKER })
    const ours = await postAsBot(previewBody(tenant.id))
    gh.readOnly = true
    const closed = await step('closed', SHA_OPENED)
    expect(closed.code).toBe(0)
    expect(closed.outputs.result).toBe('deleted')
    expect(emulator.tenant(tenant.id)).toBeUndefined()
    expect(warnings(closed).join('\n')).toMatch(/pull-requests: write/)
    expect(thread()).toEqual([ours])
  })
})

describe('the health wait (acceptance 5)', () => {
  it('create ends only after /healthz answers 200', async () => {
    // The project boots through two refused checks, however long they take: the third finds it up.
    emulator.bootChecks = 2
    const opened = await step('opened', SHA_OPENED)
    expect(opened.code).toBe(0)
    expect(opened.outputs.result).toBe('created')
    expect(emulator.healthChecks(opened.outputs['tenant-id']!)).toBe(3)
    expect(logText(opened)).toMatch(/^The project is healthy \(3 health checks, /m)
    expect(previewComments()).toHaveLength(1)
  })
})

describe('the project name', () => {
  /** The contract's rules for a preview name: a DNS label of lower-case letters, digits and single hyphens. */
  function expectValidName(name: string): void {
    expect(name.length).toBeLessThanOrEqual(63)
    expect(name).toMatch(/^[a-z0-9-]+$/)
    expect(name).not.toContain('--')
    expect(name).not.toMatch(/^-|-$/)
  }

  it('defaults to <owner>-<repo>-pr-<number>, lower case, other characters as "-"', async () => {
    const run = await createIn('Acme', 'Shop.Web_V2', 12)
    expect(run.code).toBe(0)
    expect(run.outputs.name).toBe('acme-shop-web-v2-pr-12')
    const [tenant] = emulator.tenants()
    expect(tenant!.name).toBe('acme-shop-web-v2-pr-12')
    expect(tenant!.env[MARKER_KEY]).toBe('Acme/Shop.Web_V2#12')
    expect(previewComments('Acme', 'Shop.Web_V2', 12)).toHaveLength(1)
  })

  it('no "--" and no "-" at either end, whatever the repository name holds', async () => {
    const run = await createIn('-acme-', '__shop..web--v2__', 3)
    expect(run.code).toBe(0)
    expect(run.outputs.name).toBe('acme-shop-web-v2-pr-3')
    expectValidName(run.outputs.name!)
  })

  it('a 100-character repository name: cut to 63 characters as <cut>-<hash6>-pr-<number>, each name its own', async () => {
    const long = (tail: string) => `${'checkout-service-'.repeat(4)}${tail}-`.padEnd(100, 'x')
    const first = long('alpha-edition')
    const second = long('bravo-edition')
    expect(first).toHaveLength(100)
    expect(first.slice(0, 63)).toBe(second.slice(0, 63))

    const runs = [await createIn('acme', first, 1234), await createIn('acme', second, 1234)]
    const names = runs.map((run) => run.outputs.name!)
    for (const [i, run] of runs.entries()) {
      expect(run.code).toBe(0)
      expectValidName(names[i]!)
      expect(names[i]).toMatch(/^acme-checkout-service-checkout-service-[a-z0-9-]*-[0-9a-f]{6}-pr-1234$/)
      expect(emulator.tenants().map((t) => t.name)).toContain(names[i])
    }
    // The same first 63 characters, two repositories: the hash of the full name keeps their previews apart.
    expect(names[0]).not.toBe(names[1])
  })

  it('is the "name" input when one is given', async () => {
    const run = await step('opened', SHA_OPENED, { inputs: { name: 'checkout-preview' } })
    expect(run.code).toBe(0)
    expect(emulator.tenants().map((t) => t.name)).toEqual(['checkout-preview'])
    expect(emulator.tenants()[0]!.env[MARKER_KEY]).toBe('acme/shop#7')
  })
})

describe('several preview comments', () => {
  it('the oldest wins: its tenant is reused and deleted, the newer comment and its tenant are left alone', async () => {
    const older = emulator.seedTenant({ name: PREVIEW_NAME, envs: OUR_MARKER })
    const newer = emulator.seedTenant({ name: 'acme-shop-pr-7-duplicate', envs: OUR_MARKER })
    const first = await postAsBot(previewBody(older.id))
    const second = await postAsBot(previewBody(newer.id))

    const pushed = await step('synchronize', SHA_PUSHED)
    expect(pushed.code).toBe(0)
    expect(pushed.outputs.result).toBe('reused')
    expect(pushed.outputs['tenant-id']).toBe(older.id)
    expect(emulator.callsTo('createTenant')).toHaveLength(0)
    const afterPush = thread()
    expect(afterPush).toHaveLength(2)
    expect(afterPush[0]!.id).toBe(first.id)
    expect(afterPush[0]!.body).toContain('fedcba9')
    expect(afterPush[1]).toEqual(second)

    const closed = await step('closed', SHA_PUSHED)
    expect(closed.code).toBe(0)
    expect(closed.outputs).toMatchObject({ result: 'deleted', 'tenant-id': older.id })
    expect(emulator.tenant(older.id)).toBeUndefined()
    expect(emulator.tenant(newer.id)).toEqual(newer)
    const afterClose = thread()
    expect(afterClose[0]!.body).toMatch(/deleted/)
    expect(afterClose[1]).toEqual(second)
  })

  it("the oldest comment's tenant lacks the marker: it is left alone, and the preview is found by its name", async () => {
    const stranger = emulator.seedTenant({ name: 'shop-staging' })
    const preview = emulator.seedTenant({ name: PREVIEW_NAME, envs: OUR_MARKER })
    const first = await postAsBot(previewBody(stranger.id))
    const second = await postAsBot(previewBody(preview.id))

    const pushed = await step('synchronize', SHA_PUSHED)
    expect(pushed.code).toBe(0)
    expect(pushed.outputs).toMatchObject({ result: 'reused', 'tenant-id': preview.id })
    expect(warnings(pushed).join('\n')).toMatch(new RegExp(`${stranger.id}.*it is left alone`))
    expect(emulator.callsTo('createTenant')).toHaveLength(0)
    // The oldest comment is the one kept up to date: it now names the preview.
    const afterPush = thread()
    expect(afterPush[0]!.id).toBe(first.id)
    expect(afterPush[0]!.body).toContain(tenantMarker(preview.id))
    expect(afterPush[1]).toEqual(second)

    const closed = await step('closed', SHA_PUSHED)
    expect(closed.code).toBe(0)
    expect(closed.outputs).toMatchObject({ result: 'deleted', 'tenant-id': preview.id })
    expect(emulator.tenants().map((t) => t.id)).toEqual([stranger.id])
    expect(emulator.tenant(stranger.id)).toEqual(stranger)
    expect(emulator.callsTo('updateTenantEnv').map((call) => call.variables.tenantId)).not.toContain(stranger.id)
  })
})

describe('comment: false', () => {
  it('create sends no GitHub request, and finds a preview that never got its name by its marker', async () => {
    // Marked as this pull request's, but its name is not the preview name (its rename was refused or cut off).
    const named = emulator.seedTenant({ name: 'shop-earlier-preview', envs: OUR_MARKER })
    const ours = await postAsBot(previewBody(named.id))
    const requestsBefore = gh.requests.length

    const run = await step('synchronize', SHA_PUSHED, { inputs: { comment: 'false' } })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'reused', 'tenant-id': named.id, name: PREVIEW_NAME })
    expect(emulator.tenants()).toHaveLength(1)
    expect(gh.requests).toHaveLength(requestsBefore)
    expect(thread()).toEqual([ours])
  })

  it('delete without tenant-id finds the preview by its name and marker, with no GitHub request', async () => {
    const preview = emulator.seedTenant({ name: PREVIEW_NAME, envs: OUR_MARKER })
    await postAsBot(previewBody(preview.id))
    const requestsBefore = gh.requests.length

    const run = await step('closed', SHA_PUSHED, { inputs: { comment: 'false' } })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'deleted', 'tenant-id': preview.id })
    expect(emulator.tenants()).toHaveLength(0)
    expect(gh.requests).toHaveLength(requestsBefore)
  })

  it('delete without tenant-id leaves a project with the preview name but without the marker', async () => {
    const squatter = emulator.seedTenant({ name: PREVIEW_NAME })

    const run = await step('closed', SHA_PUSHED, { inputs: { comment: 'false' } })
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('not-found')
    expect(warnings(run).join('\n')).toMatch(new RegExp(`${squatter.id}.*it is left alone`))
    expect(emulator.tenant(squatter.id)).toEqual(squatter)
  })
})

describe('a comment naming a tenant that is gone', () => {
  it('create: a warning, a new tenant, and the same comment now names it', async () => {
    const ours = await postAsBot(previewBody('3fa85f64-5717-4562-b3fc-2c963f66afa6'))
    const run = await step('synchronize', SHA_PUSHED)
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('created')
    expect(warnings(run).join('\n')).toMatch(/3fa85f64-5717-4562-b3fc-2c963f66afa6.*no longer exists/)
    const tenantId = run.outputs['tenant-id']!
    expect(emulator.tenants().map((t) => t.id)).toEqual([tenantId])
    expect(emulator.tenant(tenantId)!.name).toBe(PREVIEW_NAME)
    const comments = thread()
    expect(comments).toHaveLength(1)
    expect(comments[0]!.id).toBe(ours.id)
    expect(comments[0]!.body).toContain(tenantMarker(tenantId))
    expect(comments[0]!.body).not.toContain('3fa85f64-5717-4562-b3fc-2c963f66afa6')
  })

  it('delete: a warning, result=not-found, exit 0, and the comment says the preview is gone', async () => {
    const goneId = '3fa85f64-5717-4562-b3fc-2c963f66afa6'
    const ours = await postAsBot(previewBody(goneId))
    const run = await step('closed', SHA_PUSHED)
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'not-found', changed: 'false', 'tenant-id': goneId })
    expect(warnings(run).join('\n')).toMatch(new RegExp(`${goneId}.*does not exist`))
    const comments = thread()
    expect(comments).toHaveLength(1)
    expect(comments[0]!.id).toBe(ours.id)
    expect(comments[0]!.body).not.toBe(ours.body)
    expect(comments[0]!.body).toMatch(/deleted/)
    expect(comments[0]!.body).not.toContain(tenantMarker(goneId))
  })
})
