import { describe, expect, it } from '@jest/globals'
import type { EnvEntry } from '../../src/env/entry.js'
import { isEmptyPlan, planChanges, planEnv, type EnvPlan, type PlanOptions } from '../../src/env/plan.js'
import { neverPruned } from '../../src/preview/marker.js'

const ADMIN = 'HASURA_GRAPHQL_ADMIN_SECRET'
/** The options the action plans with: `keep-keys` and the keys it never prunes. */
function options(prune: boolean, keepKeys: string[]): PlanOptions {
  return { prune, keep: (key) => keepKeys.includes(key) || neverPruned(key) }
}
const noPrune = options(false, [ADMIN])
const prune = options(true, [ADMIN])

/** File entries from [key, value] pairs, on consecutive lines. */
function file(...pairs: [string, string | null][]): EnvEntry[] {
  return pairs.map(([key, value], i) => ({ key, value, line: i + 1, literal: true }))
}

/** A plan with the given lists; the rest empty. */
function plan(parts: Partial<EnvPlan>): EnvPlan {
  return { added: [], changed: [], removed: [], unchanged: [], upserts: [], deletions: [], ...parts }
}

describe('planEnv', () => {
  const cases: [string, Record<string, string>, EnvEntry[], PlanOptions, EnvPlan][] = [
    ['empty file, empty tenant', {}, [], noPrune, plan({})],
    ['empty file, no prune: nothing to do', { A: '1', [ADMIN]: 's' }, [], noPrune, plan({})],
    ['a new key is added', {}, file(['A', 'x']), noPrune, plan({ added: ['A'], upserts: [{ key: 'A', value: 'x' }] })],
    [
      'a different value is changed',
      { A: 'old' },
      file(['A', 'new']),
      noPrune,
      plan({ changed: ['A'], upserts: [{ key: 'A', value: 'new' }] })
    ],
    ['the same value is unchanged', { A: 'same' }, file(['A', 'same']), noPrune, plan({ unchanged: ['A'] })],
    [
      'values compare exactly: case and white space matter',
      { A: 'Value', B: 'v ' },
      file(['A', 'value'], ['B', 'v']),
      noPrune,
      plan({
        changed: ['A', 'B'],
        upserts: [
          { key: 'A', value: 'value' },
          { key: 'B', value: 'v' }
        ]
      })
    ],
    [
      'keys compare exactly: case matters',
      { a: '1' },
      file(['A', '1']),
      noPrune,
      plan({ added: ['A'], upserts: [{ key: 'A', value: '1' }] })
    ],
    [
      'an empty value is a value',
      {},
      file(['A', '']),
      noPrune,
      plan({ added: ['A'], upserts: [{ key: 'A', value: '' }] })
    ],
    ['an empty value equal to the tenant', { A: '' }, file(['A', '']), noPrune, plan({ unchanged: ['A'] })],
    [
      'a set value replacing an empty one is changed',
      { A: '' },
      file(['A', 'x']),
      noPrune,
      plan({ changed: ['A'], upserts: [{ key: 'A', value: 'x' }] })
    ],
    [
      'null removes a present key',
      { A: '1', B: '2' },
      file(['A', null]),
      noPrune,
      plan({ removed: ['A'], deletions: ['A'] })
    ],
    ['null for an absent key is no change', { B: '2' }, file(['A', null]), noPrune, plan({})],
    [
      'null removes even a keep-key: an explicit removal is not prune',
      { [ADMIN]: 's' },
      file([ADMIN, null]),
      noPrune,
      plan({ removed: [ADMIN], deletions: [ADMIN] })
    ],
    [
      'upserts keep file order; unchanged keys are not sent',
      { B: 'b', C: 'old' },
      file(['Z', 'z'], ['B', 'b'], ['C', 'new'], ['A', 'a']),
      noPrune,
      plan({
        added: ['Z', 'A'],
        changed: ['C'],
        unchanged: ['B'],
        upserts: [
          { key: 'Z', value: 'z' },
          { key: 'C', value: 'new' },
          { key: 'A', value: 'a' }
        ]
      })
    ],
    [
      'without prune, keys missing from the file stay',
      { STALE: 'x', A: '1' },
      file(['A', '1']),
      noPrune,
      plan({ unchanged: ['A'] })
    ],
    [
      'prune removes keys missing from the file, sorted, but never a keep-key',
      { [ADMIN]: 's', ZETA: 'z', A: '1', ALPHA: 'a' },
      file(['A', '1']),
      prune,
      plan({ unchanged: ['A'], removed: ['ALPHA', 'ZETA'], deletions: ['ALPHA', 'ZETA'] })
    ],
    [
      'prune with several keep-keys',
      { [ADMIN]: 's', KEEP: 'k', ALSO: 'a', GONE: 'g' },
      [],
      options(true, [ADMIN, 'KEEP', 'ALSO']),
      plan({ removed: ['GONE'], deletions: ['GONE'] })
    ],
    [
      'prune with an empty keep list removes everything unlisted but HASURA_* keys',
      { [ADMIN]: 's', A: '1', B: '2' },
      file(['A', '1']),
      options(true, []),
      plan({ unchanged: ['A'], removed: ['B'], deletions: ['B'] })
    ],
    [
      'prune never removes HASURA_* keys the file does not name; one the file sets to null goes',
      { [ADMIN]: 's', HASURA_GRAPHQL_JWT_SECRET: 'j', HASURA_GRAPHQL_DEV_MODE: 'true', A: '1' },
      file(['HASURA_GRAPHQL_DEV_MODE', null]),
      prune,
      plan({ removed: ['HASURA_GRAPHQL_DEV_MODE', 'A'], deletions: ['HASURA_GRAPHQL_DEV_MODE', 'A'] })
    ],
    [
      'prune does not remove a key twice that the file sets to null',
      { A: '1', STALE: 'x' },
      file(['A', null]),
      prune,
      plan({ removed: ['A', 'STALE'], deletions: ['A', 'STALE'] })
    ],
    [
      'prune keeps keys the file lists, whatever their change',
      { A: 'old', B: 'b' },
      file(['A', 'new'], ['B', 'b'], ['C', 'c']),
      prune,
      plan({
        added: ['C'],
        changed: ['A'],
        unchanged: ['B'],
        upserts: [
          { key: 'A', value: 'new' },
          { key: 'C', value: 'c' }
        ]
      })
    ],
    [
      'everything at once: file removals first, then pruned keys',
      { [ADMIN]: 's', KEEP: 'same', CHANGE: 'old', DROP: 'd', STALE_B: 'b', STALE_A: 'a' },
      file(['NEW', 'n'], ['KEEP', 'same'], ['CHANGE', 'new'], ['DROP', null], ['ABSENT', null]),
      prune,
      plan({
        added: ['NEW'],
        changed: ['CHANGE'],
        unchanged: ['KEEP'],
        removed: ['DROP', 'STALE_A', 'STALE_B'],
        upserts: [
          { key: 'NEW', value: 'n' },
          { key: 'CHANGE', value: 'new' }
        ],
        deletions: ['DROP', 'STALE_A', 'STALE_B']
      })
    ]
  ]

  it.each(cases)('%s', (_, current, desired, options, expected) => {
    expect(planEnv(current, desired, options)).toEqual(expected)
  })

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'a key named %s is an ordinary key, whether the tenant has it or not',
    (key) => {
      expect(planEnv({}, file([key, 'v']), noPrune)).toEqual(plan({ added: [key], upserts: [{ key, value: 'v' }] }))
      const current = Object.create(null) as Record<string, string>
      current[key] = 'v'
      expect(planEnv(current, file([key, 'v']), noPrune)).toEqual(plan({ unchanged: [key] }))
      expect(planEnv(current, file([key, null]), noPrune)).toEqual(plan({ removed: [key], deletions: [key] }))
      expect(planEnv(current, [], prune)).toEqual(plan({ removed: [key], deletions: [key] }))
    }
  )

  it('does not change its inputs', () => {
    const current = { A: 'old', STALE: 'x' }
    const desired = file(['A', 'new'], ['B', null])
    planEnv(current, desired, prune)
    expect(current).toEqual({ A: 'old', STALE: 'x' })
    expect(desired).toEqual(file(['A', 'new'], ['B', null]))
  })
})

