/**
 * `check` against live schemas it cannot fully validate, in process with the real client and the Cloud emulator:
 * every field the action sends is reported, whatever the rest of the schema looks like.
 */
import { afterEach, expect, it } from '@jest/globals'
import { CloudClient } from '../../src/cloud/client.js'
import type { Logger } from '../../src/core/log.js'
import { checkOperation } from '../../src/operations/check.js'
import type { CheckDeps } from '../../src/operations/deps.js'
import type { Outcome } from '../../src/operations/outcome.js'
import type { CheckSettings } from '../../src/operations/settings.js'
import { CloudEmulator, type EmulatorOptions } from '../emulator/emulator.js'

let emulator: CloudEmulator | undefined
afterEach(async () => {
  await emulator?.stop()
  emulator = undefined
})

async function check(options: EmulatorOptions): Promise<{ outcome: Outcome; rows: string[][] }> {
  emulator = await CloudEmulator.start(options)
  const log: Logger = { info: () => {}, warning: () => {}, error: () => {}, mask: () => {} }
  const settings: CheckSettings = {
    operation: 'check',
    pat: emulator.pat,
    apiEndpoint: emulator.url,
    dryRun: false,
    workspace: '/nonexistent',
    environment: {},
    githubToken: '',
    comment: false
  }
  const deps = {
    settings,
    cloud: new CloudClient({ endpoint: emulator.url, pat: emulator.pat }),
    report: {
      setTenant() {},
      setHash() {},
      setAdminSecret() {},
      setDatabases() {},
      setExpiresAt() {},
      setMigrationsApplied() {},
      setSeedsApplied() {}
    },
    log,
    operation: 'check',
    now: () => new Date(),
    waits: {}
  } satisfies CheckDeps
  const outcome = await checkOperation(deps)
  return { outcome, rows: outcome.tables![0]!.rows }
}

it('a live schema without a mutation root: every mutation the action sends is reported missing, exit 1', async () => {
  const normal = await check({})
  await emulator!.stop()
  const rootless = await check({
    editSchema: (sdl) => sdl.replace('mutation: mutation_root', '').replace(/type mutation_root \{[^}]*\}/, '')
  })
  // Every field is reported, missing ones included: as many rows as against the full schema.
  expect(rootless.rows).toHaveLength(normal.rows.length)
  const missing = rootless.rows.filter((row) => row[2] === 'missing').map((row) => row[1])
  expect(missing).toEqual(expect.arrayContaining(['`mutation_root.createTenant`', '`mutation_root.deleteTenant`']))
  expect(rootless.rows.filter((row) => row[0] === 'CreateTenant').every((row) => row[2] === 'missing')).toBe(true)
  expect(rootless.outcome.failure).toMatch(/lacks \d+ of what the action sends/)
})

it('an unrelated type with no fields elsewhere in the schema: judged by what the action sends, all hold', async () => {
  const { outcome, rows } = await check({ editSchema: (sdl) => `${sdl}\ntype unrelated_empty_type\n` })
  expect(outcome.failure).toBeUndefined()
  expect(rows.length).toBeGreaterThan(50)
  expect(rows.filter((row) => row[2] !== 'holds')).toEqual([])
})
