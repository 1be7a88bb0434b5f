/**
 * What a run loads: the bundle keeps what only some runs need out of every run's start-up (see scripts/bundle.mjs).
 * Node's own list of the built-in modules a process loaded (process.moduleLoadList), written at exit by a
 * preloaded script, shows it without timing anything: a delete or a get loads neither npm undici (http2, zlib,
 * worker_threads, perf_hooks...), nor Node's fetch stack, nor @actions/exec (child_process), nor tunnel (assert);
 * a run that talks to GitHub still loads undici when it does.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CloudEmulator } from '../emulator/emulator.js'
import { FakeGitHub } from '../github/fake-github.js'
import { pullRequestEvent } from '../support/pull-request.js'
import { GITHUB_TOKEN, runAction, type RunOptions } from './harness.js'

/** Built-in modules that only code paths a delete or get does not take may load. */
const NOT_AT_START = [
  'internal/deps/undici/undici',
  'http2',
  'zlib',
  'worker_threads',
  'perf_hooks',
  'dns',
  'dgram',
  'child_process',
  'assert'
]

let dir: string
let emulator: CloudEmulator

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hasura-action-startup-'))
  writeFileSync(
    path.join(dir, 'record.cjs'),
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.MODULE_LIST, process.moduleLoadList.join('\\n')))\n"
  )
  emulator = await CloudEmulator.start()
})
afterAll(async () => {
  await emulator.stop()
  rmSync(dir, { recursive: true, force: true })
})

/** Runs the action and answers the built-in modules it loaded, by name (`http`, `internal/fs/promises`...). */
async function builtinsLoaded(options: RunOptions): Promise<{ code: number | null; builtins: string[] }> {
  const list = path.join(dir, `modules-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`)
  const run = await runAction({
    ...options,
    env: { ...options.env, NODE_OPTIONS: `--require ${path.join(dir, 'record.cjs')}`, MODULE_LIST: list }
  })
  const builtins = readFileSync(list, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('NativeModule '))
    .map((line) => line.slice('NativeModule '.length))
  return { code: run.code, builtins }
}

describe('start-up', () => {
  it.each(['delete', 'get'])('a %s loads only what it uses', async (operation) => {
    const tenant = emulator.seedTenant()
    const { code, builtins } = await builtinsLoaded({
      inputs: { pat: emulator.pat, 'api-endpoint': emulator.url, operation, 'tenant-id': tenant.id },
      emulator
    })
    expect(code).toBe(0)
    expect(builtins).toContain('http')
    expect(NOT_AT_START.filter((name) => builtins.includes(name))).toEqual([])
  })

  it('a run that comments on the pull request loads undici then', async () => {
    const gh = await FakeGitHub.start({ token: GITHUB_TOKEN })
    try {
      const { code, builtins } = await builtinsLoaded({
        inputs: {
          pat: emulator.pat,
          'api-endpoint': emulator.url,
          operation: 'create',
          'database-url': 'postgres://shop:startupPassw0rd@db.example.com:5432/shop'
        },
        event: pullRequestEvent('opened', { owner: 'acme', repo: 'shop', number: 12, headSha: 'c'.repeat(40) }),
        githubApiUrl: gh.url,
        emulator,
        secrets: ['startupPassw0rd']
      })
      expect(code).toBe(0)
      expect(gh.comments('acme', 'shop', 12)).toHaveLength(1)
      // npm undici, which Octokit's requests go through (its HTTP/2 client loads http2).
      expect(builtins).toContain('http2')
    } finally {
      await gh.stop()
    }
  })
})
