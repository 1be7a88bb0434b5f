/**
 * A 200 whose JSON is cut short (a broken connection, a proxy): reads are safe to repeat, so they are tried again
 * within the retry budget; a create is not, so its outcome is unknown and the lost-create search takes over.
 */
import { beforeEach, expect, it } from '@jest/globals'
import { CloudClient } from '../../src/cloud/client.js'
import { AmbiguousWrite } from '../../src/cloud/errors.js'
import { cloudEmulator } from '../support/preview-servers.js'

const emulator = cloudEmulator()
let cloud: CloudClient

beforeEach(() => {
  cloud = new CloudClient({ endpoint: emulator.url, pat: emulator.pat, hooks: { sleep: async () => {} } })
})

it('a read answered with truncated JSON is tried again and succeeds', async () => {
  const tenant = emulator.seedTenant({ envs: { A: '1' } })
  emulator.inject({ field: 'tenant_by_pk', fault: { kind: 'truncated' } })
  const read = await cloud.readTenant(tenant.id)
  expect(read.env.vars.A).toBe('1')
  expect(emulator.callsTo('tenant_by_pk')).toHaveLength(2)
})

it('a create answered with truncated JSON is not sent again: its outcome is unknown', async () => {
  emulator.inject({ field: 'createTenant', fault: { kind: 'truncated' } })
  await expect(cloud.createTenant({ cloud: 'aws', region: 'us-east-2' })).rejects.toBeInstanceOf(AmbiguousWrite)
  expect(emulator.callsTo('createTenant')).toHaveLength(1)
  expect(emulator.tenants()).toHaveLength(1)
})
