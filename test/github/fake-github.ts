/**
 * A fake of GitHub's REST issue-comments API, enough for Octokit (GITHUB_API_URL) to list,
 * create, read, edit and delete pull-request comments, with GitHub's pagination and permission errors;
 * and of `GET /repos/{owner}/{repo}/pulls/{number}` for pull-request states (the sweep). With fault injection
 * (`fail`): server errors, secondary and primary rate limits as GitHub answers them, any other refusal; and comment
 * posts held back until several arrived (`holdPosts`), as runs that post at the same moment.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
  created_at: string
  updated_at: string
  html_url: string
}

export interface FakeRequest {
  method: string
  /** The request target as sent, query string included. */
  path: string
  status: number
}

export type PullRequestState = 'open' | 'closed'

/** What GitHub answers instead of serving a request. */
export type GitHubFault =
  /**
   * A 5xx: a JSON error for 500, the edge's HTML page for 502, 503 and 504. `afterServing`: the request is carried
   * out (a comment written) and the answer lost on the way, as a gateway timeout can.
   */
  | { kind: 'server-error'; status: 500 | 502 | 503 | 504; afterServing?: boolean }
  /** 403 "You have exceeded a secondary rate limit" with Retry-After (GitHub's is often 60). */
  | { kind: 'secondary-rate-limit'; retryAfterSeconds: number }
  /** 403 "API rate limit exceeded": x-ratelimit-remaining 0, and a reset this many seconds ahead. */
  | { kind: 'rate-limit'; resetInSeconds: number }
  /** Any other refusal, e.g. a 422 or a 409, with GitHub's JSON error. */
  | { kind: 'refusal'; status: number; message: string }

/** Which requests a fault answers: by method and path (query string left out), the next `times` of them. */
export interface FaultMatch {
  method?: string
  path?: RegExp
  times?: number
}

interface FaultRule {
  method?: string
  path?: RegExp
  remaining: number
  fault: GitHubFault
}

interface StoredComment {
  comment: FakeComment
  owner: string
  repo: string
  issue: number
}

const DOCS = 'https://docs.github.com/rest/issues/comments'
const MAX_COMMENT_CHARACTERS = 65_536
const BOT = { login: 'github-actions[bot]', type: 'Bot' }

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>
  ) {
    super(String(body.message))
  }
}

export class FakeGitHub {
  readonly url: string
  readonly token: string
  /** When true, writes fail as they do for fork pull requests and read-only tokens. */
  readOnly = false
  readonly requests: FakeRequest[] = []
  /**
   * The user a personal access token belongs to: comments are then authored by them and GET /user answers
   * them. Unset, the token is an installation token (github-actions[bot]) and GET /user answers 403.
   */
  user?: string

  private readonly faults: FaultRule[] = []
  /** Comment posts held back (see holdPosts), and how many to wait for. */
  private hold?: { count: number; reverse: boolean; waiting: (() => void)[] }
  private readonly byId = new Map<number, StoredComment>()
  /** Pull requests by `owner/repo#number` (case-insensitive, as GitHub's names are). */
  private readonly pulls = new Map<string, { state: PullRequestState; closedAt: string | null }>()
  private nextId = 1_000_001
  private lastSecond = 0
  private stopped = false

  private constructor(
    private readonly server: http.Server,
    token: string,
    private readonly startUser: string | undefined
  ) {
    const { port } = server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    this.token = token
    this.user = startUser
  }

