/**
 * The nightly sweep through the bundle: the cases of test/cases/sweep.ts, on previews seeded as create leaves them.
 * Every other sweep decision runs in process: test/integration/sweep.test.ts.
 */
import { expect } from '@jest/globals'
import { OWNER, sweepCases, TAG_PREFIX, type Preview } from '../cases/sweep.js'
import { previewServers } from '../support/preview-servers.js'
import { bundle, GITHUB_TOKEN } from './harness.js'

/** Every preview name and database of this file starts with `acme-sweepe2e`. */
const servers = previewServers({ databasePrefix: 'acme-sweepe2e' })

/** A preview as create leaves it: a tenant with its marker, its role and database, and the bot's comment naming it. */
async function seedPreview(number: number, repo: string): Promise<Preview> {
  const name = `acme-${repo}-pr-${number}`
  const tenant = servers.emulator.seedTenant({ name, envs: { TENANT_ACTION_PREVIEW: `${OWNER}/${repo}#${number}` } })
  await servers.createPreviewDatabase(name, `${TAG_PREFIX}${OWNER}/${repo}#${number}`)
  const body = `<!-- hasura-cloud-tenant:preview -->\n<!-- hasura-cloud-tenant:tenant=${tenant.id} -->\n### Hasura Cloud preview`
  const response = await fetch(`${servers.gh.url}/repos/${OWNER}/${repo}/issues/${number}/comments`, {
    method: 'POST',
    headers: { authorization: `token ${GITHUB_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body })
  })
  expect(response.status).toBe(201)
  return { tenantId: tenant.id, name }
}

sweepCases(bundle, servers, { repo: 'sweepe2e', otherRepo: 'sweepe2e-api', preview: seedPreview })
