/**
 * The action tried as an attacker (who can comment, commit a file or open a fork pull request) and as an unlucky
 * user would: one describe per class of attack or mishap. Each test runs the operations in process (see harness.ts)
 * against the Cloud emulator and a fake GitHub and checks what a user would see: the exit code, the outputs, the log
 * (and what it must not hold), the comment, and what the emulator ends up holding. What only the runner shows (how
 * the log escapes injected commands, cancellation) is in test/e2e.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Tenant } from '../emulator/emulator.js'
import type { FakeComment } from '../github/fake-github.js'
import { filesOf } from '../support/files.js'
import { TestProxy } from '../support/proxy.js'
import {
  COMMENT_MARKER as MARKER,
  HEAD_SHA,
  pullRequestStep,
  tenantMarker,
  type PullRequestCase,
  type StepMore
} from '../support/pull-request.js'
import { printable } from '../../src/core/log.js'
import { ROOT } from '../support/action-runner.js'
import { annotations, GITHUB_TOKEN, logged, logText, runOperation, type RunOptions, type RunResult } from './harness.js'
import { cloudAndGitHub } from '../support/preview-servers.js'

// The env marker is what the tenant says of itself.
const MARKER_KEY = 'TENANT_ACTION_PREVIEW'
const ADMIN_SECRET = 'HASURA_GRAPHQL_ADMIN_SECRET'
/** Calls that change a tenant: none may name a tenant that is not this pull request's. */
const WRITES = ['updateTenantEnv', 'deleteTenantEnv', 'deleteTenant', 'update_projects_by_pk']

const servers = cloudAndGitHub({ projectQuota: 20 })
const { emulator, gh } = servers
const base = () => ({ pat: emulator.pat, 'api-endpoint': emulator.url })

/** One step of a pull request's workflow (acme/shop#7 unless `pr` says): create on opened/synchronize, delete on closed. */
const step = (action: string, more: StepMore & Partial<RunOptions> = {}): Promise<RunResult> =>
  runOperation(pullRequestStep(servers, action, more))

