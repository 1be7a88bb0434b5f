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

/** `fetch` on top of httpRequest, for graphql-request. */
export async function httpFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const url = input instanceof Request ? input.url : input
  const answer = await httpRequest(url, {
    method: init.method ?? 'GET',
    headers: Object.fromEntries(new Headers(init.headers)),
    body: typeof init.body === 'string' ? init.body : undefined,
    signal: init.signal ?? undefined
  })
  const headers = new Headers()
  for (const [name, value] of Object.entries(answer.headers)) {
    for (const one of Array.isArray(value) ? value : [value ?? '']) headers.append(name, one)
  }
  const status = answer.status
  // A Response cannot carry a body with these statuses, nor have a status outside 200-599.
  const empty = status === 204 || status === 205 || status === 304
  return new Response(empty ? null : answer.body, { status: status >= 200 && status <= 599 ? status : 599, headers })
}

/**
 * Loopback hosts: the only ones a secret may be sent to over plain http (tests, emulators, local tunnels). Exactly
 * the hosts @actions/http-client never proxies: another (`api.localhost`) would go through HTTP_PROXY in clear text.
 */
export function isLoopback(url: URL): boolean {
  const host = url.hostname.toLowerCase()
  return host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]'
}
