/**
 * The GitHub side of the action (src/github/) in process, through Octokit with its retry and throttling plugins,
 * against the fake GitHub on 127.0.0.1 answering with the failures GitHub answers with. The plugins' clock is
 * shortened (10 ms for each second GitHub asks to wait), so what is waited out, how often, and what is not, shows
 * without long waits (and without the throttling plugin's write pacing, which e2e runs of the bundle keep).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Logger } from '../../src/core/log.js'
import { PREVIEW_MARKER, PreviewComments } from '../../src/github/preview-comment.js'
import { pullRequestState } from '../../src/github/pulls.js'
import { FakeGitHub, type FakeRequest } from '../github/fake-github.js'
import { unpacedWrites } from '../support/github-pacing.js'

const REPO = { owner: 'acme', repo: 'shop' }
const TIMING = { retryAfterBaseValue: 10, pacing: unpacedWrites() }
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

let gh: FakeGitHub
/** What the code under test logged, as `info: ...` / `warning: ...` lines. */
let logged: string[] = []
const log: Logger = {
  info: (message) => logged.push(`info: ${message}`),
  warning: (message) => logged.push(`warning: ${message}`),
  error: (message) => logged.push(`error: ${message}`),
  mask: () => {}
}
/** The requests GitHub saw since the test began. */
let seenBefore = 0
const seen = (): FakeRequest[] => gh.requests.slice(seenBefore)
const statuses = (): number[] => seen().map((request) => request.status)

beforeAll(async () => {
  gh = await FakeGitHub.start()
  // @actions/github reads the API URL when it loads, which is at the first call.
  process.env.GITHUB_API_URL = gh.url
})
afterAll(async () => {
  await gh.stop()
})
beforeEach(() => {
  logged = []
  seenBefore = gh.requests.length
})

const state = (number: number) => pullRequestState(gh.token, REPO, number, log, TIMING)
const pulls = /\/pulls\/\d+$/

describe('pull request states (the sweep): failures are waited out, within bounds', () => {
  it('a 502, then the answer: closed, not unknown', async () => {
    gh.setPullRequest('acme', 'shop', 1, 'closed')
    gh.fail({ kind: 'server-error', status: 502 }, { path: pulls })
    expect(await state(1)).toEqual({ state: 'closed' })
    expect(statuses()).toEqual([502, 200])
  })

  it('a 500 three times, then the answer: open', async () => {
    gh.setPullRequest('acme', 'shop', 2, 'open')
    gh.fail({ kind: 'server-error', status: 500 }, { path: pulls, times: 3 })
    expect(await state(2)).toEqual({ state: 'open' })
    expect(statuses()).toEqual([500, 500, 500, 200])
  })

  it('a 503 on every try: unknown after 3 retries, with the status', async () => {
    gh.setPullRequest('acme', 'shop', 3, 'closed')
    gh.fail({ kind: 'server-error', status: 503 }, { path: pulls, times: 4 })
    expect(await state(3)).toEqual({ state: 'unknown', reason: 'GitHub answered HTTP 503: an HTML page' })
    expect(statuses()).toEqual([503, 503, 503, 503])
  })

  it('a secondary rate limit: waited out as Retry-After says, and logged', async () => {
    gh.setPullRequest('acme', 'shop', 4, 'closed')
    gh.fail({ kind: 'secondary-rate-limit', retryAfterSeconds: 1 }, { path: pulls })
    expect(await state(4)).toEqual({ state: 'closed' })
    expect(statuses()).toEqual([403, 200])
    expect(logged).toEqual([
      `info: GitHub: secondary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}; retry 1 in 1 s.`
    ])
  })

  it('a secondary rate limit that lasts: waited out twice, then unknown', async () => {
    gh.setPullRequest('acme', 'shop', 5, 'closed')
    gh.fail({ kind: 'secondary-rate-limit', retryAfterSeconds: 1 }, { path: pulls, times: 3 })
    const answer = await state(5)
    expect(answer.state).toBe('unknown')
    expect(answer.reason).toMatch(/^GitHub answered HTTP 403: You have exceeded a secondary rate limit/)
    expect(statuses()).toEqual([403, 403, 403])
    expect(logged.at(-1)).toMatch(/secondary rate limit on GET .*, still after 2 waits: not waiting again\.$/)
  })

  it('a primary rate limit: waited out until the reset', async () => {
    gh.setPullRequest('acme', 'shop', 6, 'open')
    gh.fail({ kind: 'rate-limit', resetInSeconds: 1 }, { path: pulls })
    expect(await state(6)).toEqual({ state: 'open' })
    expect(statuses()).toEqual([403, 200])
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatch(/^info: GitHub: rate limit on GET .*; retry 1 in [23] s\.$/)
  })

  it('a primary rate limit that resets in two minutes is not waited out: unknown', async () => {
    gh.setPullRequest('acme', 'shop', 7, 'open')
    gh.fail({ kind: 'rate-limit', resetInSeconds: 120 }, { path: pulls })
    const answer = await state(7)
    expect(answer.state).toBe('unknown')
    expect(answer.reason).toMatch(/API rate limit exceeded/)
    expect(statuses()).toEqual([403])
    expect(logged[0]).toMatch(/rate limit on GET .* for 12[12] s, longer than the action waits\.$/)
  })

  it('other refusals are answers, asked once: 404 is missing, 401, 403 and 422 are unknown', async () => {
    expect(await state(404)).toMatchObject({ state: 'missing' })
    gh.setPullRequest('acme', 'shop', 8, 'closed')
    gh.fail({ kind: 'refusal', status: 403, message: 'Resource not accessible by integration' }, { path: pulls })
    gh.fail({ kind: 'refusal', status: 422, message: 'Validation Failed' }, { path: pulls })
    expect(await state(8)).toMatchObject({ state: 'unknown', reason: expect.stringContaining('pull-requests: read') })
    expect(await state(8)).toMatchObject({ state: 'unknown', reason: expect.stringContaining('HTTP 422') })
    expect(await pullRequestState('ghs_wrongToken', REPO, 8, log, TIMING)).toMatchObject({ state: 'unknown' })
    expect(statuses()).toEqual([404, 403, 422, 401])
    expect(logged).toEqual([])
  })
})

