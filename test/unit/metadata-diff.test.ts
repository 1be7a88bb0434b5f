/**
 * What a pull request's Hasura project changes against a reference tenant, as reviewers read it in the preview
 * comment and the step summary: each kind of change, the widening ones first and marked, and the bounds that keep
 * the comment within GitHub's limit.
 */
import { describe, expect, it } from '@jest/globals'
import { diffProject, type ComparedProject } from '../../src/engine/metadata-diff.js'
import { comparisonFailedMarkdown, projectChangesMarkdown } from '../../src/github/project-changes.js'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- metadata documents

const WIDENS = '⚠ **widens**: '
const REVIEW = '🔍 **review**: '
const REFERENCE_TENANT = { tenantId: '6f1c2e7a-9b3d-4c5e-8f70-112233445566', projectName: 'shop-staging' }

/** The reference's metadata: tables as {schema, name}, as export_metadata gives them. */
function reference(): Json {
  return {
    version: 3,
    sources: [
      {
        name: 'default',
        kind: 'postgres',
        configuration: { connection_info: { database_url: { from_env: 'PG_DATABASE_URL' } } },
        tables: [
          {
            table: { schema: 'public', name: 'author' },
            array_relationships: [
              {
                name: 'articles',
                using: {
                  foreign_key_constraint_on: { column: 'author_id', table: { schema: 'public', name: 'article' } }
                }
              }
            ],
            select_permissions: [{ role: 'user', permission: { columns: ['id', 'name'], filter: {} } }]
          },
          {
            table: { schema: 'public', name: 'article' },
            object_relationships: [{ name: 'author', using: { foreign_key_constraint_on: 'author_id' } }],
            select_permissions: [
              {
                role: 'user',
                permission: {
                  columns: ['id', 'title'],
                  filter: { author_id: { _eq: 'X-Hasura-User-Id' } },
                  limit: 10,
                  allow_aggregations: false
                }
              }
            ],
            insert_permissions: [
              {
                role: 'user',
                permission: {
                  check: { author_id: { _eq: 'X-Hasura-User-Id' } },
                  set: { author_id: 'x-hasura-User-Id' },
                  columns: ['title'],
                  backend_only: false
                }
              }
            ],
            event_triggers: [
              {
                name: 'article_published',
                definition: { enable_manual: false, insert: { columns: '*' } },
                retry_conf: { num_retries: 0, interval_sec: 10, timeout_sec: 60 },
                webhook: '{{WEBHOOK_BASE}}/published',
                headers: [{ name: 'x-hook-token', value: 'hook-token-value-1234' }]
              }
            ]
          }
        ],
        functions: [{ function: { schema: 'public', name: 'search_articles' }, permissions: [{ role: 'user' }] }]
      }
    ],
    actions: [
      {
        name: 'checkout',
        definition: {
          handler: '{{ACTION_BASE_URL}}/checkout',
          kind: 'synchronous',
          type: 'mutation',
          arguments: [{ name: 'cart', type: 'uuid!' }],
          output_type: 'CheckoutResult',
          headers: [{ name: 'x-api-key', value: 'action-header-value-5678' }]
        },
        permissions: [{ role: 'user' }]
      }
    ],
    remote_schemas: [
      {
        name: 'payments',
        definition: { url: '{{PAYMENTS_URL}}/graphql', timeout_seconds: 60 },
        permissions: [{ role: 'user', definition: { schema: 'type Query { balance: Int }' } }]
      }
    ],
    cron_triggers: [
      {
        name: 'nightly_cleanup',
        webhook: '{{WEBHOOK_BASE}}/cleanup',
        schedule: '0 3 * * *',
        include_in_metadata: true,
        payload: { token: 'cron-payload-value-9012' }
      }
    ],
    inherited_roles: [{ role_name: 'staff', role_set: ['user', 'editor'] }],
    allowlist: [{ collection: 'allowed-queries', scope: { global: true } }]
  }
}

const tableOf = (metadata: Json, name: string): Json =>
  metadata.sources[0].tables.find((entry: Json) => entry.table.name === name)
const articleSelect = (metadata: Json): Json => tableOf(metadata, 'article').select_permissions[0].permission
const articleInsert = (metadata: Json): Json => tableOf(metadata, 'article').insert_permissions[0].permission