/** A comment posted with the workflow's token: authored by github-actions[bot], exactly like the action's own. */
async function postAsBot(
  body: string,
  { owner = 'acme', repo = 'shop', number = 7 }: Partial<PullRequestCase> = {}
): Promise<FakeComment> {
  const response = await fetch(`${gh.url}/repos/${owner}/${repo}/issues/${number}/comments`, {
    method: 'POST',
    headers: { authorization: `token ${GITHUB_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body })
  })
  expect(response.status).toBe(201)
  const { id } = (await response.json()) as { id: number }
  return gh.comments(owner, repo, number).find((comment) => comment.id === id)!
}

function previewBody(tenantId: string): string {
  return `${MARKER}\n${tenantMarker(tenantId)}\n### Hasura Cloud preview\n\nAn earlier run's comment.`
}

function lines(run: RunResult, level: 'warning' | 'error'): string {
  return logged(run, level).join('\n')
}

/** The calls that changed `tenant` (its env, its name, its existence). */
function writesTo(tenant: Tenant): string[] {
  return emulator.calls
    .filter((call) => call.fields.some((field) => WRITES.includes(field)))
    .filter((call) => {
      const variables = JSON.stringify(call.variables)
      return variables.includes(tenant.id) || variables.includes(tenant.projectId)
    })
    .map((call) => call.fields.join(','))
}

/** The tenant is as it was: same env, hash and name, and no call changed it. */
function expectUntouched(tenant: Tenant): void {
  expect(emulator.tenant(tenant.id)).toEqual(tenant)
  expect(writesTo(tenant)).toEqual([])
}

describe('forged comments and look-alike names: the marker on the tenant decides', () => {
  it.each<[string, Record<string, string>]>([
    ['no marker', {}],
    ["another repository's marker for the same number", { [MARKER_KEY]: 'acme/payments#7' }],
    ["another pull request's marker", { [MARKER_KEY]: 'acme/shop#8' }]
  ])(
    "a bot-written preview comment naming another team's tenant (%s): not reused, written or output; not deleted",
    async (_, marker) => {
      const production = emulator.seedTenant({
        name: 'payments-production',
        envs: { PAYMENTS_URL: 'https://payments.internal.example/graphql', ...marker }
      })
      await postAsBot(previewBody(production.id))

      const opened = await step('opened', {
        inputs: { 'env-file': 'env.yml' },
        files: { 'env.yml': 'LOG_LEVEL: debug\n' }
      })
      expect(opened.code).toBe(0)
      expect(opened.outputs.result).toBe('created')
      expect(opened.outputs['tenant-id']).not.toBe(production.id)
      expect(opened.outputs['admin-secret']).not.toBe(production.env[ADMIN_SECRET])
      expect(lines(opened, 'warning')).toContain(`The preview comment names tenant ${production.id}, but`)
      expect(lines(opened, 'warning')).toMatch(/it is left alone/)
      expectUntouched(production)

      const closed = await step('closed')
      expect(closed.code).toBe(0)
      expect(closed.outputs).toMatchObject({ result: 'deleted', 'tenant-id': opened.outputs['tenant-id'] })
      expect(emulator.tenants().map((tenant) => tenant.id)).toEqual([production.id])
      expectUntouched(production)
    }
  )

  it('teardown with only a forged comment: nothing deleted, not-found, and the comment claims no deletion', async () => {
    const production = emulator.seedTenant({ name: 'payments-production' })
    const forged = await postAsBot(previewBody(production.id))
    const closed = await step('closed')
    expect(closed.code).toBe(0)
    expect(closed.outputs.result).toBe('not-found')
    expect(lines(closed, 'warning')).toContain(`tenant ${production.id}, but`)
    expectUntouched(production)
    expect(gh.comments('acme', 'shop', 7)).toEqual([forged])
  })

  it('a comment in a closed-PR teardown naming the tenant of another pull request of this repository is not followed', async () => {
    // Pull request 8's preview, made by the action; a comment on pull request 7 names it.
    const other = emulator.seedTenant({ name: 'acme-shop-pr-8', envs: { [MARKER_KEY]: 'acme/shop#8' } })
    await postAsBot(previewBody(other.id))
    const closed = await step('closed')
    expect(closed.code).toBe(0)
    expect(closed.outputs.result).toBe('not-found')
    expectUntouched(other)
  })

  it('acme/shop.web and acme/shop-web, pull request 7 each: each finds, syncs and deletes only its own preview', async () => {
    const dotted = { owner: 'acme', repo: 'shop.web' }
    const dashed = { owner: 'acme', repo: 'shop-web' }
    const env = (value: string) => ({
      inputs: { 'env-file': 'env.yml' },
      files: { 'env.yml': `REPO_NAME: ${value}\n` }
    })

    const first = await step('opened', { pr: dotted, ...env('dotted') })
    expect(first.code).toBe(0)
    const dottedId = first.outputs['tenant-id']!
    expect(emulator.tenant(dottedId)!.name).toBe('acme-shop-web-pr-7')
    expect(emulator.tenant(dottedId)!.env[MARKER_KEY]).toBe('acme/shop.web#7')

    const second = await step('opened', { pr: dashed, ...env('dashed') })
    expect(second.code).toBe(0)
    expect(second.outputs.result).toBe('created')
    const dashedId = second.outputs['tenant-id']!
    expect(dashedId).not.toBe(dottedId)
    // The name is the other repository's: this preview keeps its generated name, and its marker is its handle.
    expect(lines(second, 'warning')).toContain(`Project acme-shop-web-pr-7 exists (tenant ${dottedId})`)
    expect(emulator.tenant(dashedId)!.env[MARKER_KEY]).toBe('acme/shop-web#7')
    expect(emulator.tenant(dottedId)!.env.REPO_NAME).toBe('dotted')

    // A push to each: each reuses its own, and writes only into its own.
    const dottedPush = await step('synchronize', { pr: dotted, ...env('dotted-2') })
    const dashedPush = await step('synchronize', { pr: dashed, ...env('dashed-2') })
    expect(dottedPush.outputs).toMatchObject({ result: 'reused', 'tenant-id': dottedId })
    expect(dashedPush.outputs).toMatchObject({ result: 'reused', 'tenant-id': dashedId })
    expect(emulator.tenant(dottedId)!.env.REPO_NAME).toBe('dotted-2')
    expect(emulator.tenant(dashedId)!.env.REPO_NAME).toBe('dashed-2')

    const dashedClosed = await step('closed', { pr: dashed })
    expect(dashedClosed.outputs).toMatchObject({ result: 'deleted', 'tenant-id': dashedId })
    expect(emulator.tenants().map((tenant) => tenant.id)).toEqual([dottedId])
    const dottedClosed = await step('closed', { pr: dotted })
    expect(dottedClosed.outputs).toMatchObject({ result: 'deleted', 'tenant-id': dottedId })
    expect(emulator.tenants()).toEqual([])
    expect(emulator.callsTo('deleteTenant').map((call) => call.variables.tenantId)).toEqual([dashedId, dottedId])
  })

  it.each<[string, Record<string, string>]>([
    ['no marker', {}],
    ["another pull request's marker", { [MARKER_KEY]: 'acme/shop#8' }],
    ["a look-alike repository's marker", { [MARKER_KEY]: 'acme/sh.op#7' }]
  ])('a tenant with the preview name and %s, found without a comment, is never touched', async (_, marker) => {
    gh.readOnly = true
    const squatter = emulator.seedTenant({ name: 'acme-shop-pr-7', envs: { OWNER_TEAM: 'billing', ...marker } })
    const opened = await step('opened')
    expect(opened.code).toBe(0)
    expect(opened.outputs.result).toBe('created')
    expect(opened.outputs['tenant-id']).not.toBe(squatter.id)
    expect(lines(opened, 'warning')).toContain(`Project acme-shop-pr-7 exists (tenant ${squatter.id})`)
    const pushed = await step('synchronize')
    expect(pushed.outputs['tenant-id']).not.toBe(squatter.id)
    const closed = await step('closed')
    expect(closed.code).toBe(0)
    expect(lines(closed, 'warning')).toMatch(new RegExp(`tenant ${squatter.id}\\)?, but`))
    expectUntouched(squatter)
  })

  it('a tenant an older version made (no marker), named by our own comment: not reused, not deleted, a warning', async () => {
    const older = emulator.seedTenant({ name: 'acme-shop-pr-7', envs: { API_URL: 'https://api-v0.internal.example' } })
    const comment = await postAsBot(previewBody(older.id))

    const opened = await step('synchronize')
    expect(opened.code).toBe(0)
    expect(opened.outputs.result).toBe('created')
    const previewId = opened.outputs['tenant-id']!
    expect(previewId).not.toBe(older.id)
    expect(lines(opened, 'warning')).toMatch(
      new RegExp(`names tenant ${older.id}, but it has no ${MARKER_KEY} marker .*it is left alone`)
    )
    // Our comment now names the new preview: the old tenant is no longer anyone's handle.
    expect(gh.comments('acme', 'shop', 7).map((c) => c.id)).toEqual([comment.id])
    expect(gh.comments('acme', 'shop', 7)[0]!.body).toContain(tenantMarker(previewId))

    const closed = await step('closed')
    expect(closed.code).toBe(0)
    expect(closed.outputs).toMatchObject({ result: 'deleted', 'tenant-id': previewId })
    expect(emulator.tenants().map((tenant) => tenant.id)).toEqual([older.id])
    expectUntouched(older)
  })
})

describe('duplicates: one pull request, one tenant, whatever the timing', () => {
  it.each<[string, boolean]>([
    ['a token that can comment', false],
    ['a read-only token (no comment)', true]
  ])('two create runs at the same moment with %s: one tenant, the loser deletes its own', async (_, readOnly) => {
    gh.readOnly = readOnly
    // Both listings answer only after half a second: both runs list the account before either creates, so both create.
    emulator.inject({ field: 'projects', fault: { kind: 'slow', ms: 500 }, times: 2 })
    const runs = await Promise.all([step('opened'), step('opened')])
    for (const one of runs) expect(one.code).toBe(0)
    expect(emulator.callsTo('createTenant')).toHaveLength(2)

    const [survivor, ...others] = emulator.tenants()
    expect(others).toEqual([])
    expect(survivor!.name).toBe('acme-shop-pr-7')
    expect(survivor!.env[MARKER_KEY]).toBe('acme/shop#7')
    for (const one of runs) expect(one.outputs['tenant-id']).toBe(survivor!.id)
    const losers = runs.filter((one) => logText(one).includes("Another run made this pull request's preview first"))
    expect(losers).toHaveLength(1)
    expect(losers[0]!.outputs.result).toBe('reused')
    const deleted = emulator.callsTo('deleteTenant').map((call) => call.variables.tenantId)
    expect(deleted).toHaveLength(1)
    expect(deleted[0]).not.toBe(survivor!.id)
    expect(logText(losers[0]!)).toContain(`deleting the tenant this run made (${deleted[0]})`)
    // Whatever comments were written name the survivor.
    for (const comment of gh.comments('acme', 'shop', 7)) expect(comment.body).toContain(tenantMarker(survivor!.id))

    const closed = await step('closed')
    expect(closed.code).toBe(0)
    expect(closed.outputs).toMatchObject({ result: 'deleted', 'tenant-id': survivor!.id })
    expect(emulator.tenants()).toEqual([])
  })

  it('two runs with a read-only token, one after the other: the second finds the first by name and marker', async () => {
    gh.readOnly = true
    const opened = await step('opened')
    const pushed = await step('synchronize')
    expect(opened.outputs.result).toBe('created')
    expect(pushed.outputs).toMatchObject({ result: 'reused', 'tenant-id': opened.outputs['tenant-id'] })
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    expect(gh.comments('acme', 'shop', 7)).toEqual([])
    const closed = await step('closed')
    expect(closed.outputs.result).toBe('deleted')
    expect(emulator.tenants()).toEqual([])
  })
})

describe('the env file is no door out of the workspace', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  /** A workspace with a normal file in it, and a directory outside it holding a secret file. */
  function workspaces(): { workspace: string; outside: string } {
    const root = mkdtempSync(path.join(tmpdir(), 'hasura-action-trust-'))
    dirs.push(root)
    const workspace = path.join(root, 'repo', 'checkout')
    const outside = path.join(root, 'elsewhere')
    mkdirSync(path.join(workspace, 'config'), { recursive: true })
    mkdirSync(outside)
    writeFileSync(path.join(workspace, 'config', 'app.env'), 'LOG_LEVEL=debug\n')
    writeFileSync(path.join(outside, 'runner.env'), 'RUNNER_SECRET=outsideTheWorkspace123\n')
    return { workspace, outside }
  }

  const cases: [string, (dirs: { workspace: string; outside: string }) => string][] = [
    ['a committed symlink to /proc/self/environ', ({ workspace }) => link(workspace, '.env', '/proc/self/environ')],
    ['the path /proc/self/environ', () => '/proc/self/environ'],
    [
      'a symlink to a file outside the workspace',
      ({ workspace, outside }) => link(workspace, '.env', path.join(outside, 'runner.env'))
    ],
    [
      'a symlinked directory that leads outside',
      ({ workspace, outside }) => {
        link(workspace, 'shared', outside)
        return 'shared/runner.env'
      }
    ],
    ['a relative symlink climbing out', ({ workspace }) => link(workspace, '.env', '../../elsewhere/runner.env')],
    ['../../etc/passwd', () => '../../etc/passwd'],
    ['../ up to / and into etc/passwd', () => `${'../'.repeat(16)}etc/passwd`],
    ['an absolute path outside', () => '/etc/passwd'],
    ['an absolute path to a file outside the workspace', ({ outside }) => path.join(outside, 'runner.env')],
    ['a directory', () => 'config'],
    // A FIFO and /dev/zero, which would block or never end if read, are in test/e2e/inputs.test.ts: a run there has a
    // timeout of its own.
    [
      'a file larger than 1 MiB',
      ({ workspace }) => {
        writeFileSync(path.join(workspace, 'big.env'), 'FILLER=x\n'.repeat(120_000))
        return 'big.env'
      }
    ]
  ]
  it.each(cases)(
    '%s: exit 1 naming env-file, no API call, the PAT reaches neither a tenant nor the log',
    async (_, make) => {
      const places = workspaces()
      const envFile = make(places)
      const tenant = emulator.seedTenant({ envs: { LOG_LEVEL: 'info' } })
      const result = await runOperation({
        inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': envFile },
        workspace: places.workspace,
        emulator,
        secrets: ['outsideTheWorkspace123']
      })
      expect(result.code).toBe(1)
      expect(lines(result, 'error')).toMatch(/Input "env-file"/)
      expect(emulator.calls).toHaveLength(0)
      expect(emulator.tenant(tenant.id)).toEqual(tenant)
      expect(logText(result)).not.toContain(emulator.pat)
      expect(logText(result)).not.toContain('root:x:0:0')
    }
  )

  it('a UNIX socket: exit 1 naming env-file, no API call', async () => {
    const { workspace } = workspaces()
    const socket = net.createServer()
    await new Promise<void>((resolve) => socket.listen(path.join(workspace, 'env.sock'), resolve))
    try {
      const tenant = emulator.seedTenant()
      const result = await runOperation({
        inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': 'env.sock' },
        workspace,
        emulator
      })
      expect(result.code).toBe(1)
      expect(lines(result, 'error')).toMatch(/Input "env-file": env.sock is not a regular file/)
      expect(emulator.calls).toHaveLength(0)
    } finally {
      socket.close()
    }
  })

  it('a symlink that stays inside the workspace is followed (the check is about where, not how)', async () => {
    const { workspace } = workspaces()
    link(workspace, '.env', 'config/app.env')
    const tenant = emulator.seedTenant({ envs: { LOG_LEVEL: 'info' } })
    const result = await runOperation({
      inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': '.env' },
      workspace,
      emulator
    })
    expect(result.code).toBe(0)
    expect(emulator.tenant(tenant.id)!.env.LOG_LEVEL).toBe('debug')
  })
})

function link(workspace: string, name: string, target: string): string {
  symlinkSync(target, path.join(workspace, name))
  return name
}

describe('prune never empties a tenant by accident', () => {
  const tenantEnv = {
    PG_DATABASE_URL: 'postgres://app:prunedPassw0rd@db.example.com/app',
    HASURA_GRAPHQL_JWT_SECRET: '{"type":"HS256","key":"jwt-key-0123456789abcdef0123456789"}',
    FEATURE_FLAGS: 'search,checkout'
  }

  it.each<[string, string, string]>([
    ['every line commented out', '.env', '# LOG_LEVEL=debug\n# FEATURE_FLAGS=search\n'],
    ['an empty YAML mapping', 'env.yml', '{}\n'],
    ['an empty file', 'env.yml', ''],
    ['only removals', 'env.yml', 'FEATURE_FLAGS: null\n']
  ])('a file with %s: refused before any API call, saying why', async (_, file, text) => {
    const tenant = emulator.seedTenant({ envs: tenantEnv })
    const result = await runOperation({
      inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': file, prune: 'true' },
      files: { [file]: text },
      emulator
    })
    expect(result.code).toBe(1)
    expect(emulator.calls).toHaveLength(0)
    expect(emulator.tenant(tenant.id)).toEqual(tenant)
    const [annotation] = annotations(result)
    expect(annotation).toMatchObject({ file, line: 1 })
    expect(annotation!.message).toMatch(
      /prune: true with an env file that sets no keys would delete every key of the tenant/
    )
    expect(annotation!.message).toMatch(/set prune: false/)
  })

  it('a prune that removes more keys than the file sets: a warning names them before the write', async () => {
    const tenant = emulator.seedTenant({
      envs: { ...tenantEnv, SEARCH_URL: 'https://search.internal.example', CACHE_TTL: '300' }
    })
    const result = await runOperation({
      inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': 'env.yml', prune: 'true' },
      files: { 'env.yml': 'LOG_LEVEL: debug\n' },
      emulator
    })
    expect(result.code).toBe(0)
    const log = result.log
    const warning = log.findIndex((entry) => entry.level === 'warning' && entry.message.startsWith('prune removes'))
    expect(log[warning]!.message).toContain('prune removes 4 keys the env file does not list, more than the 1 it sets')
    expect(log[warning]!.message).toContain('CACHE_TTL, FEATURE_FLAGS, PG_DATABASE_URL, SEARCH_URL')
    expect(warning).toBeLessThan(log.findIndex((entry) => entry.message.startsWith('Env plan:')))
    expect(Object.keys(emulator.tenant(tenant.id)!.env).sort()).toEqual([
      ADMIN_SECRET,
      'HASURA_GRAPHQL_JWT_SECRET',
      'LOG_LEVEL'
    ])
  })

  it('HASURA_* keys and the preview marker survive a prune unless the file names them', async () => {
    const tenant = emulator.seedTenant({
      envs: {
        ...tenantEnv,
        HASURA_GRAPHQL_CORS_DOMAIN: 'https://shop.example',
        HASURA_GRAPHQL_UNAUTHORIZED_ROLE: 'anonymous',
        [MARKER_KEY]: 'acme/shop#7'
      }
    })
    const result = await runOperation({
      inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': 'env.yml', prune: 'true' },
      files: { 'env.yml': 'FEATURE_FLAGS: search\nPG_DATABASE_URL: ${DB}\nHASURA_GRAPHQL_UNAUTHORIZED_ROLE: null\n' },
      env: { DB: tenantEnv.PG_DATABASE_URL },
      emulator
    })
    expect(result.code).toBe(0)
    expect(Object.keys(emulator.tenant(tenant.id)!.env).sort()).toEqual([
      'FEATURE_FLAGS',
      ADMIN_SECRET,
      'HASURA_GRAPHQL_CORS_DOMAIN',
      'HASURA_GRAPHQL_JWT_SECRET',
      'PG_DATABASE_URL',
      MARKER_KEY
    ])
  })
})

describe('alias bombs are refused at their file and line, without being expanded', () => {
  // Expanded, a bomb would make 10^9 nodes: the reader counts them and stops at its bound, which the message names.
  const BOUND = /aliases expand to more than 100000 nodes/

  /** The classic "billion laughs": nine levels of ten aliases each, a few hundred bytes that expand to 10^9 nodes. */
  function laughs(entry: (name: string, value: string) => string): string {
    const levels = 'abcdefghi'.split('')
    return levels
      .map((name, i) => {
        const items = i === 0 ? Array(10).fill('"lol"') : Array(10).fill(`*${levels[i - 1]}`)
        return entry(name, `&${name} [${items.join(',')}]`)
      })
      .join('\n')
  }

  it('in env-file', async () => {
    const text = laughs((name, value) => `${name.toUpperCase()}: ${value}`)
    expect(text.length).toBeLessThan(400)
    const tenant = emulator.seedTenant()
    const result = await runOperation({
      inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': 'env.yml' },
      files: { 'env.yml': text },
      emulator
    })
    expect(result.code).toBe(1)
    expect(emulator.calls).toHaveLength(0)
    const [annotation] = annotations(result)
    expect(annotation!.file).toBe('env.yml')
    expect(annotation!.line).toBeGreaterThanOrEqual(2)
    expect(annotation!.line).toBeLessThanOrEqual(9)
    expect(annotation!.message).toMatch(BOUND)
  })

  it('in a metadata file of hasura-project', async () => {
    const file = 'hasura/metadata/query_collections.yaml'
    const result = await runOperation({
      inputs: { ...base(), operation: 'create', 'hasura-project': 'hasura' },
      files: { ...filesOf(path.join(ROOT, 'examples/hasura'), 'hasura'), [file]: laughs((_, value) => `- ${value}`) },
      emulator
    })
    expect(result.code).toBe(1)
    expect(emulator.calls).toHaveLength(0)
    const [annotation] = annotations(result)
    expect(annotation!.file).toBe(file)
    expect(annotation!.line).toBeGreaterThanOrEqual(2)
    expect(annotation!.message).toMatch(BOUND)
  })
})

describe('text from the API or GitHub cannot inject workflow commands', () => {
  // Also in test/e2e/leaks.test.ts, through the runner's log: a refused read in the failure and the summary, a GitHub
  // login in the log, env keys in the prune plan and the summary.
  const PAYLOAD =
    'boom\n::error::INJECTED\r\n::set-output name=result::pwned\r::add-mask::INJECTED\u2028::warning::INJECTED'

  /**
   * The text reached the log as the text of one message, which the adapter prints through printable()
   * (src/action/log.ts): no line of what the runner would see (split as a runner might: \n, \r\n or \r) starts an
   * injected command, and the text shows escaped. (test/e2e/leaks.test.ts reads the runner's log itself.)
   */
  function expectNeutralised(result: RunResult): void {
    const shown = result.log.map((entry) => printable(entry.message)).join('\n')
    for (const line of shown.split(/\r\n|\r|\n|\u2028/)) {
      expect(line).not.toMatch(/^::(error|warning|add-mask)[^:]*::INJECTED|^::set-output name=result::pwned/)
    }
    expect(shown).toContain('\\x0a::error::INJECTED')
    expect(result.outputs.result).not.toBe('pwned')
  }

  it('an API error message in a warning (a refused rename) and in a retried env write', async () => {
    emulator.inject({ field: 'update_projects_by_pk', fault: { kind: 'refuse', message: PAYLOAD } })
    emulator.inject({ field: 'updateTenantEnv', fault: { kind: 'refuse', message: PAYLOAD } })
    const result = await runOperation({
      inputs: { ...base(), operation: 'create', name: 'shop-preview', 'env-file': 'env.yml' },
      files: { 'env.yml': 'LOG_LEVEL: debug\n' },
      emulator
    })
    expect(result.code).toBe(0)
    const shown = logged(result, 'warning').map(printable).join('\n')
    expect(shown).toMatch(/refused the name shop-preview \(boom\\x0a::error::INJECTED/)
    expect(shown).toMatch(/An env write was not confirmed \(boom\\x0a/)
    expectNeutralised(result)
  })

  it('an API error message when createTenant is refused', async () => {
    emulator.inject({ field: 'createTenant', fault: { kind: 'refuse', message: PAYLOAD } })
    const result = await runOperation({ inputs: { ...base(), operation: 'create' }, emulator })
    expect(result.code).toBe(1)
    expectNeutralised(result)
  })

  it('an env key from the tenant in the preview comment stays on its table row', async () => {
    const key = `STALE${PAYLOAD}`
    const preview = emulator.seedTenant({ name: 'acme-shop-pr-7', envs: { [MARKER_KEY]: 'acme/shop#7', [key]: 'old' } })
    const result = await step('synchronize', {
      inputs: { 'env-file': 'env.yml', prune: 'true' },
      files: { 'env.yml': 'LOG_LEVEL: debug\nFEATURE_FLAGS: search\n' }
    })
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ result: 'reused', 'tenant-id': preview.id })
    expectNeutralised(result)
    const [comment] = gh.comments('acme', 'shop', 7)
    const row = comment!.body.split('\n').find((line) => line.startsWith('| Env keys changed |'))
    expect(row).toMatch(/`STALEboom .*` \(removed\) \|$/)
    expect(comment!.body).not.toMatch(/^::/m)
  })
})

describe('the PAT only travels encrypted: https, or plain http to a loopback host', () => {
  let proxy: TestProxy
  const hosts = ['cloud.test', '127.0.0.1.cloud.test', 'localhost.cloud.test', 'api.localhost']
  beforeEach(async () => {
    proxy = await TestProxy.start({ hosts: Object.fromEntries(hosts.map((host) => [host, '127.0.0.1'])) })
  })
  afterEach(async () => {
    await proxy.stop()
  })

  /** POST through the proxy as an http client with HTTP_PROXY would: an absolute URI. */
  function postThroughProxy(url: string): Promise<number> {
    const target = new URL(proxy.url)
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: 'POST',
          path: url,
          headers: { 'content-type': 'application/json' }
        },
        (response) => {
          response.resume()
          response.on('end', () => resolve(response.statusCode ?? 0))
        }
      )
      request.on('error', reject)
      request.end(JSON.stringify({ query: 'query { projects { id } }' }))
    })
  }

  it.each(hosts.map((host) => [host]))(
    'http://%s: an input error, and the proxy that would carry it sees nothing',
    async (host) => {
      const port = new URL(emulator.url).port
      const endpoint = `http://${host}:${port}/v1/graphql`
      // The proxy would deliver this request to the emulator: a run that sent it would be seen on both sides.
      expect(await postThroughProxy(endpoint)).toBe(200)
      expect(emulator.calls).toHaveLength(1)
      await emulator.reset()
      proxy.requests.length = 0

      const result = await runOperation({
        inputs: {
          ...base(),
          'api-endpoint': endpoint,
          operation: 'get',
          'tenant-id': '3fa85f64-5717-4562-b3fc-2c963f66afa6'
        },
        env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url }
      })
      expect(result.code).toBe(1)
      expect(lines(result, 'error')).toContain(
        `Input "api-endpoint" is http:// on ${host}: the token would travel unencrypted`
      )
      expect(proxy.requests).toEqual([])
      expect(emulator.calls).toEqual([])
    }
  )

  it('http://user@host: the host is what counts, not what precedes "@"', async () => {
    const port = new URL(emulator.url).port
    const result = await runOperation({
      inputs: { ...base(), 'api-endpoint': `http://127.0.0.1@cloud.test:${port}/v1/graphql`, operation: 'check' },
      env: { HTTP_PROXY: proxy.url }
    })
    expect(result.code).toBe(1)
    expect(lines(result, 'error')).toContain('is http:// on cloud.test')
    expect(proxy.requests).toEqual([])
  })

  it.each([['127.0.0.1'], ['localhost']])('http://%s is accepted, and never sent through a proxy', async (host) => {
    const tenant = emulator.seedTenant()
    // The toolkit's HTTP client reads the proxy from the process environment, as it does on a runner.
    const saved = { HTTP_PROXY: process.env.HTTP_PROXY, HTTPS_PROXY: process.env.HTTPS_PROXY }
    process.env.HTTP_PROXY = process.env.HTTPS_PROXY = proxy.url
    try {
      const result = await runOperation({
        inputs: {
          ...base(),
          'api-endpoint': `http://${host}:${new URL(emulator.url).port}/v1/graphql`,
          operation: 'get',
          'tenant-id': tenant.id
        },
        env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url },
        emulator
      })
      expect(result.code).toBe(0)
      expect(result.outputs['tenant-id']).toBe(tenant.id)
      expect(emulator.calls).toHaveLength(1)
      expect(proxy.requests).toEqual([])
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    }
  })
  // https through the proxy, to a host that is not loopback: test/e2e/proxy.test.ts.
})

