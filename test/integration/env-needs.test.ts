/**
 * The env a Hasura project needs, checked before any API call or database (in process, see harness.ts): only what
 * the engine resolves from its env is an env var (Kriti templates of request transforms are not); a source may not
 * read the URL Hasura Cloud keeps for its own metadata database; a source's naming convention needs the engine's
 * experimental feature, from the env file (create) or the env file and the tenant (sync-env).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { CloudEmulator } from '../emulator/emulator.js'
import { createProjectEngine } from '../engine/engine.js'
import { pullRequestEvent } from '../support/pull-request.js'
import { annotations, errors, runOperation, type OperationRun } from './harness.js'

let emulator: CloudEmulator

beforeAll(async () => {
  emulator = await CloudEmulator.start({ engine: createProjectEngine })
})
afterAll(async () => {
  await emulator.stop()
})
beforeEach(() => emulator.reset())

const PROJECT = 'hasura'
const DATABASES = `${PROJECT}/metadata/databases/databases.yaml`
const ACTIONS = `${PROJECT}/metadata/actions.yaml`

/** A project of one source (reading `urlEnv`, with `customization` lines), and the action and trigger given. */
function projectFiles(options: { urlEnv?: string; customization?: string; actions?: string } = {}) {
  return {
    [`${PROJECT}/config.yaml`]: 'version: 3\nendpoint: http://localhost:8080\n',
    [`${PROJECT}/metadata/version.yaml`]: 'version: 3\n',
    [DATABASES]:
      '- name: default\n' +
      '  kind: postgres\n' +
      '  configuration:\n' +
      '    connection_info:\n' +
      '      database_url:\n' +
      `        from_env: ${options.urlEnv ?? 'PG_DATABASE_URL'}\n` +
      (options.customization ?? '') +
      '  tables: []\n',
    ...(options.actions
      ? {
          [ACTIONS]: options.actions,
          [`${PROJECT}/metadata/actions.graphql`]: 'type Mutation {\n  checkout: Boolean\n}\n'
        }
      : {})
  }
}

/** A create on pull request #5 as a dry run: past the pre-flight it only reads (the previews, the account). */
function create(files: Record<string, string>, env = ''): Promise<OperationRun> {
  return runOperation({
    inputs: {
      pat: emulator.pat,
      'api-endpoint': emulator.url,
      operation: 'create',
      'hasura-project': PROJECT,
      'env-file': 'preview.env',
      'dry-run': 'true',
      comment: 'false'
    },
    event: pullRequestEvent('opened', { owner: 'acme', repo: 'shop', number: 5 }),
    files: { ...files, 'preview.env': `PG_DATABASE_URL=postgres://preview@db.example.com/shop\n${env}` },
    emulator
  })
}

describe('Kriti templates are not env vars', () => {
  const KRITI_ACTION =
    'actions:\n' +
    '  - name: checkout\n' +
    '    definition:\n' +
    '      kind: synchronous\n' +
    '      handler: "{{ACTION_BASE_URL}}/checkout"\n' +
    '      request_transform:\n' +
    '        version: 2\n' +
    '        url: "{{$base_url}}/{{ if $body.input.express }}fast{{ else }}slow{{ end }}"\n' +
    '        query_params:\n' +
    '          cart: "{{$body.input.cart_id}}"\n' +
    '        body:\n' +
    '          action: transform\n' +
    '          template: \'{"items": [{{ range i, item := $body.input.items }}{{ item.id }}{{ end }}]}\'\n' +
    '        template_engine: Kriti\n' +
    '      response_transform:\n' +
    '        version: 2\n' +
    '        body:\n' +
    '          action: transform\n' +
    '          template: \'{"ok": {{ $body.ok }}, "when": {{ toUpper($body.when) }}}\'\n' +
    'custom_types: {}\n'

  it('a request transform full of them reads only what its handler reads: ACTION_BASE_URL', async () => {
    const run = await create(projectFiles({ actions: KRITI_ACTION }))
    expect(run.code).toBe(1)
    expect(run.error?.message).toBe(
      'The Hasura project reads an env var the tenant would not hold: ACTION_BASE_URL (first read at ' +
        'hasura/metadata/actions.yaml:5, action checkout). Add it to the env file (input "env-file"), a secret ' +
        'through ${NAME}: without them the engine marks those objects inconsistent after every migration ran.'
    )
    expect(annotations(run).map(({ file, line }) => `${file}:${line}`)).toEqual(['hasura/metadata/actions.yaml:5'])
    expect(emulator.calls).toEqual([])

    const planned = await create(projectFiles({ actions: KRITI_ACTION }), 'ACTION_BASE_URL=https://api.example.com\n')
    expect(planned.code).toBe(0)
    expect(planned.outputs.result).toBe('planned')
  })
})

