import type { Logger } from '../core/log.js'
import { cell, code } from '../core/markdown.js'
import { utcText } from '../core/time.js'
import type { KeyChange } from '../env/plan.js'
import type { PullRequestRef } from '../preview/pull-request.js'
import { failureMessage, octokit, type Octokit, type OctokitTiming } from './octokit.js'

/** Marks this action's comment; a comment is ours only if its body starts with it. */
export const PREVIEW_MARKER = '<!-- hasura-cloud-tenant:preview -->'
const TENANT_MARKER = /<!-- hasura-cloud-tenant:tenant=([0-9a-f-]{36}) -->/

/** This action's comment on the pull request, as found. */
export interface PreviewState {
  commentId: number
  /** The tenant it names; undefined after a teardown. */
  tenantId?: string
}

/** One of this action's comments, as listed or as posted. */
interface Listed {
  id: number
  body: string
  author?: string
}

function stateOf(comment: Listed): PreviewState {
  return { commentId: comment.id, tenantId: TENANT_MARKER.exec(comment.body)?.[1] }
}

/** Why a preview is gone: its pull request's teardown, the sweep of closed pull requests, or its expiry. */
export type Teardown = { kind: 'deleted' } | { kind: 'swept' } | { kind: 'expired'; at: Date }

/** What the comment shows: keys, never values. */
export interface PreviewView {
  tenantId: string
  /** The GraphQL URL. */
  endpoint: string
  consoleUrl?: string
  projectName: string
  result: string
  changes: KeyChange[]
  databaseName?: string
  migrationsApplied?: number
  /** What the pull request changes against a reference tenant: a Markdown section, bounded (see project-changes.ts). */
  comparison?: string
  /** With `expire-after`: when the preview expires unless pushed to. */
  expiresAt?: Date
}

/**
 * GitHub refuses comments over 65,536 characters, and the comment is the preview's record: keys beyond these bounds
 * (a number of keys, and of characters, since a key name has no length limit) are counted, not listed.
 */
const MAX_LISTED_KEYS = 50
const MAX_LISTED_CHARACTERS = 20_000

/**
 * The one preview comment per pull request, through GitHub's issue-comments REST API. Failing to
 * comment never fails the step: the tenant work matters more than the comment.
 */
export class PreviewComments {
  /** The login the token acts as, when GitHub tells (personal tokens); undefined for installation tokens. */
  private self?: Promise<string | undefined>
  /** The last read of the thread failed: no comment is posted before it is read. */
  private unread = false
  /** Comments with the marker that are not ours, named once in the log. */
  private readonly ignored = new Set<number>()

  constructor(
    private readonly token: string,
    private readonly pr: PullRequestRef & { headSha: string },
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
    private readonly timing: OctokitTiming = {}
  ) {}

  /** The oldest comment of ours on the pull request, if any. */
  async find(): Promise<PreviewState | undefined> {
    try {
      const [oldest] = await this.listOurs(await this.client(), { first: true })
      this.unread = false
      return oldest && stateOf(oldest)
    } catch (error) {
      this.unread = true
      this.warn('read the comments of', error)
      return undefined
    }
  }

  /** Create or update the comment for a live preview; the comment as it now stands, for a later update. */
  async publish(existing: PreviewState | undefined, view: PreviewView): Promise<PreviewState | undefined> {
    const listed = listedChanges(view.changes)
    const more = view.changes.length - listed.length
    const count = `${more} key${more === 1 ? '' : 's'}`
    const changes =
      view.changes.length === 0
        ? 'none'
        : listed.length > 0
          ? listed.join(', ') + (more > 0 ? ` and ${more} more` : '')
          : `${count} (names too long to list here; see the step summary)`
    const body = [
      PREVIEW_MARKER,
      `<!-- hasura-cloud-tenant:tenant=${view.tenantId} -->`,
      '### Hasura Cloud preview',
      '',
      '| | |',
      '|---|---|',
      `| GraphQL endpoint | ${cell(view.endpoint)} |`,
      ...(view.consoleUrl ? [`| Console | ${cell(view.consoleUrl)} |`] : []),
      `| Project | ${cell(view.projectName)} |`,
      `| Tenant | \`${view.tenantId}\` |`,
      ...(view.databaseName ? [`| Database | \`${cell(view.databaseName)}\` |`] : []),
      ...(view.migrationsApplied !== undefined ? [`| Migrations applied | ${view.migrationsApplied} |`] : []),
      `| Synced at | ${this.commit()} (${view.result}) |`,
      ...(view.expiresAt ? [`| Expires | ${utcText(view.expiresAt)}, unless pushed to before |`] : []),
      `| Env keys changed | ${changes} |`,
      `| Updated | ${this.time()} |`,
      '',
      ...(view.comparison ? [view.comparison] : []),
      '<sub>Kept up to date by the Hasura Cloud tenant action; the tenant is deleted when the pull request closes.</sub>'
    ].join('\n')
    return this.write(existing, body)
  }

