/** A pull request of a repository: whose preview a tenant or a database is. */
export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

/** The pull request a `pull_request` (or `pull_request_target`) run belongs to. */
export interface PullRequest extends PullRequestRef {
  /** The head commit the run was triggered for. */
  headSha: string
  /** opened, synchronize, reopened, closed, ... */
  action: string
  /** When the pull request was opened (ISO 8601), when the event says: its preview cannot be older. */
  openedAt?: string
  /** Its labels' names when the run started, as the event gives them. */
  labels?: string[]
}

/** `<owner>/<repo>#<number>`: how the marker, the database tag and messages name a pull request. */
export function pullRequestText(pr: PullRequestRef): string {
  return `${pr.owner}/${pr.repo}#${pr.number}`
}

/** One pull request? GitHub owner and repository names are case-insensitive. */
export function samePullRequest(a: PullRequestRef, b: PullRequestRef): boolean {
  return pullRequestText(a).toLowerCase() === pullRequestText(b).toLowerCase()
}
