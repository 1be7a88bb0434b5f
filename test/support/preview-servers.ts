/**
 * The outside systems a pull request's preview touches, for a test file that makes previews with databases and
 * Hasura projects (in process or through the bundle): the Cloud emulator, whose tenants run the engine emulator on
 * the test run's Postgres; a fake GitHub; and an admin connection to that Postgres (TEST_POSTGRES_URL, from
 * test/global-setup.mjs). `previewServers` registers the Jest hooks that start them once per file, reset them before
 * each test, and after each test drop the databases whose names start with the file's prefix, so files that run at
 * the same time never touch each other's.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals'
import pg from 'pg'
import { CloudEmulator, type EmulatorOptions } from '../emulator/emulator.js'
import { createProjectEngine } from '../engine/engine.js'
import { FakeGitHub } from '../github/fake-github.js'
import { GITHUB_TOKEN } from './action-runner.js'
import { rolePassword } from '../../src/database/role-password.js'
import { roleUrl } from '../../src/database/url.js'
import { MANAGED_ROLE, POSTGRES_PASSWORD } from './postgres.js'
import { dropDatabasesLike, pullRequestStep, type StepMore } from './pull-request.js'

export interface PreviewServers {
  emulator: CloudEmulator
  gh: FakeGitHub
  /** A superuser session on the test Postgres. */
  admin: pg.Client
  /**
   * What `postgres-server-url` gets: the test Postgres's `postgres` database as its superuser, or as a managed-style
   * role when the run asks for one (TEST_POSTGRES_SERVER_URL, see test/global-setup.mjs).
   */
  serverUrl: string
  /** The superuser URL (or `server`'s) with `name` as its database. */
  databaseUrl(name: string, server?: string): string
  databaseExists(name: string): Promise<boolean>
  /** The database's comment (the preview tag): undefined when there is no such database, null when it has none. */
  tagOf(name: string): Promise<string | null | undefined>
  /**
   * Run SQL in one database over its own connection, closed afterwards: as the preview's role in a preview database
   * (as its tenant would: a managed-style server role may not end a superuser's session), else as the superuser.
   */
  inDatabase<T extends pg.QueryResultRow>(name: string, sql: string): Promise<T[]>
  /** A database of the server role with `sql` run in it as that role: a template as the README asks for one. */
  createTemplate(name: string, sql: string): Promise<void>
  createDatabase(name: string, tag?: string): Promise<void>
  /** A preview's database as the action makes it: its role, tagged, owning its tagged database. */
  createPreviewDatabase(name: string, tag: string): Promise<void>
}

/**
 * A stand-in for a server that a Jest hook starts: from the first test on, every property and method is the started
 * server's, so a file can name the server at its top instead of declaring it and assigning it in a `beforeAll`.
 */
export function startedInHook<T extends object>(name: string, server: () => T | undefined): T {
  const started = (): T => {
    const value = server()
    if (value === undefined) throw new Error(`${name} is started in beforeAll: use it from a hook or a test`)
    return value
  }
  return new Proxy({} as T, {
    get(_, property) {
      const target = started()
      const value = Reflect.get(target, property, target) as unknown
      return typeof value === 'function' ? value.bind(target) : value
    },
    set: (_, property, value) => Reflect.set(started(), property, value),
    has: (_, property) => Reflect.has(started(), property)
  })
}

/**
 * The Cloud emulator for a test file: started once for the file, reset before each test, stopped after the last.
 */
export function cloudEmulator(options: EmulatorOptions = {}): CloudEmulator {
  let emulator: CloudEmulator | undefined
  beforeAll(async () => {
    emulator = await CloudEmulator.start(options)
  })
  afterAll(async () => {
    await emulator?.stop()
  })
  beforeEach(async () => {
    await emulator!.reset()
  })
  return startedInHook('the Cloud emulator', () => emulator)
}

/** Cloud emulators a test starts with its own options (`start`): each is stopped after its test. */
export function emulatorPerTest(): (options?: EmulatorOptions) => Promise<CloudEmulator> {
  let emulator: CloudEmulator | undefined
  afterEach(async () => {
    await emulator?.stop()
    emulator = undefined
  })
  return async (options = {}) => {
    await emulator?.stop()
    emulator = await CloudEmulator.start(options)
    return emulator
  }
}

/**
 * The Cloud emulator and a fake GitHub for a test file whose runs need no database server: started once for the
 * file, reset before each test, stopped after the last.
 */