/** The section's change lines for the pull request's metadata, made from the reference by `edit`. */
function changedLines(edit: (metadata: Json) => void, migrations: ComparedProject['migrations'] = []): string[] {
  const metadata = reference()
  edit(metadata)
  return linesOf(diffProject({ metadata, migrations }, { metadata: reference(), cliState: {} }))
}

function linesOf(changes: ReturnType<typeof diffProject>): string[] {
  const markdown = projectChangesMarkdown(REFERENCE_TENANT, changes)
  return markdown.split('\n').filter((line) => line.startsWith('- '))
}

describe('the diff of a project against its reference', () => {
  it('finds nothing when only the form differs: table names, key order, defaults, empty filters, false flags', () => {
    const lines = changedLines((metadata) => {
      const source = metadata.sources[0]
      delete source.kind
      // The engine writes out a connection's defaults.
      Object.assign(source.configuration.connection_info, {
        isolation_level: 'read-committed',
        use_prepared_statements: false
      })
      tableOf(metadata, 'author').select_permissions[0].permission = { columns: ['name', 'id'] }
      const select = articleSelect(metadata)
      delete select.allow_aggregations
      tableOf(metadata, 'article').select_permissions[0].permission = { limit: 10, ...select }
      delete articleInsert(metadata).backend_only
      tableOf(metadata, 'article').object_relationships[0].comment = null
      source.tables.reverse()
      for (const entry of source.tables) entry.table = entry.table.name
    })
    expect(lines).toEqual([])
    expect(projectChangesMarkdown(REFERENCE_TENANT, [])).toContain('No changes.')
  })

  it('tables tracked and untracked: a new table with permissions widens, and says for whom', () => {
    const lines = changedLines((metadata) => {
      metadata.sources[0].tables.push(
        {
          table: { schema: 'public', name: 'comment' },
          object_relationships: [{ name: 'article', using: { foreign_key_constraint_on: 'article_id' } }],
          select_permissions: [{ role: 'user', permission: { columns: ['id', 'body'], filter: {} } }]
        },
        { table: { schema: 'public', name: 'audit_view' } }
      )
      metadata.sources[0].tables = metadata.sources[0].tables.filter((entry: Json) => entry.table.name !== 'author')
    })
    expect(lines).toEqual([
      `- ${WIDENS}table \`public.comment\` in \`default\` tracked: select permission for role \`user\`; relationships \`article\``,
      '- table `public.audit_view` in `default` tracked',
      '- table `public.author` in `default` untracked: permissions removed for roles `user`'
    ])
  })

  it('sources added and removed; a changed connection is named, never shown', () => {
    const lines = changedLines((metadata) => {
      metadata.sources[0].configuration.connection_info.database_url = 'postgres://app:S3cretPassw0rd@db.internal/shop'
      metadata.sources.push({ name: 'analytics', kind: 'postgres', tables: [] })
    })
    // Sources, tables and the other named lists come in the order of their names.
    expect(lines).toEqual([
      '- source `analytics` added',
      '- source `default` changed: settings changed (values not shown): `configuration`'
    ])
    expect(lines.join('\n')).not.toContain('S3cretPassw0rd')
    const removed = changedLines((metadata) => {
      metadata.sources = []
      metadata.actions[0].permissions = []
      metadata.remote_schemas[0].permissions = []
      metadata.inherited_roles = []
    })
    expect(removed).toContain('- source `default` removed')
    expect(removed).toContain('- table `public.article` in `default` untracked: permissions removed for roles `user`')
  })

  it('lists under keys an object inherits (valueOf, hasOwnProperty) are compared as any other list', () => {
    const connector = (rows: Json[]): Json => ({
      name: 'catalog',
      kind: 'sqlite',
      configuration: { value: { valueOf: rows, hasOwnProperty: rows } }
    })
    const before = reference()
    before.sources.push(connector([{ db: 'a.db' }, { db: 'b.db' }]))
    const after = reference()
    after.sources.push(connector([{ db: 'a.db' }, { db: 'c.db' }]))
    expect(linesOf(diffProject({ metadata: after, migrations: [] }, { metadata: before, cliState: {} }))).toEqual([
      '- source `catalog` changed: settings changed (values not shown): `configuration`'
    ])
  })

  it('relationships: object, array and remote, added, removed or changed', () => {
    const lines = changedLines((metadata) => {
      const article = tableOf(metadata, 'article')
      article.array_relationships = [
        {
          name: 'comments',
          using: { foreign_key_constraint_on: { column: 'article_id', table: { schema: 'public', name: 'comment' } } }
        }
      ]
      article.object_relationships[0].using = {
        manual_configuration: { remote_table: 'author', column_mapping: { author_id: 'id' } }
      }
      article.remote_relationships = [
        {
          name: 'payment',
          definition: { to_remote_schema: { remote_schema: 'payments', lhs_fields: ['id'], remote_field: {} } }
        }
      ]
      delete tableOf(metadata, 'author').array_relationships
    })
    expect(lines).toEqual([
      '- object relationship `author` of table `public.article` in `default` changed: definition changed',
      '- array relationship `comments` of table `public.article` in `default` added',
      '- remote relationship `payment` of table `public.article` in `default` added',
      '- array relationship `articles` of table `public.author` in `default` removed'
    ])
  })
})

