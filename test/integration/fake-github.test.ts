import { FakeGitHub, type FakeComment } from '../github/fake-github.js'

let gh: FakeGitHub

beforeEach(async () => {
  gh = await FakeGitHub.start({ token: 'ghs_test' })
})

afterEach(async () => {
  await gh.stop()
})

async function api(
  method: string,
  path: string,
  body?: unknown,
  authorization: string | null = `token ${gh.token}`
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' }
  if (authorization !== null) headers.authorization = authorization
  if (body !== undefined) headers['content-type'] = 'application/json'
  return fetch(new URL(path, gh.url), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
}

/** Parses a Link header into {rel: absolute url}. */
function links(res: Response): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of (res.headers.get('link') ?? '').split(',').filter(Boolean)) {
    const match = /<([^>]+)>;\s*rel="(\w+)"/.exec(part.trim())
    if (match) out[match[2]!] = match[1]!
  }
  return out
}

const LIST = '/repos/acme/app/issues/7/comments'

describe('auth', () => {
  it('accepts the token as "token X" or "Bearer X" and rejects anything else with 401', async () => {
    expect((await api('GET', LIST)).status).toBe(200)
    expect((await api('GET', LIST, undefined, `Bearer ${gh.token}`)).status).toBe(200)
    for (const authorization of [null, 'token wrong', `Basic ${gh.token}`]) {
      const res = await api('GET', LIST, undefined, authorization)
      expect(res.status).toBe(401)
      expect(await res.json()).toMatchObject({ message: 'Bad credentials' })
    }
  })
})

describe('comments', () => {
  it('refuses a body over 65,536 characters, created or edited, as GitHub does', async () => {
    const tooLong = await api('POST', LIST, { body: 'x'.repeat(65_537) })
    expect(tooLong.status).toBe(422)
    expect(await tooLong.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', message: 'Body is too long (maximum is 65536 characters)' }]
    })
    const created = await api('POST', LIST, { body: 'x'.repeat(65_536) })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as FakeComment
    const edited = await api('PATCH', `/repos/acme/app/issues/comments/${id}`, { body: 'y'.repeat(65_537) })
    expect(edited.status).toBe(422)
    expect(gh.comments('acme', 'app', 7).map((comment) => comment.body.length)).toEqual([65_536])
  })

  it('creates a bot comment, reads and edits it', async () => {
    const created = await api('POST', LIST, { body: 'hello' })
    expect(created.status).toBe(201)
    expect(created.headers.get('content-type')).toMatch(/^application\/json/)
    const comment = (await created.json()) as FakeComment
    expect(comment).toMatchObject({ body: 'hello', user: { login: 'github-actions[bot]', type: 'Bot' } })
    expect(comment.html_url).toBe(`https://github.com/acme/app/issues/7#issuecomment-${comment.id}`)
    expect(comment.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)

    const one = '/repos/acme/app/issues/comments/' + comment.id
    expect(await (await api('GET', one)).json()).toMatchObject({ id: comment.id, body: 'hello' })

    const edited = await api('PATCH', one, { body: 'edited' })
    expect(edited.status).toBe(200)
    const after = (await edited.json()) as FakeComment
    expect(after.body).toBe('edited')
    expect(after.updated_at > after.created_at).toBe(true)
    expect(gh.comments('acme', 'app', 7)).toEqual([expect.objectContaining({ id: comment.id, body: 'edited' })])

    expect(gh.requests).toEqual([
      { method: 'POST', path: LIST, status: 201 },
      { method: 'GET', path: one, status: 200 },
      { method: 'PATCH', path: one, status: 200 }
    ])
  })

  it('seeds comments without recording requests, oldest first with increasing timestamps', async () => {
    const a = gh.addComment('acme', 'app', 7, 'first')
    const b = gh.addComment('acme', 'app', 7, 'second', 'someone')
    gh.addComment('acme', 'other', 7, 'elsewhere')
    expect(a.user).toEqual({ login: 'octocat', type: 'User' })
    expect(b.user.login).toBe('someone')
    expect(b.created_at > a.created_at).toBe(true)
    expect(gh.requests).toEqual([])
    const listed = (await (await api('GET', LIST)).json()) as FakeComment[]
    expect(listed.map((c) => c.body)).toEqual(['first', 'second'])
  })

  it('answers 404 for unknown routes and for comments of another repository', async () => {
    const other = gh.addComment('acme', 'other', 1, 'x')
    for (const [method, path] of [
      ['GET', '/repos/acme/app/pulls/7/files'],
      ['GET', '/repos/acme/app/issues/comments/999'],
      ['PATCH', `/repos/acme/app/issues/comments/${other.id}`],
      ['DELETE', `/repos/acme/app/issues/comments/${other.id}`]
    ] as const) {
      const res = await api(method, path, method === 'PATCH' ? { body: 'y' } : undefined)
      expect(res.status).toBe(404)
      expect(await res.json()).toMatchObject({ message: 'Not Found' })
    }
    expect(gh.comments('acme', 'other', 1)[0]!.body).toBe('x')
  })

  it('deletes a comment with 204 and no body; a second delete answers 404; read-only tokens get 403', async () => {
    const kept = gh.addComment('acme', 'app', 7, 'kept')
    const gone = gh.addComment('acme', 'app', 7, 'gone')
    const one = `/repos/acme/app/issues/comments/${gone.id}`
    const deleted = await api('DELETE', one)
    expect(deleted.status).toBe(204)
    expect(await deleted.text()).toBe('')
    expect((await api('DELETE', one)).status).toBe(404)
    gh.readOnly = true
    expect((await api('DELETE', `/repos/acme/app/issues/comments/${kept.id}`)).status).toBe(403)
    expect(gh.comments('acme', 'app', 7).map((comment) => comment.body)).toEqual(['kept'])
  })

  it('holds comment posts until the last of them arrives, then serves them in the order asked', async () => {
    for (const order of ['arrival', 'reverse'] as const) {
      gh.reset()
      gh.holdPosts(2, order)
      const first = api('POST', LIST, { body: 'first' })
      // The first post waits: the thread is still empty.
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(await (await api('GET', LIST)).json()).toEqual([])
      const second = api('POST', LIST, { body: 'second' })
      expect([(await first).status, (await second).status]).toEqual([201, 201])
      const bodies = gh.comments('acme', 'app', 7).map((comment) => comment.body)
      expect(bodies).toEqual(order === 'arrival' ? ['first', 'second'] : ['second', 'first'])
      // Posts after them are served at once.
      expect((await api('POST', LIST, { body: 'third' })).status).toBe(201)
    }
  })

  it('rejects a missing body with 422', async () => {
    expect((await api('POST', LIST, { text: 'no body' })).status).toBe(422)
  })

  it('answers 403 to writes when read-only, and still serves reads', async () => {
    const seeded = gh.addComment('acme', 'app', 7, 'x')
    gh.readOnly = true
    for (const [method, path] of [
      ['POST', LIST],
      ['PATCH', `/repos/acme/app/issues/comments/${seeded.id}`]
    ] as const) {
      const res = await api(method, path, { body: 'y' })
      expect(res.status).toBe(403)
      expect(await res.json()).toMatchObject({ message: 'Resource not accessible by integration' })
    }
    expect((await api('GET', LIST)).status).toBe(200)
    expect(gh.comments('acme', 'app', 7).map((c) => c.body)).toEqual(['x'])
  })
})