  static async start(opts: { token?: string; user?: string } = {}): Promise<FakeGitHub> {
    const server = http.createServer()
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject)
        resolve()
      })
    })
    const github = new FakeGitHub(server, opts.token ?? `ghs_${randomBytes(18).toString('hex')}`, opts.user)
    server.on('request', (req, res) => {
      github.serve(req, res).catch(() => res.destroy())
    })
    return github
  }

  /** The HTTP server itself, for tests that watch every answer (test/support/kill-switch.ts). */
  get httpServer(): http.Server {
    return this.server
  }

  /** The issue's comments, oldest first. */
  comments(owner: string, repo: string, issue: number): FakeComment[] {
    return this.thread(owner, repo, issue).map((stored) => structuredClone(stored.comment))
  }

  /** Seeds a comment directly; not recorded in `requests`. */
  addComment(owner: string, repo: string, issue: number, body: string, login = 'octocat'): FakeComment {
    return structuredClone(this.create(owner, repo, issue, body, { login, type: 'User' }))
  }

  /** Makes the pull request exist in this state; GET .../pulls/{number} answers 404 for any other. */
  setPullRequest(owner: string, repo: string, number: number, state: PullRequestState): void {
    const closedAt = state === 'closed' ? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') : null
    this.pulls.set(pullKey(owner, repo, number), { state, closedAt })
  }

  /** Back to the state start() gave: no comments, pull requests or requests, writable, the token's user. */
  reset(): void {
    this.byId.clear()
    this.pulls.clear()
    this.requests.length = 0
    this.readOnly = false
    this.user = this.startUser
    this.faults.length = 0
    this.releaseHeld()
  }

  /**
   * The next `count` comment posts are held until the last of them arrives, then served one after the other, in the
   * order they came or the reverse: runs that post at the same moment, each before the others' comment exists.
   */
  holdPosts(count: number, order: 'arrival' | 'reverse' = 'arrival'): void {
    this.releaseHeld()
    this.hold = { count, reverse: order === 'reverse', waiting: [] }
  }

  /** The next `times` (1) requests that match answer with the fault; rules are tried in the order given. */
  fail(fault: GitHubFault, match: FaultMatch = {}): void {
    this.faults.push({ method: match.method, path: match.path, remaining: match.times ?? 1, fault })
  }

  async stop(): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    this.releaseHeld()
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    this.server.closeAllConnections()
    await closed
  }

  /** Serves whatever posts are held, in the order asked: one per turn of the event loop, each written before the next. */
  private releaseHeld(): void {
    const hold = this.hold
    this.hold = undefined
    if (!hold) return
    const queue = hold.reverse ? [...hold.waiting].reverse() : [...hold.waiting]
    const next = (): void => {
      queue.shift()?.()
      if (queue.length > 0) setImmediate(next)
    }
    setImmediate(next)
  }

  private thread(owner: string, repo: string, issue: number): StoredComment[] {
    return [...this.byId.values()].filter((s) => s.owner === owner && s.repo === repo && s.issue === issue)
  }

  private create(owner: string, repo: string, issue: number, body: string, user: FakeComment['user']): FakeComment {
    const id = this.nextId++
    const at = this.tick()
    const comment: FakeComment = {
      id,
      body,
      user: { ...user },
      created_at: at,
      updated_at: at,
      html_url: `https://github.com/${owner}/${repo}/issues/${issue}#issuecomment-${id}`
    }
    this.byId.set(id, { comment, owner, repo, issue })
    return comment
  }

  /** GitHub timestamps have second precision; keep them strictly increasing so "oldest" is unambiguous. */
  private tick(): string {
    this.lastSecond = Math.max(Math.floor(Date.now() / 1000), this.lastSecond + 1)
    return new Date(this.lastSecond * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const target = req.url ?? '/'
    const raw = await readBody(req)
    const pathname = new URL(target, this.url).pathname
    const rule = this.faults.find(
      (f) => f.remaining > 0 && (!f.method || f.method === method) && (!f.path || f.path.test(pathname))
    )
    if (rule) {
      rule.remaining--
      if (rule.fault.kind === 'server-error' && rule.fault.afterServing) {
        const discarded = { writeHead: () => discarded, end: () => discarded } as unknown as http.ServerResponse
        try {
          this.handle(method, new URL(target, this.url), req.headers.authorization, raw, discarded)
        } catch {
          // The answer is the fault's either way.
        }
      }
      this.requests.push({ method, path: target, status: answerFault(res, rule.fault) })
      return
    }
    const hold = this.hold
    if (hold && method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments\/?$/.test(pathname)) {
      await new Promise<void>((resolve) => {
        hold.waiting.push(resolve)
        if (hold.waiting.length >= hold.count) this.releaseHeld()
      })
    }
    let status: number
    try {
      status = this.handle(method, new URL(target, this.url), req.headers.authorization, raw, res)
    } catch (err) {
      const failure = err instanceof HttpError ? err : new HttpError(500, { message: String(err) })
      status = failure.status
      sendJson(res, failure.status, failure.body)
    }
    this.requests.push({ method, path: target, status })
  }

  /** Answers the request and returns the status it sent; throws HttpError for error answers. */
  private handle(
    method: string,
    url: URL,
    authorization: string | undefined,
    raw: string,
    res: http.ServerResponse
  ): number {
    if (url.pathname === '/user' && method === 'GET') return this.authenticatedUser(authorization, res)
    const pull = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/?$/.exec(url.pathname)
    if (pull && method === 'GET') {
      return this.pullRequest(
        decodeURIComponent(pull[1]!),
        decodeURIComponent(pull[2]!),
        Number(pull[3]),
        authorization,
        res
      )
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments\/?$/.exec(url.pathname)
    const single = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)\/?$/.exec(url.pathname)
    const route = list ?? single
    const write = (list && method === 'POST') || (single && (method === 'PATCH' || method === 'DELETE'))
    if (!route || (method !== 'GET' && !write)) {
      throw notFound()
    }
    if (!this.isAuthorized(authorization)) {
      throw new HttpError(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' })
    }
    if (method !== 'GET' && this.readOnly) {
      throw new HttpError(403, { message: 'Resource not accessible by integration', documentation_url: DOCS })
    }
    const owner = decodeURIComponent(route[1] ?? '')
    const repo = decodeURIComponent(route[2] ?? '')
    const number = Number(route[3])

    if (list && method === 'GET') return this.listComments(owner, repo, number, url, res)
    if (list) {
      const author = this.user ? { login: this.user, type: 'User' } : BOT
      const created = this.create(owner, repo, number, requireBody(raw), author)
      sendJson(res, 201, this.toJson(created))
      return 201
    }
    const stored = this.byId.get(number)
    if (!stored || stored.owner !== owner || stored.repo !== repo) throw notFound()
    if (method === 'DELETE') {
      // GitHub answers 204 with no body: https://docs.github.com/rest/issues/comments#delete-an-issue-comment
      this.byId.delete(number)
      res.writeHead(204)
      res.end()
      return 204
    }
    if (method === 'PATCH') {
      stored.comment.body = requireBody(raw)
      stored.comment.updated_at = this.tick()
    }
    sendJson(res, 200, this.toJson(stored.comment))
    return 200
  }

  private authenticatedUser(authorization: string | undefined, res: http.ServerResponse): number {
    if (!this.isAuthorized(authorization)) {
      throw new HttpError(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' })
    }
    if (!this.user) {
      throw new HttpError(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user'
      })
    }
    sendJson(res, 200, { login: this.user, type: 'User' })
    return 200
  }

  /** The fields of a pull request that clients read to tell its state; `merged` only when closed. */
  private pullRequest(
    owner: string,
    repo: string,
    number: number,
    authorization: string | undefined,
    res: http.ServerResponse
  ): number {
    if (!this.isAuthorized(authorization)) {
      throw new HttpError(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' })
    }
    const pull = this.pulls.get(pullKey(owner, repo, number))
    if (!pull) {
      throw new HttpError(404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
        status: '404'
      })
    }
    sendJson(res, 200, {
      url: `${this.url}/repos/${owner}/${repo}/pulls/${number}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${number}`,
      number,
      state: pull.state,
      locked: false,
      title: `Pull request ${number}`,
      user: { login: 'octocat', type: 'User' },
      merged: false,
      closed_at: pull.closedAt,
      head: { ref: `feature/${number}`, sha: '0123456789abcdef0123456789abcdef01234567' },
      base: { ref: 'main', repo: { name: repo, full_name: `${owner}/${repo}`, owner: { login: owner } } }
    })
    return 200
  }

  private listComments(owner: string, repo: string, issue: number, url: URL, res: http.ServerResponse): number {
    const perPage = clamp(intParam(url, 'per_page') ?? 30, 1, 100)
    const page = Math.max(intParam(url, 'page') ?? 1, 1)
    const all = this.thread(owner, repo, issue)
    const lastPage = Math.max(Math.ceil(all.length / perPage), 1)
    const items = all.slice((page - 1) * perPage, page * perPage).map((s) => this.toJson(s.comment))

    const link = (p: number, rel: string): string => {
      const target = new URL(url.pathname, this.url)
      target.searchParams.set('per_page', String(perPage))
      target.searchParams.set('page', String(p))
      return `<${target.href}>; rel="${rel}"`
    }
    const links: string[] = []
    if (page > 1) links.push(link(Math.min(page - 1, lastPage), 'prev'))
    if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'))
    if (page > 1) links.push(link(1, 'first'))
    sendJson(res, 200, items, links.length > 0 ? { link: links.join(', ') } : {})
    return 200
  }

  private isAuthorized(header: string | undefined): boolean {
    const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '')
    return match?.[1] === this.token
  }

  /** The comment as the REST API returns it, with the URL fields clients sometimes read. */
  private toJson(comment: FakeComment): Record<string, unknown> {
    const stored = this.byId.get(comment.id)
    const repoUrl = `${this.url}/repos/${stored?.owner ?? ''}/${stored?.repo ?? ''}`
    return {
      ...structuredClone(comment),
      url: `${repoUrl}/issues/comments/${comment.id}`,
      issue_url: `${repoUrl}/issues/${stored?.issue ?? 0}`,
      author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER'
    }
  }
}

