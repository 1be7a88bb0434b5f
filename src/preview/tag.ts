import { pullRequestText, samePullRequest, type PullRequestRef } from './pull-request.js'

/**
 * The database comment that ties a preview database to its pull request, in the one format later versions parse
 * back: `hasura-cloud-tenant-action: preview of <owner>/<repo>#<number>` (the tenant marker's text).
 */
const TAG_PREFIX = 'hasura-cloud-tenant-action: preview of '
const TAG = /^hasura-cloud-tenant-action: preview of ([^\s/#]+)\/([^\s/#]+)#([1-9][0-9]{0,9})$/

export function previewTag(pr: PullRequestRef): string {
  return `${TAG_PREFIX}${pullRequestText(pr)}`
}

/** The pull request a database comment names, or undefined when the comment is not this action's tag. */
export function parsePreviewTag(comment: string | null): PullRequestRef | undefined {
  const match = TAG.exec(comment ?? '')
  if (!match) return undefined
  return { owner: match[1]!, repo: match[2]!, number: Number(match[3]) }
}

/** Does the comment tag the database as this pull request's preview? */
export function isTaggedFor(comment: string | null, pr: PullRequestRef): boolean {
  const tagged = parsePreviewTag(comment)
  return tagged !== undefined && samePullRequest(tagged, pr)
}
