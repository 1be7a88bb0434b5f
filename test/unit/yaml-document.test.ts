import { describe, expect, test } from '@jest/globals'
import { buildYamlValue, YamlPositions, type YamlHooks } from '../../src/core/yaml/document.js'
import { parseBoundedEvents } from '../../src/core/yaml/events.js'
import { thrownBy } from '../support/env-error.js'

class YamlFailure extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message)
  }
}

const onError = (message: string, line: number): never => {
  throw new YamlFailure(message, line)
}

function build(text: string, hooks?: YamlHooks) {
  const positions = new YamlPositions()
  const { events, lines } = parseBoundedEvents(text, 'file.yaml', onError)
  return { value: buildYamlValue(events, { text, file: 'file.yaml', lines, positions, onError, hooks }), positions }
}

const failure = (run: () => unknown): YamlFailure => thrownBy(YamlFailure, run)

/** A "billion laughs": 9 levels of 9 aliases each, 9^9 nodes once expanded, in a few hundred bytes. */
function billionLaughs(): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
  for (let level = 1; level <= 9; level++) {
    lines.push(
      `a${level}: &a${level} [${Array(9)
        .fill(`*a${level - 1}`)
        .join(', ')}]`
    )
  }
  return `${lines.join('\n')}\n`
}

describe('parseBoundedEvents', () => {
  test('a billion-laughs document fails fast, at the line of the alias that goes past the bound', () => {
    const text = billionLaughs()
    expect(text.length).toBeLessThan(600)
    // Expanded, the bomb would make 9^9 nodes: the count stops at the bound the message names.
    const error = failure(() => parseBoundedEvents(text, 'bomb.yaml', onError))
    expect(error.message).toBe(
      'aliases expand to more than 100000 nodes (at *a4); write the values out instead of repeating anchors'
    )
    expect(error.line).toBe(6) // a5's first *a4 takes the expansion from 74,682 nodes to 141,111
  })

  test('aliases within the bound are fine, and counted', () => {
    expect(parseBoundedEvents('a: &a [1, 2]\nb: *a\nc: *a\n', 'f.yaml', onError).aliasNodes).toBe(4)
    expect(failure(() => parseBoundedEvents('a: &a [1, 2]\nb: *a\nc: *a\n', 'f.yaml', onError, 3)).line).toBe(3)
  })

  test('an alias to no anchor, or to the node that contains it', () => {
    expect(failure(() => parseBoundedEvents('a: 1\nb: *nope\n', 'f.yaml', onError)).line).toBe(2)
    expect(failure(() => parseBoundedEvents('a: &a\n  b: *a\n', 'f.yaml', onError)).line).toBe(2)
  })

  test('a syntax error: the line and reason, not the source snippet', () => {
    const error = failure(() => parseBoundedEvents('ok: 1\ntoken: "abc\n', 'f.yaml', onError))
    expect(error.line).toBe(3)
    expect(error.message).toMatch(/^invalid YAML: /)
    expect(error.message).not.toContain('abc')
  })
})

describe('buildYamlValue', () => {
  test('YAML 1.2 core scalars, keys as written, an empty document is undefined', () => {
    expect(build('a: 1\nb: true\nc: ~\nd: "2"\ne: yes\nf: 0x10\ntrue: 1.5\ng:\n').value).toEqual({
      a: 1,
      b: true,
      c: null,
      d: '2',
      e: 'yes',
      f: 16,
      true: 1.5,
      g: null
    })
    expect(build('# nothing\n').value).toBeUndefined()
    expect(build('!!str 12').value).toBe('12')
  })

  test('positions of mappings and lists, and the line of each key', () => {
    const { value, positions } = build('top:\n  - name: a\n    x: 1\n\n  - name: b\nother: {}\n')
    const root = value as { top: object[]; other: object }
    expect(positions.of(root)).toMatchObject({ file: 'file.yaml', line: 1 })
    expect(positions.of(root)?.keyLines).toEqual(
      new Map([
        ['top', 1],
        ['other', 6]
      ])
    )
    expect(root.top.map((item) => positions.of(item)?.line)).toEqual([2, 5])
    expect(positions.of(root.other)?.line).toBe(6)
  })

  test('duplicate keys, complex keys, unknown tags and a second document are errors at their line', () => {
    expect(failure(() => build('a: 1\nb: 2\na: 3\n'))).toMatchObject({
      line: 3,
      message: 'the key "a" appears twice (first on line 1)'
    })
    expect(failure(() => build('a: 1\n? [x]\n: 2\n')).line).toBe(2)
    expect(failure(() => build('a: 1\nb: !vault secret\n'))).toMatchObject({
      line: 2,
      message: 'the tag !vault is not supported here'
    })
    expect(failure(() => build('a: 1\n---\nb: 2\n')).line).toBe(3)
  })

  test('merge keys as Go yaml.v3 applies them: written keys win, then earlier merged mappings', () => {
    const { value } = build('base: &base {a: 1, b: 1}\nmore: &more {b: 2, c: 2}\nx:\n  <<: [*base, *more]\n  a: 0\n')
    expect((value as Record<string, unknown>).x).toEqual({ a: 0, b: 1, c: 2 })
  })

  test('__proto__ is an ordinary key', () => {
    const value = build('__proto__: {polluted: true}\n').value as Record<string, unknown>
    expect(Object.keys(value)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  test('hooks replace local tags and strings in values (not keys); an alias may not repeat a hooked node', () => {
    const hooks: YamlHooks = {
      localTag: (tag, text, line) => ({ tag, text, line }),
      string: (text, line) => (text.startsWith('!include ') ? { included: text.slice(9), line } : text)
    }
    expect(build('"!include k": v\na: !include x.yaml\nb:\n  - "!include y.yaml"\n  - plain\n', hooks).value).toEqual({
      '!include k': 'v',
      a: { tag: '!include', text: 'x.yaml', line: 2 },
      b: [{ included: 'y.yaml', line: 4 }, 'plain']
    })
    expect(failure(() => build('a: &x !include x.yaml\nb: *x\n', hooks))).toMatchObject({ line: 2 })
  })
})
