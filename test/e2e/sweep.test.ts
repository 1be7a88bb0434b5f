/**
 * The nightly sweep through the bundle, on a schedule event: five previews left behind (tenants with their markers,
 * their tagged databases on the test run's Postgres, their comments), GitHub answering which pull requests are still
 * open. Every other sweep decision runs in process: test/integration/sweep.test.ts.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { CloudEmulator } from '../emulator/emulator.js'
import type { FakeGitHub } from '../github/fake-github.js'
import { POSTGRES_PASSWORD } from '../support/postgres.js'
import { previewServers } from '../support/preview-servers.js'
import { GITHUB_TOKEN, runAction, type RunResult } from './harness.js'

const OWNER = 'acme'
/** Every preview name and database of this file starts with `acme-sweepe2e`. */
const REPO = 'sweepe2e'
/** Another repository whose preview names start alike: its previews are never this repository's to sweep. */
const OTHER_REPO = 'sweepe2e-api'
const TAG_PREFIX = 'hasura-cloud-tenant-action: preview of '

const servers = previewServers({ databasePrefix: 'acme-sweepe2e' })
let emulator: CloudEmulator
let gh: FakeGitHub

beforeAll(() => {
  ;({ emulator, gh } = servers)
})

/** A preview as create leaves it: a tenant with its marker, its role and database, and the bot's comment naming it. */
async function seedPreview(number: number, repo = REPO): Promise<{ tenantId: string; name: string }> {
  const name = `acme-${repo}-pr-${number}`
  const tenant = emulator.seedTenant({ name, envs: { TENANT_ACTION_PREVIEW: `${OWNER}/${repo}#${number}` } })
  await servers.createPreviewDatabase(name, `${TAG_PREFIX}${OWNER}/${repo}#${number}`)
  const body = `<!-- hasura-cloud-tenant:preview -->\n<!-- hasura-cloud-tenant:tenant=${tenant.id} -->\n### Hasura Cloud preview`
  const response = await fetch(`${gh.url}/repos/${OWNER}/${repo}/issues/${number}/comments`, {
    method: 'POST',
    headers: { authorization: `token ${GITHUB_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body })
  })
  expect(response.status).toBe(201)
  return { tenantId: tenant.id, name }
}

/** The summary's row for a preview: name | PR | state | action taken. */
function summaryRow(run: RunResult, name: string): string | undefined {
  return run.summary.split('\n').find((line) => line.startsWith(`| ${name} |`))
}

describe('a sweep of 5 previews: 2 open, 2 closed, 1 of another repository', () => {
  it('deletes exactly the 2 closed ones with their databases, and says so on their pull requests', async () => {
    const [open1, open2, closed3, closed4] = [
      await seedPreview(1),
      await seedPreview(2),
      await seedPreview(3),
      await seedPreview(4)
    ]
    const other = await seedPreview(5, OTHER_REPO)
    gh.setPullRequest(OWNER, REPO, 1, 'open')
    gh.setPullRequest(OWNER, REPO, 2, 'open')
    gh.setPullRequest(OWNER, REPO, 3, 'closed')
    gh.setPullRequest(OWNER, REPO, 4, 'closed')
    // Closed too, and its name matches this repository's pattern: still not this repository's preview.
    gh.setPullRequest(OWNER, OTHER_REPO, 5, 'closed')
    const untouched = [gh.comments(OWNER, REPO, 1), gh.comments(OWNER, REPO, 2), gh.comments(OWNER, OTHER_REPO, 5)]

    const swept = await runAction({
      inputs: {
        pat: emulator.pat,
        'api-endpoint': emulator.url,
        operation: 'sweep',
        'postgres-server-url': servers.serverUrl
      },
      event: { name: 'schedule', payload: { schedule: '17 3 * * *' } },
      env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}` },
      githubApiUrl: gh.url,
      emulator,
      secrets: [POSTGRES_PASSWORD]
    })
    expect(swept.code).toBe(0)
    expect(swept.outputs).toMatchObject({ swept: '2', kept: '2', result: 'deleted', changed: 'true' })
    const deleted = emulator.callsTo('deleteTenant').map((call) => call.variables.tenantId as string)
    expect(deleted.sort()).toEqual([closed3.tenantId, closed4.tenantId].sort())
    expect(emulator.tenants().map((tenant) => tenant.id)).toEqual([open1.tenantId, open2.tenantId, other.tenantId])
    expect(await servers.databaseExists(closed3.name)).toBe(false)
    expect(await servers.databaseExists(closed4.name)).toBe(false)
    for (const kept of [open1.name, open2.name, other.name]) expect(await servers.databaseExists(kept)).toBe(true)
    expect(swept.stdout.split('\n').filter((line) => line.startsWith('::warning'))).toEqual([])

    for (const number of [3, 4]) {
      const [comment, ...more] = gh.comments(OWNER, REPO, number)
      expect(more).toEqual([])
      expect(comment!.body).toMatch(/was deleted by the sweep of closed pull requests/)
    }
    expect([gh.comments(OWNER, REPO, 1), gh.comments(OWNER, REPO, 2), gh.comments(OWNER, OTHER_REPO, 5)]).toEqual(
      untouched
    )
    // Only this repository's pull requests were asked about.
    const asked = gh.requests.filter((request) => /\/pulls\/\d+$/.test(request.path)).map((request) => request.path)
    expect(asked.sort()).toEqual([1, 2, 3, 4].map((n) => `/repos/${OWNER}/${REPO}/pulls/${n}`))

    expect(summaryRow(swept, closed3.name)).toMatch(/\| #3 \| closed \| deleted \|/)
    expect(summaryRow(swept, closed4.name)).toMatch(/\| #4 \| closed \| deleted \|/)
    expect(summaryRow(swept, open1.name)).toMatch(/\| #1 \| open \| kept \|/)
    expect(summaryRow(swept, other.name)).toBeUndefined()
  })
})

describe('GitHub answering 502 at first', () => {
  it("the closed pull request's preview is still deleted and the open one kept: retried, never unknown", async () => {
    const open = await seedPreview(21)
    const closed = await seedPreview(22)
    gh.setPullRequest(OWNER, REPO, 21, 'open')
    gh.setPullRequest(OWNER, REPO, 22, 'closed')
    gh.fail({ kind: 'server-error', status: 502 }, { method: 'GET', path: /\/pulls\/21$/ })
    gh.fail({ kind: 'server-error', status: 502 }, { method: 'GET', path: /\/pulls\/22$/ })

    const run = await runAction({
      inputs: {
        pat: emulator.pat,
        'api-endpoint': emulator.url,
        operation: 'sweep',
        'postgres-server-url': servers.serverUrl
      },
      event: { name: 'schedule', payload: { schedule: '17 3 * * *' } },
      env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}` },
      githubApiUrl: gh.url,
      emulator,
      secrets: [POSTGRES_PASSWORD]
    })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ swept: '1', kept: '1' })
    expect(emulator.tenants().map((tenant) => tenant.id)).toEqual([open.tenantId])
    expect(await servers.databaseExists(closed.name)).toBe(false)
    expect(await servers.databaseExists(open.name)).toBe(true)
    expect(summaryRow(run, open.name)).toMatch(/\| #21 \| open \| kept \|/)
    const asked = (number: number) =>
      gh.requests.filter((request) => request.path.endsWith(`/pulls/${number}`)).map((request) => request.status)
    expect(asked(21)).toEqual([502, 200])
    expect(asked(22)).toEqual([502, 200])
  })
})
