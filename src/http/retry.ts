import { TransientError } from './failure.js'

/** The one retry policy, for the Cloud API and the engine APIs: backoff with jitter, all tries within a total time budget. */
export interface RetryPolicy {
  /** Total time for one call, its retries and waits included. */
  budgetMs: number
  /** First backoff; grows by `growth` on each retry. */
  baseDelayMs: number
  /** Cap on one backoff. */
  maxDelayMs: number
  /** How much each backoff grows on the one before; default 2 (doubles). */
  growth?: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { budgetMs: 60_000, baseDelayMs: 500, maxDelayMs: 8000 }

export interface RetryHooks {
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  now?: () => number
  /** Told before each wait, for the log. */
  onRetry?: (error: TransientError, attempt: number, delayMs: number) => void
}

/** A retry policy's clock: what a test replaces to skip the waits instead of sitting them out. */
export type Clock = Pick<RetryHooks, 'sleep' | 'now' | 'random'>

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Backoff before retry number `retry` (1-based): exponential with jitter, or the server's Retry-After. */
export function backoffMs(policy: RetryPolicy, retry: number, error: TransientError, random: () => number): number {
  if (error.retryAfterMs !== undefined) return error.retryAfterMs
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * (policy.growth ?? 2) ** (retry - 1))
  // Equal jitter: at least half the backoff, so retries stay spaced, and spread the rest.
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

/**
 * Run `attempt` until it succeeds, fails with something other than a TransientError, or the budget runs out
 * (a wait that would end past the budget is not started). `attempt` is told how much of the budget is left,
 * to cap its own request timeout. `retryable` may refuse a transient error (a create the server may have run).
 */
export async function withRetry<T>(
  attempt: (remainingMs: number) => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  hooks: RetryHooks = {},
  retryable: (error: TransientError) => boolean = () => true
): Promise<T> {
  const sleep = hooks.sleep ?? realSleep
  const random = hooks.random ?? Math.random
  const now = hooks.now ?? Date.now
  const deadline = now() + policy.budgetMs
  for (let tries = 1; ; tries++) {
    try {
      return await attempt(Math.max(1, deadline - now()))
    } catch (error) {
      if (!(error instanceof TransientError) || !retryable(error)) throw error
      const delay = backoffMs(policy, tries, error, random)
      // A wait that would leave the next try too little time (or end past the budget) is not started: the error is
      // the answer, rather than a try cut short by its timeout.
      if (now() + delay + Math.min(1000, policy.budgetMs / 10) >= deadline) throw error
      hooks.onRetry?.(error, tries, delay)
      await sleep(delay)
    }
  }
}