describe('permissions', () => {
  it('a new permission widens, with its columns and "every row" when it has no filter; a removed one does not', () => {
    const lines = changedLines((metadata) => {
      const article = tableOf(metadata, 'article')
      article.update_permissions = [{ role: 'user', permission: { columns: ['title'], filter: {}, check: null } }]
      article.delete_permissions = [
        { role: 'editor', permission: { filter: { author_id: { _eq: 'X-Hasura-User-Id' } } } }
      ]
      delete article.insert_permissions
    })
    expect(lines).toEqual([
      `- ${WIDENS}\`update\` permission of role \`user\` on table \`public.article\` in \`default\` added: columns \`title\`; row filter: none (every row); check after update: none (every row)`,
      `- ${WIDENS}\`delete\` permission of role \`editor\` on table \`public.article\` in \`default\` added`,
      '- `insert` permission of role `user` on table `public.article` in `default` removed'
    ])
  })

  it('columns gained widen, columns lost do not; * is every column', () => {
    expect(changedLines((m) => (articleSelect(m).columns = ['id', 'title', 'body', 'author_id']))).toEqual([
      `- ${WIDENS}\`select\` permission of role \`user\` on table \`public.article\` in \`default\` changed: columns gained \`body\`, \`author_id\``
    ])
    expect(changedLines((m) => (articleSelect(m).columns = ['id']))).toEqual([
      '- `select` permission of role `user` on table `public.article` in `default` changed: columns lost `title`'
    ])
    expect(changedLines((m) => (articleSelect(m).columns = '*'))).toEqual([
      `- ${WIDENS}\`select\` permission of role \`user\` on table \`public.article\` in \`default\` changed: columns: now all`
    ])
  })

  it('a row filter or check removed or emptied widens; one added narrows; one changed is for review', () => {
    const on = '`select` permission of role `user` on table `public.article` in `default` changed'
    expect(changedLines((m) => (articleSelect(m).filter = {}))).toEqual([
      `- ${WIDENS}${on}: row filter removed (every row)`
    ])
    expect(changedLines((m) => delete articleSelect(m).filter)).toEqual([
      `- ${WIDENS}${on}: row filter removed (every row)`
    ])
    expect(changedLines((m) => (articleSelect(m).filter = { _or: [] }))).toEqual([
      `- ${REVIEW}${on}: row filter changed (review)`
    ])
    expect(
      changedLines((m) => (tableOf(m, 'author').select_permissions[0].permission.filter = { id: { _gt: 0 } }))
    ).toEqual(['- `select` permission of role `user` on table `public.author` in `default` changed: row filter added'])
    expect(changedLines((m) => (articleInsert(m).check = { author_id: { _eq: 'X-Hasura-Org-Id' } }))).toEqual([
      `- ${REVIEW}\`insert\` permission of role \`user\` on table \`public.article\` in \`default\` changed: check changed (review)`
    ])
  })

  it('column presets removed widen, changed ones are for review, added ones narrow', () => {
    const on = '`insert` permission of role `user` on table `public.article` in `default` changed'
    expect(changedLines((m) => delete articleInsert(m).set)).toEqual([
      `- ${WIDENS}${on}: column presets removed \`author_id\``
    ])
    expect(changedLines((m) => (articleInsert(m).set = { author_id: 'x-hasura-org-id' }))).toEqual([
      `- ${REVIEW}${on}: column presets changed \`author_id\` (review)`
    ])
    expect(changedLines((m) => (articleInsert(m).set.published = 'false'))).toEqual([
      `- ${on}: column presets added \`published\``
    ])
  })

  it('aggregations, row limits, computed fields, backend-only and root fields', () => {
    const on = '`select` permission of role `user` on table `public.article` in `default` changed'
    expect(changedLines((m) => (articleSelect(m).allow_aggregations = true))).toEqual([
      `- ${WIDENS}${on}: aggregations allowed`
    ])
    expect(changedLines((m) => delete articleSelect(m).limit)).toEqual([`- ${WIDENS}${on}: row limit removed (was 10)`])
    expect(changedLines((m) => (articleSelect(m).limit = 100))).toEqual([
      `- ${WIDENS}${on}: row limit raised from 10 to 100`
    ])
    expect(changedLines((m) => (articleSelect(m).limit = 5))).toEqual([`- ${on}: row limit lowered from 10 to 5`])
    expect(changedLines((m) => (articleSelect(m).computed_fields = ['word_count']))).toEqual([
      `- ${WIDENS}${on}: computed fields gained \`word_count\``
    ])
    expect(changedLines((m) => (articleSelect(m).query_root_fields = ['select_by_pk']))).toEqual([
      `- ${on}: query root fields: no longer all, only \`select_by_pk\``
    ])
    expect(
      changedLines((m) => {
        articleInsert(m).backend_only = true
      })
    ).toEqual(['- `insert` permission of role `user` on table `public.article` in `default` changed: now backend only'])
    const frontend = reference()
    articleInsert(frontend).backend_only = true
    const opened = diffProject({ metadata: reference(), migrations: [] }, { metadata: frontend, cliState: {} })
    expect(linesOf(opened)).toEqual([
      `- ${WIDENS}\`insert\` permission of role \`user\` on table \`public.article\` in \`default\` changed: no longer backend only (any client)`
    ])
  })

  it('an empty list of root fields or of insert columns allows none: granting some widens, emptying one narrows', () => {
    const on = '`select` permission of role `user` on table `public.article` in `default` changed'
    const hidden = reference()
    Object.assign(articleSelect(hidden), { query_root_fields: [], subscription_root_fields: [] })
    const granted = reference()
    Object.assign(articleSelect(granted), {
      query_root_fields: ['select', 'select_by_pk'],
      subscription_root_fields: []
    })
    const widened = diffProject({ metadata: granted, migrations: [] }, { metadata: hidden, cliState: {} })
    expect(linesOf(widened)).toEqual([`- ${WIDENS}${on}: query root fields gained \`select\`, \`select_by_pk\``])

    // Absent is every root field; [] is none.
    expect(changedLines((m) => (articleSelect(m).query_root_fields = []))).toEqual([
      `- ${on}: query root fields: none now (was all)`
    ])
    const opened = diffProject({ metadata: reference(), migrations: [] }, { metadata: hidden, cliState: {} })
    expect(linesOf(opened)).toEqual([`- ${WIDENS}${on}: query root fields: now all; subscription root fields: now all`])

    // An insert permission without columns allows every column (the engine's buildInsPermInfo); [] allows none.
    const insertOn = '`insert` permission of role `user` on table `public.article` in `default` changed'
    expect(changedLines((m) => delete articleInsert(m).columns)).toEqual([`- ${WIDENS}${insertOn}: columns: now all`])
    expect(changedLines((m) => (articleInsert(m).columns = []))).toEqual([`- ${insertOn}: columns lost \`title\``])
    const noColumns = reference()
    articleInsert(noColumns).columns = []
    const allColumns = reference()
    delete articleInsert(allColumns).columns
    expect(
      linesOf(diffProject({ metadata: allColumns, migrations: [] }, { metadata: noColumns, cliState: {} }))
    ).toEqual([`- ${WIDENS}${insertOn}: columns: now all`])
  })

  it('roles that appear or disappear, and inherited roles', () => {
    const lines = changedLines((metadata) => {
      tableOf(metadata, 'author').select_permissions.push({ role: 'guest', permission: { columns: ['name'] } })
      metadata.inherited_roles = [
        { role_name: 'staff', role_set: ['user', 'editor', 'guest'] },
        { role_name: 'auditor', role_set: ['user'] }
      ]
    })
    expect(lines).toEqual([
      `- ${WIDENS}\`select\` permission of role \`guest\` on table \`public.author\` in \`default\` added: columns \`name\`; row filter: none (every row)`,
      `- ${WIDENS}inherited role \`staff\` changed: roles added to it \`guest\``,
      `- ${WIDENS}inherited role \`auditor\` added: made of \`user\``,
      '- role `guest` added',
      '- role `auditor` added'
    ])
    expect(
      changedLines((metadata) => {
        metadata.inherited_roles = [{ role_name: 'staff', role_set: ['user'] }]
      })
    ).toEqual(['- role `editor` removed', '- inherited role `staff` changed: roles taken out of it `editor`'])
  })
})

