import { describe, expect, it } from '@jest/globals'
import { AuthError } from '../../src/cloud/errors.js'
import { parseRetryAfter, TransientError } from '../../src/http/failure.js'
import { backoffMs, DEFAULT_RETRY_POLICY, withRetry } from '../../src/http/retry.js'

const policy = { budgetMs: 10_000, baseDelayMs: 100, maxDelayMs: 300 }
const transient = (retryAfterMs?: number) => new TransientError('HTTP 502', 'http-502', true, retryAfterMs)

/** An attempt that fails with the given errors, then answers 'ok'. */
function failing(...errors: Error[]) {
  let calls = 0
  const attempt = async () => {
    calls++
    const error = errors.shift()
    if (error) throw error
    return 'ok'
  }
  return { attempt, calls: () => calls }
}

/** A clock that only moves when the retry loop sleeps: the budget is spent by waits alone. */
function fakeClock() {
  let now = 0
  const waits: number[] = []
  return {
    waits,
    now: () => now,
    /** Time spent outside the waits (a request in flight). */
    advance: (ms: number) => void (now += ms),
    hooks: {
      now: () => now,
      sleep: async (ms: number) => {
        waits.push(ms)
        now += ms
      },
      random: () => 0.5
    }
  }
}

describe('withRetry', () => {
  it('retries transient errors with growing, jittered waits, then succeeds', async () => {
    const clock = fakeClock()
    const { attempt, calls } = failing(transient(), transient(), transient())
    const result = await withRetry(attempt, policy, clock.hooks)
    expect(result).toBe('ok')
    expect(calls()).toBe(4)
    // ceilings 100, 200, 300 (capped); equal jitter at 0.5 gives three quarters of each
    expect(clock.waits).toEqual([75, 150, 225])
  })

  it('stops when the next try would not have its share of the budget, with the last error', async () => {
    const clock = fakeClock()
    const { attempt, calls } = failing(...Array.from({ length: 100 }, () => transient()))
    await expect(withRetry(attempt, { ...policy, budgetMs: 1000 }, clock.hooks)).rejects.toBeInstanceOf(TransientError)
    // After 75 + 150 + 225 + 225 = 675 ms of waits, another 225 would leave the next try less than a tenth of the
    // budget (100 ms): the retries stop there rather than start a try its timeout would cut short.
    expect(clock.waits).toEqual([75, 150, 225, 225])
    expect(calls()).toBe(5)
  })

  it('tells each attempt how much of the budget is left, to cap its request timeout', async () => {
    const clock = fakeClock()
    const left: number[] = []
    let calls = 0
    await withRetry(
      async (remainingMs) => {
        left.push(remainingMs)
        if (++calls < 3) throw transient()
        return 'ok'
      },
      { ...policy, budgetMs: 1000 },
      clock.hooks
    )
    expect(left).toEqual([1000, 925, 775])
  })

  it('never retries a rejected token', async () => {
    const { attempt, calls } = failing(new AuthError('rejected'))
    await expect(withRetry(attempt, policy, fakeClock().hooks)).rejects.toBeInstanceOf(AuthError)
    expect(calls()).toBe(1)
  })

  it('honours Retry-After instead of the backoff while it fits the budget; a longer one ends the retries', async () => {
    const clock = fakeClock()
    const { attempt, calls } = failing(transient(2000), transient(60_000))
    await expect(withRetry(attempt, policy, clock.hooks)).rejects.toMatchObject({ retryAfterMs: 60_000 })
    expect(clock.waits).toEqual([2000])
    expect(calls()).toBe(2)
  })

  it('lets the caller refuse a retry (a create the server may have carried out)', async () => {
    const { attempt, calls } = failing(transient())
    await expect(withRetry(attempt, policy, fakeClock().hooks, (error) => !error.mayHaveActed)).rejects.toThrow(
      'HTTP 502'
    )
    expect(calls()).toBe(1)
  })
})

describe('the default policy', () => {
  // The contract: an endpoint that never answers fails the step within 90 s. Each try of a call is cut by what is left
  // of the budget, so a hung endpoint costs the budget, whatever the per-request timeout (the client's is 20 s).
  it.each([1000, 20_000, Infinity])(
    'ends a call to an endpoint that never answers within its budget, under 90 s (request timeout %p ms)',
    async (requestTimeoutMs) => {
      const clock = fakeClock()
      let tries = 0
      const hung = (remainingMs: number): Promise<never> => {
        tries++
        // The request waits out its timeout, capped by the budget left, and fails as a timeout does.
        clock.advance(Math.min(requestTimeoutMs, remainingMs))
        return Promise.reject(new TransientError('no answer in time', 'timeout', true))
      }
      await expect(withRetry(hung, DEFAULT_RETRY_POLICY, clock.hooks)).rejects.toMatchObject({ code: 'timeout' })
      expect(clock.now()).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.budgetMs)
      expect(clock.now()).toBeLessThan(90_000)
      expect(tries).toBeGreaterThanOrEqual(requestTimeoutMs < DEFAULT_RETRY_POLICY.budgetMs / 2 ? 2 : 1)
    }
  )

  it('gives up on a Retry-After that would end past the budget instead of waiting it out', async () => {
    const clock = fakeClock()
    const { attempt, calls } = failing(transient(DEFAULT_RETRY_POLICY.budgetMs))
    await expect(withRetry(attempt, DEFAULT_RETRY_POLICY, clock.hooks)).rejects.toBeInstanceOf(TransientError)
    expect(clock.waits).toEqual([])
    expect(calls()).toBe(1)
  })
})

describe('backoffMs', () => {
  it.each([
    [1, 0, 250],
    [1, 1, 500],
    [2, 0, 500],
    [3, 1, 2000],
    [10, 1, 8000]
  ])('retry %i with random %f waits %i ms by default', (retry, random, expected) => {
    expect(backoffMs(DEFAULT_RETRY_POLICY, retry, transient(), () => random)).toBe(expected)
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-26T12:00:00Z')
  it.each<[string | null, number | undefined]>([
    ['2', 2000],
    ['0', 0],
    ['1.5', 1500],
    ['Thu, 26 Nov 2026 12:00:10 GMT', 10_000],
    ['Thu, 26 Nov 2026 11:00:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    [null, undefined]
  ])('%p -> %p ms', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected)
  })
})