describe('planEnv on a large file', () => {
  it('reads each key a few times, not once per other key: 2,000 keys, prune on, under 10 reads a key', () => {
    let reads = 0
    /** `target`, counting every read of it. */
    const counted = <T extends object>(target: T): T =>
      new Proxy(target, {
        get: (object, property, receiver) => (reads++, Reflect.get(object, property, receiver)),
        has: (object, property) => (reads++, Reflect.has(object, property)),
        ownKeys: (object) => (reads++, Reflect.ownKeys(object)),
        getOwnPropertyDescriptor: (object, property) => (reads++, Reflect.getOwnPropertyDescriptor(object, property))
      })
    const keys = Array.from({ length: 2000 }, (_, i) => `KEY_${String(i).padStart(4, '0')}`)
    // Half the keys on the tenant (every other one with another value), half the file's new, and as many stale.
    const current = counted(
      Object.fromEntries([
        ...keys.slice(0, 1000).map((key, i) => [key, i % 2 ? 'old' : 'same']),
        ...keys.map((key) => [`STALE_${key}`, 'stale'])
      ])
    )
    const desired = counted(file(...keys.map((key): [string, string] => [key, 'same'])))
    const keep = counted((key: string) => key === ADMIN)

    const done = planEnv(current, desired, { prune: true, keep })

    expect(done.added).toHaveLength(1000)
    expect(done.changed).toHaveLength(500)
    expect(done.unchanged).toHaveLength(500)
    expect(done.removed).toHaveLength(2000)
    expect(reads).toBeLessThan(10 * (keys.length + 2000))
  })
})

describe('isEmptyPlan', () => {
  it.each<[string, EnvPlan, boolean]>([
    ['nothing at all', plan({}), true],
    ['only unchanged keys', plan({ unchanged: ['A', 'B'] }), true],
    ['an upsert', plan({ added: ['A'], upserts: [{ key: 'A', value: '1' }] }), false],
    ['a deletion', plan({ removed: ['A'], deletions: ['A'] }), false]
  ])('%s → %s', (_, input, empty) => {
    expect(isEmptyPlan(input)).toBe(empty)
  })
})

describe('planChanges', () => {
  it.each<[string, Pick<EnvPlan, 'added' | 'changed' | 'removed'>, [string, string][]]>([
    ['no changes', { added: [], changed: [], removed: [] }, []],
    [
      'added, then changed, then removed, each in plan order',
      { added: ['Z', 'A'], changed: ['M'], removed: ['B', 'A2'] },
      [
        ['Z', 'added'],
        ['A', 'added'],
        ['M', 'changed'],
        ['B', 'removed'],
        ['A2', 'removed']
      ]
    ]
  ])('%s', (_, input, expected) => {
    expect(planChanges(input).map(({ key, change }) => [key, change])).toEqual(expected)
  })

  it('lists keys and changes only, never a value', () => {
    const full = planEnv({ A: 'old-secret' }, file(['A', 'new-secret'], ['B', 'b-secret']), noPrune)
    expect(JSON.stringify(planChanges(full))).not.toMatch(/secret/)
  })
})
