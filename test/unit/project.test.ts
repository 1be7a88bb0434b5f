import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { InputError } from '../../src/core/errors.js'
import { ProjectError, readProject } from '../../src/project/read.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const FIXTURE = 'test/fixtures/article-author'
const EXAMPLE = 'examples/hasura'

let workspace: string
let projects = 0

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'hasura-project-'))
})

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true })
})

const DATABASES = `- name: default
  kind: postgres
  configuration:
    connection_info:
      database_url:
        from_env: PG_DATABASE_URL
  tables: "!include default/tables/tables.yaml"
`
const BASE: Record<string, string> = {
  'config.yaml': 'version: 3\nendpoint: http://localhost:8080\n',
  'metadata/version.yaml': 'version: 3\n',
  'metadata/databases/databases.yaml': DATABASES,
  'metadata/databases/default/tables/tables.yaml': '- "!include public_author.yaml"\n',
  'metadata/databases/default/tables/public_author.yaml': 'table:\n  name: author\n  schema: public\n'
}

/** A throwaway project in the workspace: BASE with `files` on top (null removes a BASE file). Returns its dir. */
function project(files: Record<string, string | null> = {}): string {
  const dir = `project-${++projects}`
  for (const [file, content] of Object.entries({ ...BASE, ...files })) {
    if (content === null) continue
    const target = path.join(workspace, dir, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
  return dir
}

function projectError(dir: string, options: { seeds?: boolean } = {}): ProjectError {
  try {
    readProject(workspace, dir, options)
  } catch (error) {
    if (error instanceof ProjectError) return error
    throw error
  }
  throw new Error('expected a ProjectError')
}

function inputError(dir: string): InputError {
  try {
    readProject(workspace, dir)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

const where = (error: ProjectError) => ({ file: error.file, line: error.line, input: error.input })

describe('the article-author project (published by Hasura)', () => {
  const read = () => readProject(ROOT, FIXTURE)

  test('its metadata is the object replace_metadata takes, empty objects left out', () => {
    expect(read().metadata).toEqual({
      version: 3,
      sources: [
        {
          name: 'default',
          kind: 'postgres',
          configuration: {
            connection_info: {
              database_url: { from_env: 'PG_DATABASE_URL' },
              isolation_level: 'read-committed',
              use_prepared_statements: false
            }
          },
          tables: [
            {
              table: { name: 'article', schema: 'public' },
              configuration: { custom_column_names: {}, custom_name: 'articles', custom_root_fields: {} }
            },
            { table: { name: 'author', schema: 'public' } }
          ]
        }
      ]
    })
  })

  test('its two migrations come in version order with their up.sql', () => {
    const migrations = read().migrations
    const dir = `${FIXTURE}/migrations/default`
    expect(migrations.map(({ database, version, name, file }) => [database, version, name, file])).toEqual([
      [
        'default',
        '1632999721726',
        'create_table_public_author',
        `${dir}/1632999721726_create_table_public_author/up.sql`
      ],
      [
        'default',
        '1632999801197',
        'create_table_public_article',
        `${dir}/1632999801197_create_table_public_article/up.sql`
      ]
    ])
    for (const migration of migrations) {
      expect(migration.sql).toBe(readFileSync(path.join(ROOT, migration.file), 'utf8'))
    }
    expect(migrations[0]?.sql).toMatch(/^CREATE TABLE "public"."author"/)
  })

  test('dir is the project directory relative to the workspace', () => {
    expect(read().dir).toBe(FIXTURE)
  })
})

describe('the example project', () => {
  const example = readProject(ROOT, EXAMPLE)
  const tables = () => (example.metadata.sources as { tables: Record<string, unknown>[] }[])[0]?.tables ?? []

  test('three migrations for database default, in order', () => {
    expect(example.migrations.map((m) => `${m.database} ${m.version}_${m.name}`)).toEqual([
      'default 1700000000000_create_table_public_author',
      'default 1700000100000_create_table_public_article',
      'default 1700000200000_add_published_at_to_article'
    ])
  })

  test('the source reads its URL from PG_DATABASE_URL and tracks both tables', () => {
    const source = (example.metadata.sources as Record<string, unknown>[])[0]
    expect(source).toMatchObject({
      name: 'default',
      kind: 'postgres',
      configuration: { connection_info: { database_url: { from_env: 'PG_DATABASE_URL' } } }
    })
    expect(tables().map((t) => t.table)).toEqual([
      { name: 'article', schema: 'public' },
      { name: 'author', schema: 'public' }
    ])
    expect(Object.keys(example.metadata)).toEqual(['version', 'sources'])
  })

  test('article.author, author.articles and the select permission of role user', () => {
    const [article, author] = tables()
    expect(article?.object_relationships).toEqual([
      { name: 'author', using: { foreign_key_constraint_on: 'author_id' } }
    ])
    expect(author?.array_relationships).toEqual([
      {
        name: 'articles',
        using: { foreign_key_constraint_on: { column: 'author_id', table: { name: 'article', schema: 'public' } } }
      }
    ])
    expect(article?.select_permissions).toEqual([
      {
        role: 'user',
        permission: {
          columns: ['author_id', 'content', 'id', 'published_at', 'title'],
          filter: { _or: [{ author_id: { _eq: 'X-Hasura-User-Id' } }, { published_at: { _is_null: false } }] }
        }
      }
    ])
  })
})

describe('locate', () => {
  const example = readProject(ROOT, EXAMPLE)
  const tablesDir = `${EXAMPLE}/metadata/databases/default/tables`
  const article = { schema: 'public', name: 'article' }

  test('a table: its file', () => {
    expect(
      example.locate({
        type: 'table',
        name: 'table article in source default',
        definition: article,
        reason: 'no such table'
      })
    ).toEqual({ file: `${tablesDir}/public_article.yaml`, line: 1 })
    // Older engines: the bare table name, the source only in `name`.
    expect(example.locate({ type: 'table', name: 'table author in source default', definition: 'author' })).toEqual({
      file: `${tablesDir}/public_author.yaml`,
      line: 1
    })
  })

  test('relationships: the line of the relationship in the table file', () => {
    const relation = { source: 'default', table: article, name: 'author', using: {} }
    expect(example.locate({ type: 'object_relation', definition: relation })).toEqual({
      file: `${tablesDir}/public_article.yaml`,
      line: 5
    })
    expect(
      example.locate({
        type: 'array_relation',
        name: 'array_relation articles in table author in source default',
        definition: { table: { schema: 'public', name: 'author' }, name: 'articles' }
      })
    ).toEqual({ file: `${tablesDir}/public_author.yaml`, line: 5 })
  })

  test('a permission: the line of that role in the table file', () => {
    const definition = { source: 'default', table: article, role: 'user', permission: {} }
    expect(example.locate({ type: 'select_permission', definition })).toEqual({
      file: `${tablesDir}/public_article.yaml`,
      line: 9
    })
    // A permission the file does not have: the table's file.
    expect(example.locate({ type: 'insert_permission', definition })).toEqual({
      file: `${tablesDir}/public_article.yaml`,
      line: 1
    })
  })

  test('a source: its entry in databases.yaml', () => {
    const databases = { file: `${EXAMPLE}/metadata/databases/databases.yaml`, line: 1 }
    expect(example.locate({ type: 'source', name: 'source default', definition: { name: 'default' } })).toEqual(
      databases
    )
    expect(example.locate({ type: 'source', definition: 'default' })).toEqual(databases)
  })

  test('other kinds: the metadata file of that kind; conflicting objects: the first one found', () => {
    expect(example.locate({ type: 'remote_schema', definition: { name: 'countries' } })).toEqual({
      file: `${EXAMPLE}/metadata/remote_schemas.yaml`,
      line: 1
    })
    expect(
      example.locate({
        reason: 'conflicting definitions',
        objects: [
          { type: 'object_relation', definition: { source: 'default', table: article, name: 'author' } },
          { type: 'remote_schema', definition: { name: 'gone' } }
        ]
      } as never)
    ).toEqual({ file: `${tablesDir}/public_article.yaml`, line: 5 })
  })

  test('never throws: anything unexpected falls back to a project file', () => {
    for (const odd of [
      {},
      { type: 'table', definition: null },
      { type: 'select_permission', definition: 7 },
      { type: 'nope' }
    ]) {
      const location = example.locate(odd as never)
      expect(location.line).toBeGreaterThanOrEqual(1)
      expect(location.file.startsWith(`${EXAMPLE}/`)).toBe(true)
    }
  })
})

describe('reading what the CLI accepts', () => {
  test('!include as a tag and as a quoted string, in values and list items, nested, relative to the including file', () => {
    const dir = project({
      'metadata/databases/databases.yaml': DATABASES.replace(
        '"!include default/tables/tables.yaml"',
        '!include default/tables/tables.yaml'
      ),
      'metadata/databases/default/tables/tables.yaml':
        '- "!include public_author.yaml"\n- !include more/public_book.yaml\n',
      'metadata/databases/default/tables/more/public_book.yaml':
        'table: !include ../names/book.yaml\nselect_permissions: "!include perms.yaml"\n',
      'metadata/databases/default/tables/more/perms.yaml':
        "- role: reader\n  permission: { columns: '*', filter: {} }\n",
      'metadata/databases/default/tables/names/book.yaml': 'name: book\nschema: public\n'
    })
    const { metadata, locate } = readProject(workspace, dir)
    const [source] = metadata.sources as { tables: unknown[] }[]
    expect(source?.tables).toEqual([
      { table: { name: 'author', schema: 'public' } },
      {
        table: { name: 'book', schema: 'public' },
        select_permissions: [{ role: 'reader', permission: { columns: '*', filter: {} } }]
      }
    ])
    expect(
      locate({
        type: 'select_permission',
        definition: { source: 'default', table: { schema: 'public', name: 'book' }, role: 'reader' }
      })
    ).toEqual({ file: `${dir}/metadata/databases/default/tables/more/perms.yaml`, line: 1 })
  })

  test('metadata_directory and migrations_directory are honoured', () => {
    const dir = project({
      'config.yaml': 'version: 3\nmetadata_directory: hasura-metadata\nmigrations_directory: sql\n',
      'metadata/version.yaml': null,
      'metadata/databases/databases.yaml': null,
      'hasura-metadata/version.yaml': 'version: 3\n',
      'hasura-metadata/databases/databases.yaml': '- name: default\n  kind: postgres\n  configuration: {}\n',
      'sql/default/1_init/up.sql': 'select 1;\n',
      'migrations/default/2_ignored/up.sql': 'select 2;\n'
    })
    const read = readProject(workspace, dir)
    expect(read.metadata).toEqual({
      version: 3,
      sources: [{ name: 'default', kind: 'postgres', configuration: {}, tables: [] }]
    })
    expect(read.migrations.map((m) => m.file)).toEqual([`${dir}/sql/default/1_init/up.sql`])
  })

  test('empty files and files of [] or {} add nothing; the others give their metadata key', () => {
    const dir = project({
      'metadata/remote_schemas.yaml': '- name: countries\n  definition:\n    url: https://countries.example/graphql\n',
      'metadata/allow_list.yaml': '[]\n',
      'metadata/cron_triggers.yaml': '',
      'metadata/api_limits.yaml': '{}\n',
      'metadata/graphql_schema_introspection.yaml': 'disabled_for_roles: []\n',
      'metadata/inherited_roles.yaml': '- role_name: editor\n  role_set: [user, reviewer]\n',
      'metadata/actions.yaml':
        'actions: []\ncustom_types:\n  enums: []\n  input_objects: []\n  objects: []\n  scalars: []\n',
      'metadata/actions.graphql': '# no actions yet\n\n'
    })
    expect(readProject(workspace, dir).metadata).toEqual({
      version: 3,
      sources: [expect.objectContaining({ name: 'default' })],
      remote_schemas: [{ name: 'countries', definition: { url: 'https://countries.example/graphql' } }],
      inherited_roles: [{ role_name: 'editor', role_set: ['user', 'reviewer'] }]
    })
  })

  test('actions: signatures from actions.graphql, handlers and permissions from actions.yaml', () => {
    const dir = project({
      'metadata/actions.graphql': `type Mutation {
  login(credentials: LoginInput!): LoginOutput
}

type Query {
  """ Who is signed in """
  whoami: LoginOutput!
}

input LoginInput {
  username: String!
  password: String!
}

type LoginOutput {
  accessToken: String!
  roles: [String!]
}

enum Plan {
  FREE
  PRO
}

scalar Timestamp
`,
      'metadata/actions.yaml': `actions:
  - name: login
    definition:
      kind: synchronous
      handler: '{{ACTIONS_BASE_URL}}/login'
      forward_client_headers: true
    permissions:
      - role: anonymous
  - name: whoami
    definition:
      kind: ""
      handler: '{{ACTIONS_BASE_URL}}/whoami'
custom_types:
  enums:
    - name: Plan
  input_objects:
    - name: LoginInput
  objects:
    - name: LoginOutput
      description: What login answers
  scalars:
    - name: Timestamp
`
    })
    const { metadata, locate } = readProject(workspace, dir)
    expect(metadata.actions).toEqual([
      {
        name: 'login',
        definition: {
          kind: 'synchronous',
          handler: '{{ACTIONS_BASE_URL}}/login',
          forward_client_headers: true,
          type: 'mutation',
          arguments: [{ name: 'credentials', type: 'LoginInput!' }],
          output_type: 'LoginOutput'
        },
        permissions: [{ role: 'anonymous' }]
      },
      {
        name: 'whoami',
        definition: { handler: '{{ACTIONS_BASE_URL}}/whoami', type: 'query', output_type: 'LoginOutput!' }
      }
    ])
    expect(metadata.custom_types).toEqual({
      input_objects: [
        {
          name: 'LoginInput',
          fields: [
            { name: 'username', type: 'String!' },
            { name: 'password', type: 'String!' }
          ]
        }
      ],
      objects: [
        {
          name: 'LoginOutput',
          description: 'What login answers',
          fields: [
            { name: 'accessToken', type: 'String!' },
            { name: 'roles', type: '[String!]' }
          ]
        }
      ],
      scalars: [{ name: 'Timestamp' }],
      enums: [{ name: 'Plan', values: [{ value: 'FREE' }, { value: 'PRO' }] }]
    })
    expect(locate({ type: 'action', definition: { name: 'whoami' } })).toEqual({
      file: `${dir}/metadata/actions.yaml`,
      line: 9
    })
  })

  test('migrations: numeric version order, databases in metadata order, skipped like the CLI skips them', () => {
    const dir = project({
      'metadata/databases/databases.yaml': `- name: reports\n  kind: postgres\n  configuration: {}\n${DATABASES}`,
      'migrations/default/10_second/up.sql': 'select 10;',
      'migrations/default/9_first/up.sql': 'select 9;',
      'migrations/default/100_third/up.sql': 'select 100;',
      'migrations/default/50_only_down/down.sql': 'select 0;',
      'migrations/default/60_empty/up.sql': '',
      'migrations/default/70_empty_yaml/up.yaml': '[]\n',
      'migrations/default/70_empty_yaml/up.sql': 'select 70;',
      'migrations/default/README.md': 'notes',
      'migrations/reports/00012345678901234567_big/up.sql': 'select 1;',
      'migrations/reports/2_flat.up.sql': 'select 2;'
    })
    expect(readProject(workspace, dir).migrations.map((m) => `${m.database} ${m.version} ${m.name} ${m.sql}`)).toEqual([
      'reports 2 flat select 2;',
      'reports 12345678901234567 big select 1;',
      'default 9 first select 9;',
      'default 10 second select 10;',
      'default 70 empty_yaml select 70;',
      'default 100 third select 100;'
    ])
  })
})

describe('errors name the file and line', () => {
  test('config v2: run hasura scripts update-project-v3', () => {
    const error = projectError(project({ 'config.yaml': 'endpoint: http://localhost:8080\nversion: 2\n' }))
    expect(where(error)).toEqual({ file: `project-${projects}/config.yaml`, line: 2, input: 'hasura-project' })
    expect(error.message).toContain('version 2')
    expect(error.message).toContain('hasura scripts update-project-v3')
  })

  test('config without a version (version 1 for the CLI)', () => {
    const error = projectError(project({ 'config.yaml': 'endpoint: http://localhost:8080\n' }))
    expect(where(error)).toMatchObject({ file: `project-${projects}/config.yaml`, line: 1 })
    expect(error.message).toContain('update-project-v3')
  })

  test('an !include of a missing file', () => {
    const dir = project({
      'metadata/databases/default/tables/tables.yaml': '- "!include public_author.yaml"\n- "!include nope.yaml"\n'
    })
    const error = projectError(dir)
    expect(where(error)).toMatchObject({ file: `${dir}/metadata/databases/default/tables/tables.yaml`, line: 2 })
    expect(error.message).toContain('nope.yaml')
    expect(error.message).toContain('does not exist')
  })

  test('a cycle of includes', () => {
    const dir = project({
      'metadata/databases/default/tables/tables.yaml': '- "!include a.yaml"\n',
      'metadata/databases/default/tables/a.yaml':
        'table: {name: a, schema: public}\nselect_permissions: !include b.yaml\n',
      'metadata/databases/default/tables/b.yaml': '- role: user\n  permission: "!include a.yaml"\n'
    })
    const error = projectError(dir)
    expect(where(error)).toMatchObject({ file: `${dir}/metadata/databases/default/tables/b.yaml`, line: 2 })
    expect(error.message).toContain('cycle')
  })

  test('includes nested 60 files deep, each file 90 levels deep: an error at the include past 10, no stack overflow', () => {
    const tables = 'metadata/databases/default/tables'
    const chain: Record<string, string> = {
      [`${tables}/public_author.yaml`]: 'table:\n  name: author\n  schema: public\nconfiguration: !include f1.yaml\n'
    }
    for (let i = 1; i <= 60; i++) {
      // `_and:` then a list item holding the next `_and:`, 45 times: 90 levels, within js-yaml's 100.
      const lines = ['_and:', ...Array.from({ length: 44 }, (_, level) => `${' '.repeat(4 * level + 2)}- _and:`)]
      lines.push(`${' '.repeat(4 * 44 + 2)}- x: ${i < 60 ? `"!include f${i + 1}.yaml"` : 1}`)
      chain[`${tables}/f${i}.yaml`] = `${lines.join('\n')}\n`
    }
    const dir = project(chain)
    const error = projectError(dir)
    expect(where(error)).toMatchObject({ file: `${dir}/${tables}/f7.yaml`, line: 46 })
    expect(error.message).toBe(
      '!include f8.yaml nests includes more than 10 files deep (metadata/databases/databases.yaml -> ' +
        'metadata/databases/default/tables/tables.yaml -> metadata/databases/default/tables/public_author.yaml -> ' +
        'metadata/databases/default/tables/f1.yaml -> metadata/databases/default/tables/f2.yaml -> ' +
        'metadata/databases/default/tables/f3.yaml -> metadata/databases/default/tables/f4.yaml -> ' +
        'metadata/databases/default/tables/f5.yaml -> metadata/databases/default/tables/f6.yaml -> ' +
        'metadata/databases/default/tables/f7.yaml -> metadata/databases/default/tables/f8.yaml), more than the ' +
        'action reads: include the file from a file higher up'
    )
  })

  test('an !include that leads outside the project, by path or through a symlink', () => {
    writeFileSync(path.join(workspace, 'outside.yaml'), 'table: {name: secret, schema: public}\n')
    const byPath = project({
      'metadata/databases/default/tables/tables.yaml': '- "!include ../../../../../outside.yaml"\n'
    })
    const error = projectError(byPath)
    expect(where(error)).toMatchObject({ file: `${byPath}/metadata/databases/default/tables/tables.yaml`, line: 1 })
    expect(error.message).toContain('outside the project')

    const bySymlink = project({
      'metadata/databases/default/tables/tables.yaml': '- "!include public_author.yaml"\n- "!include link.yaml"\n'
    })
    symlinkSync(
      path.join(workspace, 'outside.yaml'),
      path.join(workspace, bySymlink, 'metadata/databases/default/tables/link.yaml')
    )
    const viaLink = projectError(bySymlink)
    expect(where(viaLink)).toMatchObject({
      file: `${bySymlink}/metadata/databases/default/tables/tables.yaml`,
      line: 2
    })
    expect(viaLink.message).toContain('outside the project')

    const toSystem = project({ 'metadata/databases/default/tables/tables.yaml': '- "!include passwd.yaml"\n' })
    symlinkSync('/etc/passwd', path.join(workspace, toSystem, 'metadata/databases/default/tables/passwd.yaml'))
    expect(projectError(toSystem).message).toContain('outside the project')
  })

  test('a billion-laughs file fails fast at its file and line', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 9; i++) {
      const previous = String.fromCharCode(96 + i)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${previous}`).join(',')}]`
      )
    }
    const dir = project({
      'metadata/databases/default/tables/public_author.yaml': `table: {name: author, schema: public}\n${levels.join('\n')}\n`
    })
    // Expanded, the bomb would make 9^9 nodes: the count stops at the bound the message names.
    const error = projectError(dir)
    expect(where(error)).toMatchObject({ file: `${dir}/metadata/databases/default/tables/public_author.yaml` })
    expect(error.line).toBeGreaterThanOrEqual(5)
    expect(error.line).toBeLessThanOrEqual(10)
    expect(error.message).toContain('aliases expand to more than 100000 nodes')
  })

  test('a YAML syntax error: js-yaml line and reason, no source snippet', () => {
    const dir = project({
      'metadata/databases/default/tables/public_author.yaml': 'table:\n  name: author\n secret-looking: [unclosed\n'
    })
    const error = projectError(dir)
    expect(where(error)).toMatchObject({ file: `${dir}/metadata/databases/default/tables/public_author.yaml` })
    expect(error.line).toBeGreaterThanOrEqual(3)
    expect(error.message).toMatch(/^invalid YAML: /)
    expect(error.message).not.toContain('secret-looking')
  })

  test('a migration directory whose name is not <version>_<name>', () => {
    const dir = project({ 'migrations/default/create_table_author/up.sql': 'select 1;' })
    const error = projectError(dir)
    expect(where(error)).toMatchObject({ file: `${dir}/migrations/default/create_table_author/up.sql`, line: 1 })
    expect(error.message).toContain('create_table_author')
  })

  test('migrations for a database that databases.yaml does not have', () => {
    const dir = project({ 'migrations/analytics/1_init/up.sql': 'select 1;' })
    const error = projectError(dir)
    expect(where(error)).toMatchObject({ file: `${dir}/metadata/databases/databases.yaml`, line: 1 })
    expect(error.message).toContain('analytics')
  })

  test('two migrations with one version, and an old-format up.yaml', () => {
    const twice = project({
      'migrations/default/1_a/up.sql': 'select 1;',
      'migrations/default/01_b/up.sql': 'select 2;'
    })
    expect(projectError(twice).message).toContain('version 1')
    const yaml = project({ 'migrations/default/1_a/up.yaml': '- type: run_sql\n  args:\n    sql: select 1;\n' })
    const error = projectError(yaml)
    expect(where(error)).toMatchObject({ file: `${yaml}/migrations/default/1_a/up.yaml`, line: 1 })
    expect(error.message).toContain('up.sql')
  })

  test('actions listed in actions.yaml but not defined in actions.graphql, and bad GraphQL', () => {
    const missing = project({
      'metadata/actions.yaml': 'actions:\n  - name: login\n    definition:\n      handler: http://h\n'
    })
    const error = projectError(missing)
    expect(where(error)).toMatchObject({ file: `${missing}/metadata/actions.yaml`, line: 2 })
    expect(error.message).toContain('login')
    const invalid = project({ 'metadata/actions.graphql': 'type Mutation {\n  login(: String\n}\n' })
    expect(where(projectError(invalid))).toMatchObject({ file: `${invalid}/metadata/actions.graphql`, line: 2 })
  })

  test('the metadata: a missing directory, a wrong version, tables that are not a list', () => {
    const noMetadata = project({ 'config.yaml': 'version: 3\nmetadata_directory: md\n' })
    expect(where(projectError(noMetadata))).toMatchObject({ file: `${noMetadata}/config.yaml`, line: 2 })
    const v2 = project({ 'metadata/version.yaml': 'version: 2\n' })
    expect(where(projectError(v2))).toMatchObject({ file: `${v2}/metadata/version.yaml`, line: 1 })
    const notList = project({ 'metadata/databases/databases.yaml': DATABASES.replace(/tables: .*/, 'tables: author') })
    expect(where(projectError(notList))).toMatchObject({
      file: `${notList}/metadata/databases/databases.yaml`,
      line: 7
    })
  })

  test('the project directory: missing, a file, outside the workspace, without config.yaml', () => {
    expect(inputError('no-such-dir').message).toContain('hasura-project')
    writeFileSync(path.join(workspace, 'a-file'), 'x')
    expect(inputError('a-file').message).toContain('not a directory')
    expect(inputError('..').message).toContain('outside')
    mkdirSync(path.join(workspace, 'empty'))
    expect(inputError('empty').message).toContain('config.yaml')
  })
})

describe('seeds', () => {
  const DUMP = `INSERT INTO author (name) VALUES ('${'x'.repeat(6 * 1024 * 1024)}');\n`

  test('are read only when asked: a 6 MiB dump kept for local use does not stop a read without seeds', () => {
    const dir = project({
      'seeds/default/1700000000000_local_dump.sql': DUMP,
      'seeds/default/1700000000001_authors.sql': "INSERT INTO author (name) VALUES ('a');\n"
    })
    expect(readProject(workspace, dir).seeds).toEqual([])
    const error = projectError(dir, { seeds: true })
    expect(where(error)).toEqual({
      file: `${dir}/seeds/default/1700000000000_local_dump.sql`,
      line: 1,
      input: 'hasura-project'
    })
    expect(error.message).toContain('is larger than 5242880 bytes')
    expect(error.message).toContain('because of the input "seeds: true"')
    expect(error.message).toContain('seeds: false')
  })

  test('asked for, each database keeps its files in the order of their names', () => {
    const dir = project({
      'seeds/default/2_second.sql': 'select 2;',
      'seeds/default/1_first.sql': 'select 1;',
      'seeds/default/notes.md': 'not a seed'
    })
    expect(readProject(workspace, dir, { seeds: true }).seeds.map((seed) => seed.file)).toEqual([
      `${dir}/seeds/default/1_first.sql`,
      `${dir}/seeds/default/2_second.sql`
    ])
  })
})

describe('Git LFS pointers where SQL should be', () => {
  const pointer = (size: number): string =>
    `version https://git-lfs.github.com/spec/v1\noid sha256:${'4d7a'.repeat(16)}\nsize ${size}\n`

  test('each pointer file is named, with an annotation of its own, and nothing is read as SQL', () => {
    const dir = project({
      'migrations/default/1_init/up.sql': pointer(1200),
      'migrations/default/2_more/up.sql': 'select 2;',
      'seeds/default/1_authors.sql': pointer(6291456),
      'seeds/default/2_books.sql': pointer(77)
    })
    const error = projectError(dir, { seeds: true })
    expect(where(error)).toEqual({ file: `${dir}/migrations/default/1_init/up.sql`, line: 1, input: 'hasura-project' })
    expect(error.message).toContain('3 SQL files are Git LFS pointers')
    expect(error.message).toContain('`lfs: true` (actions/checkout)')
    const annotated = [{ file: error.file, line: error.line, message: error.message }, ...error.also]
    expect(annotated.map(({ file, line }) => `${file}:${line}`)).toEqual([
      `${dir}/migrations/default/1_init/up.sql:1`,
      `${dir}/seeds/default/1_authors.sql:1`,
      `${dir}/seeds/default/2_books.sql:1`
    ])
    expect(error.also[0]!.message).toBe(
      'seeds/default/1_authors.sql is a Git LFS pointer, not its SQL: the file itself (6291456 bytes, kept in Git ' +
        'LFS) was not checked out. Check out with `lfs: true` (actions/checkout) before this step.'
    )
  })

  test('one pointer: its own message; seeds not asked for are not looked at', () => {
    const dir = project({ 'migrations/default/1_init/up.sql': 'select 1;', 'seeds/default/1_a.sql': pointer(9) })
    expect(readProject(workspace, dir).migrations).toHaveLength(1)
    const error = projectError(dir, { seeds: true })
    expect(error.message).toMatch(/^seeds\/default\/1_a\.sql is a Git LFS pointer/)
    expect(error.also).toEqual([])
  })
})
