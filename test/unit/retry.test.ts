import { describe, expect, it } from '@jest/globals'
import { AuthError, TransientError } from '../../src/cloud/errors.js'
import { backoffMs, DEFAULT_RETRY_POLICY, parseRetryAfter, withRetry } from '../../src/cloud/retry.js'

const policy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 300, maxRetryAfterMs: 5000 }
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

describe('withRetry', () => {
  it('retries transient errors with growing, jittered waits, then succeeds', async () => {
    const waits: number[] = []
    const { attempt, calls } = failing(transient(), transient(), transient())
    const result = await withRetry(attempt, policy, { sleep: async (ms) => void waits.push(ms), random: () => 0.5 })
    expect(result).toBe('ok')
    expect(calls()).toBe(4)
    // ceilings 100, 200, 300 (capped); equal jitter at 0.5 gives three quarters of each
    expect(waits).toEqual([75, 150, 225])
  })

  it('gives up after the bounded number of tries with the last error', async () => {
    const { attempt, calls } = failing(transient(), transient(), transient(), transient(), transient())
    await expect(withRetry(attempt, policy, { sleep: async () => {} })).rejects.toBeInstanceOf(TransientError)
    expect(calls()).toBe(4)
  })

  it('never retries a rejected token', async () => {
    const { attempt, calls } = failing(new AuthError('rejected'))
    await expect(withRetry(attempt, policy, { sleep: async () => {} })).rejects.toBeInstanceOf(AuthError)
    expect(calls()).toBe(1)
  })

  it('honours Retry-After instead of the backoff, up to the cap', async () => {
    const waits: number[] = []
    const { attempt } = failing(transient(2000), transient(60_000))
    await withRetry(attempt, policy, { sleep: async (ms) => void waits.push(ms) })
    expect(waits).toEqual([2000, 5000])
  })

  it('lets the caller refuse a retry (a create the server may have carried out)', async () => {
    const { attempt, calls } = failing(transient())
    await expect(withRetry(attempt, policy, { sleep: async () => {} }, (error) => !error.mayHaveActed)).rejects.toThrow(
      'HTTP 502'
    )
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