describe('GET /user', () => {
  it('answers 403 for an installation token, as GitHub does for GITHUB_TOKEN', async () => {
    const res = await api('GET', '/user')
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ message: 'Resource not accessible by integration' })
  })

  it("with a personal token's user: answers it, and comments are authored by it", async () => {
    const personal = await FakeGitHub.start({ token: 'ghp_personal', user: 'release-manager' })
    try {
      const headers = { authorization: 'token ghp_personal', 'content-type': 'application/json' }
      const me = await fetch(new URL('/user', personal.url), { headers })
      expect(await me.json()).toMatchObject({ login: 'release-manager', type: 'User' })
      const created = await fetch(new URL(LIST, personal.url), { method: 'POST', headers, body: '{"body":"hi"}' })
      expect(await created.json()).toMatchObject({ user: { login: 'release-manager', type: 'User' } })
    } finally {
      await personal.stop()
    }
  })
})

describe('GET /repos/{owner}/{repo}/pulls/{number}', () => {
  const PULL = '/repos/acme/app/pulls/7'

  it('answers the state set with setPullRequest, the owner and repository matched case-insensitively', async () => {
    gh.setPullRequest('acme', 'app', 7, 'open')
    gh.setPullRequest('acme', 'app', 8, 'closed')
    const open = await api('GET', PULL)
    expect(open.status).toBe(200)
    expect(open.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await open.json()).toMatchObject({ number: 7, state: 'open', closed_at: null })
    const closed = (await (await api('GET', '/repos/Acme/App/pulls/8')).json()) as { state: string; closed_at: string }
    expect(closed.state).toBe('closed')
    expect(closed.closed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)

    gh.setPullRequest('acme', 'app', 7, 'closed')
    expect(await (await api('GET', PULL)).json()).toMatchObject({ number: 7, state: 'closed' })
    expect(gh.requests.map((request) => request.status)).toEqual([200, 200, 200])
  })

  it('answers 404 for a pull request it does not know, in this or another repository', async () => {
    gh.setPullRequest('acme', 'other', 7, 'open')
    for (const path of [PULL, '/repos/acme/app/pulls/9']) {
      const res = await api('GET', path)
      expect(res.status).toBe(404)
      expect(await res.json()).toMatchObject({ message: 'Not Found' })
    }
  })

  it('answers 401 without the token', async () => {
    gh.setPullRequest('acme', 'app', 7, 'open')
    const res = await api('GET', PULL, undefined, 'token wrong')
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ message: 'Bad credentials' })
  })
})

