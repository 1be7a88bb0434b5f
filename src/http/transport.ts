import http from 'node:http'
import https from 'node:https'
import { HttpClient } from '@actions/http-client'

/**
 * HTTP for the Cloud API, the projects' engine APIs and health checks. The connection goes through the agent of
 * @actions/http-client, which honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY as every toolkit action does
 * (self-hosted runners behind a proxy); loopback hosts never use the proxy. Keep-alive sockets are reused between
 * the calls of one run and do not hold the process open. Bodies are small JSON, so they are buffered.
 */
function toolkitClient(): HttpClient {
  return new HttpClient('hasura-cloud-tenant-action', [], { keepAlive: true })
}
/** One client per protocol: the toolkit caches one agent per client, made for the protocol it first saw. */
const toolkit = { 'http:': toolkitClient(), 'https:': toolkitClient() }

export interface HttpRequest {
  method?: string
  headers?: Record<string, string>
  body?: string
  signal?: AbortSignal
}

export interface HttpAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** One request; rejects with Node's network errors (`code` set) or the signal's reason. */
export function httpRequest(url: string | URL, request: HttpRequest = {}): Promise<HttpAnswer> {
  const target = new URL(url)
  const headers: Record<string, string> = { ...request.headers }
  if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body))
  const { signal } = request
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const transport = target.protocol === 'https:' ? https : http
    const outgoing = transport.request(
      target,
      {
        method: request.method ?? 'GET',
        headers,
        agent: toolkit[target.protocol === 'https:' ? 'https:' : 'http:'].getAgent(target.href)
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', fail)
        response.on('end', () => {
          signal?.removeEventListener('abort', abort)
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8')
          })
        })
      }
    )
    function fail(error: unknown): void {
      signal?.removeEventListener('abort', abort)
      reject(error)
    }
    function abort(): void {
      outgoing.destroy(signal?.reason)
    }
    signal?.addEventListener('abort', abort, { once: true })
    outgoing.on('error', fail)
    outgoing.end(request.body)
  })
}

/**
 * `fetch` on top of httpRequest, for graphql-request. Neither Headers nor Response is used: reading either global
 * makes Node load its whole fetch stack (about 20 ms at start-up, on every run). The request headers are read from
 * whatever graphql-request built them with (a Headers, or the one the bundle gives it: see scripts/bundle.mjs), and
 * the answer is a FetchAnswer: what graphql-request and cloudFetch read of a Response, and no more.
 */
export async function httpFetch(input: string | URL, init: RequestInit = {}): Promise<FetchAnswer> {
  const answer = await httpRequest(input, {
    method: init.method ?? 'GET',
    headers: headerRecord(init.headers),
    body: typeof init.body === 'string' ? init.body : undefined,
    signal: init.signal ?? undefined
  })
  return new FetchAnswer(answer)
}

/** Request headers as a record of lower-case names, from a Headers (or anything iterable of pairs), or a record. */
function headerRecord(init: HeadersInit | undefined): Record<string, string> {
  const record: Record<string, string> = {}
  if (!init) return record
  const add = (name: string, value: string): void => {
    const key = name.toLowerCase()
    record[key] = key in record ? `${record[key]}, ${value}` : value
  }
  if (Symbol.iterator in init) for (const [name, value] of init as Iterable<[string, string]>) add(name, value)
  else for (const [name, value] of Object.entries(init)) add(name, value)
  return record
}

/** An answer's headers, read as a Response's headers are: by any case of the name, repeated ones joined. */
class AnswerHeaders {
  constructor(private readonly headers: http.IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.headers[name.toLowerCase()]
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
  }

  has(name: string): boolean {
    return this.headers[name.toLowerCase()] !== undefined
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const [name, value] of this) callback(value, name)
  }

  *[Symbol.iterator](): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.headers).sort()) yield [name, this.get(name)!]
  }
}

/** What a Response is to graphql-request and cloudFetch: the status, the headers, the body read once as text. */
export class FetchAnswer {
  readonly status: number
  readonly ok: boolean
  readonly headers: AnswerHeaders
  /** No stream: the body is buffered, and read with text() or json(). */
  readonly body = null
  private read = false

  constructor(private readonly answer: HttpAnswer) {
    this.status = answer.status
    this.ok = answer.status >= 200 && answer.status <= 299
    this.headers = new AnswerHeaders(answer.headers)
  }

  get bodyUsed(): boolean {
    return this.read
  }

  async text(): Promise<string> {
    if (this.read) throw new TypeError('Body is unusable: Body has already been read')
    this.read = true
    return this.answer.body
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text())
  }
}

/**
 * Loopback hosts: the only ones a secret may be sent to over plain http (tests, emulators, local tunnels). Exactly
 * the hosts @actions/http-client never proxies: another (`api.localhost`) would go through HTTP_PROXY in clear text.
 */
export function isLoopback(url: URL): boolean {
  const host = url.hostname.toLowerCase()
  return host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]'
}
