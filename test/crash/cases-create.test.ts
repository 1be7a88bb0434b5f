/**
 * The ways a killed create used to leave a pull request stuck, or a tenant nobody could find, each reproduced at
 * its kill point and followed by one more run, which must give a working preview and leave nothing behind.
 */
import { expect, it } from '@jest/globals'
import { checkConvergence, crashWorld, FLOWS } from './flows.js'

const opened = FLOWS.find((flow) => flow.name === 'pull request opened')!
const MARKER = 'TENANT_ACTION_PREVIEW'
const world = crashWorld('crash-cases-a')

it('killed between CREATE DATABASE and its tag, the pull request is not blocked: the next run finishes the database', async () => {
  const result = await checkConvergence(world, opened, /sql CREATE DATABASE/, 'kill', async () => {
    const { databases } = await world.serverState()
    expect(databases).toEqual([`${world.prefix}-pr-1:${world.prefix}-pr-1:-`])
  })
  expect(result.problems).toEqual([])
})

it('killed between the env write and the rename: one tenant, which the next run finds and names', async () => {
  const at = /cloud POST \/v1\/graphql updateTenantEnv/
  const result = await checkConvergence(world, opened, at, 'kill', () => {
    const [tenant] = world.emulator.tenants()
    expect(tenant?.env[MARKER]).toBe(`acme/${world.repo}#1`)
    expect(tenant?.name).not.toBe(`${world.prefix}-pr-1`)
  })
  expect(result.problems).toEqual([])
})

it('killed while createTenant was on its way: the tenant it made is adopted by the next run, not doubled', async () => {
  const at = /cloud POST \/v1\/graphql createTenant/
  const result = await checkConvergence(world, opened, at, 'kill', (_, killed) => {
    const [tenant] = world.emulator.tenants()
    expect(tenant?.env[MARKER]).toBeUndefined()
    expect(killed.stdout).not.toContain(tenant!.id)
  })
  expect(result.problems).toEqual([])
  expect(result.rerun.stdout).toMatch(/was made for this pull request by a run that ended before it was finished/)
})

it('cancelled as GitHub cancels while createTenant is on its way: the run names the tenant and fails by itself', async () => {
  const at = /cloud POST \/v1\/graphql createTenant/
  const result = await checkConvergence(world, opened, at, 'cancel', (_, killed) => {
    const [tenant] = world.emulator.tenants()
    expect(killed.code).toBe(1)
    expect(killed.stdout).toContain(`Created tenant ${tenant!.id}`)
    expect(killed.stdout).toMatch(
      new RegExp(`::error::The run was cancelled \\(SIGINT\\)\\. It got as far as: tenant ${tenant!.id}`)
    )
  })
  expect(result.problems).toEqual([])
})

it('a rename refused and no comment possible: the next push finds the preview by its marker, still one tenant', async () => {
  await world.reset()
  // Another project holds the preview's name (not this pull request's): the rename is refused.
  const squatter = world.emulator.seedTenant({ name: `${world.prefix}-pr-1`, envs: { OWNER_APP: 'x' } })
  // No comment, and no database: nothing but the tenant's own marker ties it to the pull request.
  const step = (action: 'opened' | 'synchronize' | 'closed') =>
    world.pullRequestStep(action, 1, { inputs: { comment: 'false' } })
  const opened = await step('opened')
  expect(opened.code).toBe(0)
  expect(opened.stdout).toMatch(/refused the name/)
  const pushed = await step('synchronize')
  expect(pushed.code).toBe(0)
  expect(pushed.outputs['tenant-id']).toBe(opened.outputs['tenant-id'])
  expect(pushed.stdout).toContain(
    `Found this pull request's preview by its marker: tenant ${opened.outputs['tenant-id']}`
  )
  expect(world.markedFor(1)).toEqual([opened.outputs['tenant-id']])
  const closed = await step('closed')
  expect(closed.outputs).toMatchObject({ result: 'deleted', 'tenant-id': opened.outputs['tenant-id'] })
  expect(world.emulator.tenants().map((tenant) => tenant.id)).toEqual([squatter.id])
})
