import { createHash } from 'node:crypto'
import pg from 'pg'
import type { Logger } from '../core/log.js'
import { pullRequestText, type PullRequestRef } from '../preview/pull-request.js'
import { isTaggedFor, parsePreviewTag, previewTag } from '../preview/tag.js'
import {
  CONNECT_TIMEOUT_MS,
  DatabaseError,
  databaseError,
  LOCK_TIMEOUT_SECONDS,
  noCreatedb,
  templateMissing,
  type Step
} from './errors.js'
import { databaseUrl, namesDatabase, validatePostgresUrl } from './url.js'

/** A pull request's preview database, made or found by `ensure`. */
export interface PreviewDatabase {
  name: string
  /** Secret: the server URL with this database as its path. */
  url: string
  /** It did not exist before (in a dry run: it would be created). */
  created: boolean
  /** It existed and was dropped and created again (in a dry run: it would be). */
  reset: boolean
}

export interface EnsureOptions {
  /** The pull request whose preview this is: an existing database is used only when its tag names it. */
  owner: PullRequestRef
  /** A database to copy (`CREATE DATABASE ... TEMPLATE`); used only when the preview database is (re)created. */
  template?: string
  reset: boolean
  dryRun: boolean
}

export type DropResult = 'dropped' | 'not-found' | 'not-ours'

/** Postgres's identifier limit: a longer name is cut silently, and could then name another database. */
const MAX_NAME_BYTES = 63
const APPLICATION_NAME = 'hasura-cloud-tenant-action'
const FORCE_DROP_VERSION = 130000

/** The admin session's facts, read once at connect. */
interface Session {
  role: string
  database: string
  version: number
  /** CREATEDB or superuser: a dry run reports its lack as the real run would. */
  canCreate: boolean
}

/**
 * Preview databases on the Postgres server of `postgres-server-url`, over one admin connection. A database is
 * used, reset or dropped only when its comment tags it as this pull request's preview (see tag.ts).
 */
export class PreviewDatabases {
  private closed = false

  private constructor(
    private readonly client: pg.Client,
    private readonly serverUrl: string,
    private readonly session: Session,
    private readonly log: Logger
  ) {}

  /**
   * Connect to the URL's own database (`postgres` when it names none), honouring its query (sslmode, ...).
   * `connectTimeoutMs` (default CONNECT_TIMEOUT_MS) bounds the wait for a server that does not answer.
   */
  static async connect(
    serverUrl: string,
    log: Logger,
    options: { connectTimeoutMs?: number } = {}
  ): Promise<PreviewDatabases> {
    validatePostgresUrl(serverUrl, 'postgres-server-url')
    const connectTimeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS
    const server = { url: serverUrl, connectTimeoutMs }
    let client: pg.Client
    try {
      client = new pg.Client({
        connectionString: libpqSemantics(namesDatabase(serverUrl) ? serverUrl : databaseUrl(serverUrl, 'postgres')),
        connectionTimeoutMillis: connectTimeoutMs,
        // Bounds the wait for a concurrent run (the advisory lock) and for sessions on a template; the URL may override.
        lock_timeout: LOCK_TIMEOUT_SECONDS * 1000,
        application_name: APPLICATION_NAME
      })
    } catch (error) {
      // Parsing the URL's query can fail too (an sslrootcert file that is missing, say).
      throw databaseError(error, { kind: 'connect' }, server)
    }
    // A connection lost later fails the next query, which reports it; without a listener it would crash the process.
    client.on('error', () => {})
    try {
      await client.connect()
      const { rows } = await client.query<Session>(
        `SELECT current_user AS role, current_database() AS database,
                current_setting('server_version_num')::int AS version,
                (SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user) AS "canCreate"`
      )
      return new PreviewDatabases(client, serverUrl, rows[0]!, log)
    } catch (error) {
      await client.end().catch(() => {})
      throw databaseError(error, { kind: 'connect' }, server)
    }
  }