export function cloudAndGitHub(options: EmulatorOptions = {}): { emulator: CloudEmulator; gh: FakeGitHub } {
  let gh: FakeGitHub | undefined
  const emulator = cloudEmulator(options)
  beforeAll(async () => {
    gh = await FakeGitHub.start({ token: GITHUB_TOKEN })
  })
  afterAll(async () => {
    await gh?.stop()
  })
  beforeEach(() => {
    gh!.reset()
  })
  return { emulator, gh: startedInHook('the fake GitHub', () => gh) }
}

/**
 * Start the servers for this test file. `databasePrefix`: every database the file makes starts with it (the
 * cleanup drops those, and only those).
 */
export function previewServers(options: { databasePrefix: string; emulator?: EmulatorOptions }): PreviewServers {
  const superuserUrl = process.env.TEST_POSTGRES_URL
  if (!superuserUrl)
    throw new Error('TEST_POSTGRES_URL is not set: run the tests through jest (test/global-setup.mjs).')
  const serverUrl = process.env.TEST_POSTGRES_SERVER_URL ?? superuserUrl
  const { emulator, gh } = cloudAndGitHub({ engine: createProjectEngine, projectQuota: 20, ...options.emulator })
  let admin: pg.Client | undefined
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('previewServers: the servers start in beforeAll')
    return value
  }
  const databaseUrl = (name: string, server = superuserUrl): string => {
    const url = new URL(server)
    url.pathname = `/${encodeURIComponent(name)}`
    return url.toString()
  }

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: superuserUrl })
    await admin.connect()
  })
  afterAll(async () => {
    await admin?.end()
  })
  afterEach(async () => {
    // The engines hold pools on the preview databases: closed first, so the drops below need not wait for them.
    await emulator.reset()
    await dropDatabasesLike(admin!, options.databasePrefix)
  })

  return {
    emulator,
    gh,
    admin: startedInHook('the Postgres admin session', () => admin),
    serverUrl,
    databaseUrl,
    async databaseExists(name) {
      const { rowCount } = await started(admin).query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
      return rowCount === 1
    },
    async tagOf(name) {
      const { rows } = await started(admin).query<{ tag: string | null }>(
        "SELECT shobj_description(oid, 'pg_database') AS tag FROM pg_database WHERE datname = $1",
        [name]
      )
      return rows[0] ? rows[0].tag : undefined
    },
    async inDatabase<T extends pg.QueryResultRow>(name: string, sql: string): Promise<T[]> {
      // A role the action made has a password (derived from the server URL); one a test made may have none.
      const role = await started(admin).query(
        'SELECT 1 FROM pg_authid WHERE rolname = $1 AND rolpassword IS NOT NULL',
        [name]
      )
      const url = role.rowCount ? roleUrl(serverUrl, name, rolePassword(serverUrl, name), name) : databaseUrl(name)
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        return (await client.query<T>(sql)).rows
      } finally {
        await client.end()
      }
    },
    async createPreviewDatabase(name, tag) {
      const quoted = pg.escapeIdentifier(name)
      const db = started(admin)
      await db.query(`CREATE ROLE ${quoted} LOGIN`)
      // The server role may drop them, as the action makes them (a managed-style role needs the admin option, 16+).
      await db.query(
        `GRANT ${quoted} TO ${pg.escapeIdentifier(decodeURIComponent(new URL(serverUrl).username))} WITH ADMIN OPTION`
      )
      await db.query(`COMMENT ON ROLE ${quoted} IS ${pg.escapeLiteral(tag)}`)
      await db.query(`CREATE DATABASE ${quoted} OWNER ${quoted}`)
      await db.query(`COMMENT ON DATABASE ${quoted} IS ${pg.escapeLiteral(tag)}`)
    },
    async createTemplate(name, sql) {
      for (const [database, statement] of [
        ['postgres', `CREATE DATABASE ${pg.escapeIdentifier(name)}`],
        [name, sql]
      ]) {
        const client = new pg.Client({ connectionString: databaseUrl(database!, serverUrl) })
        await client.connect()
        try {
          await client.query(statement!)
        } finally {
          await client.end()
        }
      }
    },
    async createDatabase(name, tag) {
      await started(admin).query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
      if (tag !== undefined) {
        await started(admin).query(`COMMENT ON DATABASE ${pg.escapeIdentifier(name)} IS ${pg.escapeLiteral(tag)}`)
      }
    }
  }
}

/**
 * What a step of a pull request's workflow is given (pullRequestStep) with the file's Postgres server as
 * postgres-server-url, whose password must not leak.
 */
export function previewStep<M extends StepMore>(servers: PreviewServers, action: string, more: M = {} as M) {
  const inputs = { 'postgres-server-url': servers.serverUrl, ...more.inputs }
  const secrets = [POSTGRES_PASSWORD, MANAGED_ROLE.password, ...(more.secrets ?? [])]
  return pullRequestStep(servers, action, { ...more, secrets, inputs })
}
