/**
 * The sweep of closed pull requests' previews, in process (see harness.ts): previews made by create runs on
 * pull_request events (so they carry their markers, their tagged databases on the real Postgres and their comments),
 * then operation sweep on a schedule event, GitHub answering the pull requests' states. Retry waits are the
 * production policy's, skipped. The cases of test/cases/sweep.ts run here and through the bundle
 * (test/e2e/sweep.test.ts).
 */
import { describe, expect, it } from '@jest/globals'
import { OWNER, sweepCases, sweepOf, summaryRow, TAG_PREFIX, type Preview } from '../cases/sweep.js'
import { freePort, POSTGRES_PASSWORD } from '../support/postgres.js'
import { previewServers } from '../support/preview-servers.js'
import { pullRequestStep } from '../support/pull-request.js'
import { inProcess, logged, logText, runOperation, type RunResult } from './harness.js'

/** Every preview name and database of this file starts with `acme-sweepshop`. */
const REPO = 'sweepshop'
/** Another repository whose preview names start alike: its previews are never this repository's to sweep. */
const OTHER_REPO = 'sweepshop-api'
const MARKER = 'TENANT_ACTION_PREVIEW'

const servers = previewServers({ databasePrefix: 'acme-sweepshop' })
const { emulator, gh, databaseExists } = servers

/** A pull request's preview, made as its workflow makes it: a create run on its `opened` event. */
async function openPreview(number: number, repo: string): Promise<Preview> {
  const run = await runOperation(
    pullRequestStep(servers, 'opened', {
      pr: { owner: OWNER, repo, number },
      inputs: { 'postgres-server-url': servers.serverUrl },
      secrets: [POSTGRES_PASSWORD]
    })
  )
  if (run.code !== 0) throw new Error(`the create of ${repo}#${number} failed:\n${logText(run)}`)
  return { tenantId: run.outputs['tenant-id']!, name: run.outputs.name! }
}

sweepCases(inProcess, servers, { repo: REPO, otherRepo: OTHER_REPO, preview: openPreview })

/**
 * A preview as a teardown that never ran left it, made directly: a tenant with the marker, and the preview's role
 * (tagged for the pull request) owning its tagged database, as the action makes them.
 */
async function seedPreview(
  number: number,
  marker: string | undefined,
  options: { database: boolean } = { database: true }
): Promise<Preview> {
  const name = `acme-sweepshop-pr-${number}`
  const tenant = emulator.seedTenant({ name, envs: marker ? { [MARKER]: marker } : {} })
  if (options.database) await servers.createPreviewDatabase(name, `${TAG_PREFIX}${OWNER}/${REPO}#${number}`)
  return { tenantId: tenant.id, name }
}

const sweep = (inputs: Record<string, string> = {}): Promise<RunResult> =>
  runOperation(sweepOf(servers, REPO, { inputs }))

function tenantIds(): string[] {
  return emulator
    .tenants()
    .map((tenant) => tenant.id)
    .sort()
}

function deleted(): string[] {
  return emulator
    .callsTo('deleteTenant')
    .map((call) => call.variables.tenantId as string)
    .sort()
}

const warnings = (run: RunResult): string[] => logged(run, 'warning')
const errors = (run: RunResult): string[] => logged(run, 'error')