/** Sends the fault as GitHub would; returns its status. */
function answerFault(res: http.ServerResponse, fault: GitHubFault): number {
  switch (fault.kind) {
    case 'server-error':
      if (fault.status === 500) {
        sendJson(res, 500, { message: 'Server Error' })
      } else {
        const page = '<!DOCTYPE html><html><head><title>Unicorn! &middot; GitHub</title></head><body></body></html>'
        res.writeHead(fault.status, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length })
        res.end(page)
      }
      return fault.status
    case 'secondary-rate-limit':
      sendJson(
        res,
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach ' +
            'out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
          documentation_url:
            'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403'
        },
        { 'retry-after': String(fault.retryAfterSeconds) }
      )
      return 403
    case 'rate-limit': {
      const reset = Math.ceil(Date.now() / 1000) + fault.resetInSeconds
      sendJson(
        res,
        403,
        {
          message:
            'API rate limit exceeded for installation ID 4242. If you reach out to GitHub Support for help, please ' +
            'include the request ID 0000:0000:0000000:0000000:00000000 and timestamp 2026-01-01 00:00:00 UTC.',
          documentation_url:
            'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-primary-rate-limits',
          status: '403'
        },
        {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          'x-ratelimit-reset': String(reset),
          'x-ratelimit-resource': 'core'
        }
      )
      return 403
    }
    case 'refusal':
      sendJson(res, fault.status, { message: fault.message, documentation_url: DOCS, status: String(fault.status) })
      return fault.status
  }
}

