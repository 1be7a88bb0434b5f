/**
 * A run cancelled half-way (the workflow's cancel button, a concurrency group, a timeout: the runner sends SIGTERM):
 * the tenant id is in the log, and in the preview comment, the moment it is known, and the step fails saying what
 * exists, so the next run or a person can find the tenant. (test/crash goes through every point, GitHub's SIGINT too.)
 */
import { type ChildProcess } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'
import { pullRequestStep, tenantMarker } from '../support/pull-request.js'
import { runAction, type RunOptions, type RunResult } from './harness.js'
import { cloudAndGitHub } from '../support/preview-servers.js'

const servers = cloudAndGitHub({ projectQuota: 20 })
const { emulator, gh } = servers
const base = () => ({ pat: emulator.pat, 'api-endpoint': emulator.url })

/** One step of acme/shop#7's workflow: create on opened/synchronize, delete on closed. */
const step = (action: string, more: Partial<RunOptions> = {}): Promise<RunResult> =>
  runAction(pullRequestStep(servers, action, more))

describe('cancellation: the tenant id is in the log the moment it is known', () => {
  it('SIGTERM right after createTenant answered', async () => {
    let child: ChildProcess | undefined
    // The env write is the first request after createTenant's answer: the run is cancelled as it arrives.
    emulator.inject({ field: 'updateTenantEnv', fault: { kind: 'meanwhile', run: () => child?.kill('SIGTERM') } })
    const result = await runAction({
      inputs: { ...base(), operation: 'create', 'env-file': 'env.yml' },
      files: { 'env.yml': 'LOG_LEVEL: debug\n' },
      onLine: (_line, _stream, spawned) => {
        child = spawned
      },
      emulator
    })
    // A cancelled step fails, saying what exists.
    expect(result.code).toBe(1)
    const [tenant] = emulator.tenants()
    expect(emulator.callsTo('createTenant')).toHaveLength(1)
    const logged = result.stdout.split('\n').filter((line) => !line.startsWith('::') && line.includes(tenant!.id))
    expect(logged.length).toBeGreaterThanOrEqual(1)
    expect(logged[0]).toMatch(new RegExp(`Created tenant ${tenant!.id}`))
    expect(result.stdout).toMatch(
      new RegExp(`::error::The run was cancelled \\(SIGTERM\\)\\. It got as far as: tenant ${tenant!.id}`)
    )
  })

  it('SIGTERM during the health wait of a preview: the id is in the log and in the PR comment', async () => {
    emulator.healthDelayMs = 60_000
    const result = await step('opened', {
      onLine: (line, _stream, spawned) => {
        if (line.startsWith('Waiting for')) spawned.kill('SIGTERM')
      }
    })
    expect(result.code).toBe(1)
    const [tenant] = emulator.tenants()
    expect(result.stdout).toMatch(new RegExp(`^Created tenant ${tenant!.id}`, 'm'))
    expect(result.stdout).toMatch(/::error::The run was cancelled \(SIGTERM\)/)
    expect(gh.comments('acme', 'shop', 7)[0]!.body).toContain(tenantMarker(tenant!.id))
    // The next run finds it (by the comment, then its marker) instead of making a second one.
    const next = await step('synchronize')
    expect(next.outputs).toMatchObject({ result: 'reused', 'tenant-id': tenant!.id })
    expect(emulator.tenants()).toHaveLength(1)
  })
})
