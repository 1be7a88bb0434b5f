/**
 * The ways a killed teardown or sweep used to leak a preview, each reproduced at its kill point and followed by one
 * more run, which must leave nothing of the preview and a comment that says so.
 */
import { expect, it } from '@jest/globals'
import { checkConvergence, checkGone, crashWorld, FLOWS } from './flows.js'

const sweep = FLOWS.find((flow) => flow.name === 'sweep with a closed and an open pull request')!
const opened = FLOWS.find((flow) => flow.name === 'pull request opened')!
const world = crashWorld('crash-cases-b')

it("a sweep killed after deleting a tenant: the next sweep still drops its database and role, and the comment says it's gone", async () => {
  const at = /cloud POST \/v1\/graphql deleteTenant/
  const result = await checkConvergence(world, sweep, at, 'kill', async () => {
    expect(world.markedFor(4)).toEqual([])
    const { roles } = await world.serverState()
    expect(roles).toContain(`${world.prefix}-pr-4`)
    // The comment still names the tenant the killed sweep deleted.
    expect(world.gh.comments('acme', world.repo, 4)[0]?.body).toMatch(/tenant=[0-9a-f-]{36} -->/)
  })
  expect(result.problems).toEqual([])
  expect(await checkGone(world, 4, /was deleted by the sweep/)).toEqual([])
})

it('killed while createTenant was on its way, then closed: the teardown deletes the tenant that create made', async () => {
  const at = /cloud POST \/v1\/graphql createTenant/
  await world.reset()
  world.switch.arm(at, 'kill')
  await opened.step(world)
  world.switch.disarm()
  expect(world.emulator.tenants()).toHaveLength(1)
  const closed = await world.previewStep('closed', 1)
  expect(closed.code).toBe(0)
  expect(world.emulator.tenants()).toEqual([])
  expect(await world.serverState()).toEqual({ databases: [], roles: [] })
})