  /**
   * Make the preview database, or find it (a re-run on the next push keeps its data). An existing database is used
   * only when its tag names `owner`; `reset` drops and recreates it. A dry run writes nothing and logs the plan.
   */
  async ensure(name: string, options: EnsureOptions): Promise<PreviewDatabase> {
    this.checkName(name)
    const { owner, reset } = options
    const template = options.template || undefined
    this.checkTemplate(template)
    // A secret like the server URL it is made from: masked where it is made, before anyone can log it.
    const url = databaseUrl(this.serverUrl, name)
    this.log.mask(url)
    const from = template ? ` from the template "${template}"` : ''
    if (options.dryRun) {
      const tag = await this.tagOf(name)
      if (tag !== undefined) this.requireOurs(name, tag, owner)
      if (tag !== undefined && !reset) {
        this.log.info(`Dry run: would keep the preview database "${name}" with its data.`)
        return { name, url, created: false, reset: false }
      }
      if (!this.session.canCreate) throw noCreatedb(pg.escapeIdentifier(this.session.role))
      if (template) await this.requireTemplate(template)
      this.log.info(
        `Dry run: would ${tag === undefined ? 'create' : 'drop and recreate'} the preview database "${name}"${from}.`
      )
      return { name, url, created: tag === undefined, reset: tag !== undefined }
    }
    return this.holdingLock(name, async () => {
      const tag = await this.tagOf(name)
      if (tag !== undefined) {
        this.requireOurs(name, tag, owner)
        if (!reset) {
          this.log.info(`Using the preview database "${name}" of this pull request; its data is kept.`)
          return { name, url, created: false, reset: false }
        }
        // A missing template would otherwise show only after the drop, leaving no database at all.
        if (template) await this.requireTemplate(template)
        await this.dropDatabase(name)
      }
      if (!(await this.createDatabase(name, template))) {
        // Another run made it between our look and our CREATE (one that does not share our lock): its tag decides.
        this.requireOurs(name, (await this.tagOf(name)) ?? null, owner)
        this.log.info(`Using the preview database "${name}" of this pull request, just made by another run.`)
        return { name, url, created: false, reset: false }
      }
      await this.tagDatabase(name, owner)
      this.log.info(
        tag === undefined
          ? `Created the preview database "${name}"${from}.`
          : `Reset the preview database "${name}": dropped and created again${from}.`
      )
      return { name, url, created: tag === undefined, reset: tag !== undefined }
    })
  }

  /**
   * End the sessions on the preview database and drop it, only when its tag names `owner`; the caller reports the
   * result. In a dry run, 'dropped' means it would be.
   */
  async drop(name: string, owner: PullRequestRef, options: { dryRun: boolean }): Promise<DropResult> {
    this.checkName(name)
    const decide = async (): Promise<DropResult> => {
      const tag = await this.tagOf(name)
      if (tag === undefined) return 'not-found'
      if (!isTaggedFor(tag, owner)) return 'not-ours'
      if (!options.dryRun) await this.dropDatabase(name)
      return 'dropped'
    }
    return options.dryRun ? decide() : this.holdingLock(name, decide)
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.client.end().catch(() => {})
  }

  private checkName(name: string): void {
    if (!/^[a-z0-9-]+$/.test(name)) {
      throw new DatabaseError(
        `The preview database name "${name}" may hold only lower-case letters, digits and "-".`,
        'name'
      )
    }
    if (Buffer.byteLength(name) > MAX_NAME_BYTES) {
      throw new DatabaseError(
        `The preview database name "${name}" is ${Buffer.byteLength(name)} bytes long; Postgres allows ` +
          `${MAX_NAME_BYTES}. Give the preview a shorter name.`,
        'name'
      )
    }
    if (name === this.session.database) {
      throw new DatabaseError(
        `postgres-server-url names the database "${name}" itself, where the action connects to create and drop it. ` +
          'Point the URL at another database of the server, such as /postgres.',
        'postgres-server-url'
      )
    }
  }

  /** `undefined`: CREATE DATABASE copies template1. */
  private checkTemplate(template: string | undefined): void {
    if (template && Buffer.byteLength(template) > MAX_NAME_BYTES) {
      throw new DatabaseError(
        `database-template must name a database of at most ${MAX_NAME_BYTES} bytes.`,
        'database-template'
      )
    }
    if ((template ?? 'template1') === this.session.database) {
      throw new DatabaseError(
        `postgres-server-url connects to the database "${this.session.database}", which CREATE DATABASE would copy` +
          `${template ? ' (database-template)' : ''}: Postgres copies a database only while no other session is ` +
          'connected to it. Point the URL at another database, such as /postgres.',
        template ? 'database-template' : 'postgres-server-url'
      )
    }
  }

