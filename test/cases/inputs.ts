/**
 * A bad input or file stops the step before any API call: exit 1, an error naming the input (at the file and line when
 * a file is wrong), a summary that says the step failed, and no secret echoed. test/integration/errors.test.ts runs
 * every case in process; test/e2e/inputs.test.ts runs a few of each kind through the bundle (BUNDLE_SAMPLE).
 */
import { describe, expect, it } from '@jest/globals'
import type { CloudEmulator } from '../emulator/emulator.js'
import { annotations, errors, logText } from '../support/workflow-log.js'
import type { Tier, TierRunOptions } from './tier.js'

export const TENANT = '3fa85f64-5717-4562-b3fc-2c963f66afa6'
/** A secret URL: no message may echo it, or its password. */
export const DATABASE_URL = 'postgres://shop:Secr3tPassw0rd@db.example.com:5432/shop'
export const SERVER_URL = 'postgres://admin:Serv3rPassw0rd@db.example.com:5432/postgres'

/** A pull_request event of acme/shop#7, or of another number; null for a payload without one. */
export function prEvent(pr: number | null = 7): NonNullable<TierRunOptions['event']> {
  const number = pr ?? undefined
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

/** A case: its name, the inputs beside pat and api-endpoint, what the error says, and the event (default a push). */
export type BadInput = [string, Record<string, string>, RegExp, TierRunOptions['event']?]

export const BAD_INPUTS: BadInput[] = [
  [
    'unknown operation',
    { operation: 'destroy' },
    /"operation" must be one of create, delete, sync-env, get, check, sweep/
  ],
  ['no operation', { operation: '' }, /"operation" must be one of .*; got nothing/],
  ['tenant-id that is not a UUID', { operation: 'get', 'tenant-id': 'my-tenant' }, /"tenant-id" must be a tenant UUID/],
  ['empty pat', { operation: 'get', 'tenant-id': TENANT, pat: '' }, /"pat" is empty/],
  ['get without tenant-id', { operation: 'get' }, /"tenant-id" is required for operation "get"/],
  [
    'sync-env without tenant-id',
    { operation: 'sync-env', 'env-file': '.env' },
    /"tenant-id" is required for operation "sync-env"/
  ],
  [
    'delete without tenant-id outside a pull request',
    { operation: 'delete' },
    /"tenant-id" is required for operation "delete" outside a pull_request run/
  ],
  [
    'sync-env with nothing to sync',
    { operation: 'sync-env', 'tenant-id': TENANT },
    /"sync-env" needs something to sync: input "env-file"/
  ],
  [
    'an env-file that does not exist',
    { operation: 'sync-env', 'tenant-id': TENANT, 'env-file': 'missing.env' },
    /"env-file": missing.env does not exist in the workspace/
  ],
  [
    'a hasura-project that does not exist',
    { operation: 'create', 'hasura-project': 'no-such-project' },
    /"hasura-project".*no-such-project/
  ],
  ['non-boolean wait', { operation: 'create', wait: 'yes' }, /"wait" must be true or false/],
  ['non-boolean dry-run', { operation: 'create', 'dry-run': 'on' }, /"dry-run" must be true or false/],
  [
    'non-boolean prune',
    { operation: 'sync-env', 'tenant-id': TENANT, 'env-file': '.env', prune: '1' },
    /"prune" must be true or false/
  ],
  ['non-boolean comment', { operation: 'create', comment: 'y' }, /"comment" must be true or false/],
  [
    'non-boolean reset-database',
    { operation: 'create', 'reset-database': 'yes' },
    /"reset-database" must be true or false/
  ],
  [
    'wait-timeout not a number',
    { operation: 'create', 'wait-timeout': 'ten' },
    /"wait-timeout" must be a positive number/
  ],
  ['wait-timeout zero', { operation: 'create', 'wait-timeout': '0' }, /"wait-timeout" must be a positive number/],
  ['wait-timeout negative', { operation: 'create', 'wait-timeout': '-5' }, /"wait-timeout" must be a positive number/],
  ['plan of two words', { operation: 'create', plan: 'cloud free' }, /"plan" must be one word/],
  ['plan with a quote', { operation: 'create', plan: 'cloud_free"' }, /"plan" must be one word/],
  ['name in upper case', { operation: 'create', name: 'Shop_Preview' }, /"name" must be a Hasura Cloud project name/],
  ['name with "--"', { operation: 'create', name: 'shop--preview' }, /"name" must be a Hasura Cloud project name/],
  ['name ending in "-"', { operation: 'create', name: 'shop-' }, /"name" must be a Hasura Cloud project name/],
  [
    'name of 64 characters',
    { operation: 'create', name: 'a'.repeat(64) },
    /"name" must be a Hasura Cloud project name/
  ],
  [
    'database-url-env that is not a key',
    { operation: 'create', 'database-url-env': '1DB-URL' },
    /"database-url-env" must be an env var name/
  ],
  [
    'database-url-env naming the preview marker',
    { operation: 'create', 'database-url-env': 'TENANT_ACTION_PREVIEW' },
    /"database-url-env" cannot be TENANT_ACTION_PREVIEW: the action writes that key itself/
  ],
  [
    'database-url-env naming the admin secret',
    {
      operation: 'sync-env',
      'tenant-id': TENANT,
      'env-file': '.env',
      'database-url-env': 'HASURA_GRAPHQL_ADMIN_SECRET'
    },
    /"database-url-env" cannot be HASURA_GRAPHQL_ADMIN_SECRET/
  ],
  [
    'database-url and postgres-server-url both set',
    { operation: 'create', 'database-url': DATABASE_URL, 'postgres-server-url': SERVER_URL },
    /"database-url" and "postgres-server-url" are both set/,
    prEvent()
  ],
  [
    'postgres-server-url outside a pull request',
    { operation: 'create', 'postgres-server-url': SERVER_URL },
    /"postgres-server-url" works on pull_request runs only/
  ],
  [
    'postgres-server-url with delete outside a pull request',
    { operation: 'delete', 'tenant-id': TENANT, 'postgres-server-url': SERVER_URL },
    /"postgres-server-url" with "delete" works on pull_request runs only/
  ],
  [
    'database-template without postgres-server-url',
    { operation: 'create', 'database-template': 'shop_template' },
    /"database-template" needs "postgres-server-url"/,
    prEvent()
  ],
  [
    'reset-database without postgres-server-url',
    { operation: 'create', 'reset-database': 'true' },
    /"reset-database" needs "postgres-server-url"/,
    prEvent()
  ],
  [
    'a database-url that is a MySQL URL',
    { operation: 'create', 'database-url': 'mysql://shop:Secr3tPassw0rd@db.example.com/shop' },
    /"database-url" is not a Postgres connection URL/
  ],
  [
    'a database-url that is no URL at all',
    { operation: 'sync-env', 'tenant-id': TENANT, 'database-url': 'Secr3tPassw0rd@db.example.com' },
    /"database-url" is not a Postgres connection URL/
  ],
  [
    'a postgres-server-url without "://"',
    { operation: 'create', 'postgres-server-url': 'postgres//admin:Serv3rPassw0rd@db.example.com/postgres' },
    /"postgres-server-url" is not a Postgres connection URL/,
    prEvent()
  ],
  [
    'a postgres-server-url without a host',
    { operation: 'delete', 'postgres-server-url': 'postgres://admin:Serv3rPassw0rd@/postgres' },
    /"postgres-server-url" is not a Postgres connection URL/,
    prEvent()
  ],
  [
    'an api-endpoint that is no URL',
    { operation: 'get', 'tenant-id': TENANT, 'api-endpoint': 'data.pro.hasura.io' },
    /"api-endpoint" must be an https URL/
  ],
  [
    'an ftp api-endpoint',
    { operation: 'get', 'tenant-id': TENANT, 'api-endpoint': 'ftp://data.pro.hasura.io/v1/graphql' },
    /"api-endpoint" must be an https URL/
  ],
  [
    'an http api-endpoint on a remote host',
    { operation: 'get', 'tenant-id': TENANT, 'api-endpoint': 'http://data.pro.hasura.io/v1/graphql' },
    /"api-endpoint" is http:\/\/ on data.pro.hasura.io: the token would travel unencrypted/
  ],
  [
    'a github-token with a zero-width space',
    { operation: 'get', 'tenant-id': TENANT, 'github-token': 'ghs_e2eFakeGithub\u200bToken0123456789' },
    /"github-token" contains a character that cannot be sent in an HTTP header/
  ],
  [
    'a pull_request event without a pull request number',
    { operation: 'create' },
    /This is a pull_request run, but its event payload has no pull request number/,
    prEvent(null)
  ]
]

/** The cases the bundle runs too: one of each kind of check (a choice, a URL, a pull request's context). */
export const BUNDLE_SAMPLE = [
  'unknown operation',
  'a database-url that is a MySQL URL',
  'a postgres-server-url without a host',
  'postgres-server-url outside a pull request',
  'a pull_request event without a pull request number'
]

export function badInputCases(tier: Tier, emulator: CloudEmulator, cases: BadInput[] = BAD_INPUTS): void {
  const base = () => ({ pat: emulator.pat, 'api-endpoint': emulator.url })

  describe(`bad inputs stop the step before any API call, naming the input (${tier.name})`, () => {
    // Rest parameters: a function declaring more parameters than a row has cells would be taken for a `done` callback.
    it.each(cases)('%s', async (...[, inputs, message, event]) => {
      const run = await tier.run({ inputs: { ...base(), ...inputs }, files: { '.env': 'A=1\n' }, event })
      expect(run.code).toBe(1)
      expect(emulator.calls).toHaveLength(0)
      expect(errors(run)).toMatch(message)
      expect(run.summary).toContain('failed')
      // The URLs are secrets: no message quotes them, nor their passwords (the harnesses check every run too).
      expect(logText(run)).not.toMatch(/Secr3tPassw0rd|Serv3rPassw0rd/)
    })
  })

  describe(`a bad file is an error annotation at its file and line (${tier.name})`, () => {
    it('an unset ${VAR} in the env file: exit 1 at its line, with zero API calls', async () => {
      const tenant = emulator.seedTenant()
      const run = await tier.run({
        inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': '.env' },
        files: { '.env': 'FIRST=first-value-1\nSECOND=${NOT_IN_THE_STEP_ENV}\n' },
        emulator
      })
      expect(run.code).toBe(1)
      expect(emulator.calls).toHaveLength(0)
      expect(annotations(run)).toEqual([
        { file: '.env', line: 2, message: expect.stringContaining('${NOT_IN_THE_STEP_ENV} is not set') }
      ])
      expect(run.summary).toContain('failed')
    })
  })
}
