import { httpFetch } from '../http/transport.js'
import { AuthError, CloudError, EndpointError, TransientError } from './errors.js'
import { parseRetryAfter } from '../http/retry.js'

/** Gateway answers that mean the request never reached the API: safe to send again, even a create. */
const NOT_PROCESSED_STATUSES = new Set([429, 503])
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504])
/** Network failures before the request went out. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])
/** A connection that broke after the request may have been sent. */
const DROPPED_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED'])
const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$|HOSTNAME_MISMATCH)/

/** The URL as it may be shown: without user info, which could hold a credential. */
export function displayUrl(url: string): string {
  try {
    const shown = new URL(url)
    shown.username = ''
    shown.password = ''
    return shown.toString()
  } catch {
    return '(not a URL)'
  }
}

/**
 * fetch for graphql-request that answers only with what a GraphQL client can read (200 or 400 JSON) and turns
 * everything else into the error classes at the HTTP level: the status, the Retry-After, the kind of network
 * failure, an HTML page where JSON was due. graphql-request never sees (or quotes) those bodies.
 */
export function cloudFetch(endpoint: string): typeof fetch {
  const where = `input "api-endpoint" (${displayUrl(endpoint)})`
  return async (input, init) => {
    let response: Response
    try {
      response = await httpFetch(input as string | URL | Request, init)
    } catch (error) {
      throw networkError(error, where)
    }
    const { status } = response
    if (TRANSIENT_STATUSES.has(status)) {
      await response.body?.cancel()
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'))
      return Promise.reject(
        new TransientError(`HTTP ${status}`, `http-${status}`, !NOT_PROCESSED_STATUSES.has(status), retryAfter)
      )
    }
    if (status === 401 || status === 403) {
      throw new AuthError(authMessage(`HTTP ${status}`), 'auth')
    }
    if (status === 404 || status === 405) {
      throw new EndpointError(
        `${where} answered HTTP ${status}: it is not the Hasura Cloud API's GraphQL URL ` +
          '(https://data.pro.hasura.io/v1/graphql). Check the input.',
        `http-${status}`
      )
    }
    const type = response.headers.get('content-type') ?? ''
    if (!/json/i.test(type)) {
      const text = await response.text()
      const what = /html/i.test(type) || /^\s*</.test(text) ? 'an HTML page' : `"${type || 'no content type'}"`
      throw new EndpointError(
        `${where} answered HTTP ${status} with ${what}, not the JSON of the Hasura Cloud API: ` +
          'check the input (a proxy or captive portal can answer this way too).',
        `http-${status}`
      )
    }
    if (status >= 500) {
      await response.body?.cancel()
      // Not a gateway status: the server failed while serving, and may have acted. Not retried.
      throw new CloudError(`Hasura Cloud answered HTTP ${status}`, `http-${status}`)
    }
    return response
  }
}

function networkError(error: unknown, where: string): CloudError {
  if (error instanceof CloudError) return error
  const failure = error as { name?: string; code?: string; message?: string } | null
  if (failure?.name === 'TimeoutError' || failure?.name === 'AbortError') {
    return new TransientError('no answer in time', 'timeout', true)
  }
  const code = typeof failure?.code === 'string' ? failure.code : undefined
  if (code === 'ENOTFOUND') {
    return new EndpointError(`The host of ${where} does not resolve (ENOTFOUND): check the URL.`, code)
  }
  if (code && TLS_CODE.test(code)) {
    return new EndpointError(`The TLS handshake with ${where} failed (${code}): check the URL and the proxy.`, code)
  }
  if (code && NOT_SENT_CODES.has(code)) return new TransientError(`network error: ${code}`, code, false)
  if (code && DROPPED_CODES.has(code)) return new TransientError(`connection dropped (${code})`, code, true)
  if (code) return new CloudError(`network error talking to ${where}: ${code}`, code)
  return new CloudError(`request to ${where} failed: ${failure?.message ?? String(error)}`)
}

export function authMessage(detail: string): string {
  return (
    `Hasura Cloud rejected the token in input "pat" (${detail}). ` +
    'Check that the secret holds a valid personal access token (Hasura Cloud > Account settings > Access tokens).'
  )
}
