/**
 * GitHub failing for a moment, through the bundle (a process of its own, so Octokit's retry and throttling plugins
 * wait as they do on a runner): a create and a delete of a pull request's preview with no database or project, whose
 * comment meets a rate limit, a 502, a gateway timeout after the write, or a refusal.
 */
import { describe, expect, it } from '@jest/globals'
import { previewServers } from '../support/preview-servers.js'
import { COMMENT_MARKER as MARKER, pullRequestStep, tenantMarker } from '../support/pull-request.js'
import { runAction, type RunResult } from './harness.js'

const OWNER = 'acme'
const REPO = 'e2eghshop'

const servers = previewServers({ databasePrefix: 'acme-e2eghshop' })
const { emulator, gh } = servers

/** A create or delete of acme/e2eghshop#7 with no database or project: what it asks of GitHub is all there is to see. */
function commentStep(action: 'opened' | 'closed'): Promise<RunResult> {
  return runAction(pullRequestStep(servers, action, { pr: { owner: OWNER, repo: REPO, number: 7 } }))
}

function warnings(run: RunResult): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::warning'))
}

/** This action's comments on acme/e2eghshop#7. */
function previewComments() {
  return gh.comments(OWNER, REPO, 7).filter((comment) => comment.body.startsWith(MARKER))
}

describe('GitHub failing for a moment: the retry and throttling plugins wait it out', () => {
  it('create: the comment is written after a secondary rate limit (Retry-After: 1)', async () => {
    gh.fail({ kind: 'secondary-rate-limit', retryAfterSeconds: 1 }, { method: 'POST' })
    const run = await commentStep('opened')
    expect(run.code).toBe(0)
    expect(warnings(run)).toEqual([])
    const [comment, ...more] = previewComments()
    expect(more).toEqual([])
    expect(comment!.body).toContain(tenantMarker(run.outputs['tenant-id']!))
    // After the post the thread is read once more, in case another run posted at the same time.
    expect(gh.requests.map((request) => `${request.method} ${request.status}`)).toEqual([
      'GET 200',
      'POST 403',
      'POST 201',
      'GET 200'
    ])
    expect(run.stdout).toMatch(
      /GitHub: secondary rate limit on POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments; retry 1 in 1 s\./
    )
  })

  it('delete: after a 502 on the comments and a primary rate limit on the edit, the comment says the preview is gone', async () => {
    const created = await commentStep('opened')
    const tenantId = created.outputs['tenant-id']!
    const before = gh.requests.length
    gh.fail({ kind: 'server-error', status: 502 }, { method: 'GET' })
    gh.fail({ kind: 'rate-limit', resetInSeconds: 1 }, { method: 'PATCH' })
    const run = await commentStep('closed')
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('deleted')
    expect(emulator.tenant(tenantId)).toBeUndefined()
    expect(warnings(run)).toEqual([])
    expect(previewComments()[0]!.body).toMatch(new RegExp(`The preview tenant \`${tenantId}\` was deleted`))
    expect(gh.requests.slice(before).map((request) => `${request.method} ${request.status}`)).toEqual([
      'GET 502',
      'GET 200',
      'PATCH 403',
      'PATCH 200'
    ])
  })

  it('create: a gateway timeout after GitHub wrote the comment leaves one comment, not two', async () => {
    gh.fail({ kind: 'server-error', status: 504, afterServing: true }, { method: 'POST' })
    const run = await commentStep('opened')
    expect(run.code).toBe(0)
    expect(warnings(run)).toEqual([])
    expect(previewComments()).toHaveLength(1)
    expect(gh.requests.map((request) => `${request.method} ${request.status}`)).toEqual([
      'GET 200',
      'POST 504',
      'GET 200'
    ])
  })

  it('a refusal is not retried: a 422 on the comment is one request and one warning, the preview made', async () => {
    gh.fail({ kind: 'refusal', status: 422, message: 'Validation Failed' }, { method: 'POST' })
    const run = await commentStep('opened')
    expect(run.code).toBe(0)
    expect(emulator.tenant(run.outputs['tenant-id']!)).toBeDefined()
    expect(gh.requests.map((request) => `${request.method} ${request.status}`)).toEqual(['GET 200', 'POST 422'])
    expect(warnings(run)).toEqual([
      expect.stringMatching(/Could not comment on pull request #7 \(HTTP 422: Validation Failed/)
    ])
  })
})
