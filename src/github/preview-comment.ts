import type { EnvChange } from '../env/plan.js'
import type { Logger } from '../operations/deps.js'
import type { PullRequest } from './context.js'

/** Marks this action's comment; a comment is ours only if its body starts with it. */
export const PREVIEW_MARKER = '<!-- hasura-cloud-tenant:preview -->'
const TENANT_MARKER = /<!-- hasura-cloud-tenant:tenant=([0-9a-f-]{36}) -->/

/** This action's comment on the pull request, as found. */
export interface PreviewState {
  commentId: number
  /** The tenant it names; undefined after a teardown. */
  tenantId?: string
}

/** What the comment shows: keys, never values. */
export interface PreviewView {
  tenantId: string
  endpoint: string
  projectName: string
  result: string
  changes: { key: string; change: EnvChange }[]
}

type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>

/**
 * The one preview comment per pull request, through GitHub's issue-comments REST API. Failing to
 * comment never fails the step: the tenant work matters more than the comment.
 */
export class PreviewComments {
  private octokit?: Promise<Octokit>

  constructor(
    private readonly token: string,
    private readonly pr: PullRequest,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date()
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
        const ours = page.data.find((comment) => comment.body?.startsWith(PREVIEW_MARKER))
        if (ours) return { commentId: ours.id, tenantId: TENANT_MARKER.exec(ours.body ?? '')?.[1] }
      }
      return undefined
    } catch (error) {
      this.warn('read the comments of', error)
      return undefined
    }
  }

  /** Create or update the comment for a live preview. */
  async publish(existing: PreviewState | undefined, view: PreviewView): Promise<void> {
    const changes = view.changes.length
      ? view.changes.map(({ key, change }) => `\`${key}\` (${change})`).join(', ')
      : 'none'
    const body = [
      PREVIEW_MARKER,
      `<!-- hasura-cloud-tenant:tenant=${view.tenantId} -->`,
      '### Hasura Cloud preview',
      '',
      '| | |',
      '|---|---|',
      `| GraphQL endpoint | ${view.endpoint} |`,
      `| Project | ${view.projectName} |`,
      `| Tenant | \`${view.tenantId}\` |`,
      `| Synced at | ${this.commit()} (${view.result}) |`,
      `| Env keys changed | ${changes} |`,
      `| Updated | ${this.time()} |`,
      '',
      '<sub>Kept up to date by the Hasura Cloud tenant action; the tenant is deleted when the pull request closes.</sub>'
    ].join('\n')
    await this.write(existing, body)
  }

  /** Say the preview is gone and drop the tenant marker, so a reopened PR gets a fresh tenant in this comment. */
  async markDeleted(existing: PreviewState, tenantId: string): Promise<void> {
    const body = [
      PREVIEW_MARKER,
      '### Hasura Cloud preview',
      '',
      `The preview tenant \`${tenantId}\` was deleted at ${this.time()} (commit ${this.commit()}).`
    ].join('\n')
    await this.write(existing, body)
  }

  private async write(existing: PreviewState | undefined, body: string): Promise<void> {
    const { owner, repo, number } = this.pr
    try {
      const octokit = await this.client()
      if (existing) {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.commentId, body })
        this.log.info(`Updated the preview comment on pull request #${number}.`)
      } else {
        await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body })
        this.log.info(`Commented the preview on pull request #${number}.`)
      }
    } catch (error) {
      this.warn('comment on', error)
    }
  }

  private warn(action: string, error: unknown): void {
    const status = (error as { status?: number }).status
    const message = (error as Error).message
    const hint =
      status === 403 || status === 404 || status === 401
        ? ' The "github-token" needs `permissions: pull-requests: write` (fork pull requests only get a read-only token).'
        : ''
    this.log.warning(`Could not ${action} pull request #${this.pr.number} (${status ? `HTTP ${status}: ` : ''}${message}).${hint} The tenant work is not affected.`)
  }

  private client(): Promise<Octokit> {
    // Loaded on first use: most runs never comment, and Octokit is the largest part of the bundle.
    this.octokit ??= import('@actions/github').then(({ getOctokit }) => getOctokit(this.token))
    return this.octokit
  }

  private commit(): string {
    return this.pr.headSha ? `\`${this.pr.headSha.slice(0, 7)}\`` : 'unknown commit'
  }

  private time(): string {
    return this.now().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC')
  }
}
