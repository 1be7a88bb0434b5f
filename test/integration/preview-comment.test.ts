/**
 * The preview comment's record of changed keys, against the fake GitHub: it stays within GitHub's limit, and what
 * it cannot list it counts, whatever the keys' lengths.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Logger } from '../../src/core/log.js'
import { PreviewComments } from '../../src/github/preview-comment.js'
import { FakeGitHub } from '../github/fake-github.js'
import { unpacedWrites } from '../support/github-pacing.js'

const TOKEN = 'ghs_commentBudgetToken0123456789'
const PR = { owner: 'acme', repo: 'shop', number: 7, headSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' }
const log: Logger = { info: () => {}, warning: () => {}, error: () => {}, mask: () => {} }
let gh: FakeGitHub
const PACING = unpacedWrites()
let env: string | undefined

// One GitHub for the file: Octokit is made once per token, for the API URL of that moment.
beforeAll(async () => {
  gh = await FakeGitHub.start({ token: TOKEN })
  env = process.env.GITHUB_API_URL
  process.env.GITHUB_API_URL = gh.url
})
afterAll(async () => {
  process.env.GITHUB_API_URL = env
  await gh.stop()
})

async function publish(keys: string[]): Promise<string> {
  const comments = new PreviewComments(TOKEN, PR, log, undefined, { pacing: PACING })
  await comments.publish(undefined, {
    tenantId: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
    endpoint: 'https://acme-shop-pr-7.hasura.app/v1/graphql',
    projectName: 'acme-shop-pr-7',
    result: 'created',
    changes: keys.map((key) => ({ key, change: 'added' as const }))
  })
  return gh.comments('acme', 'shop', 7).at(-1)!.body
}

it('a first changed key longer than the listing budget is counted, never "none"', async () => {
  const body = await publish(['K'.repeat(25_000), 'SHORT'])
  expect(body).toMatch(/\| Env keys changed \| 2 keys \(names too long to list here; see the step summary\) \|/)
  expect(body.length).toBeLessThan(65_536)
})

it('keys beyond the budget are counted after the ones listed', async () => {
  const body = await publish(['SHORT', 'K'.repeat(25_000), 'OTHER'])
  expect(body).toMatch(/\| Env keys changed \| `SHORT` \(added\) and 2 more \|/)
})

it('no change says none', async () => {
  expect(await publish([])).toMatch(/\| Env keys changed \| none \|/)
})