describe('pagination', () => {
  beforeEach(() => {
    for (let i = 1; i <= 250; i++) gh.addComment('acme', 'app', 7, `comment ${i}`)
  })

  it('follows rel="next" links over 250 comments in ascending order', async () => {
    const bodies: string[] = []
    const pageLinks: Record<string, string>[] = []
    let next: string | undefined = `${gh.url}${LIST}?per_page=100`
    while (next) {
      const res: Response = await api('GET', next)
      expect(res.status).toBe(200)
      bodies.push(...((await res.json()) as FakeComment[]).map((c) => c.body))
      pageLinks.push(links(res))
      next = links(res).next
    }
    expect(bodies).toEqual(Array.from({ length: 250 }, (_, i) => `comment ${i + 1}`))

    const page = (n: number): string => `${gh.url}${LIST}?per_page=100&page=${n}`
    expect(pageLinks).toEqual([
      { next: page(2), last: page(3) },
      { prev: page(1), next: page(3), last: page(3), first: page(1) },
      { prev: page(2), first: page(1) }
    ])
  })

  it('defaults to 30 per page and caps per_page at 100', async () => {
    const first = await api('GET', LIST)
    expect(((await first.json()) as unknown[]).length).toBe(30)
    expect(links(first).last).toBe(`${gh.url}${LIST}?per_page=30&page=9`)

    const capped = await api('GET', `${LIST}?per_page=500&page=3`)
    expect(((await capped.json()) as unknown[]).length).toBe(50)
    expect(links(capped).next).toBeUndefined()

    const beyond = await api('GET', `${LIST}?per_page=100&page=4`)
    expect(await beyond.json()).toEqual([])
  })

  it('sends no Link header when everything fits on one page', async () => {
    const res = await api('GET', '/repos/acme/app/issues/8/comments')
    expect(await res.json()).toEqual([])
    expect(res.headers.get('link')).toBeNull()
  })
})

describe('fault injection', () => {
  const PULL = '/repos/acme/app/pulls/7'
  beforeEach(() => {
    gh.setPullRequest('acme', 'app', 7, 'open')
  })

  it('answers the next matching requests with a server error, then serves again', async () => {
    gh.fail({ kind: 'server-error', status: 502 }, { method: 'GET', path: /\/pulls\/\d+$/, times: 2 })
    gh.fail({ kind: 'server-error', status: 500 }, { method: 'POST' })
    const gateway = await api('GET', PULL)
    expect(gateway.status).toBe(502)
    expect(gateway.headers.get('content-type')).toMatch(/^text\/html/)
    expect((await api('GET', LIST)).status).toBe(200)
    expect((await api('GET', `${PULL}?x=1`)).status).toBe(502)
    expect((await api('GET', PULL)).status).toBe(200)
    const server = await api('POST', LIST, { body: 'hi' })
    expect(server.status).toBe(500)
    expect(await server.json()).toEqual({ message: 'Server Error' })
    expect((await api('POST', LIST, { body: 'hi' })).status).toBe(201)
    expect(gh.requests.map((request) => request.status)).toEqual([502, 200, 502, 200, 500, 201])
    expect(gh.comments('acme', 'app', 7)).toHaveLength(1)
  })

  it('afterServing: the request is carried out, and the answer is the error', async () => {
    gh.fail({ kind: 'server-error', status: 504, afterServing: true }, { method: 'POST' })
    expect((await api('POST', LIST, { body: 'written' })).status).toBe(504)
    expect(gh.comments('acme', 'app', 7).map((comment) => comment.body)).toEqual(['written'])
    expect(gh.requests.map((request) => request.status)).toEqual([504])
  })

  it('a secondary rate limit is a 403 that says so, with Retry-After', async () => {
    gh.fail({ kind: 'secondary-rate-limit', retryAfterSeconds: 1 })
    const limited = await api('GET', PULL)
    expect(limited.status).toBe(403)
    expect(limited.headers.get('retry-after')).toBe('1')
    expect(((await limited.json()) as { message: string }).message).toMatch(/secondary rate limit/)
    expect((await api('GET', PULL)).status).toBe(200)
  })

  it('a primary rate limit is a 403 with no requests remaining and the reset time ahead', async () => {
    gh.fail({ kind: 'rate-limit', resetInSeconds: 1 })
    const before = Date.now() / 1000
    const limited = await api('GET', LIST)
    expect(limited.status).toBe(403)
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
    const reset = Number(limited.headers.get('x-ratelimit-reset'))
    expect(reset).toBeGreaterThan(before)
    expect(reset).toBeLessThanOrEqual(Math.ceil(before) + 2)
    expect(((await limited.json()) as { message: string }).message).toMatch(/^API rate limit exceeded/)
  })

  it('any other refusal, with its status and message', async () => {
    gh.fail({ kind: 'refusal', status: 422, message: 'Validation Failed' }, { method: 'PATCH' })
    const comment = gh.addComment('acme', 'app', 7, 'old')
    const refused = await api('PATCH', `/repos/acme/app/issues/comments/${comment.id}`, { body: 'new' })
    expect(refused.status).toBe(422)
    expect(await refused.json()).toMatchObject({ message: 'Validation Failed' })
    expect(gh.comments('acme', 'app', 7)[0]!.body).toBe('old')
  })
})