  /** The database's comment: undefined when there is no such database, null when it has none. */
  private async tagOf(name: string): Promise<string | null | undefined> {
    const { rows } = await this.query<{ tag: string | null }>(
      { kind: 'work', database: name, doing: 'look up the database' },
      "SELECT shobj_description(oid, 'pg_database') AS tag FROM pg_database WHERE datname = $1",
      [name]
    )
    return rows[0] ? rows[0].tag : undefined
  }

  private requireOurs(name: string, tag: string | null, owner: PullRequestRef): void {
    if (isTaggedFor(tag, owner)) return
    const tagged = parsePreviewTag(tag)
    const why = tagged
      ? `it is the preview of ${pullRequestText(tagged)}`
      : tag === null
        ? 'it carries no tag of this action'
        : 'its comment is not the tag of this action'
    throw new DatabaseError(
      `The database "${name}" exists on the server of postgres-server-url and is not this pull request's preview ` +
        `(${why}); the action leaves it untouched. Drop or rename it, or point postgres-server-url at another server.`,
      'postgres-server-url'
    )
  }

  private async requireTemplate(template: string): Promise<void> {
    const { rowCount } = await this.query(
      { kind: 'work', database: template, doing: 'look up the template database' },
      'SELECT 1 FROM pg_database WHERE datname = $1',
      [template]
    )
    if (!rowCount) throw templateMissing(template)
  }

  /** False when the database exists already: a concurrent CREATE won (42P04, or 23505 on pg_database's index). */
  private async createDatabase(name: string, template: string | undefined): Promise<boolean> {
    const sql = `CREATE DATABASE ${pg.escapeIdentifier(name)}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ''}`
    try {
      await this.client.query(sql)
      return true
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if (code === '42P04' || code === '23505') return false
      throw this.failure(error, { kind: 'create', database: name, template })
    }
  }

  private async tagDatabase(name: string, owner: PullRequestRef): Promise<void> {
    try {
      await this.query(
        { kind: 'work', database: name, doing: 'tag the database' },
        `COMMENT ON DATABASE ${pg.escapeIdentifier(name)} IS ${pg.escapeLiteral(previewTag(owner))}`
      )
    } catch (error) {
      // An untagged database would block every later run of this pull request: remove the empty one just made.
      await this.client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)}`).catch(() => {})
      throw error
    }
  }

  /** End the other sessions, then drop; WITH (FORCE) (Postgres 13+) also ends any that reconnected meanwhile. */
  private async dropDatabase(name: string): Promise<void> {
    const step: Step = { kind: 'drop', database: name }
    await this.query(
      step,
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [name]
    )
    const force = this.session.version >= FORCE_DROP_VERSION ? ' WITH (FORCE)' : ''
    await this.query(step, `DROP DATABASE ${pg.escapeIdentifier(name)}${force}`)
  }

  /**
   * Runs that work on the same preview database take turns (an advisory lock of the admin database), so a second
   * run finds the first one's database tagged instead of half made. The session's end releases it too.
   */
  private async holdingLock<T>(name: string, work: () => Promise<T>): Promise<T> {
    const key = createHash('sha256').update(`${APPLICATION_NAME}:database:${name}`).digest().readBigInt64BE(0)
    const step: Step = { kind: 'work', database: name, doing: 'wait for other runs on the database' }
    await this.query(step, 'SELECT pg_advisory_lock($1::bigint)', [key.toString()])
    try {
      return await work()
    } finally {
      await this.client.query('SELECT pg_advisory_unlock($1::bigint)', [key.toString()]).catch(() => {})
    }
  }

  private async query<R extends pg.QueryResultRow>(step: Step, sql: string, values?: unknown[]) {
    try {
      return await this.client.query<R>(sql, values)
    } catch (error) {
      throw this.failure(error, step)
    }
  }

  private failure(error: unknown, step: Step): DatabaseError {
    return databaseError(error, step, { url: this.serverUrl, role: this.session.role })
  }
}

/**
 * The URL is written for the project's engine, which reads `sslmode` as libpq does (`require`: encrypted, the
 * certificate not verified); pg 8 alone would verify it. Our own connection asks pg for libpq's meaning.
 */
function libpqSemantics(url: string): string {
  if (!/[?&]sslmode=/i.test(url) || /[?&]uselibpqcompat=/i.test(url)) return url
  return `${url}${url.includes('?') ? '&' : '?'}uselibpqcompat=true`
}
