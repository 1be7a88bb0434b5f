import type Bottleneck from 'bottleneck'
import type { Logger } from '../core/log.js'

export type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>

/** A request that failed on the network or with a 5xx is tried again this often; the retry plugin waits 1, 4, 9 s. */
const RETRIES = 3
/** A rate limit (a 403 or 429 that says so) is waited out at most this often per request... */
const RATE_LIMIT_RETRIES = 2
/** ...and only when GitHub asks for at most this long: a primary limit may reset an hour later. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60
/**
 * No 4xx is retried by the retry plugin: the request was refused (a permission, a missing pull request), and the
 * rate limits among them are the throttling plugin's, which honours Retry-After and the reset time.
 */
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i)

/** The plugins' clock, the plugins' own but in tests. */
export interface OctokitTiming {
  /** Milliseconds per second of a wait (Retry-After, a reset, a backoff); 1000. */
  retryAfterBaseValue?: number
  /**
   * The throttling plugin's Bottleneck groups that space writes out (one a second, and a comment every 3 s, shared
   * by every client of the process): a test process that plays many runs gives its own.
   */
  pacing?: { write: Bottleneck.Group; notifications: Bottleneck.Group }
}

const clients = new Map<string, Promise<Octokit>>()

/**
 * Octokit for the token, with the retry and throttling plugins, loaded on first use: most runs never talk to GitHub,
 * and these are the largest part of the bundle. One client per token (it logs to the Logger it was first made with).
 */
export function octokit(token: string, log: Logger, timing: OctokitTiming = {}): Promise<Octokit> {
  let client = clients.get(token)
  if (!client) {
    client = Promise.all([
      import('@actions/github'),
      import('@octokit/plugin-retry'),
      import('@octokit/plugin-throttling')
    ]).then(([{ getOctokit }, { retry }, { throttling }]) => {
      // Set only when given: the plugins take an undefined value over their default.
      const clock = timing.retryAfterBaseValue === undefined ? {} : { retryAfterBaseValue: timing.retryAfterBaseValue }
      const waitOut =
        (what: string) =>
        (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          const request = `${options.method} ${options.url}`
          if (retryCount >= RATE_LIMIT_RETRIES) {
            log.info(`GitHub: ${what} on ${request}, still after ${retryCount} waits: not waiting again.`)
            return false
          }
          if (retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
            log.info(`GitHub: ${what} on ${request} for ${retryAfter} s, longer than the action waits.`)
            return false
          }
          log.info(`GitHub: ${what} on ${request}; retry ${retryCount + 1} in ${retryAfter} s.`)
          return true
        }
      return getOctokit(
        token,
        {
          retry: { retries: RETRIES, doNotRetry: DO_NOT_RETRY, ...clock },
          throttle: {
            onRateLimit: waitOut('rate limit'),
            onSecondaryRateLimit: waitOut('secondary rate limit'),
            ...clock,
            ...timing.pacing
          }
        },
        retry,
        throttling
      )
    })
    clients.set(token, client)
  }
  return client
}

/** The message of a failed GitHub call, for a log line: not the whole HTML page GitHub's edge answers a 502 with. */
export function failureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return /^\s*</.test(message) ? 'an HTML page' : message
}
