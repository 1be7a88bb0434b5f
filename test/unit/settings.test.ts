import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { InputError } from '../../src/core/errors.js'
import { readSettings } from '../../src/action/settings.js'
import { inputDefaults } from '../support/action-runner.js'

const TENANT = '3FA85F64-5717-4562-B3FC-2C963F66AFA6'
let saved: NodeJS.ProcessEnv

/**
 * Inputs reach the action as INPUT_<NAME> variables, hyphens kept, action.yml's defaults filled in for the inputs a
 * workflow leaves out: set them as the runner does.
 */
function inputs(values: Record<string, string>): NodeJS.ProcessEnv {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  for (const [name, value] of Object.entries({ ...inputDefaults(), ...values }))
    process.env[`INPUT_${name.toUpperCase()}`] = value
  return { GITHUB_WORKSPACE: '/work/space' }
}

beforeEach(() => {
  saved = { ...process.env }
})
afterEach(() => {
  process.env = saved
})

describe('readSettings', () => {
  it('applies the documented defaults', () => {
    const settings = readSettings(inputs({ operation: 'create', pat: 'tok123456' }))
    expect(settings).toMatchObject({
      operation: 'create',
      pat: 'tok123456',
      cloud: 'aws',
      region: 'us-east-2',
      prune: false,
      keepKeys: ['HASURA_GRAPHQL_ADMIN_SECRET'],
      dryRun: false,
      wait: true,
      waitTimeoutSeconds: 300,
      apiEndpoint: 'https://data.pro.hasura.io/v1/graphql',
      comment: true,
      workspace: '/work/space'
    })
    expect(settings.operation === 'create' && settings.name).toBeUndefined()
    expect(settings.operation === 'create' && settings.plan).toBeUndefined()
    expect(settings).toMatchObject({ databaseUrlEnv: 'PG_DATABASE_URL', resetDatabase: false })
  })

  it('lower-cases the tenant id and splits keep-keys on commas and newlines', () => {
    const settings = readSettings(
      inputs({
        operation: 'sync-env',
        pat: 'tok123456',
        'tenant-id': TENANT,
        'env-file': '.env',
        'keep-keys': 'A, B\nC\n\n'
      })
    )
    expect(settings).toMatchObject({
      tenantId: TENANT.toLowerCase(),
      keepKeys: ['A', 'B', 'C']
    })
  })

  it('reads compare-tenant-id for create, lower-cased; left out, there is none', () => {
    const compared = readSettings(
      inputs({ operation: 'create', pat: 'tok123456', 'hasura-project': 'hasura', 'compare-tenant-id': TENANT })
    )
    expect(compared).toMatchObject({ operation: 'create', compareTenantId: TENANT.toLowerCase() })
    const plain = readSettings(inputs({ operation: 'create', pat: 'tok123456', 'hasura-project': 'hasura' }))
    expect(plain.operation === 'create' && plain.compareTenantId).toBeUndefined()
  })

  it('reads operations (comma or newline separated), fail-on-breaking and approve-label with compare-tenant-id', () => {
    const settings = readSettings(
      inputs({
        operation: 'create',
        pat: 'tok123456',
        'hasura-project': 'hasura',
        'compare-tenant-id': TENANT,
        operations: 'web/**/*.graphql, app/*.gql\n\n!web/generated/**\n',
        'fail-on-breaking': 'true',
        'approve-label': 'breaking-ok'
      })
    )
    expect(settings).toMatchObject({
      operations: ['web/**/*.graphql', 'app/*.gql', '!web/generated/**'],
      failOnBreaking: true,
      approveLabel: 'breaking-ok'
    })
  })

  it.each(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'])('accepts the YAML 1.2 boolean %s', (value) => {
    const settings = readSettings(inputs({ operation: 'create', pat: 'tok123456', 'dry-run': value }))
    expect(settings.dryRun).toBe(value.toLowerCase() === 'true')
  })

  const invalid: [string, Record<string, string>, string][] = [
    ['operation', { operation: 'remove' }, '"operation"'],
    ['operation missing', { operation: '' }, '"operation"'],
    ['pat', { operation: 'create', pat: '  ' }, '"pat"'],
    ['pat with a space', { operation: 'create', pat: 'pat abc' }, '"pat"'],
    ['tenant-id', { operation: 'get', 'tenant-id': '1234' }, '"tenant-id"'],
    ['wait', { operation: 'create', wait: 'yes' }, '"wait"'],
    ['region set empty', { operation: 'create', region: '' }, '"region" is empty'],
    ['wait set empty', { operation: 'create', wait: '' }, '"wait"'],
    [
      'database-url-env set empty',
      { operation: 'sync-env', 'env-file': 'f', 'database-url-env': ' ' },
      '"database-url-env" is empty'
    ],
    ['prune', { operation: 'create', prune: 'no' }, '"prune"'],
    ['comment', { operation: 'create', comment: '0' }, '"comment"'],
    ['wait-timeout', { operation: 'create', 'wait-timeout': '5m' }, '"wait-timeout"'],
    ['api-endpoint', { operation: 'create', 'api-endpoint': 'data.pro.hasura.io' }, '"api-endpoint"'],
    ['get without tenant-id', { operation: 'get' }, '"tenant-id"'],
    ['delete without tenant-id', { operation: 'delete' }, '"tenant-id"'],
    ['sync-env with nothing to sync', { operation: 'sync-env', 'tenant-id': TENANT }, '"env-file"'],
    ['pat with an invisible character', { operation: 'create', pat: 'tok\u200b123456' }, '"pat"'],
    ['pat with a non-ASCII character', { operation: 'create', pat: 'tokä123456' }, '"pat"'],
    [
      'github-token with a control character',
      { operation: 'create', 'github-token': 'ghs_a\u0007b' },
      '"github-token"'
    ],
    [
      'http api-endpoint off loopback',
      { operation: 'create', 'api-endpoint': 'http://data.pro.hasura.io/v1/graphql' },
      '"api-endpoint"'
    ],
    ['name with upper case', { operation: 'create', name: 'Shop' }, '"name"'],
    ['name with --', { operation: 'create', name: 'shop--preview' }, '"name"'],
    ['name of 64 characters', { operation: 'create', name: 'a'.repeat(64) }, '"name"'],
    ['plan with a space', { operation: 'create', plan: 'cloud free' }, '"plan"'],
    ['database-url-env not a key', { operation: 'create', 'database-url-env': 'PG-URL' }, '"database-url-env"'],
    [
      'database-url-env the marker',
      { operation: 'create', 'database-url-env': 'TENANT_ACTION_PREVIEW' },
      '"database-url-env"'
    ],
    ['database-url not a URL', { operation: 'create', 'database-url': 'db.example.com' }, '"database-url"'],
    [
      'both database inputs',
      { operation: 'create', 'database-url': 'postgres://a:b@h/d', 'postgres-server-url': 'postgres://a:b@h/postgres' },
      '"postgres-server-url"'
    ],
    [
      'postgres-server-url outside a pull request',
      { operation: 'create', 'postgres-server-url': 'postgres://a:b@h/postgres' },
      '"postgres-server-url"'
    ],
    ['database-template without a server', { operation: 'create', 'database-template': 'seed' }, '"database-template"'],
    ['reset-database not a boolean', { operation: 'create', 'reset-database': 'yes' }, '"reset-database"'],
    [
      'compare-tenant-id',
      { operation: 'create', 'hasura-project': 'hasura', 'compare-tenant-id': 'staging' },
      '"compare-tenant-id"'
    ],
    [
      'compare-tenant-id without hasura-project',
      { operation: 'create', 'compare-tenant-id': TENANT },
      '"compare-tenant-id" needs "hasura-project"'
    ],
    [
      'database-url-env the expiry',
      { operation: 'create', 'database-url-env': 'TENANT_ACTION_PREVIEW_EXPIRES' },
      '"database-url-env"'
    ],
    ['expire-after without a unit', { operation: 'create', 'expire-after': '90' }, '"expire-after"'],
    ['expire-after of 0', { operation: 'create', 'expire-after': '0h' }, '"expire-after"'],
    ['expire-after over a year', { operation: 'create', 'expire-after': '367d' }, '"expire-after"'],
    ['expire-after outside a pull request', { operation: 'create', 'expire-after': '12h' }, '"expire-after" works on'],
    ['max-previews of 0', { operation: 'create', 'max-previews': '0' }, '"max-previews"'],
    ['max-previews not a number', { operation: 'create', 'max-previews': 'ten' }, '"max-previews"'],
    ['max-previews outside a pull request', { operation: 'create', 'max-previews': '3' }, '"max-previews" works on'],
    [
      'operations without compare-tenant-id',
      { operation: 'create', operations: 'web/**/*.graphql' },
      '"operations" needs'
    ],
    [
      'fail-on-breaking without compare-tenant-id',
      { operation: 'create', 'fail-on-breaking': 'true' },
      '"fail-on-breaking" needs'
    ],
    ['fail-on-breaking not a boolean', { operation: 'create', 'fail-on-breaking': 'yes' }, '"fail-on-breaking"'],
    ['approve-label empty', { operation: 'create', 'approve-label': '' }, '"approve-label"'],
    [
      'postgres-ca without a server',
      { operation: 'delete', 'tenant-id': TENANT, 'postgres-ca': '-----BEGIN CERTIFICATE-----' },
      '"postgres-ca" needs "postgres-server-url"'
    ],
    [
      'sslmode libpq does not know',
      { operation: 'delete', 'tenant-id': TENANT, 'postgres-server-url': 'postgres://a:b@h/postgres?sslmode=verify' },
      'has sslmode "verify", which libpq'
    ],
    [
      'client certificate in the server URL',
      { operation: 'delete', 'tenant-id': TENANT, 'postgres-server-url': 'postgres://a:b@h/postgres?sslcert=c.pem' },
      'names a client certificate'
    ],
    [
      'sslrootcert=system with sslmode=require',
      {
        operation: 'delete',
        'tenant-id': TENANT,
        'postgres-server-url': 'postgres://a:b@h/postgres?sslmode=require&sslrootcert=system'
      },
      'sslrootcert=system, which libpq accepts with sslmode=verify-full only'
    ],
    [
      'transaction-mode pooler',
      {
        operation: 'delete',
        'tenant-id': TENANT,
        'postgres-server-url': 'postgres://a:b@h:6432/postgres?pgbouncer=true'
      },
      'points at a transaction-mode connection pooler (it says pgbouncer=true)'
    ]
  ]
  it.each(invalid)('rejects a bad %s, naming the input', (_, values, name) => {
    const read = () => readSettings(inputs({ pat: 'tok123456', ...values }))
    expect(read).toThrow(InputError)
    expect(read).toThrow(name)
  })

  it('takes a direct URL, and postgres-ca with it', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nnot checked here\n-----END CERTIFICATE-----'
    for (const url of [
      'postgres://postgres:pw@db.abcd.supabase.co:5432/postgres?sslmode=require',
      'postgresql://alex:pw@ep-cool-darkness-123456.us-east-2.aws.neon.tech/db?sslmode=require',
      'postgres://a:b@h:6543/postgres'
    ]) {
      const read = () =>
        readSettings({
          ...inputs({ operation: 'sweep', pat: 'tok123456', 'postgres-server-url': url }),
          GITHUB_REPOSITORY: 'acme/shop'
        })
      expect(read()).toMatchObject({ postgresServerUrl: url, postgresCa: undefined })
    }
    // A CA that is not PEM fails; the checked one is kept whole (the tests of postgres-tls.test.ts parse real ones).
    const withCa = () =>
      readSettings({
        ...inputs({
          operation: 'sweep',
          pat: 'tok123456',
          'postgres-server-url': 'postgres://a:b@h/postgres?sslmode=verify-full',
          'postgres-ca': pem
        }),
        GITHUB_REPOSITORY: 'acme/shop'
      })
    expect(withCa).toThrow(/^Input "postgres-ca": certificate 1 of 1 is not a valid PEM certificate/)
  })

  it('never echoes a secret input it refuses', () => {
    const read = () =>
      readSettings(inputs({ pat: 'tok123456', operation: 'create', 'database-url': 'mysql://u:Pa55word@h/d' }))
    expect(read).toThrow('"database-url"')
    expect(read).not.toThrow(/Pa55word/)
  })

  it('a pull_request event without a pull request number is an input error', () => {
    const env = inputs({ operation: 'create', pat: 'tok123456' })
    const eventPath = path.join(mkdtempSync(path.join(tmpdir(), 'settings-')), 'event.json')
    writeFileSync(eventPath, JSON.stringify({ action: 'opened' }))
    const read = () =>
      readSettings({
        ...env,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'acme/shop'
      })
    expect(read).toThrow(InputError)
    expect(read).toThrow(/no pull request number/)
  })

  it('reads expire-after (minutes, hours, days) and max-previews on a pull request', () => {
    const eventPath = path.join(mkdtempSync(path.join(tmpdir(), 'settings-')), 'event.json')
    writeFileSync(eventPath, JSON.stringify({ action: 'opened', number: 7, pull_request: { number: 7 } }))
    const read = (values: Record<string, string>) =>
      readSettings({
        ...inputs({ operation: 'create', pat: 'tok123456', ...values }),
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'acme/shop'
      })
    expect(read({ 'expire-after': '90m', 'max-previews': '3' })).toMatchObject({
      expireAfter: { text: '90m', ms: 90 * 60_000 },
      maxPreviews: 3
    })
    expect(read({ 'expire-after': '12h' })).toMatchObject({ expireAfter: { ms: 12 * 3_600_000 } })
    expect(read({ 'expire-after': '7d' })).toMatchObject({ expireAfter: { ms: 7 * 86_400_000 } })
    expect(read({})).toMatchObject({ expireAfter: undefined, maxPreviews: undefined })
  })

  it('lets delete go without tenant-id on a pull request with comments on', () => {
    const env = inputs({ operation: 'delete', pat: 'tok123456' })
    const eventPath = path.join(mkdtempSync(path.join(tmpdir(), 'settings-')), 'event.json')
    writeFileSync(
      eventPath,
      JSON.stringify({ action: 'closed', number: 7, pull_request: { number: 7, head: { sha: 'abc' } } })
    )
    const settings = readSettings({
      ...env,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/shop'
    })
    expect(settings.pullRequest).toEqual({ owner: 'acme', repo: 'shop', number: 7, headSha: 'abc', action: 'closed' })
  })
})
