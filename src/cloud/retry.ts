import { TransientError } from './errors.js'

/** The one retry policy for Cloud API calls. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number
  /** First backoff; doubles on each retry. */
  baseDelayMs: number
  /** Cap on one backoff. */
  maxDelayMs: number
  /** Cap on one honoured Retry-After. */
  maxRetryAfterMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000
}

export interface RetryHooks {
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  /** Told before each wait, for the log. */
  onRetry?: (error: TransientError, attempt: number, delayMs: number) => void
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Backoff before retry number `retry` (1-based): exponential with jitter, or the server's Retry-After. */
export function backoffMs(policy: RetryPolicy, retry: number, error: TransientError, random: () => number): number {
  if (error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, policy.maxRetryAfterMs)
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1))
  // Equal jitter: at least half the backoff, so retries stay spaced, and spread the rest.
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

/**
 * Run `attempt` until it succeeds, fails with something other than a TransientError, or the tries
 * run out. `retryable` may refuse a transient error (a create the server may have carried out).
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  hooks: RetryHooks = {},
  retryable: (error: TransientError) => boolean = () => true
): Promise<T> {
  const sleep = hooks.sleep ?? realSleep
  const random = hooks.random ?? Math.random
  for (let tries = 1; ; tries++) {
    try {
      return await attempt()
    } catch (error) {
      if (!(error instanceof TransientError) || tries >= policy.attempts || !retryable(error)) throw error
      const delay = backoffMs(policy, tries, error, random)
      hooks.onRetry?.(error, tries, delay)
      await sleep(delay)
    }
  }
}

/** Retry-After as seconds or an HTTP date, in milliseconds; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!header) return undefined
  const value = header.trim()
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
