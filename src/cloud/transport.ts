import { networkFailure, transientStatus } from '../http/failure.js'
import { httpFetch, type FetchAnswer } from '../http/transport.js'
import { AuthError, CloudError, EndpointError } from './errors.js'

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
export function cloudFetch(endpoint: string): (input: string | URL, init?: RequestInit) => Promise<FetchAnswer> {
  const where = `input "api-endpoint" (${displayUrl(endpoint)})`
  return async (input, init) => {
    let response: FetchAnswer
    try {
      response = await httpFetch(input, init)
    } catch (error) {
      const failure = networkFailure(error)
      if (failure.kind === 'transient') throw failure.error
      if (failure.kind === 'unreachable') {
        throw new EndpointError(`The host of ${where} ${failure.reason}: check the URL and any proxy.`, failure.code)
      }
      throw new CloudError(`The request to ${where} failed: ${failure.message}`, failure.code)
    }
    const { status } = response
    const transient = transientStatus(status, response.headers.get('retry-after'))
    if (transient) throw transient
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
      // Not a gateway status: the server failed while serving, and may have acted. Not retried.
      throw new CloudError(`Hasura Cloud answered HTTP ${status}`, `http-${status}`)
    }
    return response
  }
}

export function authMessage(detail: string): string {
  return (
    `Hasura Cloud rejected the token in input "pat" (${detail}). ` +
    'Check that the secret holds a valid personal access token (Hasura Cloud > Account settings > Access tokens).'
  )
}