describe('no message leaves a user stuck', () => {
  it('createTenant answers null after making the tenant, on a pull request: adopted, named, marked; one tenant', async () => {
    emulator.inject({ field: 'createTenant', fault: { kind: 'null-after' } })
    const result = await step('opened')
    expect(result.code).toBe(0)
    const [tenant, ...others] = emulator.tenants()
    expect(others).toEqual([])
    expect(result.outputs).toMatchObject({ result: 'created', 'tenant-id': tenant!.id, name: 'acme-shop-pr-7' })
    expect(tenant!.env[MARKER_KEY]).toBe('acme/shop#7')
    expect(lines(result, 'warning')).toMatch(/adopting it/)
    expect(logText(result)).not.toMatch(/Cannot read properties/)
  })

  it('createTenant answers null while another project appeared: "a tenant may have been created", naming both', async () => {
    let other: Tenant | undefined
    emulator.inject({ field: 'createTenant', fault: { kind: 'meanwhile', run: () => (other = emulator.seedTenant()) } })
    emulator.inject({ field: 'createTenant', fault: { kind: 'null-after' } })
    const result = await runOperation({ inputs: { ...base(), operation: 'create' }, emulator })
    expect(result.code).toBe(1)
    const mine = emulator.tenants().find((tenant) => tenant.id !== other!.id)!
    expect(lines(result, 'error')).toMatch(/A tenant may have been created/)
    expect(lines(result, 'error')).toContain(mine.id)
    expect(lines(result, 'error')).toContain(other!.id)
    expect(logText(result)).not.toMatch(/Cannot read properties/)
    expect(emulator.callsTo('updateTenantEnv')).toEqual([])
  })

  it('an HTML page with status 200: the endpoint answered HTML, naming api-endpoint; the page is not pasted', async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'tenant_by_pk', fault: { kind: 'html' } })
    const result = await runOperation({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id }, emulator })
    expect(result.code).toBe(1)
    expect(emulator.calls).toHaveLength(1)
    expect(lines(result, 'error')).toContain(
      `input "api-endpoint" (${emulator.url}) answered HTTP 200 with an HTML page, not the JSON of the Hasura Cloud API`
    )
    for (const text of [logText(result), JSON.stringify(result.outcome ?? {})]) {
      expect(text).not.toMatch(/<html|<!DOCTYPE|We will be back shortly/i)
    }
  })

  it.each<[string, (pat: string) => string]>([
    ['a zero-width space', (pat) => `${pat.slice(0, 12)}\u200b${pat.slice(12)}`],
    ['a zero-width space at the end', (pat) => `${pat}\u200b`],
    ['a newline inside', (pat) => `${pat.slice(0, 12)}\n${pat.slice(12)}`],
    ['a tab inside', (pat) => `${pat.slice(0, 12)}\t${pat.slice(12)}`],
    ['a no-break space inside', (pat) => `${pat.slice(0, 12)}\u00a0${pat.slice(12)}`],
    ['a non-ASCII letter', (pat) => `${pat}é`]
  ])('a PAT with %s: an input error naming pat, no API call', async (_, spoil) => {
    const result = await runOperation({
      inputs: {
        ...base(),
        pat: spoil(emulator.pat),
        operation: 'get',
        'tenant-id': '3fa85f64-5717-4562-b3fc-2c963f66afa6'
      }
    })
    expect(result.code).toBe(1)
    expect(emulator.calls).toEqual([])
    expect(lines(result, 'error')).toMatch(/Input "pat" contains a character that cannot be sent in an HTTP header/)
    expect(logText(result)).not.toMatch(/ByteString|TypeError/)
  })

  it('a PAT with a trailing newline (a secret pasted with its line end) works', async () => {
    const tenant = emulator.seedTenant()
    const result = await runOperation({
      inputs: { ...base(), pat: `${emulator.pat}\n`, operation: 'get', 'tenant-id': tenant.id },
      emulator
    })
    expect(result.code).toBe(0)
    expect(emulator.calls.every((call) => call.authorized)).toBe(true)
  })

  it.each([['pull_request'], ['pull_request_target']])(
    'a %s event without a number: an error before any API call',
    async (name) => {
      const result = await runOperation({
        inputs: { ...base(), operation: 'create' },
        event: { name, payload: { action: 'opened', pull_request: { head: { sha: HEAD_SHA } } } },
        githubApiUrl: gh.url,
        emulator
      })
      expect(result.code).toBe(1)
      expect(emulator.calls).toEqual([])
      expect(gh.requests).toEqual([])
      expect(lines(result, 'error')).toMatch(
        new RegExp(`This is a ${name} run, but its event payload has no pull request number`)
      )
    }
  )
})

