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
      const octokit = await this.client()
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: this.pr.owner,
        repo: this.pr.repo,
        issue_number: this.pr.number,
        per_page: 100
      })
      for await (const page of pages) {
        // Comments come oldest first, so the first match is the oldest one.
        for (const comment of page.data) {
          if (!comment.body?.startsWith(PREVIEW_MARKER)) continue
          if (await this.isOurs(comment.user)) {
            return { commentId: comment.id, tenantId: TENANT_MARKER.exec(comment.body)?.[1] }
          }
          const author = comment.user?.login ?? 'a deleted user'
          this.log.info(`Ignoring comment ${comment.id} by ${author}: it has the preview marker but is not ours.`)
        }
      }
      return undefined
    } catch (error) {
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
    try {
      const octokit = await this.client()
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
    const post = async (request?: { retries: number }): Promise<PreviewState> => {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body, request })
      return { commentId: data.id }
    }
    try {
      return await post({ retries: 0 })
    } catch (error) {
      const status = (error as { status?: number }).status ?? 0
      if (status < 500) throw error
      const written = await this.find()
      if (written) return written
      this.log.info(`GitHub answered HTTP ${status} to the preview comment, which is not there: posting it again.`)
      return await post()
    }
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

  private warn(action: string, error: unknown): void {
    const status = (error as { status?: number }).status
    const message = failureMessage(error)
    const hint =
      status === 403 || status === 404 || status === 401
        ? ' The "github-token" needs `permissions: pull-requests: write` (fork pull requests only get a read-only token).'
        : ''
    this.log.warning(
      `Could not ${action} pull request #${this.pr.number} (${status ? `HTTP ${status}: ` : ''}${message}).${hint} The tenant work is not affected.`
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
