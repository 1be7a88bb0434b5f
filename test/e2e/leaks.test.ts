/**
 * What only the runner's log shows: text from the API or GitHub printed as text, never read by the runner as a
 * workflow command, in the log, the failure and the summary. (Every e2e run is also checked for leaked secrets by
 * the harness, and sync-env.test.ts checks what is masked.)
 */
import { describe, expect, it } from '@jest/globals'
import { COMMENT_MARKER as MARKER, pullRequestStep, tenantMarker } from '../support/pull-request.js'
import { runAction, type RunOptions, type RunResult } from './harness.js'
import { cloudAndGitHub } from '../support/preview-servers.js'

const servers = cloudAndGitHub({ projectQuota: 20 })
const { emulator, gh } = servers
const base = () => ({ pat: emulator.pat, 'api-endpoint': emulator.url })

/** One step of acme/shop#7's workflow: create on opened/synchronize, delete on closed. */
const step = (action: string, more: Partial<RunOptions> = {}): Promise<RunResult> =>
  runAction(pullRequestStep(servers, action, more))

function previewBody(tenantId: string): string {
  return `${MARKER}\n${tenantMarker(tenantId)}\n### Hasura Cloud preview\n\nAn earlier run's comment.`
}

describe('text from the API or GitHub cannot inject workflow commands', () => {
  // More sources (a refused rename, a retried env write, a refused create, the preview comment's table) run in process:
  // test/integration/trust.test.ts.
  const PAYLOAD =
    'boom\n::error::INJECTED\r\n::set-output name=result::pwned\r::add-mask::INJECTED\u2028::warning::INJECTED'

  /** No log line (split as a runner might: \n, \r\n or \r) starts an injected command; the text shows escaped. */
  function expectNeutralised(result: RunResult): void {
    for (const line of `${result.stdout}\n${result.stderr}`.split(/\r\n|\r|\n|\u2028/)) {
      expect(line).not.toMatch(/^::(error|warning|add-mask)[^:]*::INJECTED|^::set-output name=result::pwned/)
    }
    expect(result.stdout).toContain('\\x0a::error::INJECTED')
    expect(result.outputs.result).not.toBe('pwned')
  }

  it("an API error message (a refused read) in the step's failure", async () => {
    const tenant = emulator.seedTenant()
    emulator.inject({ field: 'getTenantEnv', fault: { kind: 'refuse', message: PAYLOAD } })
    const result = await runAction({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id }, emulator })
    expect(result.code).toBe(1)
    expectNeutralised(result)
    expect(result.summary).not.toMatch(/^::/m)
  })

  it("a GitHub login on a forged comment, in the log's note that it is ignored", async () => {
    gh.addComment('acme', 'shop', 7, previewBody('3fa85f64-5717-4562-b3fc-2c963f66afa6'), `mallory${PAYLOAD}`)
    const result = await step('opened')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Ignoring comment \d+ by malloryboom\\x0a::error::INJECTED/)
    expectNeutralised(result)
  })

  it('env keys from the tenant, in the prune plan, the warning and the summary', async () => {
    const key = `STALE${PAYLOAD}`
    const tenant = emulator.seedTenant({ envs: { [key]: 'old', OTHER_STALE: 'old' } })
    const result = await runAction({
      inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': 'env.yml', prune: 'true' },
      files: { 'env.yml': 'LOG_LEVEL: debug\n' },
      emulator
    })
    expect(result.code).toBe(0)
    expect(emulator.tenant(tenant.id)!.env[key]).toBeUndefined()
    expect(result.stdout).toContain('STALEboom\\x0a::error::INJECTED')
    expectNeutralised(result)
    // The summary is Markdown: the key stays on its table row.
    const row = result.summary.split('\n').find((line) => line.includes('STALEboom'))
    expect(row).toMatch(/^\| `STALEboom .*` \| removed \|$/)
  })
})
