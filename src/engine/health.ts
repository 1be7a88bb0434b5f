import { projectBase } from '../core/endpoints.js'
import { networkFailure, TransientError } from '../http/failure.js'
import { withRetry, type Clock, type RetryPolicy } from '../http/retry.js'
import { httpRequest } from '../http/transport.js'

export class HealthTimeout extends Error {
  override name = 'HealthTimeout'
}

export interface HealthWaitOptions {
  timeoutMs: number
  /** The retry policy's clock (sleep, now, random): a test skips the waits instead of sitting them out. */
  hooks?: Clock
  log?: (message: string) => void
}

export interface Health {
  /** `WARN`: the engine runs, but its metadata is inconsistent. */
  status: 'OK' | 'WARN'
  polls: number
  ms: number
}

/**
 * The health wait is the one retry policy with its own pace: a new project answers within seconds, so polls start
 * half a second apart and grow slowly, to at most 5 s apart, for as long as `wait-timeout` allows.
 */
function healthPolicy(timeoutMs: number): RetryPolicy {
  return { budgetMs: timeoutMs, baseDelayMs: 500, maxDelayMs: 5000, growth: 1.25 }
}

/** One poll answers no longer than this, so a hung proxy does not use up the whole wait in one try. */
const POLL_TIMEOUT_MS = 10_000

/**
 * Poll `<base>/healthz` until it answers 200 (through src/http/retry.ts). 200 `OK` is healthy; 200 `WARN` is healthy
 * with inconsistent metadata (the caller warns). Anything else, a name that does not resolve yet included (a new
 * project's host), is a boot still under way: polled again until the budget runs out.
 */
export async function waitForHealthy(endpoint: string, options: HealthWaitOptions): Promise<Health> {
  const url = `${projectBase(endpoint)}/healthz`
  const now = options.hooks?.now ?? Date.now
  const started = now()
  const seconds = Math.round(options.timeoutMs / 1000)
  let polls = 0
  const poll = async (remainingMs: number): Promise<Health> => {
    polls++
    const timeoutMs = Math.min(remainingMs, POLL_TIMEOUT_MS)
    let answer
    try {
      answer = await httpRequest(url, { signal: AbortSignal.timeout(timeoutMs) })
    } catch (error) {
      const failure = networkFailure(error, timeoutMs)
      const reason =
        failure.kind === 'transient'
          ? failure.error.message
          : failure.kind === 'unreachable'
            ? failure.reason
            : failure.message
      throw new TransientError(
        reason,
        failure.kind === 'transient' ? failure.error.code! : (failure.code ?? 'network'),
        false
      )
    }
    if (answer.status !== 200) throw new TransientError(`HTTP ${answer.status}`, `http-${answer.status}`, false)
    // The engine answers `OK`, or `WARN: inconsistent objects in schema` (hasura/graphql-engine,
    // server/src-lib/Hasura/Server/App.hs, healthzAction): the prefix decides, never the whole text.
    const status = /^WARN\b/i.test(answer.body.trim()) ? 'WARN' : 'OK'
    return { status, polls, ms: now() - started }
  }
  try {
    return await withRetry(poll, healthPolicy(options.timeoutMs), {
      ...options.hooks,
      onRetry: (_error, attempt) => {
        if (attempt === 1) options.log?.(`Waiting for ${url} to answer 200 (up to ${seconds} s)...`)
      }
    })
  } catch (error) {
    if (!(error instanceof TransientError)) throw error
    throw new HealthTimeout(
      `${url} did not answer 200 within ${seconds} s (last: ${error.message}, ${polls} polls). ` +
        'Raise "wait-timeout", or set "wait: false" to skip the wait.'
    )
  }
}
