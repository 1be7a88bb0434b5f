/**
 * Previews that expire (`expire-after`) and a cap on how many a repository has (`max-previews`), in process (see
 * harness.ts) with a clock the test moves: creates on pull_request events make previews with their databases and
 * comments; the sweep on a schedule deletes what expired, even while its pull request is open.
 */
import { describe, expect, it } from '@jest/globals'
import { POSTGRES_PASSWORD } from '../support/postgres.js'
import { previewServers } from '../support/preview-servers.js'
import { pullRequestStep } from '../support/pull-request.js'
import { sweepOf } from '../cases/sweep.js'
import { logText, runOperation, type OperationRun } from './harness.js'

const OWNER = 'acme'
/** Every preview name and database of this file starts with `acme-expiryshop`. */
const REPO = 'expiryshop'
const EXPIRES = 'TENANT_ACTION_PREVIEW_EXPIRES'
const T0 = Date.parse('2026-12-01T08:00:00.000Z')
const minutes = (n: number): number => n * 60_000

const servers = previewServers({ databasePrefix: 'acme-expiryshop' })
const { emulator, gh } = servers
/** The time of day every run of this file reads. */
let clock = T0

function create(number: number, inputs: Record<string, string>, action = 'synchronize'): Promise<OperationRun> {
  gh.setPullRequest(OWNER, REPO, number, 'open')
  return runOperation(
    pullRequestStep(servers, action, {
      pr: { owner: OWNER, repo: REPO, number },
      inputs: { 'postgres-server-url': servers.serverUrl, ...inputs },
      secrets: [POSTGRES_PASSWORD],
      budgets: { now: () => new Date(clock) }
    })
  )
}

function sweep(inputs: Record<string, string> = {}): Promise<OperationRun> {
  return runOperation(sweepOf(servers, REPO, { inputs, budgets: { now: () => new Date(clock) } }))
}

function succeeded(run: OperationRun): OperationRun {
  if (run.code !== 0) throw new Error(`the run failed:\n${logText(run)}`)
  return run
}

function tenantOf(number: number) {
  return emulator.tenants().find((tenant) => tenant.env['TENANT_ACTION_PREVIEW'] === `${OWNER}/${REPO}#${number}`)
}

function commentOf(number: number): string {
  const comments = gh.comments(OWNER, REPO, number)
  expect(comments).toHaveLength(1)
  return comments[0]!.body
}

function envWrites(): number {
  return emulator.callsTo('updateTenantEnv').length + emulator.callsTo('deleteTenantEnv').length
}

