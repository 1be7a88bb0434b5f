/** The HTTP side of the emulator: reading a GraphQL request body, and the answers it and the gateways give. */
import http from 'node:http'
import { hasuraError, type HasuraError } from './hasura-errors.js'

export interface GraphqlRequest {
  query: string
  variables: Record<string, unknown>
  operationName?: string
}

export async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** The request, or the error the engine answers a body it cannot read with. */
export function parseRequest(raw: string): GraphqlRequest | HasuraError {
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return hasuraError('Error in $: Failed reading: not a valid json value', 'invalid-json')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return hasuraError('Error in $: expected an object', 'parse-failed')
  }
  const { query, variables, operationName } = body as Record<string, unknown>
  if (typeof query !== 'string') return hasuraError("the key 'query' was not present", 'parse-failed')
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return hasuraError('Error in $.variables: expected an object', 'parse-failed', '$.variables')
  }
  if (operationName != null && typeof operationName !== 'string') {
    return hasuraError('Error in $.operationName: expected a string', 'parse-failed', '$.operationName')
  }
  const request: GraphqlRequest = { query, variables: (variables ?? {}) as Record<string, unknown> }
  if (typeof operationName === 'string') request.operationName = operationName
  return request
}

export function isHasuraError(value: GraphqlRequest | HasuraError): value is HasuraError {
  return 'extensions' in value
}

/** The answer cut in the middle, as a broken connection or proxy can deliver it: a 200 whose JSON ends early. */
export function sendTruncatedJson(res: http.ServerResponse, body: unknown): void {
  const text = JSON.stringify(body)
  const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)))
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(cut) })
  res.end(cut)
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text)
  })
  res.end(text)
}

export function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

function sendHtml(
  res: http.ServerResponse,
  status: number,
  html: string,
  headers: http.OutgoingHttpHeaders = {}
): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    ...headers
  })
  res.end(html)
}

/** Gateways answer in HTML, not JSON: clients must not assume a GraphQL body on these. */
export function sendGatewayError(res: http.ServerResponse, status: number, retryAfter: string | undefined): void {
  const reason = http.STATUS_CODES[status] ?? 'Error'
  const html = `<html><head><title>${status} ${reason}</title></head><body><h1>${status} ${reason}</h1></body></html>\n`
  sendHtml(res, status, html, retryAfter === undefined ? {} : { 'retry-after': retryAfter })
}

/** What a captive portal, a login wall or a maintenance page gives: 200, but no GraphQL answer. */
export function sendHtmlPage(res: http.ServerResponse): void {
  sendHtml(
    res,
    200,
    '<!DOCTYPE html>\n<html><head><title>Hasura Cloud</title></head><body><p>We will be back shortly.</p></body></html>\n'
  )
}