describe('actions, triggers, remote schemas, functions and the rest', () => {
  it('actions: handlers as written, headers only as changed; a new action permission widens', () => {
    const lines = changedLines((metadata) => {
      const checkout = metadata.actions[0]
      checkout.definition.handler = '{{ACTION_BASE_URL}}/v2/checkout'
      checkout.definition.headers = [{ name: 'x-api-key', value: 'rotated-header-value-0000' }]
      checkout.permissions.push({ role: 'guest' })
      metadata.actions.push({
        name: 'refund',
        definition: { handler: '{{ACTION_BASE_URL}}/refund', kind: 'synchronous', type: 'mutation' },
        permissions: [{ role: 'user' }]
      })
    })
    expect(lines).toEqual([
      `- ${WIDENS}permission of role \`guest\` on action \`checkout\` added`,
      `- ${WIDENS}action \`refund\` added: handler \`{{ACTION_BASE_URL}}/refund\`; permission for role \`user\``,
      '- role `guest` added',
      '- action `checkout` changed: handler: `{{ACTION_BASE_URL}}/checkout` → `{{ACTION_BASE_URL}}/v2/checkout`; headers changed'
    ])
    expect(lines.join('\n')).not.toMatch(/header-value/)
    // A URL written with a user and password (not a template) is shown without them.
    const literal = changedLines((m) => (m.actions[0].definition.handler = 'https://svc:hunter2pass@pay.internal/x'))
    expect(literal).toEqual([
      '- action `checkout` changed: handler: `{{ACTION_BASE_URL}}/checkout` → `https://***@pay.internal/x`'
    ])
    expect(changedLines((metadata) => (metadata.actions = []))).toEqual(['- action `checkout` removed'])
  })

  it('event triggers and cron triggers: webhooks as written, headers and payloads never shown', () => {
    const lines = changedLines((metadata) => {
      const trigger = tableOf(metadata, 'article').event_triggers[0]
      trigger.definition.update = { columns: ['title'] }
      trigger.headers = [{ name: 'x-hook-token', value: 'another-token-value-4321' }]
      tableOf(metadata, 'author').event_triggers = [
        { name: 'author_joined', definition: { insert: { columns: '*' } }, webhook_from_env: 'JOIN_HOOK_URL' }
      ]
      metadata.cron_triggers[0].schedule = '0 4 * * *'
      metadata.cron_triggers[0].payload = { token: 'new-cron-payload-value' }
      metadata.cron_triggers.push({ name: 'hourly', webhook: '{{WEBHOOK_BASE}}/hourly', schedule: '0 * * * *' })
    })
    expect(lines).toEqual([
      '- event trigger `article_published` on table `public.article` in `default` changed: fires on: `insert` → `insert, update`; headers changed',
      '- event trigger `author_joined` on table `public.author` in `default` added: webhook from env var `JOIN_HOOK_URL`; fires on `insert`',
      '- cron trigger `nightly_cleanup` changed: schedule: `0 3 * * *` → `0 4 * * *`; payload changed',
      '- cron trigger `hourly` added: webhook `{{WEBHOOK_BASE}}/hourly`; schedule `0 * * * *`'
    ])
    expect(lines.join('\n')).not.toMatch(/value/)
    expect(
      changedLines((metadata) => {
        delete tableOf(metadata, 'article').event_triggers
        metadata.cron_triggers = []
      })
    ).toEqual([
      '- event trigger `article_published` on table `public.article` in `default` removed',
      '- cron trigger `nightly_cleanup` removed'
    ])
  })

  it('remote schemas and functions: URLs as written; a new permission widens, as does a remote schema open to all', () => {
    const lines = changedLines((metadata) => {
      const payments = metadata.remote_schemas[0]
      payments.definition.url = '{{PAYMENTS_URL}}/v2/graphql'
      payments.permissions[0].definition.schema = 'type Query { balance: Int, cards: [String] }'
      payments.permissions.push({ role: 'guest', definition: { schema: 'type Query { balance: Int }' } })
      metadata.remote_schemas.push({ name: 'search', definition: { url_from_env: 'SEARCH_URL' } })
      metadata.sources[0].functions[0].permissions.push({ role: 'editor' })
      metadata.sources[0].functions.push({ function: { schema: 'public', name: 'top_authors' } })
    })
    expect(lines).toEqual([
      `- ${WIDENS}permission of role \`editor\` on function \`public.search_articles\` in \`default\` added`,
      `- ${WIDENS}permission of role \`guest\` on remote schema \`payments\` added`,
      `- ${WIDENS}remote schema \`search\` added: URL from env var \`SEARCH_URL\`; no permissions: every role may query it, unless remote schema permissions are on`,
      `- ${REVIEW}permission of role \`user\` on remote schema \`payments\` changed: schema changed (review)`,
      '- function `public.top_authors` in `default` tracked',
      '- role `guest` added',
      '- remote schema `payments` changed: URL: `{{PAYMENTS_URL}}/graphql` → `{{PAYMENTS_URL}}/v2/graphql`'
    ])
  })

  it('other parts of the metadata are named; those that govern access are for review', () => {
    const lines = changedLines((metadata) => {
      metadata.allowlist = []
      metadata.custom_types = { objects: [{ name: 'CheckoutResult', fields: [{ name: 'id', type: 'uuid!' }] }] }
    })
    expect(lines).toEqual([
      `- ${REVIEW}metadata \`allowlist\` removed: governs access (review)`,
      '- metadata `custom_types` added'
    ])
  })

  it('migrations the reference has not applied, by its CLI record (a dirty one counts as applied)', () => {
    const migrations = [
      { database: 'default', version: '1700000000000', name: 'create_author' },
      { database: 'default', version: '1700000100000', name: 'create_article' },
      { database: 'default', version: '1700000200000', name: 'add_body' },
      { database: 'analytics', version: '0042', name: 'create_events' }
    ]
    const cliState = { migrations: { default: { '1700000000000': false, '1700000100000': true }, analytics: {} } }
    const changes = diffProject({ metadata: reference(), migrations }, { metadata: reference(), cliState })
    expect(linesOf(changes)).toEqual([
      '- migration `1700000200000_add_body` of `default` not applied on the reference',
      '- migration `0042_create_events` of `analytics` not applied on the reference'
    ])
    const applied = { migrations: { default: {}, analytics: { '42': false } } }
    expect(
      diffProject(
        { metadata: reference(), migrations: migrations.slice(3) },
        { metadata: reference(), cliState: applied }
      )
    ).toEqual([])
  })
})

