import { describe, expect, test } from '@jest/globals'
import { EnvFileError } from '../../src/env/entry.js'
import { interpolate } from '../../src/env/interpolate.js'

const ENV: Record<string, string | undefined> = {
  X: 'v',
  _under_1: 'u',
  EMPTY: '',
  REFS: '${X} $${X}',
  UNDEF: undefined
}

describe('interpolate', () => {
  test.each<[string, string, string]>([
    ['no $ at all', 'plain text', 'plain text'],
    ['empty string', '', ''],
    ['one variable', '${X}', 'v'],
    ['text around', 'a${X}b', 'avb'],
    ['several', '${X}-${_under_1}-${X}', 'v-u-v'],
    ['set to empty', '[${EMPTY}]', '[]'],
    ['inserted text is not scanned again', '${REFS}', '${X} $${X}'],
    ['escape $${', '$${X}', '${X}'],
    ['escape then a variable', '$${X}${X}', '${X}v'],
    ['escape of a malformed reference', '$${not a name}', '${not a name}'],
    ['$ then escape', '$$${X}', '$${X}'],
    ['bare $NAME', '$X', '$X'],
    ['$$ alone', 'a$$b', 'a$$b'],
    ['trailing $', 'x$', 'x$'],
    ['$ before a brace-less word', '$ {X}', '$ {X}'],
    ['closing brace alone', 'X}', 'X}'],
    ['unicode around', 'é${X}✓', 'év✓']
  ])('%s', (_name, value, expected) => {
    expect(interpolate(value, ENV, 'f.env', 7)).toBe(expected)
  })

  test.each<[string, string, RegExp]>([
    ['unset', '${MISSING}', /^\$\{MISSING\} is not set in the step's environment: add MISSING under the step's `env:`/],
    ['explicitly undefined', 'x ${UNDEF}', /\$\{UNDEF\} is not set/],
    ['inherited property names are not variables', '${constructor}', /\$\{constructor\} is not set/],
    ['name starting with a digit', '${1X}', /valid \$\{NAME\} reference/],
    ['name with a dash', '${DB-URL}', /valid \$\{NAME\} reference/],
    ['empty name', '${}', /write '\$\$\{' for a literal/],
    ['unclosed', 'a ${X', /valid \$\{NAME\} reference/],
    ['spaces inside', '${ X }', /valid \$\{NAME\} reference/]
  ])('error: %s', (_name, value, message) => {
    let caught: unknown
    try {
      interpolate(value, ENV, 'f.env', 7)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(EnvFileError)
    const error = caught as EnvFileError
    expect(error.file).toBe('f.env')
    expect(error.line).toBe(7)
    expect(error.message).toMatch(message)
  })

  test('the first unset variable is named, not the value', () => {
    expect(() => interpolate('S3CRET ${A} ${B}', {}, 'f', 1)).toThrow(/\$\{A\} is not set/)
    expect(() => interpolate('S3CRET ${A} ${B}', {}, 'f', 1)).not.toThrow(/S3CRET/)
  })
})
