import { createHash } from 'node:crypto'
import type { PullRequestRef } from './pull-request.js'

const MAX_NAME = 63

/** Lower case, characters other than a-z0-9- as '-', no '--', no '-' at either end. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * The project name of a pull request's preview: `<owner>-<repo>-pr-<number>`, normalised. A DNS label holds 63
 * characters, so a longer name keeps `-pr-<number>` and cuts the rest, with 6 hex characters of a hash of the
 * full name so that two long names with one start stay apart: `<cut>-<hash>-pr-<number>`.
 */
export function previewName(pr: PullRequestRef): string {
  const suffix = `-pr-${pr.number}`
  const base = normalise(`${pr.owner}-${pr.repo}`) || 'repo'
  const full = `${base}${suffix}`
  if (full.length <= MAX_NAME) return full
  const hash = shortHash(full)
  const cut = base.slice(0, MAX_NAME - suffix.length - hash.length - 1).replace(/-+$/, '')
  return `${cut}-${hash}${suffix}`
}

/**
 * A SQL LIKE pattern that every preview name of this repository matches (and some others: callers check each
 * name with previewNumber): the first characters of the normalised `<owner>-<repo>`, which a cut name keeps.
 */
export function previewNamePattern(repository: Pick<PullRequestRef, 'owner' | 'repo'>): string {
  const base = normalise(`${repository.owner}-${repository.repo}`) || 'repo'
  return `${base.slice(0, 24).replace(/[%_\\]/g, '\\$&')}%-pr-%`
}

/** The pull request number a project name is the preview name of, for this repository; undefined otherwise. */
export function previewNumber(name: string, repository: Pick<PullRequestRef, 'owner' | 'repo'>): number | undefined {
  const match = /-pr-([1-9]\d{0,9})$/.exec(name)
  if (!match) return undefined
  const number = Number(match[1])
  return previewName({ ...repository, number }) === name ? number : undefined
}

/**
 * The databases of a preview's sources, in the order given (one per env var): the first `<preview>`, each other
 * `<preview>-<source>`, normalised like a name, a longer one cut to 63 characters with 6 hex characters of a hash of
 * the full name. Two sources whose names come out alike (`sales_eu` and `sales-eu`, or two long names cut alike) must
 * not share a database: the first keeps the name (the one earlier versions gave it, so its preview keeps its data),
 * and a later one adds 6 hex characters of a hash of its own source name. A name free of clashes is the plain one.
 */
export function previewDatabaseNames(pr: PullRequestRef, sources: readonly string[]): string[] {
  const names: string[] = []
  for (const [index, source] of sources.entries()) {
    if (index === 0) {
      names.push(previewName(pr))
      continue
    }
    const base = `${previewName(pr)}-${normalise(source) || 'source'}`
    let name = fitted(base)
    // A hash can clash too, however unlikely: the next one of the source's name then.
    for (let attempt = 0; names.includes(name); attempt++) {
      name = fitted(`${base}-${shortHash(attempt === 0 ? source : `${source}#${attempt}`)}`)
    }
    names.push(name)
  }
  return names
}

/** A database name within 63 characters: a longer one is cut and ends with a hash of the full name. */
function fitted(full: string): string {
  if (full.length <= MAX_NAME) return full
  const hash = shortHash(full)
  return `${full.slice(0, MAX_NAME - hash.length - 1).replace(/-+$/, '')}-${hash}`
}

/** 6 hex characters of the SHA-256 of the text. */
function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6)
}
