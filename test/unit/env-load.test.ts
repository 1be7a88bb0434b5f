import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { errorOf, thrownBy } from '../support/env-error.js'
import { envFileFormat, loadEnvFile, MAX_ENV_FILE_BYTES } from '../../src/env/load.js'
import { InputError } from '../../src/core/errors.js'

let workspace: string

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'env-load-'))
  mkdirSync(join(workspace, 'cfg'))
  mkdirSync(join(workspace, 'cfg', 'dir.yaml'))
})

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true })
})

function write(path: string, content: string | Buffer): void {
  writeFileSync(join(workspace, path), content)
}

function load(path: string, environment: Record<string, string | undefined> = {}) {
  return loadEnvFile(path, workspace, environment).map((e) => [e.key, e.value, e.line])
}

describe('envFileFormat', () => {
  test.each<[string, 'yaml' | 'dotenv']>([
    ['env.yaml', 'yaml'],
    ['env.yml', 'yaml'],
    ['env.json', 'yaml'],
    ['cfg/ENV.YAML', 'yaml'],
    ['env.Yml', 'yaml'],
    ['env.JSON', 'yaml'],
    ['.env', 'dotenv'],
    ['production.env', 'dotenv'],
    ['.env.production', 'dotenv'],
    ['env.txt', 'dotenv'],
    ['envfile', 'dotenv'],
    ['yaml', 'dotenv'],
    ['env.yaml.bak', 'dotenv'],
    ['dir.yaml/.env', 'dotenv']
  ])('%s → %s', (path, format) => {
    expect(envFileFormat(path)).toBe(format)
  })
})

describe('loadEnvFile: format by extension', () => {
  test.each<[string, string, [string, string | null, number][]]>([
    [
      'cfg/env.yaml',
      'A: 1\nB: null\n',
      [
        ['A', '1', 1],
        ['B', null, 2]
      ]
    ],
    ['cfg/env.YML', 'A: 1\n', [['A', '1', 1]]],
    [
      'cfg/env.json',
      '{\n  "A": "x",\n  "J": {"k": [1]}\n}\n',
      [
        ['A', 'x', 2],
        ['J', '{"k":[1]}', 3]
      ]
    ],
    [
      '.env',
      'export A=1\n# c\nB="two"\n',
      [
        ['A', '1', 1],
        ['B', 'two', 3]
      ]
    ],
    ['cfg/production.env', 'A=1\n', [['A', '1', 1]]],
    ['cfg/vars.txt', 'A=1\n', [['A', '1', 1]]],
    [
      'cfg/bom.env',
      '\uFEFFA=1\r\nB=2\r\n',
      [
        ['A', '1', 1],
        ['B', '2', 2]
      ]
    ],
    [
      'cfg/bom.yaml',
      '\uFEFFA: 1\r\nB: 2\r\n',
      [
        ['A', '1', 1],
        ['B', '2', 2]
      ]
    ],
    ['cfg/empty.env', '', []],
    ['cfg/empty.yaml', '', []]
  ])('%s', (path, content, expected) => {
    write(path, content)
    expect(load(path)).toEqual(expected)
  })

  test('the same text reads differently as YAML and as dotenv', () => {
    write('cfg/same.yaml', 'A: 1\n')
    write('cfg/same.env', 'A: 1\n')
    expect(load('cfg/same.yaml')).toEqual([['A', '1', 1]])
    const error = errorOf(() => load('cfg/same.env'))
    expect(error.message).toMatch(/not KEY=value/)
    expect(error.line).toBe(1)
    expect(error.file).toBe('cfg/same.env')
  })

  test('an absolute path is read when it leads inside the workspace', () => {
    write('cfg/abs.env', 'A=1\n')
    const absolute = join(workspace, 'cfg', 'abs.env')
    expect(loadEnvFile(absolute, workspace, {})).toEqual([{ key: 'A', value: '1', line: 1, literal: true }])
  })

  test('interpolation uses the given environment', () => {
    write('cfg/interp.yaml', 'URL: ${DB_URL}\n')
    expect(load('cfg/interp.yaml', { DB_URL: 'postgres://x' })).toEqual([['URL', 'postgres://x', 1]])
    const error = errorOf(() => load('cfg/interp.yaml', {}))
    expect(error.message).toMatch(/\$\{DB_URL\} is not set/)
    expect(error.file).toBe('cfg/interp.yaml')
    expect(error.line).toBe(1)
  })
})

