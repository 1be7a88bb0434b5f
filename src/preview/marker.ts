import type { EnvEntry } from '../env/entry.js'
import { pullRequestText, type PullRequestRef } from './pull-request.js'

/**
 * The env var a preview tenant carries to say whose preview it is: `<owner>/<repo>#<number>`. Written in the same
 * env write as the rest, never pruned, and checked before the action reuses, syncs or deletes a tenant for a pull
 * request: a comment or a project name only finds candidates, the tenant itself has the last word. This module is
 * the only one that knows the key.
 */
const MARKER_KEY = 'TENANT_ACTION_PREVIEW'

/** Keys the server and Hasura own (the admin secret among them): prune leaves them unless the file names them. */
const SERVER_KEYS = /^HASURA_/

/** The marker entry for a pull request's preview: written with the rest of an env write. */
export function markerEntry(pr: PullRequestRef): EnvEntry {
  return { key: MARKER_KEY, value: pullRequestText(pr), line: 0, literal: true }
}

/** Is this the marker's key (written by the action only, and no secret: its value names a pull request)? */
export function isMarkerKey(key: string): boolean {
  return key === MARKER_KEY
}

/** The keys prune never deletes whatever the inputs say: the server's and Hasura's (`HASURA_*`), and the marker. */
export function neverPruned(key: string): boolean {
  return SERVER_KEYS.test(key) || isMarkerKey(key)
}

/** Does the tenant carry a marker at all (some run of this action made it a preview)? */
export function hasMarker(vars: Readonly<Record<string, string>>): boolean {
  return Object.hasOwn(vars, MARKER_KEY)
}

/** Does the tenant's env say it is this pull request's preview? Owner and repository compare case-insensitively. */
export function isPreviewOf(vars: Readonly<Record<string, string>>, pr: PullRequestRef): boolean {
  const marker = Object.hasOwn(vars, MARKER_KEY) ? vars[MARKER_KEY] : undefined
  return marker !== undefined && marker.toLowerCase() === pullRequestText(pr).toLowerCase()
}

/** Why a candidate tenant is not this pull request's preview, for the warning. */
export function markerMismatch(vars: Readonly<Record<string, string>>, pr: PullRequestRef): string {
  return hasMarker(vars)
    ? `its ${MARKER_KEY} marker names ${vars[MARKER_KEY]}, not ${pullRequestText(pr)}`
    : `it has no ${MARKER_KEY} marker (not made by this action for ${pullRequestText(pr)})`
}

/** Why a file may not set a key the action writes itself; undefined for any other key. */
export function actionKeyInFile(key: string): string | undefined {
  return isMarkerKey(key)
    ? `${MARKER_KEY} is written by the action (it says whose preview a tenant is): remove it from the file`
    : undefined
}

/** The number of the pull request of `repository` whose preview the tenant's marker says it is, if any. */
export function markedNumber(
  vars: Readonly<Record<string, string>>,
  repository: { owner: string; repo: string }
): number | undefined {
  const marker = Object.hasOwn(vars, MARKER_KEY) ? vars[MARKER_KEY]! : ''
  const match = /^(.+)#([1-9][0-9]{0,9})$/.exec(marker)
  if (!match) return undefined
  const number = Number(match[2])
  return isPreviewOf(vars, { ...repository, number }) ? number : undefined
}
