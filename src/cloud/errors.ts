/**
 * What can go wrong talking to Hasura Cloud, sorted by what the caller should do about it.
 * Messages carry the server's own message at most, never request variables (env values, URLs).
 */
export class CloudError extends Error {
  override name = 'CloudError'
  constructor(
    message: string,
    /** Hasura's `extensions.code`, or `http-<status>`, or the network error code. */
    readonly code?: string
  ) {
    super(message)
  }
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

/**
 * The request failed in a way another try may fix (a dropped connection, no answer in time, 429, 502, 503, 504,
 * GenericServerError). `mayHaveActed` says whether the server could have carried it out before the failure.
 */
export class TransientError extends CloudError {
  override name = 'TransientError'
  constructor(
    message: string,
    code: string,
    readonly mayHaveActed: boolean,
    /** From `Retry-After`, when the server said how long to wait. */
    readonly retryAfterMs?: number
  ) {
    super(message, code)
  }
}

/** A write whose outcome is unknown after the retries ran out or were not allowed. */
export class AmbiguousWrite extends CloudError {
  override name = 'AmbiguousWrite'
}
