/**
 * An endpoint that takes requests and never answers (a black-holed proxy, a stuck gateway): the step ends within the
 * real retry budget (about 60 s; the contract allows 90 s), saying what to check. In its own file because it takes
 * a minute, so it runs beside the other files.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CloudEmulator } from '../emulator/emulator.js'
import { runAction } from './harness.js'

let emulator: CloudEmulator

beforeAll(async () => {
  emulator = await CloudEmulator.start()
})
afterAll(async () => {
  await emulator.stop()
})

describe('a hung endpoint', () => {
  it('get and create end within 90 s, naming api-endpoint and its URL; create makes nothing', async () => {
    emulator.inject({ field: '*', fault: { kind: 'hang' }, times: Infinity })
    const tenant = emulator.seedTenant()
    const inputs = { pat: emulator.pat, 'api-endpoint': emulator.url }
    const [get, create] = await Promise.all([
      runAction({ inputs: { ...inputs, operation: 'get', 'tenant-id': tenant.id }, emulator, timeoutMs: 120_000 }),
      runAction({ inputs: { ...inputs, operation: 'create' }, emulator, timeoutMs: 120_000 })
    ])
    for (const run of [get, create]) {
      expect(run.code).toBe(1)
      expect(run.ms).toBeLessThan(90_000)
      const error = run.stdout.split('\n').find((line) => line.startsWith('::error::'))
      expect(error).toMatch(/Hasura Cloud did not answer within \d+ s at input "api-endpoint"/)
      expect(error).toContain(`(${emulator.url})`)
      expect(run.summary).toContain('did not answer')
    }
    // The retries happened, each cut by the budget, and no create got through.
    expect(emulator.calls.length).toBeGreaterThan(2)
    expect(emulator.tenants()).toEqual([tenant])
    expect(create.outputs['tenant-id']).toBeUndefined()
  }, 150_000)
})