describe('the templates the engine resolves from its env', () => {
  it('a handler template with spaces inside the braces still needs its variable: `{{ ACTION_BASE_URL }}`', async () => {
    const actions =
      'actions:\n' +
      '  - name: checkout\n' +
      '    definition:\n' +
      '      kind: synchronous\n' +
      '      handler: "{{ ACTION_BASE_URL }}/checkout"\n' +
      'custom_types: {}\n'
    const run = await create(projectFiles({ actions }))
    expect(run.code).toBe(1)
    expect(run.error?.message).toMatch(
      /would not hold: ACTION_BASE_URL \(first read at hasura\/metadata\/actions.yaml:5,/
    )
    expect((await create(projectFiles({ actions }), 'ACTION_BASE_URL=https://api.example.com\n')).code).toBe(0)
  })

  it('a database URL written as a string is one too: `{{SHOP_DATABASE_URL}}` is read', async () => {
    const files = projectFiles()
    files[DATABASES] = files[DATABASES]!.replace(
      '      database_url:\n        from_env: PG_DATABASE_URL\n',
      '      database_url: "{{SHOP_DATABASE_URL}}"\n'
    )
    const run = await create(files)
    expect(run.code).toBe(1)
    expect(run.error?.message).toMatch(
      /^The Hasura project reads an env var the tenant would not hold: SHOP_DATABASE_URL \(first read at hasura\/metadata\/databases\/databases.yaml:5, database default\)/
    )
    expect((await create(files, 'SHOP_DATABASE_URL=postgres://shop@db.example.com/shop\n')).code).toBe(0)
  })
})

describe('env vars Hasura Cloud keeps for itself', () => {
  it('a source reading HASURA_GRAPHQL_METADATA_DATABASE_URL fails at its databases.yaml line, even if the file sets it', async () => {
    const files = projectFiles({ urlEnv: 'HASURA_GRAPHQL_METADATA_DATABASE_URL' })
    const run = await create(files, 'HASURA_GRAPHQL_METADATA_DATABASE_URL=postgres://meta@db.example.com/meta\n')
    expect(run.code).toBe(1)
    expect(run.error?.message).toBe(
      'The Hasura project reads HASURA_GRAPHQL_METADATA_DATABASE_URL (database default, ' +
        'hasura/metadata/databases/databases.yaml:6), which Hasura Cloud sets to the URL of its own metadata ' +
        'database and a project cannot set: in databases.yaml, read the URL from another env var ' +
        '(`from_env: PG_DATABASE_URL`, say) and set that one in the env file (input "env-file").'
    )
    expect(annotations(run)).toEqual([
      {
        file: 'hasura/metadata/databases/databases.yaml',
        line: 6,
        message:
          'database default reads HASURA_GRAPHQL_METADATA_DATABASE_URL, which Hasura Cloud sets to the URL of its ' +
          'own metadata database and a project cannot set: read it from another env var (PG_DATABASE_URL, say) ' +
          'and set that one in the env file.'
      }
    ])
    expect(emulator.calls).toEqual([])
  })
})

describe('naming conventions need the experimental feature', () => {
  const GRAPHQL_DEFAULT = '  customization:\n    naming_convention: graphql-default\n'

  it('create: the env file must list naming_convention in HASURA_GRAPHQL_EXPERIMENTAL_FEATURES', async () => {
    const files = projectFiles({ customization: GRAPHQL_DEFAULT })
    const missing = await create(files, 'HASURA_GRAPHQL_EXPERIMENTAL_FEATURES=streaming_subscriptions\n')
    expect(missing.code).toBe(1)
    expect(missing.error?.message).toBe(
      'The Hasura project uses naming_convention (database default (naming_convention: graphql-default), ' +
        'hasura/metadata/databases/databases.yaml:8), an experimental feature the engine only applies when ' +
        "HASURA_GRAPHQL_EXPERIMENTAL_FEATURES lists it; without it the preview's GraphQL names differ from " +
        "production's. Set HASURA_GRAPHQL_EXPERIMENTAL_FEATURES=naming_convention in the env file (input " +
        '"env-file"), comma-separated with the other experimental features production runs with.'
    )
    expect(annotations(missing).map(({ file, line }) => `${file}:${line}`)).toEqual([
      'hasura/metadata/databases/databases.yaml:8'
    ])
    expect(emulator.calls).toEqual([])

    // The engine splits the list on commas, trims each part and ignores case.
    const listed = await create(files, 'HASURA_GRAPHQL_EXPERIMENTAL_FEATURES=inherited_roles, Naming_Convention\n')
    expect(listed.code).toBe(0)
    // hasura-default is what the engine uses without the feature: nothing to ask for.
    expect((await create(projectFiles({ customization: GRAPHQL_DEFAULT.replace('graphql', 'hasura') }))).code).toBe(0)
  })

  it("sync-env: the tenant's own HASURA_GRAPHQL_EXPERIMENTAL_FEATURES counts, unless the env file sets another", async () => {
    const files = { ...projectFiles({ customization: GRAPHQL_DEFAULT }), 'base.env': 'LOG_LEVEL=info\n' }
    const sync = (tenantId: string, env = '') =>
      runOperation({
        inputs: {
          pat: emulator.pat,
          'api-endpoint': emulator.url,
          operation: 'sync-env',
          'tenant-id': tenantId,
          'hasura-project': PROJECT,
          'env-file': 'base.env',
          'dry-run': 'true'
        },
        files: { ...files, 'base.env': `LOG_LEVEL=info\n${env}` },
        emulator
      })
    const enabled = emulator.seedTenant({
      envs: {
        PG_DATABASE_URL: 'postgres://s@db.example.com/s',
        HASURA_GRAPHQL_EXPERIMENTAL_FEATURES: 'inherited_roles,naming_convention'
      }
    })
    expect((await sync(enabled.id)).code).toBe(0)
    const before = emulator.calls.length
    const overridden = await sync(enabled.id, 'HASURA_GRAPHQL_EXPERIMENTAL_FEATURES=inherited_roles\n')
    expect(overridden.code).toBe(1)
    expect(errors(overridden)).toContain(
      'database default (naming_convention: graphql-default) needs HASURA_GRAPHQL_EXPERIMENTAL_FEATURES to list ' +
        'naming_convention (an experimental feature, Hasura 2.8+), and neither the env file nor the tenant sets it so'
    )
    // Refused once the tenant was read, before anything is written.
    expect(emulator.calls.slice(before).flatMap((call) => call.fields)).toEqual(['tenant_by_pk', 'getTenantEnv'])
  })
})