  /**
   * Say the preview is gone and drop the tenant marker, so a reopened PR (or, after an expiry, the next push) gets a
   * fresh tenant in this comment.
   */
  async markDeleted(existing: PreviewState, tenantId: string, how: Teardown = { kind: 'deleted' }): Promise<void> {
    const at = `${this.time()}${this.pr.headSha ? ` (commit ${this.commit()})` : ''}`
    const said =
      how.kind === 'expired'
        ? [
            `The preview tenant \`${tenantId}\` expired at ${utcText(how.at)}, no push having renewed it ` +
              `(\`expire-after\`), and was deleted at ${at}.`,
            '',
            'To bring it back, push to the pull request or re-run its workflow: a new preview is made, with fresh ' +
              'databases.'
          ]
        : [
            `The preview tenant \`${tenantId}\` was deleted${how.kind === 'swept' ? ' by the sweep of closed pull requests' : ''} at ${at}.`
          ]
    await this.write(existing, [PREVIEW_MARKER, '### Hasura Cloud preview', '', ...said].join('\n'))
  }

  /** The comment as it now stands (the one created, when there was none), or undefined when it could not be written. */
  private async write(existing: PreviewState | undefined, body: string): Promise<PreviewState | undefined> {
    const { owner, repo, number } = this.pr
    let octokit: Octokit
    try {
      octokit = await this.client()
      // The thread could not be read: a comment of ours may be there, and a new one would be a second. Read it again.
      if (!existing && this.unread) {
        const [oldest] = await this.listOurs(octokit, { first: true })
        this.unread = false
        existing = oldest && stateOf(oldest)
      }
    } catch (error) {
      if (this.unread)
        this.warn('read the comments of', error, 'No preview comment is posted: one may be there already.')
      else this.warn('comment on', error)
      return existing
    }
    try {
      if (existing) {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.commentId, body })
        this.log.info(`Updated the preview comment on pull request #${number}.`)
        return existing
      }
      const created = await this.create(octokit, body)
      this.log.info(`Commented the preview on pull request #${number}.`)
      return created
    } catch (error) {
      this.warn('comment on', error)
      return existing
    }
  }

  /**
   * A new comment. A POST that failed with a 5xx (or on the network) may have been written all the same, so it is not
   * retried blindly, which could leave two comments: the thread is read again (reads are retried), and the comment
   * posted again only when it is not there. Rate limits are waited out as for any request: GitHub wrote nothing.
   */
  private async create(octokit: Octokit, body: string): Promise<PreviewState> {
    const { owner, repo, number } = this.pr
    const post = async (request?: { retries: number }): Promise<Listed> => {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body, request })
      return { id: data.id, body, author: data.user?.login }
    }
    let posted: Listed
    try {
      posted = await post({ retries: 0 })
    } catch (error) {
      const status = (error as { status?: number }).status ?? 0
      if (status < 500) throw error
      const written = await this.keepOldest(octokit, body)
      if (written) return written
      this.log.info(`GitHub answered HTTP ${status} to the preview comment, which is not there: posting it again.`)
      posted = await post()
    }
    try {
      return (await this.keepOldest(octokit, body, posted)) ?? stateOf(posted)
    } catch (error) {
      this.warn('read the comments of', error, 'A second preview comment, posted at the same time, may remain.')
      return stateOf(posted)
    }
  }

  /**
   * Two runs of a pull request at once (a workflow without a concurrency group) may each post a comment. So after a
   * post the thread is read again: the oldest of this action's comments, the one find() picks, is kept and given
   * this run's body (the newest state), and this action's other comments by the author of the one `posted` (the
   * other run's, and this run's own when it is not the oldest) are deleted; nobody else's. A run whose post failed
   * and may have been written deletes nothing: it cannot tell its own comment apart.
   */
  private async keepOldest(octokit: Octokit, body: string, posted?: Listed): Promise<PreviewState | undefined> {
    const { owner, repo } = this.pr
    const ours = await this.listOurs(octokit)
    const oldest = ours[0]
    if (!oldest) return posted && stateOf(posted)
    if (oldest.body !== body) await octokit.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body })
    if (posted) {
      // Listed, or not yet listed: the comment this run posted goes too when it is not the oldest.
      const others = ours.slice(1).filter((comment) => comment.author === posted.author)
      if (oldest.id !== posted.id && !others.some((comment) => comment.id === posted.id)) others.push(posted)
      for (const other of others) await this.remove(octokit, other.id)
      if (others.length > 0) {
        this.log.info(
          `Kept the oldest preview comment on pull request #${this.pr.number} and deleted ${others.length} newer ` +
            `one${others.length === 1 ? '' : 's'} of this action's (another run commented at the same time).`
        )
      }
    }
    return stateOf({ ...oldest, body })
  }

  /** Delete one of this action's comments; one already gone (the other run deleted it) is no failure. */
  private async remove(octokit: Octokit, commentId: number): Promise<void> {
    const { owner, repo } = this.pr
    try {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: commentId })
    } catch (error) {
      if ((error as { status?: number }).status === 404) return
      this.warn(`delete the duplicate preview comment ${commentId} of`, error)
    }
  }

  /**
   * This action's comments on the pull request, oldest first (GitHub lists them so), with `first` only the oldest.
   * A comment that carries the marker but is not ours is named once per run.
   */
  private async listOurs(octokit: Octokit, options: { first?: boolean } = {}): Promise<Listed[]> {
    const ours: Listed[] = []
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
      owner: this.pr.owner,
      repo: this.pr.repo,
      issue_number: this.pr.number,
      per_page: 100
    })
    for await (const page of pages) {
      for (const comment of page.data) {
        if (!comment.body?.startsWith(PREVIEW_MARKER)) continue
        if (await this.isOurs(comment.user)) {
          ours.push({ id: comment.id, body: comment.body, author: comment.user?.login })
          if (options.first) return ours
        } else if (!this.ignored.has(comment.id)) {
          this.ignored.add(comment.id)
          const author = comment.user?.login ?? 'a deleted user'
          this.log.info(`Ignoring comment ${comment.id} by ${author}: it has the preview marker but is not ours.`)
        }
      }
    }
    return ours
  }

  /**
   * Anyone who can comment can paste the markers, and the tenant a comment names is reused and deleted: only a
   * comment this action could have written counts. Bot accounts (github-actions[bot] for the default token, an
   * app's bot) cannot be used by people; with a personal token, the author is that token's user.
   */
  private async isOurs(author: { login: string; type?: string } | null | undefined): Promise<boolean> {
    if (!author) return false
    if (author.type === 'Bot') return true
    // Asked only when a person's comment carries the marker; installation tokens cannot read /user (403).
    this.self ??= this.client()
      .then((octokit) => octokit.rest.users.getAuthenticated())
      .then(
        ({ data }) => data.login,
        () => undefined
      )
    return author.login === (await this.self)
  }

  private warn(action: string, error: unknown, consequence?: string): void {
    const status = (error as { status?: number }).status
    const message = failureMessage(error)
    const hint =
      status === 403 || status === 404 || status === 401
        ? ' The "github-token" needs `permissions: pull-requests: write` (fork pull requests only get a read-only token).'
        : ''
    this.log.warning(
      `Could not ${action} pull request #${this.pr.number} (${status ? `HTTP ${status}: ` : ''}${message}).${hint}` +
        `${consequence ? ` ${consequence}` : ''} The tenant work is not affected.`
    )
  }

  private client(): Promise<Octokit> {
    return octokit(this.token, this.log, this.timing)
  }

  private commit(): string {
    return this.pr.headSha ? `\`${this.pr.headSha.slice(0, 7)}\`` : 'unknown commit'
  }

  private time(): string {
    return utcText(this.now())
  }
}

/** The first changes, within the bounds, as Markdown; a key the tenant held may hold any character, so each is code(). */
function listedChanges(changes: KeyChange[]): string[] {
  const listed: string[] = []
  let characters = 0
  for (const { key, change } of changes.slice(0, MAX_LISTED_KEYS)) {
    const item = `${code(key)} (${change})`
    characters += item.length + 2
    if (characters > MAX_LISTED_CHARACTERS) break
    listed.push(item)
  }
  return listed
}
