/**
 * The engine emulator's GraphQL schema per role (test/engine/graphql-schema.ts), checked with graphql-js itself: its
 * introspection answer must build into a valid schema (`buildClientSchema`, `assertValidSchema`), and hold the fields
 * graphql-engine generates from the metadata and the real Postgres catalog, for the admin and for each role.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  assertValidSchema,
  buildClientSchema,
  getIntrospectionQuery,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery
} from 'graphql'
import { httpRequest } from '../../src/http/transport.js'
import { EngineServer } from '../engine/engine.js'
import { createTestDatabase, type TestDatabase } from '../engine/test-database.js'

const SECRET = 'emulator-admin-secret-5c1d'

let db: TestDatabase
let server: EngineServer

const SQL = `
  CREATE TABLE author (id serial PRIMARY KEY, name text NOT NULL, rating int8, joined timestamptz DEFAULT now());
  CREATE TABLE article (
    id serial PRIMARY KEY, title text NOT NULL, body text, score float8, published boolean NOT NULL DEFAULT false,
    author_id integer NOT NULL REFERENCES author (id), meta jsonb, tags text[]);
  CREATE SCHEMA shop;
  CREATE TABLE shop.item (sku text PRIMARY KEY, price numeric NOT NULL);`

const METADATA = {
  version: 3,
  sources: [
    {
      name: 'default',
      kind: 'postgres',
      configuration: { connection_info: { database_url: { from_env: 'PG_DATABASE_URL' } } },
      tables: [
        {
          table: { schema: 'public', name: 'author' },
          configuration: {
            custom_name: 'writer',
            custom_root_fields: { select_by_pk: 'writerById' },
            column_config: { name: { custom_name: 'fullName' } }
          },
          array_relationships: [
            {
              name: 'articles',
              using: {
                foreign_key_constraint_on: { table: { schema: 'public', name: 'article' }, column: 'author_id' }
              }
            }
          ],
          select_permissions: [
            { role: 'user', permission: { columns: ['id', 'name'], filter: {}, allow_aggregations: true } }
          ]
        },
        {
          table: { schema: 'public', name: 'article' },
          object_relationships: [{ name: 'author', using: { foreign_key_constraint_on: 'author_id' } }],
          select_permissions: [
            {
              role: 'user',
              permission: {
                columns: ['id', 'title', 'author_id'],
                filter: {},
                query_root_fields: ['select', 'select_by_pk']
              }
            },
            { role: 'guest', permission: { columns: ['title'], filter: { published: { _eq: true } } } }
          ],
          insert_permissions: [{ role: 'user', permission: { columns: ['title', 'body'], check: {} } }],
          update_permissions: [{ role: 'user', permission: { columns: ['title', 'score'], filter: {} } }],
          delete_permissions: [{ role: 'user', permission: { filter: {} } }]
        },
        { table: { schema: 'shop', name: 'item' } }
      ]
    }
  ],
  inherited_roles: [{ role_name: 'reader', role_set: ['user', 'guest'] }]
}

beforeAll(async () => {
  db = await createTestDatabase('engine_introspection')
  await db.query(SQL)
  server = await EngineServer.start({ env: { HASURA_GRAPHQL_ADMIN_SECRET: SECRET, PG_DATABASE_URL: db.url } })
  const replaced = await post('/v1/metadata', { type: 'replace_metadata', version: 2, args: { metadata: METADATA } })
  expect(replaced.status).toBe(200)
})

afterAll(async () => {
  await server.close()
  await db.drop()
})

async function post(
  path: string,
  body: unknown,
  headers: Record<string, string> = {}
): Promise<{ status: number; body: Record<string, unknown> }> {
  const answer = await httpRequest(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': SECRET, ...headers },
    body: JSON.stringify(body)
  })
  return { status: answer.status, body: JSON.parse(answer.body) as Record<string, unknown> }
}

/** The role's schema as a client builds it from the emulator's introspection answer, checked valid. */
async function schemaOf(role?: string): Promise<GraphQLSchema> {
  const answer = await post('/v1/graphql', { query: getIntrospectionQuery() }, role ? { 'x-hasura-role': role } : {})
  expect(answer.status).toBe(200)
  expect(answer.body.errors).toBeUndefined()
  const schema = buildClientSchema(answer.body.data as IntrospectionQuery)
  assertValidSchema(schema)
  return schema
}

function fieldsOf(schema: GraphQLSchema, type: string): string[] {
  const named = schema.getType(type)
  if (named instanceof GraphQLObjectType || named instanceof GraphQLInputObjectType) {
    return Object.keys(named.getFields()).sort()
  }
  return []
}

function typeOf(schema: GraphQLSchema, type: string, field: string): string {
  const named = schema.getType(type) as GraphQLObjectType
  return String(named.getFields()[field]!.type)
}