describe('the preview comment: written and read through the failures GitHub has', () => {
  const comments = (number: number) =>
    new PreviewComments(gh.token, { ...REPO, number, headSha: SHA }, log, undefined, TIMING)
  const view = {
    tenantId: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
    endpoint: 'https://x.hasura.app/v1/graphql',
    projectName: 'acme-shop-pr-20',
    result: 'created',
    changes: []
  }

  it('written after a secondary rate limit', async () => {
    gh.fail({ kind: 'secondary-rate-limit', retryAfterSeconds: 1 }, { method: 'POST' })
    const written = await comments(20).publish(undefined, view)
    expect(written?.commentId).toBeGreaterThan(0)
    expect(gh.comments('acme', 'shop', 20)).toHaveLength(1)
    // After a post the thread is read once more, in case another run posted at the same time.
    expect(seen().map((request) => `${request.method} ${request.status}`)).toEqual(['POST 403', 'POST 201', 'GET 200'])
    expect(logged.filter((line) => line.startsWith('warning'))).toEqual([])
  })

  it('found after a 502, and marked deleted after a primary rate limit', async () => {
    const first = await comments(21).publish(undefined, view)
    seenBefore = gh.requests.length
    gh.fail({ kind: 'server-error', status: 502 }, { method: 'GET', path: /\/issues\/21\/comments$/ })
    gh.fail({ kind: 'rate-limit', resetInSeconds: 1 }, { method: 'PATCH' })
    const store = comments(21)
    const found = await store.find()
    expect(found).toEqual({ commentId: first!.commentId, tenantId: view.tenantId })
    await store.markDeleted(found!, view.tenantId)
    expect(gh.comments('acme', 'shop', 21)[0]!.body).toContain('was deleted')
    expect(seen().map((request) => `${request.method} ${request.status}`)).toEqual([
      'GET 502',
      'GET 200',
      'PATCH 403',
      'PATCH 200'
    ])
    expect(logged.filter((line) => line.startsWith('warning'))).toEqual([])
  })

  it('a 502 to the new comment, not written: the thread is read, and the comment posted again', async () => {
    gh.fail({ kind: 'server-error', status: 502 }, { method: 'POST' })
    const written = await comments(23).publish(undefined, view)
    expect(gh.comments('acme', 'shop', 23).map((comment) => comment.id)).toEqual([written!.commentId])
    expect(seen().map((request) => `${request.method} ${request.status}`)).toEqual([
      'POST 502',
      'GET 200',
      'POST 201',
      'GET 200'
    ])
    expect(logged).toContain(
      'info: GitHub answered HTTP 502 to the preview comment, which is not there: posting it again.'
    )
  })

  it('a 504 to the new comment after GitHub wrote it: found, not posted twice', async () => {
    gh.fail({ kind: 'server-error', status: 504, afterServing: true }, { method: 'POST' })
    const written = await comments(24).publish(undefined, view)
    expect(gh.comments('acme', 'shop', 24).map((comment) => comment.id)).toEqual([written!.commentId])
    expect(seen().map((request) => `${request.method} ${request.status}`)).toEqual(['POST 504', 'GET 200'])
    expect(logged.filter((line) => line.startsWith('warning'))).toEqual([])
  })

  const listOf = (number: number) => new RegExp(`/issues/${number}/comments$`)
  const requests = () => seen().map((request) => `${request.method} ${request.status}`)
  const warnings = () => logged.filter((line) => line.startsWith('warning'))
  const OTHER_TENANT = '9b2f1c3e-0d4a-4e5f-8a6b-7c8d9e0f1a2b'

  it('comments that cannot be read (a 502 on every try): no comment is posted beside the one there, a warning says so', async () => {
    const first = await comments(25).publish(undefined, view)
    seenBefore = gh.requests.length
    // Each read is tried 4 times (3 retries): the one before the tenant work, and again before posting.
    gh.fail({ kind: 'server-error', status: 502 }, { method: 'GET', path: listOf(25), times: 8 })
    const store = comments(25)
    expect(await store.find()).toBeUndefined()
    expect(await store.publish(undefined, { ...view, result: 'reused' })).toBeUndefined()
    expect(gh.comments('acme', 'shop', 25).map((comment) => comment.id)).toEqual([first!.commentId])
    expect(requests()).toEqual(Array(8).fill('GET 502'))
    expect(warnings()).toEqual([
      'warning: Could not read the comments of pull request #25 (HTTP 502: an HTML page). The tenant work is not affected.',
      'warning: Could not read the comments of pull request #25 (HTTP 502: an HTML page). No preview comment is ' +
        'posted: one may be there already. The tenant work is not affected.'
    ])
  })

  it('comments that could not be read and can be by the time the comment is written: the one there is updated', async () => {
    const first = await comments(26).publish(undefined, view)
    seenBefore = gh.requests.length
    gh.fail({ kind: 'server-error', status: 502 }, { method: 'GET', path: listOf(26), times: 4 })
    const store = comments(26)
    expect(await store.find()).toBeUndefined()
    expect(await store.publish(undefined, { ...view, result: 'reused' })).toEqual({
      commentId: first!.commentId,
      tenantId: view.tenantId
    })
    expect(gh.comments('acme', 'shop', 26)).toEqual([
      expect.objectContaining({ body: expect.stringContaining('(reused)') })
    ])
    expect(requests()).toEqual([...Array(4).fill('GET 502'), 'GET 200', 'PATCH 200'])
  })

  it('a 502 to the new comment after GitHub wrote it, and a thread that cannot be read: not posted again', async () => {
    gh.fail({ kind: 'server-error', status: 502, afterServing: true }, { method: 'POST' })
    gh.fail({ kind: 'server-error', status: 502 }, { method: 'GET', path: listOf(28), times: 4 })
    expect(await comments(28).publish(undefined, view)).toBeUndefined()
    expect(gh.comments('acme', 'shop', 28)).toHaveLength(1)
    expect(requests()).toEqual(['POST 502', ...Array(4).fill('GET 502')])
    expect(warnings()).toEqual([expect.stringMatching(/^warning: Could not comment on pull request #28 \(HTTP 502: /)])
  })

  it.each(['arrival', 'reverse'] as const)(
    "two runs post at once (served in %s order): the oldest comment is kept with the newest state, the other deleted, nobody else's touched",
    async (order) => {
      const copy = gh.addComment('acme', 'shop', 29, `${PREVIEW_MARKER}\nA person's copy of the marker.`, 'mallory')
      const remark = gh.addComment('acme', 'shop', 29, 'Looks good to me.', 'reviewer')
      const [one, two] = [comments(29), comments(29)]
      expect([await one.find(), await two.find()]).toEqual([undefined, undefined])
      gh.holdPosts(2, order)
      const written = await Promise.all([
        one.publish(undefined, view),
        two.publish(undefined, { ...view, tenantId: OTHER_TENANT, result: 'reused' })
      ])
      const thread = gh.comments('acme', 'shop', 29)
      expect(thread.slice(0, 2)).toEqual([copy, remark])
      expect(thread).toHaveLength(3)
      const kept = thread[2]!
      // Both runs go on with the comment kept; the one deleted was the newer.
      expect(written.map((state) => state?.commentId)).toEqual([kept.id, kept.id])
      const posted = seen().filter((request) => request.method === 'POST' && request.status === 201)
      expect(posted).toHaveLength(2)
      const deleted = seen().filter((request) => request.method === 'DELETE')
      expect(deleted.length).toBeGreaterThanOrEqual(1)
      for (const request of deleted) expect(request.path).not.toContain(String(kept.id))
      expect([view.tenantId, OTHER_TENANT].filter((id) => kept.body.includes(id))).toHaveLength(1)
      expect(warnings()).toEqual([])

      // The next write of either run goes to the comment kept.
      await two.publish(written[1], { ...view, tenantId: OTHER_TENANT, result: 'updated' })
      expect(gh.comments('acme', 'shop', 29).map((comment) => comment.id)).toEqual([copy.id, remark.id, kept.id])
      expect(gh.comments('acme', 'shop', 29)[2]!.body).toContain('(updated)')
      gh.reset()
    }
  )

  it('a refused write is not retried: one request, one warning, the tenant work unaffected', async () => {
    gh.fail({ kind: 'refusal', status: 422, message: 'Validation Failed' }, { method: 'POST' })
    expect(await comments(22).publish(undefined, view)).toBeUndefined()
    expect(statuses()).toEqual([422])
    expect(logged).toEqual([expect.stringMatching(/^warning: Could not comment on pull request #22 \(HTTP 422: /)])
  })
})