describe('what the sweep cannot tie to a closed pull request of this repository is kept, with a warning', () => {
  it('a pull request GitHub does not know, a tenant without a marker, a marker naming another repository', async () => {
    const unknown = await seedPreview(99, `${OWNER}/${REPO}#99`)
    // Tenants alone: nothing ties them to this repository's pull requests.
    const unmarked = await seedPreview(11, undefined, { database: false })
    const foreign = await seedPreview(12, `${OWNER}/${OTHER_REPO}#12`, { database: false })
    gh.setPullRequest(OWNER, REPO, 11, 'closed')
    gh.setPullRequest(OWNER, REPO, 12, 'closed')

    const run = await sweep()
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ swept: '0', kept: '3' })
    expect(deleted()).toEqual([])
    expect(tenantIds()).toEqual([unknown.tenantId, unmarked.tenantId, foreign.tenantId].sort())
    expect(await databaseExists(unknown.name)).toBe(true)

    const said = warnings(run).join('\n')
    expect(said).toMatch(/acme-sweepshop-pr-99 \(pull request #99\) is kept: GitHub knows no such pull request/)
    expect(said).toMatch(/acme-sweepshop-pr-11 \(pull request #11\) is kept: it has no TENANT_ACTION_PREVIEW marker/)
    expect(said).toMatch(
      /acme-sweepshop-pr-12 \(pull request #12\) is kept: its TENANT_ACTION_PREVIEW marker names acme\/sweepshop-api#12, not acme\/sweepshop#12/
    )
    expect(warnings(run)).toHaveLength(3)
    expect(summaryRow(run, unknown.name)).toMatch(/\| #99 \| missing \| kept: /)
  })
})

describe('an account with more previews than one page of the listing', () => {
  it('finds the closed one on the second page', async () => {
    const start = Date.parse('2025-01-01T00:00:00Z')
    for (let number = 1; number <= 130; number++) {
      emulator.seedTenant({
        name: `acme-sweepshop-pr-${number}`,
        envs: { [MARKER]: `${OWNER}/${REPO}#${number}` },
        createdAt: new Date(start + number * 60_000)
      })
      gh.setPullRequest(OWNER, REPO, number, number === 125 ? 'closed' : 'open')
    }
    const run = await sweep({ 'postgres-server-url': '' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ swept: '1', kept: '129' })
    expect(emulator.tenants().map((tenant) => tenant.name)).not.toContain('acme-sweepshop-pr-125')
    expect(emulator.tenants()).toHaveLength(129)
    const pages = emulator.callsTo('projects').map((call) => call.variables.offset)
    expect(pages).toEqual([0, 100])
  })
})

describe('a deletion that keeps failing', () => {
  it('once the retries for one tenant run out, the others are still deleted, and the step fails naming it', async () => {
    const first = await seedPreview(3, `${OWNER}/${REPO}#3`)
    const second = await seedPreview(4, `${OWNER}/${REPO}#4`)
    gh.setPullRequest(OWNER, REPO, 3, 'closed')
    gh.setPullRequest(OWNER, REPO, 4, 'closed')
    // The first deleteTenant and its one retry get 503; a third wait of 30 s would pass the 60 s budget.
    emulator.inject({ field: 'deleteTenant', fault: { kind: 'http', status: 503, retryAfter: '30' }, times: 2 })

    const run = await sweep()
    const attempts = emulator.callsTo('deleteTenant').map((call) => call.variables.tenantId as string)
    const failing = attempts[0] === first.tenantId ? first : second
    const other = failing === first ? second : first
    expect(attempts).toEqual([failing.tenantId, failing.tenantId, other.tenantId])
    expect(logText(run)).toMatch(/Hasura Cloud: .*503.*; retry 1 in 30\.0 s/)
    expect(run.waits).toEqual([30_000])

    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ swept: '1', kept: '0' })
    expect(tenantIds()).toEqual([failing.tenantId])
    expect(await databaseExists(other.name)).toBe(false)
    expect(await databaseExists(failing.name)).toBe(true)
    const failure = errors(run).at(-1)!
    expect(failure).toMatch(/The sweep failed on 1 preview: /)
    expect(failure).toContain(`${failing.name} (tenant ${failing.tenantId})`)
    expect(failure).not.toContain(other.tenantId)
    expect(summaryRow(run, failing.name)).toMatch(/\| closed \| failed: /)
    expect(summaryRow(run, other.name)).toMatch(/\| closed \| deleted \|/)
  })
})

describe('a Postgres server that cannot be reached', () => {
  it('the tenants are still swept; the step fails saying their databases were not dropped', async () => {
    const closed = await seedPreview(3, `${OWNER}/${REPO}#3`)
    gh.setPullRequest(OWNER, REPO, 3, 'closed')
    const down = new URL(servers.serverUrl)
    down.port = String(await freePort())

    const run = await sweep({ 'postgres-server-url': down.toString() })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ swept: '1', kept: '0' })
    expect(tenantIds()).toEqual([])
    expect(await databaseExists(closed.name)).toBe(true)
    const failure = errors(run).at(-1)!
    expect(failure).toContain(`${closed.name} (tenant ${closed.tenantId})`)
    expect(failure).toMatch(/tenant was deleted, but its preview database was not dropped/)
    expect(failure).toMatch(/Could not reach the Postgres server of postgres-server-url/)
    expect(gh.comments(OWNER, REPO, 3)).toEqual([])
    expect(summaryRow(run, closed.name)).toMatch(/\| closed \| deleted; database not dropped: /)
  })
})

describe('dry run', () => {
  it('deletes nothing, and the summary lists the 2 it would delete', async () => {
    const open = await seedPreview(1, `${OWNER}/${REPO}#1`)
    const closed = [await seedPreview(3, `${OWNER}/${REPO}#3`), await seedPreview(4, `${OWNER}/${REPO}#4`)]
    gh.setPullRequest(OWNER, REPO, 1, 'open')
    gh.setPullRequest(OWNER, REPO, 3, 'closed')
    gh.setPullRequest(OWNER, REPO, 4, 'closed')
    const comment = gh.addComment(OWNER, REPO, 3, 'A reviewer note.')

    const run = await sweep({ 'dry-run': 'true' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'planned', swept: '2', kept: '1' })
    expect(deleted()).toEqual([])
    expect(tenantIds()).toEqual([open.tenantId, ...closed.map((preview) => preview.tenantId)].sort())
    for (const { name } of [open, ...closed]) expect(await databaseExists(name)).toBe(true)
    for (const { name } of closed) expect(summaryRow(run, name)).toMatch(/\| closed \| would be deleted \|/)
    expect(summaryRow(run, open.name)).toMatch(/\| open \| kept \|/)
    expect(gh.comments(OWNER, REPO, 3)).toEqual([comment])
    expect(gh.requests.filter((request) => request.method !== 'GET')).toEqual([])
  })
})
