/**
 * What can go wrong talking to Hasura Cloud, sorted by what the caller should do about it.
 * Messages never carry request variables: those hold the database URL and env values.
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

/** The tenant does not exist (or is not visible to this token). */
export class TenantNotFound extends CloudError {
  override name = 'TenantNotFound'
  constructor(readonly tenantId: string) {
    super(`Tenant ${tenantId} was not found in Hasura Cloud (deleted, or not visible to this token).`, 'not-found')
  }
}

/** The API answered with an error that is neither auth nor server trouble (bad argument, stale hash, maintenance, ...). */
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
 * The request failed in a way another try may fix (network, 429, 502, 503, 504, server error).
 * `mayHaveActed` says whether the server could have carried it out before the failure.
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
