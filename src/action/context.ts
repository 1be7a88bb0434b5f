import { readFileSync } from 'node:fs'
import { InputError } from '../core/errors.js'
import type { PullRequest } from '../preview/pull-request.js'

/** The repository the workflow runs in (GITHUB_REPOSITORY). */
export function readRepository(env: NodeJS.ProcessEnv): { owner: string; repo: string } | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/', 2)
  return owner && repo ? { owner, repo } : undefined
}

/**
 * The pull request of a pull_request run, from the runner's event payload; undefined for other events. A
 * pull_request event whose payload has no number is an error: without it every run would make a new tenant.
 * Only this module and settings.ts read the environment; the event file is small JSON, so reading it here
 * avoids loading @actions/github.
 */
export function readPullRequest(env: NodeJS.ProcessEnv): PullRequest | undefined {
  const event = env.GITHUB_EVENT_NAME
  if (event !== 'pull_request' && event !== 'pull_request_target') return undefined
  const eventPath = env.GITHUB_EVENT_PATH
  if (!eventPath) {
    throw new InputError(`This is a ${event} run, but GITHUB_EVENT_PATH is not set: the pull request cannot be read.`)
  }
  let payload: {
    action?: string
    number?: number
    pull_request?: { number?: number; head?: { sha?: string }; created_at?: string; labels?: { name?: unknown }[] }
    repository?: { name?: string; owner?: { login?: string } }
  }
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8'))
  } catch (error) {
    throw new InputError(`Could not read the event payload ${eventPath}: ${(error as Error).message}`)
  }
  const number = payload.pull_request?.number ?? payload.number
  const repository = readRepository(env)
  const owner = repository?.owner ?? payload.repository?.owner?.login
  const repo = repository?.repo ?? payload.repository?.name
  if (!Number.isSafeInteger(number) || (number as number) < 1) {
    throw new InputError(
      `This is a ${event} run, but its event payload has no pull request number: the preview cannot be tied to a ` +
        'pull request. Run the action from a pull_request workflow, or pass "tenant-id" / "name" outside one.'
    )
  }
  if (!owner || !repo) {
    throw new InputError(`This is a ${event} run, but the repository is unknown (GITHUB_REPOSITORY is not set).`)
  }
  return {
    owner,
    repo,
    number: number as number,
    headSha: payload.pull_request?.head?.sha ?? env.GITHUB_SHA ?? '',
    openedAt: Number.isNaN(Date.parse(payload.pull_request?.created_at ?? ''))
      ? undefined
      : payload.pull_request!.created_at,
    action: payload.action ?? '',
    labels: Array.isArray(payload.pull_request?.labels)
      ? payload.pull_request.labels
          .map((label) => label?.name)
          .filter((name): name is string => typeof name === 'string')
      : undefined
  }
}
