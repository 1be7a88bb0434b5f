import pg from 'pg'

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