describe('engine emulator: introspection per role', () => {
  it('admin: every table and column, custom names, all root fields and mutations', async () => {
    const schema = await schemaOf()
    expect(schema.getQueryType()!.name).toBe('query_root')
    expect(fieldsOf(schema, 'query_root')).toEqual(
      [
        'article',
        'article_aggregate',
        'article_by_pk',
        'shop_item',
        'shop_item_aggregate',
        'shop_item_by_pk',
        'writer',
        'writerById',
        'writer_aggregate'
      ].sort()
    )
    expect(fieldsOf(schema, 'writer')).toEqual(['articles', 'articles_aggregate', 'fullName', 'id', 'joined', 'rating'])
    // Postgres types as the engine names their scalars; NOT NULL columns non-null; a forward key on a non-null column.
    expect(typeOf(schema, 'article', 'id')).toBe('Int!')
    expect(typeOf(schema, 'article', 'score')).toBe('float8')
    expect(typeOf(schema, 'article', 'meta')).toBe('jsonb')
    expect(typeOf(schema, 'article', 'author')).toBe('writer!')
    expect(typeOf(schema, 'writer', 'rating')).toBe('bigint')
    expect(typeOf(schema, 'shop_item', 'price')).toBe('numeric!')
    expect(typeOf(schema, 'writer', 'articles')).toBe('[article!]!')
    expect(
      String(
        schema
          .getQueryType()!
          .getFields()
          .writerById!.args.map((arg) => `${arg.name}: ${arg.type}`)
      )
    ).toBe('id: Int!')
    expect(fieldsOf(schema, 'mutation_root')).toEqual(
      [
        'delete_article',
        'delete_article_by_pk',
        'delete_shop_item',
        'delete_shop_item_by_pk',
        'delete_writer',
        'delete_writer_by_pk',
        'insert_article',
        'insert_article_one',
        'insert_shop_item',
        'insert_shop_item_one',
        'insert_writer',
        'insert_writer_one',
        'update_article',
        'update_article_by_pk',
        'update_article_many',
        'update_shop_item',
        'update_shop_item_by_pk',
        'update_shop_item_many',
        'update_writer',
        'update_writer_by_pk',
        'update_writer_many'
      ].sort()
    )
    expect(fieldsOf(schema, 'subscription_root')).toContain('article_stream')
    expect(fieldsOf(schema, 'String_comparison_exp')).toContain('_ilike')
  })

  it('a role: its permitted columns, relationships to what it may select, its root fields and mutations', async () => {
    const schema = await schemaOf('user')
    // article's query_root_fields leave out its aggregate; writer's select allows aggregations.
    expect(fieldsOf(schema, 'query_root')).toEqual(
      ['article', 'article_by_pk', 'writer', 'writerById', 'writer_aggregate'].sort()
    )
    expect(fieldsOf(schema, 'subscription_root')).toEqual(
      ['article', 'article_by_pk', 'article_stream', 'writer', 'writerById', 'writer_aggregate', 'writer_stream'].sort()
    )
    expect(fieldsOf(schema, 'article')).toEqual(['author', 'author_id', 'id', 'title'])
    expect(fieldsOf(schema, 'writer')).toEqual(['articles', 'fullName', 'id'])
    expect(fieldsOf(schema, 'article_bool_exp')).toEqual(['_and', '_not', '_or', 'author', 'author_id', 'id', 'title'])
    const columns = schema.getType('article_select_column') as GraphQLEnumType
    expect(columns.getValues().map((value) => value.name)).toEqual(['id', 'title', 'author_id'])
    expect(fieldsOf(schema, 'mutation_root')).toEqual(
      [
        'delete_article',
        'delete_article_by_pk',
        'insert_article',
        'insert_article_one',
        'update_article',
        'update_article_by_pk',
        'update_article_many'
      ].sort()
    )
    expect(fieldsOf(schema, 'article_insert_input')).toEqual(['body', 'title'])
    expect(fieldsOf(schema, 'article_set_input')).toEqual(['score', 'title'])
    expect(fieldsOf(schema, 'article_inc_input')).toEqual(['score'])
    expect(schema.getType('shop_item')).toBeUndefined()
  })

  it('a role without the primary key or any mutation, an inherited role, and a role granted nothing', async () => {
    const guest = await schemaOf('guest')
    expect(fieldsOf(guest, 'query_root')).toEqual(['article'])
    expect(fieldsOf(guest, 'article')).toEqual(['title'])
    expect(guest.getMutationType()).toBeNull()

    const reader = await schemaOf('reader')
    expect(fieldsOf(reader, 'article')).toEqual(['author', 'author_id', 'id', 'title'])
    expect(fieldsOf(reader, 'query_root')).toContain('article_by_pk')

    // As the engine answers a role with no permission: one placeholder query field, no other root.
    const nobody = await schemaOf('nobody')
    expect(fieldsOf(nobody, 'query_root')).toEqual(['no_queries_available'])
    expect(nobody.getMutationType()).toBeNull()
    expect(nobody.getSubscriptionType()).toBeNull()
  })

  it('refuses introspection without the admin secret, and queries that are not introspection', async () => {
    const refused = await post('/v1/graphql', { query: getIntrospectionQuery() }, { 'x-hasura-admin-secret': 'wrong' })
    expect(refused.status).toBe(200)
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ message: 'invalid x-hasura-admin-secret/x-hasura-access-key' })
    ])
    const data = await post('/v1/graphql', { query: '{ article { id } }' })
    expect(data.body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'not-supported' }) })
    ])
  })
})
