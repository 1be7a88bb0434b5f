import { describe, expect, it } from '@jest/globals'
import { isPreviewOf, markerEntry, neverPruned } from '../../src/preview/marker.js'
import { previewDatabaseNames, previewName, previewNamePattern, previewNumber } from '../../src/preview/name.js'

const PROJECT_NAME = /^(?!.*--)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/

describe('previewName', () => {
  it.each([
    [{ owner: 'acme', repo: 'shop', number: 7 }, 'acme-shop-pr-7'],
    [{ owner: 'Acme', repo: 'Shop.Web_V2', number: 12 }, 'acme-shop-web-v2-pr-12'],
    [{ owner: 'acme', repo: 'shop--web', number: 1 }, 'acme-shop-web-pr-1'],
    [{ owner: '-acme-', repo: '_shop_', number: 3 }, 'acme-shop-pr-3'],
    [{ owner: 'ACME', repo: 'ünïcode', number: 4 }, 'acme-n-code-pr-4']
  ])('%j -> %s', (pr, expected) => {
    expect(previewName(pr)).toBe(expected)
    expect(previewName(pr)).toMatch(PROJECT_NAME)
  })

  it('a name over 63 characters keeps -pr-<number>, is cut, and gets 6 hex characters of a hash of the full name', () => {
    const repo = 'a-really-long-repository-name-that-goes-on-and-on-and-on-forever-and-ever'
    const name = previewName({ owner: 'acme', repo, number: 123456 })
    expect(name.length).toBeLessThanOrEqual(63)
    expect(name).toMatch(/^acme-a-really-long-[a-z0-9-]*-[0-9a-f]{6}-pr-123456$/)
    expect(name).toMatch(PROJECT_NAME)
    // Two long repositories with the same first 50 characters stay apart.
    expect(previewName({ owner: 'acme', repo: `${repo}-x`, number: 123456 })).not.toBe(name)
  })

  it.each([1, 9, 10, 99999])('is a valid project name at length limits (PR #%i)', (number) => {
    const name = previewName({ owner: 'o'.repeat(30), repo: 'r'.repeat(40), number })
    expect(name.length).toBeLessThanOrEqual(63)
    expect(name).toMatch(PROJECT_NAME)
    expect(previewNumber(name, { owner: 'o'.repeat(30), repo: 'r'.repeat(40) })).toBe(number)
  })
})

describe('previewNumber and previewNamePattern', () => {
  const repository = { owner: 'acme', repo: 'shop' }
  it.each([
    ['acme-shop-pr-7', 7],
    ['acme-shop-pr-07', undefined],
    ['acme-shop-web-pr-7', undefined],
    ['acme-shop-pr-7-old', undefined],
    ['honest-dingo-65', undefined]
  ])('%s -> %p', (name, number) => {
    expect(previewNumber(name, repository)).toBe(number)
  })

  it('the LIKE pattern matches every preview name of the repository, cut ones included', () => {
    const like = (pattern: string) =>
      new RegExp(
        `^${pattern
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace(/%/g, '.*')
          .replace(/_/g, '.')}$`
      )
    for (const repo of ['shop', 'a-very-long-repository-name-that-needs-cutting-down-to-size-please']) {
      const pattern = like(previewNamePattern({ owner: 'acme', repo }))
      for (const number of [1, 42, 123456]) expect(previewName({ owner: 'acme', repo, number })).toMatch(pattern)
    }
  })
})

describe('the marker', () => {
  it('names the repository and the pull request, and matches case-insensitively', () => {
    const entry = markerEntry({ owner: 'Acme', repo: 'Shop', number: 7 })
    expect(entry).toMatchObject({ key: 'TENANT_ACTION_PREVIEW', value: 'Acme/Shop#7' })
    const marked = (value: string) => ({ TENANT_ACTION_PREVIEW: value })
    expect(isPreviewOf(marked('acme/shop#7'), { owner: 'Acme', repo: 'Shop', number: 7 })).toBe(true)
    expect(isPreviewOf(marked('acme/shop#70'), { owner: 'acme', repo: 'shop', number: 7 })).toBe(false)
    expect(isPreviewOf(marked('acme/shop.web#7'), { owner: 'acme', repo: 'shop-web', number: 7 })).toBe(false)
    expect(isPreviewOf({}, { owner: 'acme', repo: 'shop', number: 7 })).toBe(false)
  })

  it('prune never takes the marker or HASURA_* keys, and may take any other key', () => {
    expect(
      ['TENANT_ACTION_PREVIEW', 'HASURA_GRAPHQL_ADMIN_SECRET', 'HASURA_GRAPHQL_JWT_SECRET'].map(neverPruned)
    ).toEqual([true, true, true])
    expect(['PG_DATABASE_URL', 'hasura_lower', 'X_HASURA_'].map(neverPruned)).toEqual([false, false, false])
  })
})

describe('previewDatabaseNames', () => {
  const pr = { owner: 'acme', repo: 'shop', number: 7 }

  it('keeps the plain names when no two sources come out alike', () => {
    expect(previewDatabaseNames(pr, ['default', 'analytics', 'sales_eu'])).toEqual([
      'acme-shop-pr-7',
      'acme-shop-pr-7-analytics',
      'acme-shop-pr-7-sales-eu'
    ])
  })

  it('two sources that normalise alike get two names: the first in order keeps the plain one', () => {
    const [, first, second] = previewDatabaseNames(pr, ['default', 'sales_eu', 'sales-eu'])
    expect(first).toBe('acme-shop-pr-7-sales-eu')
    expect(second).toMatch(/^acme-shop-pr-7-sales-eu-[0-9a-f]{6}$/)
    const [, , swapped] = previewDatabaseNames(pr, ['default', 'sales-eu', 'sales_eu'])
    expect(swapped).toMatch(/^acme-shop-pr-7-sales-eu-[0-9a-f]{6}$/)
    expect(swapped).not.toBe(second)
  })

  it('long names that the 63-character cut would make alike stay apart, and within 63 characters', () => {
    const long = 'sales_europe_west_and_central_region_orders_archive_with_a_long_name'
    const names = previewDatabaseNames(pr, ['default', long, long.replace(/_/g, '-'), `${long}_2`])
    expect(new Set(names).size).toBe(4)
    for (const name of names) expect(name.length).toBeLessThanOrEqual(63)
    expect(names.slice(1).every((name) => name.startsWith('acme-shop-pr-7-sales-europe-west'))).toBe(true)
  })
})
