/**
 * A bad input or file stops the step before any API call, as the runner shows it: exit 1, an `::error` line naming
 * the input (at the file and line when a file is wrong), a summary that says the step failed, and no secret echoed.
 * A few cases of each kind; every input error, and every failure of the Cloud API, runs in process in
 * test/integration/errors.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CloudEmulator } from '../emulator/emulator.js'
import { annotations, runAction, type RunOptions, type RunResult } from './harness.js'

let emulator: CloudEmulator
const SERVER_URL = 'postgres://admin:Serv3rPassw0rd@db.example.com:5432/postgres'

beforeAll(async () => {
  emulator = await CloudEmulator.start()
})
afterAll(async () => {
  await emulator.stop()
})
beforeEach(() => emulator.reset())

const base = () => ({ pat: emulator.pat, 'api-endpoint': emulator.url })

function prEvent(number?: number): NonNullable<RunOptions['event']> {
  return {
    name: 'pull_request',
    payload: {
      action: 'opened',
      number,
      pull_request: { number, head: { sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' } },
      repository: { name: 'shop', owner: { login: 'acme' } }
    }
  }
}

/** The `::error::` lines of a run. */
function errors(run: RunResult): string {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error'))
    .join('\n')
}

describe('bad inputs stop the step before any API call, naming the input', () => {
  const cases: [string, Record<string, string>, RegExp, RunOptions['event']?][] = [
    [
      'unknown operation',
      { operation: 'destroy' },
      /"operation" must be one of create, delete, sync-env, get, check, sweep/
    ],
    [
      'a database-url that is a MySQL URL',
      { operation: 'create', 'database-url': 'mysql://shop:Secr3tPassw0rd@db.example.com/shop' },
      /"database-url" is not a Postgres connection URL/
    ],
    [
      'a postgres-server-url without a host',
      { operation: 'delete', 'postgres-server-url': 'postgres://admin:Serv3rPassw0rd@/postgres' },
      /"postgres-server-url" is not a Postgres connection URL/,
      prEvent(7)
    ],
    [
      'postgres-server-url outside a pull request',
      { operation: 'create', 'postgres-server-url': SERVER_URL },
      /"postgres-server-url" works on pull_request runs only/
    ],
    [
      'a pull_request event without a pull request number',
      { operation: 'create' },
      /This is a pull_request run, but its event payload has no pull request number/,
      prEvent()
    ]
  ]
  // Rest parameters: a function declaring more parameters than a row has cells would be taken for a `done` callback.
  it.each(cases)('%s', async (...[, inputs, message, event]) => {
    const run = await runAction({ inputs: { ...base(), ...inputs }, event })
    expect(run.code).toBe(1)
    expect(emulator.calls).toHaveLength(0)
    expect(errors(run)).toMatch(message)
    expect(run.summary).toContain('failed')
    // The URLs are secrets: no message quotes them, nor their passwords (the harness checks the whole output too).
    const shown = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    expect(shown.join('\n')).not.toMatch(/Secr3tPassw0rd|Serv3rPassw0rd/)
  })
})

describe('a bad file is an error annotation at its file and line', () => {
  it('an unset ${VAR} in the env file: exit 1 at its line, with zero API calls', async () => {
    const tenant = emulator.seedTenant()
    const run = await runAction({
      inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': '.env' },
      files: { '.env': 'FIRST=first-value-1\nSECOND=${NOT_IN_THE_STEP_ENV}\n' },
      emulator
    })
    expect(run.code).toBe(1)
    expect(emulator.calls).toHaveLength(0)
    const [annotation] = annotations(run).filter((a) => a.props.file)
    expect(annotation).toEqual({
      props: expect.objectContaining({ file: '.env', line: '2' }),
      message: expect.stringContaining('${NOT_IN_THE_STEP_ENV} is not set')
    })
    expect(run.summary).toContain('failed')
  })

  // Files that would block or never end if read: a run that read them would not stop by itself.
  it.each<[string, (workspace: string) => void]>([
    ['a FIFO', (workspace) => execFileSync('mkfifo', [path.join(workspace, 'env.file')])],
    ['a symlink to /dev/zero', (workspace) => symlinkSync('/dev/zero', path.join(workspace, 'env.file'))]
  ])('an env file that is %s: exit 1 naming env-file, the file never read', async (_, make) => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'hasura-action-special-'))
    try {
      make(workspace)
      const tenant = emulator.seedTenant({ envs: { LOG_LEVEL: 'info' } })
      const run = await runAction({
        inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': 'env.file' },
        workspace,
        emulator,
        timeoutMs: 15_000
      })
      expect(run.code).toBe(1)
      expect(errors(run)).toMatch(/Input "env-file"/)
      expect(emulator.calls).toHaveLength(0)
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})
