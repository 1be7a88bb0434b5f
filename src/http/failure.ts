/**
 * One reading of a failed HTTP call, for the Cloud API and the projects' engine APIs alike: which failures another
 * try may fix, and whether the server could have acted before the failure. Each client turns what is not transient
 * into its own error classes, with its own words (which input to check).
 */

/** A failed call: the base both clients' errors share. `code` is the API's code, `http-<status>` or Node's code. */
export class CallError extends Error {
  override name = 'CallError'
  constructor(
    message: string,
    readonly code?: string
  ) {
    super(message)
  }
}

/**
 * The call failed in a way another try may fix (a dropped connection, no answer in time, 429, 502, 503, 504, an
 * API's own "try again"). `mayHaveActed` says whether the server could have carried it out before the failure.
 */
export class TransientError extends CallError {
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

/** Gateway statuses another try may fix; the value says whether the request may have been carried out. */
const TRANSIENT_STATUSES = new Map([
  // Rate limited, unavailable: the gateway turned the request away.
  [429, false],
  [503, false],
  // Bad gateway, gateway timeout: the upstream may have run it.
  [502, true],
  [504, true]
])

/** Network failures before the request went out: safe to send again, even a create. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])

/** A host that does not resolve, or a refused TLS handshake: another try cannot fix it, the URL or proxy can. */
const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$|HOSTNAME_MISMATCH)/

/** A transient status as a TransientError (honouring Retry-After); undefined for any other status. */
export function transientStatus(status: number, retryAfter: string | null | undefined): TransientError | undefined {
  const mayHaveActed = TRANSIENT_STATUSES.get(status)
  if (mayHaveActed === undefined) return undefined
  return new TransientError(`HTTP ${status}`, `http-${status}`, mayHaveActed, parseRetryAfter(retryAfter))
}

/**
 * What a failure of the request itself (no HTTP answer) means: another try may fix it (`transient`), the host cannot
 * be reached at all and only the URL or proxy can fix that (`unreachable`: `reason` is worded for a message that
 * names the input), or something else broke (`broken`: a bad URL, an internal error of Node; a bug, not bad luck).
 */
export type NetworkFailure =
  | { kind: 'transient'; error: TransientError }
  | { kind: 'unreachable'; code: string; reason: string }
  | { kind: 'broken'; code?: string; message: string }

export function networkFailure(error: unknown, timeoutMs?: number): NetworkFailure {
  if (error instanceof TransientError) return { kind: 'transient', error }
  const failure = error as { name?: string; code?: unknown; message?: string } | null
  if (failure?.name === 'TimeoutError' || failure?.name === 'AbortError') {
    const within = timeoutMs === undefined ? 'in time' : `within ${Math.round(timeoutMs / 1000)} s`
    return { kind: 'transient', error: new TransientError(`no answer ${within}`, 'timeout', true) }
  }
  const code = typeof failure?.code === 'string' ? failure.code : undefined
  if (code === 'ENOTFOUND') return { kind: 'unreachable', code, reason: 'does not resolve (ENOTFOUND)' }
  if (code && TLS_CODE.test(code)) return { kind: 'unreachable', code, reason: `failed the TLS handshake (${code})` }
  if (code && NOT_SENT_CODES.has(code)) {
    return { kind: 'transient', error: new TransientError(`network error: ${code}`, code, false) }
  }
  // Node's own ERR_* codes (an invalid URL, a header it will not send) are not the network's: trying again is futile.
  if (code && !code.startsWith('ERR_')) {
    return { kind: 'transient', error: new TransientError(`connection failed (${code})`, code, true) }
  }
  return { kind: 'broken', code, message: failure?.message ?? String(error) }
}

/** Retry-After as seconds or an HTTP date, in milliseconds; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!header) return undefined
  const value = header.trim()
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