function pullKey(owner: string, repo: string, number: number): string {
  return `${owner}/${repo}#${number}`.toLowerCase()
}

function notFound(): HttpError {
  return new HttpError(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
}

function requireBody(raw: string): string {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw new HttpError(400, { message: 'Problems parsing JSON', documentation_url: DOCS })
  }
  const body = (parsed as { body?: unknown } | null)?.body
  if (typeof body !== 'string') {
    throw new HttpError(422, { message: 'Invalid request.\n\n"body" wasn\'t supplied.', documentation_url: DOCS })
  }
  // GitHub refuses a longer comment, created or edited, with this answer (as reported in danger/danger#424,
  // suzuki-shunsuke/github-comment#124, reg-viz/reg-actions#123). Counted here in UTF-16 units, never fewer than
  // GitHub's characters, so a body the fake accepts GitHub accepts too.
  if (body.length > MAX_COMMENT_CHARACTERS) {
    throw new HttpError(422, {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: `Body is too long (maximum is ${MAX_COMMENT_CHARACTERS} characters)`
        }
      ],
      documentation_url: DOCS
    })
  }
  return body
}

function intParam(url: URL, name: string): number | undefined {
  const raw = url.searchParams.get(name)
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : undefined
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max)
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: http.OutgoingHttpHeaders = {}
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text)
  })
  res.end(text)
}
