import { pullRequestText, samePullRequest, type PullRequestRef } from './pull-request.js'

/**
 * The comment that ties a preview's role and database on the Postgres server to its pull request, in the one
 * format later versions parse back: `hasura-cloud-tenant-action: preview of <owner>/<repo>#<number>` (the tenant
 * marker's text). A role's comment can only be written by a role with CREATEROLE, never by the preview's own role,
 * so the role's tag is the proof; its second line is the preview's journal (see PreviewJournal).
 */
const TAG_PREFIX = 'hasura-cloud-tenant-action: preview of '
const TAG = /^hasura-cloud-tenant-action: preview of ([^\s/#]+)\/([^\s/#]+)#([1-9][0-9]{0,9})$/

export function previewTag(pr: PullRequestRef): string {
  return `${TAG_PREFIX}${pullRequestText(pr)}`
}

/** A SQL LIKE pattern for the tags of a repository's previews (compared case-insensitively, with ILIKE). */
export function previewTagPattern(repository: Pick<PullRequestRef, 'owner' | 'repo'>): string {
  return `${TAG_PREFIX}${repository.owner}/${repository.repo}#`.replace(/[%_\\]/g, '\\$&') + '%'
}

/** The pull request a comment's first line names, or undefined when it is not this action's tag. */
export function parsePreviewTag(comment: string | null): PullRequestRef | undefined {
  const match = TAG.exec((comment ?? '').split('\n', 1)[0]!)
  if (!match) return undefined
  return { owner: match[1]!, repo: match[2]!, number: Number(match[3]) }
}

/** Does the comment tag its role or database as this pull request's preview? */
export function isTaggedFor(comment: string | null, pr: PullRequestRef): boolean {
  const tagged = parsePreviewTag(comment)
  return tagged !== undefined && samePullRequest(tagged, pr)
}

/**
 * What a create was doing with Hasura Cloud, kept where only the action can write it (the role's comment): a
 * later run (the rerun of a killed job, the teardown, the sweep) ties a tenant to the pull request with it even when
 * the tenant never got its marker.
 */
export interface PreviewJournal {
  /** The tenant the create made (known once createTenant answered). */
  tenant?: string
  /** A create sent at this time (ISO 8601), when the account held these projects (ids) before it. */
  creating?: { since: string; before: string[] }
}

/** The role's comment: the tag, then the journal as JSON on a second line. */
export function roleComment(pr: PullRequestRef, journal: PreviewJournal = {}): string {
  const state = journal.tenant || journal.creating ? `\n${JSON.stringify(journal)}` : ''
  return previewTag(pr) + state
}

/** The journal in a role's comment; empty when there is none or it cannot be read. */
export function parseJournal(comment: string | null): PreviewJournal {
  const line = (comment ?? '').split('\n')[1]
  if (!line) return {}
  try {
    const value = JSON.parse(line) as Record<string, unknown>
    const journal: PreviewJournal = {}
    if (typeof value.tenant === 'string' && /^[0-9a-f-]{36}$/i.test(value.tenant)) journal.tenant = value.tenant
    const creating = value.creating as { since?: unknown; before?: unknown } | undefined
    if (creating && typeof creating.since === 'string' && Array.isArray(creating.before)) {
      journal.creating = { since: creating.since, before: creating.before.filter((id) => typeof id === 'string') }
    }
    return journal
  } catch {
    return {}
  }
}
