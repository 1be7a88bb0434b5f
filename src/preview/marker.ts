import type { EnvEntry } from '../env/entry.js'
import { pullRequestText, type PullRequestRef } from './pull-request.js'

/**
 * The env var a preview tenant carries to say whose preview it is: `<owner>/<repo>#<number>`. Written in the same
 * env write as the rest, never pruned, and checked before the action reuses, syncs or deletes a tenant for a pull
 * request: a comment or a project name only finds candidates, the tenant itself has the last word. This module is
 * the only one that knows the key.
 */
const MARKER_KEY = 'TENANT_ACTION_PREVIEW'

/**
 * Beside the marker, with `expire-after`: when the preview expires (ISO 8601, UTC), after which `sweep` deletes it
 * even while its pull request is open. No secret either.
 */
const EXPIRES_KEY = 'TENANT_ACTION_PREVIEW_EXPIRES'

/** Keys the server and Hasura own (the admin secret among them): prune leaves them unless the file names them. */
const SERVER_KEYS = /^HASURA_/

/** The marker entry for a pull request's preview: written with the rest of an env write. */
export function markerEntry(pr: PullRequestRef): EnvEntry {
  return { key: MARKER_KEY, value: pullRequestText(pr), line: 0, literal: true }
}

/** The expiry entry: when the preview expires, or null to remove an expiry an earlier run wrote. */
export function expiryEntry(at: Date | null): EnvEntry {
  return { key: EXPIRES_KEY, value: at ? at.toISOString() : null, line: 0, literal: true }
}

/** When the tenant's env says the preview expires; undefined when it does not expire (or the value is not a time). */
export function expiryOf(vars: Readonly<Record<string, string>>): Date | undefined {
  const value = Object.hasOwn(vars, EXPIRES_KEY) ? vars[EXPIRES_KEY]! : undefined
  if (value === undefined || !/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(value)) return undefined
  const at = new Date(value)
  return Number.isNaN(at.getTime()) ? undefined : at
}

/** Is this a key the action writes itself (the marker, the expiry): no secret, and never the file's to set? */
export function isActionKey(key: string): boolean {
  return key === MARKER_KEY || key === EXPIRES_KEY
}

/** The keys prune never deletes whatever the inputs say: the server's and Hasura's (`HASURA_*`), and the action's. */
export function neverPruned(key: string): boolean {
  return SERVER_KEYS.test(key) || isActionKey(key)
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
  if (key === MARKER_KEY) {
    return `${MARKER_KEY} is written by the action (it says whose preview a tenant is): remove it from the file`
  }
  if (key === EXPIRES_KEY) {
    return `${EXPIRES_KEY} is written by the action (when the preview expires; see expire-after): remove it from the file`
  }
  return undefined
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
