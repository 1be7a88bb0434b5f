/**
 * The preview comment when the workflow or GitHub misbehaves, through whole create runs in process (see harness.ts)
 * against the Cloud emulator and a fake GitHub: two creates of one pull request at once (a workflow without a
 * concurrency group) leave one comment, naming the one tenant they converge on; a thread that cannot be read gets no
 * second comment. The retry plugin's waits are shortened (1 ms for each second), so a request GitHub keeps failing
 * is tried as often as on a runner without the wait.
 */
import { describe, expect, it } from '@jest/globals'
import type { FakeComment } from '../github/fake-github.js'
import { unpacedWrites } from '../support/github-pacing.js'
import { cloudAndGitHub } from '../support/preview-servers.js'
import { COMMENT_MARKER as MARKER, pullRequestStep, tenantMarker } from '../support/pull-request.js'
import { logged, logText, runOperation, type OperationRun } from './harness.js'

const MARKER_KEY = 'TENANT_ACTION_PREVIEW'
/** Octokit is made once per token and process: every run of this file gets the same short retry waits. */
const GITHUB = { pacing: unpacedWrites(), retryAfterBaseValue: 1 }
const ROUNDS = 12

const servers = cloudAndGitHub({ projectQuota: 20 })
const { emulator, gh } = servers

function create(action: 'opened' | 'synchronize'): Promise<OperationRun> {
  return runOperation(pullRequestStep(servers, action, { pr: { number: 7 }, budgets: { github: GITHUB } }))
}

function succeeded(run: OperationRun): OperationRun {
  if (run.code !== 0) throw new Error(`the run failed:\n${logText(run)}`)
  return run
}

/** The comments of acme/shop#7 that this action wrote (github-actions[bot], with the marker). */
function ours(): FakeComment[] {
  return gh
    .comments('acme', 'shop', 7)
    .filter((comment) => comment.user.type === 'Bot' && comment.body.startsWith(MARKER))
}

describe('two creates of one pull request at once', () => {
  it.each(Array.from({ length: ROUNDS }, (_, round) => round + 1))(
    "round %i: one comment, naming the one tenant; nobody else's comments are touched",
    async (round) => {
      const copy = gh.addComment('acme', 'shop', 7, `${MARKER}\nA reviewer's quote of the comment.`, 'reviewer')
      const remark = gh.addComment('acme', 'shop', 7, 'Ready for review.', 'octocat')
      // Both runs list the account before either creates, so both create, and the one that loses the name gives way.
      emulator.inject({ field: 'projects', fault: { kind: 'slow', ms: 200 }, times: 2 })
      // Neither run's comment exists before the other run posts: both post, every round, GitHub serving either first.
      gh.holdPosts(2, round % 2 === 0 ? 'arrival' : 'reverse')

      const runs = await Promise.all([create('opened'), create('opened')])
      for (const run of runs) succeeded(run)
      expect(emulator.callsTo('createTenant')).toHaveLength(2)
      const [tenant, ...others] = emulator.tenants()
      expect(others).toEqual([])
      expect(tenant!.env[MARKER_KEY]).toBe('acme/shop#7')
      for (const run of runs) expect(run.outputs['tenant-id']).toBe(tenant!.id)
      expect(gh.requests.filter((request) => request.method === 'POST' && request.status === 201)).toHaveLength(2)

      const comments = ours()
      expect(comments).toHaveLength(1)
      expect(comments[0]!.body).toContain(tenantMarker(tenant!.id))
      expect(comments[0]!.body).toContain(`| Tenant | \`${tenant!.id}\` |`)
      expect(gh.comments('acme', 'shop', 7).map((comment) => comment.id)).toEqual([copy.id, remark.id, comments[0]!.id])
      expect(gh.comments('acme', 'shop', 7).slice(0, 2)).toEqual([copy, remark])

      // The next push finds that comment and updates it.
      const pushed = succeeded(await create('synchronize'))
      expect(pushed.outputs).toMatchObject({ result: 'reused', 'tenant-id': tenant!.id })
      expect(ours().map((comment) => comment.id)).toEqual([comments[0]!.id])
    }
  )
})

describe('a thread GitHub cannot list', () => {
  it('a push while listing the comments keeps failing: no second comment, a warning, the step succeeds', async () => {
    const opened = succeeded(await create('opened'))
    const [comment] = ours()
    // Every try of both reads (before the tenant work, and before posting) answers 502.
    gh.fail({ kind: 'server-error', status: 502 }, { method: 'GET', path: /\/issues\/7\/comments$/, times: 8 })
    const pushed = succeeded(await create('synchronize'))
    expect(pushed.outputs).toMatchObject({ result: 'reused', 'tenant-id': opened.outputs['tenant-id'] })
    expect(ours()).toEqual([comment])
    expect(gh.requests.filter((request) => request.method === 'POST')).toHaveLength(1)
    expect(logged(pushed, 'warning')).toContainEqual(
      expect.stringMatching(
        /^Could not read the comments of pull request #7 \(HTTP 502: an HTML page\)\. No preview comment is posted: one may be there already\./
      )
    )
  })
})
