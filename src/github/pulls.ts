import type { Logger } from '../core/log.js'
import { failureMessage, octokit, type OctokitTiming } from './octokit.js'

export type PullRequestState = 'open' | 'closed' | 'missing' | 'unknown'

/**
 * Whether a pull request is open, for the sweep: `missing` when GitHub says there is no such pull request (404),
 * `unknown` (with the reason) when it cannot tell, after the client's retries and rate-limit waits (see octokit.ts).
 * The sweep deletes only for `closed`.
 */
export async function pullRequestState(
  token: string,
  repository: { owner: string; repo: string },
  number: number,
  log: Logger,
  timing: OctokitTiming = {}
): Promise<{ state: PullRequestState; reason?: string }> {
  try {
    const client = await octokit(token, log, timing)
    const { data } = await client.rest.pulls.get({ ...repository, pull_number: number })
    return { state: data.state === 'closed' ? 'closed' : 'open' }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404) return { state: 'missing', reason: 'GitHub knows no such pull request' }
    const message = failureMessage(error)
    const hint = status === 401 || status === 403 ? ' (the "github-token" needs `pull-requests: read`)' : ''
    return { state: 'unknown', reason: `GitHub answered ${status ? `HTTP ${status}: ` : ''}${message}${hint}` }
  }
}
