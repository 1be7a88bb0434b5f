/** A database of its own on the test run's Postgres (TEST_POSTGRES_URL), dropped when done. */
import { randomBytes } from 'node:crypto'
import pg from 'pg'

export interface TestDatabase {
  name: string
  /** Superuser URL of this database. */
  url: string
  query(sql: string, values?: unknown[]): Promise<pg.QueryResult>
  drop(): Promise<void>
}

export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_POSTGRES_URL
  if (!serverUrl) throw new Error('TEST_POSTGRES_URL is not set: run the tests through jest (test/global-setup.ts).')
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  await onServer(serverUrl, `CREATE DATABASE ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  return {
    name,
    url: url.toString(),
    query: (sql, values) => client.query(sql, values),
    async drop() {
      await client.end()
      await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    }
  }
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
