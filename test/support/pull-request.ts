import pg from 'pg'
import type { TierRunOptions } from '../cases/tier.js'
import type { CloudEmulator } from '../emulator/emulator.js'
import type { FakeGitHub } from '../github/fake-github.js'

/** A pull request of a repository, as the tests name them. */
export interface PullRequestCase {
  owner: string
  repo: string
  number: number
  /** The head commit; a fixed one by default. */
  headSha?: string
  /** The labels' names; none by default. */
  labels?: string[]
}

export const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

// The preview comment's markers are its persistent format, written out here and not imported from src/: a new
// release must still find the comments an old one wrote.
export const COMMENT_MARKER = '<!-- hasura-cloud-tenant:preview -->'
export const tenantMarker = (id: string): string => `<!-- hasura-cloud-tenant:tenant=${id} -->`

/**
 * The payload GitHub sends for a pull_request event (GITHUB_EVENT_PATH), trimmed to realistic essentials, and the
 * event name the runner sets. The repository goes in GITHUB_REPOSITORY as well when it is not the default acme/shop.
 */
export function pullRequestEvent(action: string, pr: PullRequestCase): { name: string; payload: unknown } {
  const { owner, repo, number } = pr
  return {
    name: 'pull_request',
    payload: {
      action,
      number,
      pull_request: {
        number,
        state: action === 'closed' ? 'closed' : 'open',
        merged: false,
        created_at: '2026-01-01T00:00:00Z',
        title: 'Add the checkout flow',
        user: { login: 'octocat', type: 'User' },
        head: { ref: 'feature/checkout', sha: pr.headSha ?? HEAD_SHA, repo: { full_name: `${owner}/${repo}` } },
        base: { ref: 'main', sha: '0123456789abcdef0123456789abcdef01234567' },
        labels: (pr.labels ?? []).map((name) => ({ id: 1, name, color: 'ededed', default: false }))
      },
      repository: { name: repo, full_name: `${owner}/${repo}`, owner: { login: owner, type: 'Organization' } },
      sender: { login: 'octocat', type: 'User' }
    }
  }
}

/** The servers a pull request's workflow reaches: the Cloud API and GitHub. */
export interface PullRequestServers {
  emulator: CloudEmulator
  gh: FakeGitHub
}

/** More of a step: its inputs beside the operation's, its environment, and which pull request (acme/shop#7). */
export type StepMore = Partial<TierRunOptions> & { pr?: Partial<PullRequestCase> }

/** A step's options: what `more` sets, with the inputs, event, environment and servers of the workflow. */
export type StepOf<M> = Omit<M, 'inputs' | 'env' | 'pr'> &
  Required<Pick<TierRunOptions, 'inputs' | 'event' | 'env' | 'githubApiUrl' | 'emulator'>>

/**
 * What one step of a pull request's workflow is given, to pass to either tier's runner: create on opened, synchronize
 * and reopened, delete on closed, on the pull request's event, against `servers`; GITHUB_REPOSITORY names its
 * repository. `more` adds inputs and environment and sets the rest.
 */
export function pullRequestStep<M extends StepMore>(
  servers: PullRequestServers,
  action: string,
  more: M = {} as M
): StepOf<M> {
  const { owner = 'acme', repo = 'shop', number = 7 } = more.pr ?? {}
  const event = pullRequestEvent(action, { ...more.pr, owner, repo, number })
  return workflowStep(servers, `${owner}/${repo}`, event, action === 'closed' ? 'delete' : 'create', more)
}

/** What the nightly sweep of `repository`'s previews is given (on a schedule event), as pullRequestStep. */
export function sweepStep<M extends StepMore>(
  servers: PullRequestServers,
  repository: string,
  more: M = {} as M
): StepOf<M> {
  return workflowStep(servers, repository, { name: 'schedule', payload: { schedule: '17 3 * * *' } }, 'sweep', more)
}

function workflowStep<M extends StepMore>(
  servers: PullRequestServers,
  repository: string,
  event: NonNullable<TierRunOptions['event']>,
  operation: string,
  more: M
): StepOf<M> {
  const { inputs, env, pr: _pr, ...rest } = more
  return {
    ...rest,
    inputs: { pat: servers.emulator.pat, 'api-endpoint': servers.emulator.url, operation, ...inputs },
    event,
    env: { GITHUB_REPOSITORY: repository, ...env },
    githubApiUrl: servers.gh.url,
    emulator: servers.emulator
  }
}

/**
 * Removes every preview a test file made whose name starts with `prefix`: the databases of that name or owned by a
 * role of that name (a reset's copy), then the roles.
 */
export async function dropDatabasesLike(admin: pg.Client, prefix: string): Promise<void> {
  const like = `${prefix.replace(/[%_\\]/g, '\\$&')}%`
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE $1 OR pg_get_userbyid(datdba) LIKE $1`,
    [like]
  )
  for (const { datname } of rows) await admin.query(`DROP DATABASE ${pg.escapeIdentifier(datname)} WITH (FORCE)`)
  const roles = await admin.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname LIKE $1', [like])
  for (const { rolname } of roles.rows) {
    await admin.query(`DROP OWNED BY ${pg.escapeIdentifier(rolname)}`)
    await admin.query(`DROP ROLE ${pg.escapeIdentifier(rolname)}`)
  }
}
