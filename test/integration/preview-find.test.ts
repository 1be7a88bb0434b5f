/**
 * Preview identity, in process: the finder create, delete and sweep share, with the real client against the Cloud
 * emulator. A tenant is a pull request's preview only when its own marker says so; the comment and the name only
 * point at candidates.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { CloudClient } from '../../src/cloud/client.js'
import type { Logger } from '../../src/core/log.js'
import { findPreview, findUnmarkedSince, judgeTenant } from '../../src/preview/find.js'
import { previewName } from '../../src/preview/name.js'
import { cloudEmulator } from '../support/preview-servers.js'

const MARKER = 'TENANT_ACTION_PREVIEW'
const PR = { owner: 'acme', repo: 'shop', number: 7 }
const NAME = previewName(PR)

const emulator = cloudEmulator()
let cloud: CloudClient
let log: Logger & { warnings: string[] }

beforeEach(() => {
  cloud = new CloudClient({ endpoint: emulator.url, pat: emulator.pat })
  const warnings: string[] = []
  log = { warnings, info: () => {}, warning: (message) => void warnings.push(message), error: () => {}, mask: () => {} }
})

describe('judgeTenant: the marker has the last word', () => {
  it.each([
    ['this pull request', 'acme/shop#7', 'ours'],
    ['this pull request, other case', 'ACME/Shop#7', 'ours'],
    ['another pull request', 'acme/shop#70', 'not-ours'],
    ['a look-alike repository', 'acme/shop.web#7', 'not-ours'],
    ['another owner', 'evil/shop#7', 'not-ours'],
    ['a prefix of the marker', 'acme/shop#', 'not-ours'],
    ['an empty marker', '', 'not-ours']
  ])('a tenant marked for %s (%s) is %s', async (_, marker, verdict) => {
    const tenant = emulator.seedTenant({ envs: { [MARKER]: marker } })
    expect((await judgeTenant(cloud, tenant.id, PR)).kind).toBe(verdict)
  })

  it('a tenant without a marker is not ours, and the reason says so', async () => {
    const tenant = emulator.seedTenant({ envs: { OTHER: 'x' } })
    const verdict = await judgeTenant(cloud, tenant.id, PR)
    expect(verdict).toEqual({ kind: 'not-ours', why: expect.stringContaining(`no ${MARKER} marker`) })
  })

  it('a tenant that does not exist is gone', async () => {
    expect(await judgeTenant(cloud, '3fa85f64-5717-4562-b3fc-2c963f66afa6', PR)).toEqual({ kind: 'gone' })
  })
})

describe('findPreview', () => {
  it("finds the tenant the comment names when its marker is this pull request's, without listing the account", async () => {
    const tenant = emulator.seedTenant({ name: 'honest-mutt-59', envs: { [MARKER]: 'acme/shop#7' } })
    const search = await findPreview(cloud, PR, { commentTenantId: tenant.id, name: NAME }, log)
    expect(search.found?.tenant.id).toBe(tenant.id)
    expect(emulator.callsTo('projects')).toHaveLength(0)
  })

  it('a forged comment naming a foreign tenant finds nothing, with a warning; the named project counts', async () => {
    const production = emulator.seedTenant({ name: 'production', envs: { SECRET: 'p' } })
    const preview = emulator.seedTenant({ name: NAME, envs: { [MARKER]: 'acme/shop#7' } })
    const search = await findPreview(cloud, PR, { commentTenantId: production.id, name: NAME }, log)
    expect(search.found?.tenant.id).toBe(preview.id)
    expect(log.warnings.join('\n')).toMatch(new RegExp(`${production.id}.*it is left alone`))
  })

  it.each([
    ['no marker', {}],
    ["another pull request's marker", { [MARKER]: 'acme/shop#8' }],
    ["a look-alike repository's marker", { [MARKER]: 'acme/shop.web#7' }]
  ])('a project holding the preview name with %s is not the preview', async (_, envs) => {
    const squatter = emulator.seedTenant({ name: NAME, envs })
    const search = await findPreview(cloud, PR, { name: NAME }, log)
    expect(search.found).toBeUndefined()
    expect(search.projects.map((project) => project.tenantId)).toContain(squatter.id)
    expect(log.warnings.join('\n')).toMatch(/it is left alone/)
  })

  it('a comment naming a tenant that is gone says so, and the name still finds the preview', async () => {
    const gone = '3fa85f64-5717-4562-b3fc-2c963f66afa6'
    expect((await findPreview(cloud, PR, { commentTenantId: gone, name: NAME }, log)).gone).toBe(gone)
    const preview = emulator.seedTenant({ name: NAME, envs: { [MARKER]: 'acme/shop#7' } })
    expect((await findPreview(cloud, PR, { commentTenantId: gone, name: NAME }, log)).found?.tenant.id).toBe(preview.id)
  })
})

describe('findUnmarkedSince: what a lost create left', () => {
  it('lists the projects made since, and which of them no run has marked', async () => {
    const before = (await cloud.listProjects()).map((project) => project.id)
    const unmarked = emulator.seedTenant({})
    const marked = emulator.seedTenant({ envs: { [MARKER]: 'acme/shop#9' } })
    const { fresh, unmarked: found } = await findUnmarkedSince(cloud, before)
    expect(fresh.map((project) => project.tenantId).sort()).toEqual([unmarked.id, marked.id].sort())
    expect(found.map((read) => read.tenant.id)).toEqual([unmarked.id])
  })
})