/** A problem with the path itself (not inside the file): an input error naming env-file, before any API call. */
const inputErrorOf = (run: () => unknown): InputError => thrownBy(InputError, run)

describe('loadEnvFile: errors', () => {
  test('missing file: an input error naming env-file, the path and the workspace', () => {
    const message = inputErrorOf(() => load('cfg/missing.env')).message
    expect(message).toContain('Input "env-file"')
    expect(message).toContain('cfg/missing.env does not exist in the workspace')
    expect(message).toContain(workspace)
  })

  test('missing directory on the way, a file used as a directory', () => {
    write('cfg/plain.env', 'A=1\n')
    expect(inputErrorOf(() => load('nope/env.yaml')).message).toMatch(/does not exist/)
    expect(inputErrorOf(() => load('cfg/plain.env/x.env')).message).toMatch(/does not exist/)
  })

  test('a directory, the workspace itself', () => {
    expect(inputErrorOf(() => load('cfg/dir.yaml')).message).toMatch(/cfg\/dir.yaml is a directory/)
    expect(inputErrorOf(() => load('.')).message).toMatch(/is a directory/)
    expect(inputErrorOf(() => load('')).message).toMatch(/is a directory/)
  })

  test.each([
    ['a path through ..', () => '../outside.env'],
    ['an absolute path elsewhere', () => join(tmpdir(), 'outside-the-workspace.env')],
    ['a symlink to a file outside', () => 'cfg/link-out.env'],
    ['a symlink to /proc/self/environ', () => 'cfg/environ.env']
  ])('%s: refused, nothing of it read', (_, path) => {
    writeFileSync(join(workspace, '..', 'outside.env'), 'LEAK=1\n')
    writeFileSync(join(tmpdir(), 'outside-the-workspace.env'), 'LEAK=1\n')
    rmSync(join(workspace, 'cfg/link-out.env'), { force: true })
    rmSync(join(workspace, 'cfg/environ.env'), { force: true })
    symlinkSync(join(workspace, '..', 'outside.env'), join(workspace, 'cfg/link-out.env'))
    symlinkSync('/proc/self/environ', join(workspace, 'cfg/environ.env'))
    expect(inputErrorOf(() => load(path())).message).toMatch(/Input "env-file": .* leads outside the workspace/)
  })

  test('over 1 MiB, counted as read', () => {
    write('cfg/big.env', '#'.repeat(MAX_ENV_FILE_BYTES + 1))
    expect(inputErrorOf(() => load('cfg/big.env')).message).toMatch(/larger than 1048576 bytes/)
  })

  test('exactly 1 MiB is accepted', () => {
    write('cfg/max.env', 'A=1\n' + '#'.repeat(MAX_ENV_FILE_BYTES - 4))
    expect(load('cfg/max.env')).toEqual([['A', '1', 1]])
  })

  test('not valid UTF-8, at its line', () => {
    write('cfg/latin1.env', Buffer.from([0x41, 0x3d, 0x31, 0x0a, 0x42, 0x3d, 0xe9, 0x0a]))
    const error = errorOf(() => load('cfg/latin1.env'))
    expect(error.message).toMatch(/not valid UTF-8/)
    expect(error.line).toBe(2)
  })

  test.each<[string, string, number, RegExp]>([
    ['cfg/keys.env', 'A=1\n\n1BAD=x\n', 3, /"1BAD" is not a valid key/],
    ['cfg/keys.yaml', 'A: 1\n# c\nbad-key: x\n', 3, /"bad-key" is not a valid key/],
    ['cfg/keys.json', '{\n  "A": 1,\n  "B C": 2\n}\n', 3, /this key is not valid/],
    ['cfg/dups.env', 'A=1\nA=2\n', 2, /A is defined twice/],
    ['cfg/dups.yml', 'A: 1\nA: 2\n', 2, /A is defined twice/],
    ['cfg/list.yaml', '- A\n', 1, /but it is a list/],
    ['cfg/syntax.json', '{\n  "A": 1\n  "B": 2\n}\n', 3, /invalid YAML/]
  ])('%s: key and content errors at their line', (path, content, line, message) => {
    write(path, content)
    const error = errorOf(() => load(path))
    expect(error.file).toBe(path)
    expect(error.line).toBe(line)
    expect(error.message).toMatch(message)
  })
})