describe('limits: the preview comment stays under GitHub’s 65,536 characters', () => {
  const LIMIT = 65_536

  function previewComment(): FakeComment {
    const [comment, ...others] = gh.comments('acme', 'shop', 7)
    expect(others).toEqual([])
    return comment!
  }

  it('2,000 changed keys: the first keys listed, then "and N more"', async () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `FEATURE_FLAG_${String(i).padStart(4, '0')}`)
    const result = await step('opened', {
      inputs: { 'env-file': '.env' },
      files: { '.env': keys.map((key) => `${key}=on`).join('\n') + '\n' }
    })
    expect(result.code).toBe(0)
    expect(Object.keys(emulator.tenants()[0]!.env)).toHaveLength(2002)
    const { body } = previewComment()
    expect(body.length).toBeLessThan(LIMIT)
    expect(body).toContain('`FEATURE_FLAG_0000` (added)')
    const listed = body.match(/`FEATURE_FLAG_\d{4}` \(added\)/g) ?? []
    const more = Number(/ and (\d+) more/.exec(body)?.[1])
    // Every key the run added (the marker too) is either listed or counted.
    expect(listed.length + more).toBe(2001)
    expect(body).not.toContain('FEATURE_FLAG_1999')
  })

  it('60 keys of 2,000 characters: still under the limit, the rest counted', async () => {
    const keys = Array.from({ length: 60 }, (_, i) => `K${String(i).padStart(2, '0')}_${'X'.repeat(1996)}`)
    const result = await step('opened', {
      inputs: { 'env-file': '.env' },
      files: { '.env': keys.map((key) => `${key}=on`).join('\n') + '\n' }
    })
    expect(result.code).toBe(0)
    const { body } = previewComment()
    expect(body.length).toBeLessThan(LIMIT)
    expect(body).toMatch(/ and \d+ more/)
    expect(body).toContain(tenantMarker(result.outputs['tenant-id']!))
  })
})
