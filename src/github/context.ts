import { readFileSync } from 'node:fs'

/** The pull request a `pull_request` (or `pull_request_target`) run belongs to. */
export interface PullRequest {
  owner: string
  repo: string
  number: number
  /** The head commit the run was triggered for. */
  headSha: string
  /** opened, synchronize, reopened, closed, ... */
  action: string
}

/**
 * Read the pull request from the runner's event payload. Only this module and settings.ts read the
 * environment; the event file is small JSON, so reading it here avoids loading @actions/github.
 */
export function readPullRequest(env: NodeJS.ProcessEnv): PullRequest | undefined {
  const event = env.GITHUB_EVENT_NAME
  if (event !== 'pull_request' && event !== 'pull_request_target') return undefined
  const eventPath = env.GITHUB_EVENT_PATH
  const repository = env.GITHUB_REPOSITORY ?? ''
  if (!eventPath) return undefined
  let payload: {
    action?: string
    number?: number
    pull_request?: { number?: number; head?: { sha?: string } }
    repository?: { name?: string; owner?: { login?: string } }
  }
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8'))
  } catch (error) {
    throw new Error(`Could not read the event payload ${eventPath}: ${(error as Error).message}`, { cause: error })
  }
  const number = payload.pull_request?.number ?? payload.number
  const [owner, repo] = repository.includes('/')
    ? repository.split('/', 2)
    : [payload.repository?.owner?.login, payload.repository?.name]
  if (!number || !owner || !repo) return undefined
  return {
    owner,
    repo,
    number,
    headSha: payload.pull_request?.head?.sha ?? env.GITHUB_SHA ?? '',
    action: payload.action ?? ''
  }
}

/**
 * `<owner>/<repo>-pr-<number>`, lower case, other characters as '-' (`acme-shop-pr-7`): the project name of a
 * pull request's preview, which finds it again when the comment cannot; owner-qualified so that two owners'
 * `shop` repositories cannot share a preview.
 */
export function previewName(pr: Pick<PullRequest, 'owner' | 'repo' | 'number'>): string {
  return `${pr.owner}/${pr.repo}-pr-${pr.number}`.toLowerCase().replace(/[^a-z0-9-]/g, '-')
}
