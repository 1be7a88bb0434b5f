import { CallError } from '../http/failure.js'

/**
 * What can go wrong talking to Hasura Cloud, sorted by what the caller should do about it.
 * Messages carry the server's own message at most, never request variables (env values, URLs).
 */
export class CloudError extends CallError {
  override name = 'CloudError'
}

/** The token was rejected. Never retried: another try cannot fix it. */
export class AuthError extends CloudError {
  override name = 'AuthError'
}

/**
 * `api-endpoint` is not the Hasura Cloud API, or cannot be reached at all: a name that does not resolve, a refused
 * TLS handshake, an HTTP 404, an HTML page. Not retried; the message names the input and its URL.
 */
export class EndpointError extends CloudError {
  override name = 'EndpointError'
}

/**
 * The API does not know a field or argument the action sends: the token is not valid (the API hides its fields from
 * callers it does not know), or the API changed. The message says both, and to run `operation: check`.
 */
export class UnknownFieldError extends CloudError {
  override name = 'UnknownFieldError'
}

/** The tenant does not exist (or is not visible to this token). */
export class TenantNotFound extends CloudError {
  override name = 'TenantNotFound'
  constructor(readonly tenantId: string) {
    super(`Tenant ${tenantId} was not found in Hasura Cloud (deleted, or not visible to this token).`, 'not-found')
  }
}

/**
 * The API refused the request (code `unexpected` with its own text, a bad argument, a stale hash, a quota, a name
 * that is taken ...). Not transient: the server decided, nothing was done.
 */
export class ApiRejected extends CloudError {
  override name = 'ApiRejected'
  constructor(
    message: string,
    code?: string,
    /** What the API answered alongside the error, for requests with several root fields. */
    readonly partialData?: Record<string, unknown> | null
  ) {
    super(message, code)
  }
}

/** A write whose outcome is unknown after the retries ran out or were not allowed. */
export class AmbiguousWrite extends CloudError {
  override name = 'AmbiguousWrite'
}

/** Refusals about the caller, not the request: a bad token or endpoint, an unknown field. They never mean it acted. */
export function isRefusalOfCaller(error: unknown): boolean {
  return error instanceof AuthError || error instanceof EndpointError || error instanceof UnknownFieldError
}

/** The server (or the input) decided: nothing was done, and nothing will be by trying again. */
export function isRefusal(error: unknown): boolean {
  return error instanceof ApiRejected || isRefusalOfCaller(error)
}
