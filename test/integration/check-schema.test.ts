/**
 * `check` against live schemas it cannot fully validate, in process against the Cloud emulator: every field the
 * action sends is reported, whatever the rest of the schema looks like.
 */
import { expect, it } from '@jest/globals'
import { check, rows } from '../cases/check.js'
import type { EmulatorOptions } from '../emulator/emulator.js'
import { emulatorPerTest } from '../support/preview-servers.js'
import { inProcess } from './harness.js'

const start = emulatorPerTest()
const checkAgainst = async (options: EmulatorOptions) => check(inProcess, await start(options))

it('a live schema without a mutation root: every mutation the action sends is reported missing, exit 1', async () => {
  const normal = await checkAgainst({})
  const rootless = await checkAgainst({
    editSchema: (sdl) => sdl.replace('mutation: mutation_root', '').replace(/type mutation_root \{[^}]*\}/, '')
  })
  // Every field is reported, missing ones included: as many rows as against the full schema.
  expect(rows(rootless)).toHaveLength(rows(normal).length)
  const missing = rows(rootless)
    .filter((row) => row.status === 'missing')
    .map((row) => row.field)
  expect(missing).toEqual(expect.arrayContaining(['mutation_root.createTenant', 'mutation_root.deleteTenant']))
  expect(
    rows(rootless)
      .filter((row) => row.operation === 'CreateTenant')
      .every((row) => row.status === 'missing')
  ).toBe(true)
  expect(rootless.code).toBe(1)
  expect(rootless.summary).toMatch(/failed: .*lacks \d+ of what the action sends/)
})

it('an unrelated type with no fields elsewhere in the schema: judged by what the action sends, all hold', async () => {
  const run = await checkAgainst({ editSchema: (sdl) => `${sdl}\ntype unrelated_empty_type\n` })
  expect(run.code).toBe(0)
  expect(rows(run).length).toBeGreaterThan(50)
  expect(rows(run).filter((row) => row.status !== 'holds')).toEqual([])
})