describe('expire-after', () => {
  it('each push renews the expiry; the sweep deletes the preview that expired, though its pull request is open, and keeps the renewed one', async () => {
    clock = T0
    const first = succeeded(await create(1, { 'expire-after': '90m' }, 'opened'))
    const second = succeeded(await create(2, { 'expire-after': '90m' }, 'opened'))
    const at = new Date(T0 + minutes(90)).toISOString()
    expect(first.outputs['expires-at']).toBe(at)
    expect(tenantOf(1)!.env[EXPIRES]).toBe(at)
    expect(commentOf(1)).toContain('| Expires | 2026-12-01 09:30:00 UTC, unless pushed to before |')
    expect(second.outputs['expires-at']).toBe(at)

    // An hour later, a push to #2: its preview now expires 90 minutes from then.
    clock = T0 + minutes(60)
    const pushed = succeeded(await create(2, { 'expire-after': '90m' }))
    const renewed = new Date(T0 + minutes(150)).toISOString()
    expect(pushed.outputs).toMatchObject({ result: 'reused', 'expires-at': renewed })
    expect(tenantOf(2)!.env[EXPIRES]).toBe(renewed)
    expect(commentOf(2)).toContain('| Expires | 2026-12-01 10:30:00 UTC, unless pushed to before |')

    // A push a minute later writes no env (which would restart the project): the expiry renewed a moment ago stands.
    clock = T0 + minutes(61)
    const writes = envWrites()
    const again = succeeded(await create(2, { 'expire-after': '90m' }))
    expect(again.outputs).toMatchObject({ result: 'reused', changed: 'false', 'expires-at': renewed })
    expect(envWrites()).toBe(writes)

    // Past #1's expiry, before #2's: the sweep deletes #1's preview (tenant, databases, role) and keeps #2's.
    clock = T0 + minutes(100)
    const kept = tenantOf(2)!.id
    const gone = tenantOf(1)!.id
    const swept = succeeded(await sweep())
    expect(swept.outputs).toMatchObject({ swept: '1', kept: '1', result: 'deleted' })
    expect(emulator.callsTo('deleteTenant').map((call) => call.variables.tenantId)).toEqual([gone])
    expect(tenantOf(1)).toBeUndefined()
    expect(tenantOf(2)!.id).toBe(kept)
    expect(await servers.databaseExists('acme-expiryshop-pr-1')).toBe(false)
    expect(await servers.databaseExists('acme-expiryshop-pr-2')).toBe(true)
    const said = commentOf(1)
    expect(said).toContain(`The preview tenant \`${gone}\` expired at 2026-12-01 09:30:00 UTC`)
    expect(said).toContain('To bring it back, push to the pull request or re-run its workflow')
    expect(said).not.toContain('hasura-cloud-tenant:tenant=')
    const rows = (swept.outcome?.tables ?? []).flatMap((table) => table.rows.map((row) => row.join(' | ')))
    expect(rows).toContainEqual(expect.stringMatching(/#1 \| open \| deleted \(expired at 2026-12-01 09:30:00 UTC\)/))
    expect(rows).toContainEqual(expect.stringMatching(/#2 \| open \| kept/))

    // The next push brings #1 back: a new preview, with a new database, in the same comment.
    clock = T0 + minutes(101)
    const back = succeeded(await create(1, { 'expire-after': '90m' }))
    expect(back.outputs).toMatchObject({ result: 'created', 'database-name': 'acme-expiryshop-pr-1' })
    expect(tenantOf(1)!.id).not.toBe(gone)
    expect(commentOf(1)).toContain(`hasura-cloud-tenant:tenant=${tenantOf(1)!.id}`)
  })

  it('a dry-run sweep names the expired preview and deletes nothing; a preview without expire-after never expires', async () => {
    clock = T0
    succeeded(await create(3, { 'expire-after': '12h' }, 'opened'))
    succeeded(await create(4, {}, 'opened'))
    expect(tenantOf(4)!.env[EXPIRES] !== undefined).toBe(false)
    clock = T0 + minutes(13 * 60)
    const planned = succeeded(await sweep({ 'dry-run': 'true' }))
    expect(planned.outputs).toMatchObject({ swept: '1', kept: '1', result: 'planned' })
    expect(emulator.callsTo('deleteTenant')).toEqual([])
    expect(await servers.databaseExists('acme-expiryshop-pr-3')).toBe(true)
    expect(logText(planned)).toMatch(/the preview of pull request #3 \(open\) expired at 2026-12-01 20:00:00 UTC/)
  })

  it('dropping expire-after from the workflow removes the expiry on the next push', async () => {
    clock = T0
    succeeded(await create(5, { 'expire-after': '7d' }, 'opened'))
    expect(tenantOf(5)!.env[EXPIRES]).toBe(new Date(T0 + minutes(7 * 24 * 60)).toISOString())
    const pushed = succeeded(await create(5, {}))
    expect(tenantOf(5)!.env[EXPIRES] !== undefined).toBe(false)
    expect(pushed.outputs['expires-at']).toBeUndefined()
    expect(commentOf(5)).not.toContain('| Expires |')
  })
})

describe('max-previews', () => {
  it('refuses the third preview when set to 2, before any Cloud write, naming the two; a push to one of them is fine', async () => {
    clock = T0
    succeeded(await create(11, { 'max-previews': '2' }, 'opened'))
    succeeded(await create(12, { 'max-previews': '2' }, 'opened'))
    const before = emulator.calls.length

    const third = await create(13, { 'max-previews': '2' }, 'opened')
    expect(third.code).toBe(1)
    expect(third.failure).toMatch(
      /Input "max-previews" is 2, and acme\/expiryshop has 2 previews already: acme-expiryshop-pr-11 \(#11\), acme-expiryshop-pr-12 \(#12\)\. No preview was made for pull request #13\./
    )
    const fields = emulator.calls.slice(before).flatMap((call) => call.fields)
    expect(fields).not.toContain('createTenant')
    expect(fields).not.toContain('updateTenantEnv')
    expect(fields).not.toContain('deleteTenant')
    expect(tenantOf(13)).toBeUndefined()
    expect(await servers.databaseExists('acme-expiryshop-pr-13')).toBe(false)
    expect(gh.comments(OWNER, REPO, 13)).toEqual([])

    // A pull request that has its preview is never refused: its create reuses it.
    const push = succeeded(await create(12, { 'max-previews': '2' }))
    expect(push.outputs.result).toBe('reused')
  })

  it('deletes an expired preview first to make room', async () => {
    clock = T0
    succeeded(await create(21, { 'max-previews': '2', 'expire-after': '90m' }, 'opened'))
    clock = T0 + minutes(60)
    succeeded(await create(22, { 'max-previews': '2', 'expire-after': '90m' }, 'opened'))
    const expired = tenantOf(21)!.id

    clock = T0 + minutes(100)
    const third = succeeded(await create(23, { 'max-previews': '2', 'expire-after': '90m' }, 'opened'))
    expect(third.outputs.result).toBe('created')
    expect(emulator.callsTo('deleteTenant').map((call) => call.variables.tenantId)).toEqual([expired])
    expect(tenantOf(21)).toBeUndefined()
    expect(await servers.databaseExists('acme-expiryshop-pr-21')).toBe(false)
    expect(commentOf(21)).toContain('expired at 2026-12-01 09:30:00 UTC')
    expect(logText(third)).toContain('The preview of pull request #21 expired at 2026-12-01T09:30:00.000Z: deleting it')
  })
})

describe('max-previews counts previews by their markers, whatever their names', () => {
  it('a pull request whose preview kept its generated name (its name taken elsewhere) is never refused', async () => {
    clock = T0
    // Another project holds #31's preview name: its rename is refused and it keeps the name Hasura Cloud gave it.
    emulator.seedTenant({ name: 'acme-expiryshop-pr-31' })
    const first = succeeded(await create(31, {}, 'opened'))
    const generated = first.outputs.name!
    expect(generated).not.toBe('acme-expiryshop-pr-31')
    succeeded(await create(32, {}, 'opened'))
    succeeded(await create(33, {}, 'opened'))

    // The cap came later (or was lowered): #31 has its preview, so its push reuses it.
    const pushed = succeeded(await create(31, { 'max-previews': '2' }))
    expect(pushed.outputs).toMatchObject({ result: 'reused', 'tenant-id': first.outputs['tenant-id'] })

    // A new pull request is refused, and #31's preview is counted under its generated name.
    const fourth = await create(34, { 'max-previews': '3' }, 'opened')
    expect(fourth.code).toBe(1)
    expect(fourth.failure).toContain(
      `acme/expiryshop has 3 previews already: ${generated} (#31), acme-expiryshop-pr-32 (#32), acme-expiryshop-pr-33 (#33).`
    )
    expect(tenantOf(34)).toBeUndefined()
  })

  it('previews named by the "name" input count: the third is refused with max-previews 2, with or without a database server', async () => {
    clock = T0
    succeeded(await create(41, { 'max-previews': '2', name: 'expiryshop-review-41' }, 'opened'))
    // Without postgres-server-url no role records the preview: its tenant's marker alone tells.
    succeeded(
      await create(42, { 'max-previews': '2', name: 'expiryshop-review-42', 'postgres-server-url': '' }, 'opened')
    )

    for (const server of [servers.serverUrl, '']) {
      const before = emulator.calls.length
      const third = await create(
        43,
        { 'max-previews': '2', name: 'expiryshop-review-43', 'postgres-server-url': server },
        'opened'
      )
      expect(third.code).toBe(1)
      expect(third.failure).toMatch(
        /acme\/expiryshop has 2 previews already: expiryshop-review-41 \(#41\), expiryshop-review-42 \(#42\)\. No preview was made for pull request #43\./
      )
      expect(emulator.calls.slice(before).flatMap((call) => call.fields)).not.toContain('createTenant')
    }
    expect(tenantOf(43)).toBeUndefined()
  })

  it('reads a bounded number of other projects, newest first; a preview its database role records counts beyond them', async () => {
    clock = T0
    succeeded(await create(51, { name: 'expiryshop-oldest-51' }, 'opened'))
    // Fifty-five other projects of the account, all newer than #51's.
    const later = Date.now() + minutes(60)
    for (let i = 0; i < 55; i++) emulator.seedTenant({ createdAt: new Date(later + i * 1000) })

    const refused = await create(52, { 'max-previews': '1' }, 'opened')
    expect(refused.code).toBe(1)
    expect(refused.failure).toContain('acme/expiryshop has 1 preview already: expiryshop-oldest-51 (#51).')

    // Without the database server, #51's project is among the oldest, which are not read: the count says so.
    const passed = succeeded(await create(53, { 'max-previews': '1', 'postgres-server-url': '' }, 'opened'))
    expect(passed.outputs.result).toBe('created')
    expect(logText(passed)).toContain(
      'max-previews: the account holds 6 more projects than a create reads to count previews (the oldest were left)'
    )
  })
})

describe('the inputs are checked before any API call', () => {
  it.each([
    ['expire-after', '90', /Input "expire-after" must be a whole number of minutes, hours or days, such as 90m/],
    ['expire-after', '2w', /Input "expire-after" must be a whole number of minutes, hours or days/],
    ['max-previews', '0', /Input "max-previews" must be a whole number from 1 to 9999, got "0"/]
  ])('%s: %s', async (name, value, message) => {
    const before = emulator.calls.length
    const run = await create(31, { [name]: value }, 'opened')
    expect(run.code).toBe(1)
    expect(run.failure).toMatch(message)
    expect(emulator.calls.length).toBe(before)
  })
})