describe('the section', () => {
  it('lists the widening changes first, then those to review, then the rest, and counts them', () => {
    const metadata = reference()
    delete tableOf(metadata, 'article').event_triggers
    articleSelect(metadata).filter = { published: { _eq: true } }
    articleSelect(metadata).columns.push('body')
    metadata.sources[0].tables.push({ table: { schema: 'public', name: 'tag' } })
    metadata.inherited_roles[0].role_set = ['user']
    articleInsert(metadata).check = { author_id: { _eq: 'X-Hasura-Org-Id' } }
    const markdown = projectChangesMarkdown(
      REFERENCE_TENANT,
      diffProject({ metadata, migrations: [] }, { metadata: reference(), cliState: {} })
    )
    expect(markdown).toContain(
      'Compared with tenant `6f1c2e7a-9b3d-4c5e-8f70-112233445566` (project `shop-staging`): its metadata and the ' +
        "migrations it has applied, against this pull request's Hasura project."
    )
    expect(markdown).toContain('**6 changes**, **1 widens what a role can read or write** (first), 1 to review.')
    expect(markdown.split('\n').filter((line) => line.startsWith('- '))).toEqual([
      `- ${WIDENS}\`select\` permission of role \`user\` on table \`public.article\` in \`default\` changed: columns gained \`body\`; row filter changed (review)`,
      `- ${REVIEW}\`insert\` permission of role \`user\` on table \`public.article\` in \`default\` changed: check changed (review)`,
      '- event trigger `article_published` on table `public.article` in `default` removed',
      '- table `public.tag` in `default` tracked',
      '- role `editor` removed',
      '- inherited role `staff` changed: roles taken out of it `editor`'
    ])
  })

  it('names from the metadata cannot break out of their code spans, and long ones are cut', () => {
    const metadata = reference()
    const odd = 'x`| <img src=x onerror=alert(1)>\n## heading'
    tableOf(metadata, 'author').select_permissions.push({ role: odd, permission: { columns: ['c'.repeat(5000)] } })
    const [line] = linesOf(diffProject({ metadata, migrations: [] }, { metadata: reference(), cliState: {} }))
    expect(line).not.toContain('<img')
    expect(line).not.toContain('\n')
    expect(line).toContain("`x'\\| &lt;img src=x onerror=alert(1)&gt; ## heading`")
    expect(line!.length).toBeLessThan(1000)
    expect(line).toContain(`\`${'c'.repeat(200)}…\``)
  })

  it('thousands of changes: at most 40 lines and 12,000 characters, the widening first, the rest counted', () => {
    const metadata = reference()
    for (let i = 0; i < 3000; i++) {
      metadata.sources[0].tables.push({
        table: { schema: 'public', name: `table_${i}` },
        ...(i % 100 === 0
          ? { select_permissions: [{ role: 'user', permission: { columns: ['id'], filter: {} } }] }
          : {})
      })
    }
    const changes = diffProject({ metadata, migrations: [] }, { metadata: reference(), cliState: {} })
    expect(changes).toHaveLength(3000)
    const markdown = projectChangesMarkdown(REFERENCE_TENANT, changes)
    expect(markdown.length).toBeLessThanOrEqual(12_000)
    const lines = markdown.split('\n').filter((line) => line.startsWith('- '))
    expect(lines).toHaveLength(41)
    expect(lines.slice(0, 30).every((line) => line.startsWith(`- ${WIDENS}`))).toBe(true)
    expect(lines[30]).toBe('- table `public.table_1` in `default` tracked')
    expect(lines[40]).toBe('- … and 2960 more (not listed, to keep this short)')
    expect(markdown).toContain('**3000 changes**, **30 widen what a role can read or write** (first).')
  })

  it('counts the widening changes among those it cannot list', () => {
    const metadata = reference()
    for (let i = 0; i < 200; i++) {
      metadata.sources[0].tables.push({
        table: { schema: 'public', name: `t${i}_${'n'.repeat(150)}` },
        select_permissions: [{ role: 'user', permission: { columns: ['id'], filter: {} } }]
      })
    }
    const markdown = projectChangesMarkdown(
      REFERENCE_TENANT,
      diffProject({ metadata, migrations: [] }, { metadata: reference(), cliState: {} })
    )
    expect(markdown.length).toBeLessThanOrEqual(12_000)
    expect(markdown).toMatch(/- … and (\d+) more, \1 of them widening what a role can read or write/)
  })

  it('a comparison that could not be made says so, with the reason', () => {
    expect(comparisonFailedMarkdown(REFERENCE_TENANT.tenantId, 'the tenant was not found')).toContain(
      'The comparison with tenant `6f1c2e7a-9b3d-4c5e-8f70-112233445566` could not be made: the tenant was not found.'
    )
  })
})
