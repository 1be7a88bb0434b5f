import { createHash } from 'node:crypto'
import pg from 'pg'
import type { Logger } from '../core/log.js'
import { pullRequestText, type PullRequestRef } from '../preview/pull-request.js'
import {
  isTaggedFor,
  parseJournal,
  parsePreviewTag,
  previewTag,
  previewTagPattern,
  roleComment,
  type PreviewJournal
} from '../preview/tag.js'
import { APPLICATION_NAME, type PostgresConnector, type Session as PgSession } from './connection.js'
import {
  DatabaseError,
  databaseError,
  noCreatedb,
  noCreaterole,
  templateMissing,
  templateNotHandedOver,
  type Step
} from './errors.js'
import { rolePassword, scramVerifier } from './role-password.js'
import { databaseUrl, namesDatabase, roleUrl, validatePostgresUrl } from './url.js'

/** A pull request's preview database, made or found by `ensure`. */
export interface PreviewDatabase {
  name: string
  /** Secret: the URL the tenant gets, as the preview's own role (never the server's), with this database as its path. */
  url: string
  /** It did not exist before, or a killed run had made it without finishing (in a dry run: it would be created). */
  created: boolean
  /** It existed and was replaced by a new copy (in a dry run: it would be). */
  reset: boolean
  /** Seeds were asked for when it was made, and are not all applied yet. */
  seedsPending: boolean
}

export interface EnsureOptions {
  /** The pull request whose preview this is: an existing role and database are used only when they are its. */
  owner: PullRequestRef
  /** A database to copy (`CREATE DATABASE ... TEMPLATE`); used only when the preview database is (re)created. */
  template?: string
  reset: boolean
  dryRun: boolean
  /** A database made (or replaced) now is to get the project's seeds: its tag says so until they are all in. */
  seeds?: boolean
}

export type DropResult = 'dropped' | 'not-found' | 'not-ours'

/** A preview the server holds: its role, tagged for a pull request of the repository asked about. */
export interface ServerPreview {
  name: string
  pr: PullRequestRef
  journal: PreviewJournal
  /** The databases its role owns (the preview database, and a copy a killed reset left). */
  databases: string[]
}

/** Postgres's identifier limit: a longer name is cut silently, and could then name another database. */
const MAX_NAME_BYTES = 63
const FORCE_DROP_VERSION = 130000

/** The admin session's facts, read once at connect. */
interface Session {
  role: string
  database: string
  version: number
  superuser: boolean
  /** CREATEDB or superuser: a dry run reports its lack as the real run would. */
  canCreate: boolean
  /** CREATEROLE or superuser: each preview gets a role of its own. */
  canCreateRole: boolean
}

/** What the server holds under a preview's name. */
interface Found {
  /** The role of that name and its comment; undefined when there is none. */
  role?: { comment: string | null }
  /** The database of that name, its owner and its comment; undefined when there is none. */
  database?: { owner: string; tag: string | null }
}

/**
 * Preview databases on the Postgres server of `postgres-server-url`, over one admin connection. Each preview has a
 * login role of its own, named like its database, tagged (its comment, which only a role with CREATEROLE can write)
 * for its pull request, owner of that database alone; the tenant connects as that role, so a pull request's
 * migrations reach neither another preview's database nor the server's others. A database is used or dropped only
 * when the role this action made for the pull request owns it.
 *
 * Every step survives a kill between two statements: the role and its tag are made in one transaction; the database
 * is created owned by the role in one statement; its own tag is written last and says the database is finished (a
 * later run finishes one without it); a reset copies first and swaps after, so the old database is never dropped
 * before its replacement exists.
 */
export class PreviewDatabases {
  private closed = false
  private readonly client: pg.Client

  private constructor(
    private readonly admin: PgSession,
    private readonly serverUrl: string,
    private readonly session: Session,
    private readonly connector: PostgresConnector,
    private readonly log: Logger
  ) {
    this.client = admin.client
  }

  /**
   * Connect to the URL's own database (`postgres` when it names none) through the run's connector, which reads the
   * URL's sslmode and bounds the waits. The session is held until `close`.
   */
  static async connect(serverUrl: string, connector: PostgresConnector, log: Logger): Promise<PreviewDatabases> {
    validatePostgresUrl(serverUrl, 'postgres-server-url')
    const target = namesDatabase(serverUrl) ? serverUrl : databaseUrl(serverUrl, 'postgres')
    const admin = await connector.open(target, { step: { kind: 'connect' } })
    const client = admin.client
    try {
      const { rows } = await client.query<Session>(
        `SELECT current_user AS role, current_database() AS database,
                current_setting('server_version_num')::int AS version, rolsuper AS superuser,
                rolcreatedb OR rolsuper AS "canCreate", rolcreaterole OR rolsuper AS "canCreateRole"
           FROM pg_roles WHERE rolname = current_user`
      )
      return new PreviewDatabases(admin, serverUrl, rows[0]!, connector, log)
    } catch (error) {
      await admin.close()
      throw databaseError(error, { kind: 'connect' }, { url: serverUrl })
    }
  }

  /**
   * Make the preview's role and database, or find them (a re-run on the next push keeps the data), finishing what a
   * killed run left half done. `reset` replaces the database with a new copy. A dry run writes nothing and logs the
   * plan.
   */
  async ensure(name: string, options: EnsureOptions): Promise<PreviewDatabase> {
    this.checkName(name)
    const { owner, reset } = options
    const seeds = options.seeds ?? false
    const template = options.template || undefined
    this.checkTemplate(template, name)
    // A secret like the server URL it is made from: masked where it is made, before anyone can log it.
    const url = roleUrl(this.serverUrl, name, rolePassword(this.serverUrl, name), name)
    this.log.mask(url)
    this.log.mask(rolePassword(this.serverUrl, name))
    const from = template ? ` from the template "${template}"` : ''
    if (options.dryRun) {
      const found = await this.find(name)
      this.requireOurs(name, found, owner)
      if (found.database && !reset) {
        this.log.info(`Dry run: would keep the preview database "${name}" with its data.`)
        return { name, url, created: false, reset: false, seedsPending: hasPendingSeeds(found.database.tag) }
      }
      this.requireRights()
      if (template) await this.requireTemplate(template)
      const verb = found.database ? 'replace' : 'create'
      this.log.info(`Dry run: would ${verb} the preview database "${name}"${from}.`)
      return { name, url, created: !found.database, reset: !!found.database, seedsPending: !!options.seeds }
    }
    this.requireRights()
    return this.holdingLock(name, async () => {
      const found = await this.find(name)
      this.requireOurs(name, found, owner)
      if (!found.role) await this.createRole(name, owner)
      else await this.setPassword(name)
      const next = nextName(name)
      const leftover = (await this.databasesOwnedBy(name)).includes(next)

      if (!found.database) {
        if (leftover) {
          // A reset was killed after dropping the old database: its copy is the database now.
          await this.finish(next, name, owner, template, seeds)
          await this.rename(next, name)
          this.log.info(`Finished the reset of the preview database "${name}" that an earlier run began.`)
          return { name, url, created: false, reset: true, seedsPending: seeds }
        }
        await this.createDatabase(name, name, template)
        await this.finish(name, name, owner, template, seeds)
        this.log.info(`Created the preview database "${name}"${from}.`)
        return { name, url, created: true, reset: false, seedsPending: seeds }
      }
      // The tag is written last: without it, an earlier run was killed before it finished the database.
      const unfinished = !isTaggedFor(found.database.tag, owner)
      if (unfinished) await this.finish(name, name, owner, template, seeds)
      if (!reset) {
        if (leftover) await this.dropDatabase(next)
        this.log.info(
          unfinished
            ? `Finished the preview database "${name}" that an earlier run made.`
            : `Using the preview database "${name}" of this pull request; its data is kept.`
        )
        const seedsPending = unfinished ? seeds : hasPendingSeeds(found.database.tag)
        return { name, url, created: unfinished, reset: false, seedsPending }
      }
      // Copy first, swap after: a template that cannot be copied (in use, missing) leaves the old database as it was.
      if (leftover) await this.dropDatabase(next)
      if (template) await this.requireTemplate(template)
      await this.createDatabase(next, name, template)
      await this.finish(next, name, owner, template, seeds)
      await this.dropDatabase(name)
      await this.rename(next, name)
      this.log.info(`Reset the preview database "${name}": replaced by a new copy${from}.`)
      return { name, url, created: false, reset: true, seedsPending: seeds }
    })
  }

  /** The journal the preview's role carries; empty when there is no such role of this pull request. */
  async journal(name: string, owner: PullRequestRef): Promise<PreviewJournal> {
    const { role } = await this.find(name)
    return role && isTaggedFor(role.comment, owner) ? parseJournal(role.comment) : {}
  }

  /** Record what a create is doing with Hasura Cloud on the preview's role (see PreviewJournal). */
  async writeJournal(name: string, owner: PullRequestRef, journal: PreviewJournal): Promise<void> {
    await this.query(
      { kind: 'work', database: name, doing: 'record the tenant on the role of' },
      `COMMENT ON ROLE ${pg.escapeIdentifier(name)} IS ${pg.escapeLiteral(roleComment(owner, journal))}`
    )
  }

  /**
   * End the sessions on the preview's databases, drop them and its role, only when the role is this pull request's
   * and owns them. In a dry run, 'dropped' means it would be.
   */
  async drop(name: string, owner: PullRequestRef, options: { dryRun: boolean }): Promise<DropResult> {
    this.checkName(name)
    const decide = async (): Promise<DropResult> => {
      const found = await this.find(name)
      if (!found.role && !found.database) return 'not-found'
      if (!found.role || !isTaggedFor(found.role.comment, owner)) return 'not-ours'
      if (found.database && found.database.owner !== name) return 'not-ours'
      if (options.dryRun) return 'dropped'
      for (const database of await this.databasesOwnedBy(name)) await this.dropDatabase(database)
      await this.dropRole(name)
      return 'dropped'
    }
    return options.dryRun ? decide() : this.holdingLock(name, decide)
  }

  /** The previews of a repository the server holds: the roles tagged for its pull requests, with their databases. */
  async previewsOf(repository: Pick<PullRequestRef, 'owner' | 'repo'>): Promise<ServerPreview[]> {
    const { rows } = await this.query<{ name: string; comment: string; databases: string[] | null }>(
      { kind: 'work', database: `${repository.owner}/${repository.repo}`, doing: 'list the preview roles of' },
      `SELECT r.rolname AS name, shobj_description(r.oid, 'pg_authid') AS comment,
              (SELECT array_agg(d.datname::text ORDER BY d.datname) FROM pg_database d WHERE d.datdba = r.oid) AS databases
         FROM pg_roles r
        WHERE shobj_description(r.oid, 'pg_authid') ILIKE $1
        ORDER BY r.rolname`,
      [previewTagPattern(repository)]
    )
    const previews: ServerPreview[] = []
    for (const row of rows) {
      const pr = parsePreviewTag(row.comment)
      // ILIKE matched the start only: the whole first line must be the tag of this repository.
      if (!pr || pr.owner.toLowerCase() !== repository.owner.toLowerCase()) continue
      if (pr.repo.toLowerCase() !== repository.repo.toLowerCase()) continue
      previews.push({ name: row.name, pr, journal: parseJournal(row.comment), databases: row.databases ?? [] })
    }
    return previews
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.admin.close()
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
  private checkTemplate(template: string | undefined, name: string): void {
    if (template && Buffer.byteLength(template) > MAX_NAME_BYTES) {
      throw new DatabaseError(
        `database-template must name a database of at most ${MAX_NAME_BYTES} bytes.`,
        'database-template'
      )
    }
    if (template === name) {
      throw new DatabaseError(
        `database-template names the preview database "${name}" itself: a reset would copy the database it replaces. ` +
          'Name another database (one holding the data every preview starts with).',
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

  /** Both rights are needed before anything is made: checked before any Cloud write, in a dry run too. */
  private requireRights(): void {
    const role = pg.escapeIdentifier(this.session.role)
    if (!this.session.canCreate) throw noCreatedb(role)
    if (!this.session.canCreateRole) throw noCreaterole(role)
  }

  private async find(name: string): Promise<Found> {
    const { rows } = await this.query<{ kind: 'role' | 'database'; owner: string | null; comment: string | null }>(
      { kind: 'work', database: name, doing: 'look up the role and database' },
      `SELECT 'role' AS kind, NULL AS owner, shobj_description(oid, 'pg_authid') AS comment
         FROM pg_roles WHERE rolname = $1
       UNION ALL
       SELECT 'database', pg_get_userbyid(datdba)::text, shobj_description(oid, 'pg_database')
         FROM pg_database WHERE datname = $1`,
      [name]
    )
    const role = rows.find((row) => row.kind === 'role')
    const database = rows.find((row) => row.kind === 'database')
    return {
      role: role && { comment: role.comment },
      database: database && { owner: database.owner ?? '', tag: database.comment }
    }
  }

  /** The role must be this pull request's, and own the database: a tag alone proves nothing (its owner can write it). */
  private requireOurs(name: string, found: Found, owner: PullRequestRef): void {
    let why: string | undefined
    if (found.role && !isTaggedFor(found.role.comment, owner)) {
      const tagged = parsePreviewTag(found.role.comment)
      why = tagged
        ? `a role of that name is the preview of ${pullRequestText(tagged)}`
        : 'a role of that name exists and carries no tag of this action'
    } else if (found.database && found.database.owner !== name) {
      const tagged = parsePreviewTag(found.database.tag)
      why =
        `the database belongs to the role ${pg.escapeIdentifier(found.database.owner)}, not to the role this action ` +
        `makes for the preview${tagged ? ` (its tag names ${pullRequestText(tagged)}, which proves nothing)` : ''}`
    } else if (found.database && !found.role) {
      why = 'the role this action makes for the preview does not exist'
    }
    if (!why) return
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

  /**
   * The role and its tag in one transaction: a kill leaves both or neither. The admin becomes a member of it, which
   * CREATE DATABASE ... OWNER and the ownership of a template's objects need.
   */
  private async createRole(name: string, owner: PullRequestRef): Promise<void> {
    const role = pg.escapeIdentifier(name)
    const password = scramVerifier(rolePassword(this.serverUrl, name), `${this.serverUrl}:${name}`)
    const step: Step = { kind: 'role', database: name }
    await this.query(step, 'BEGIN')
    try {
      await this.query(
        step,
        `CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD ${pg.escapeLiteral(password)}`
      )
      await this.query(step, `COMMENT ON ROLE ${role} IS ${pg.escapeLiteral(roleComment(owner))}`)
      await this.query(step, `GRANT ${role} TO CURRENT_USER`)
      await this.query(step, 'COMMIT')
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => {})
      throw error
    }
  }

  /** The password follows the server URL it is derived from (a rotated server password changes it). */
  private async setPassword(name: string): Promise<void> {
    const password = scramVerifier(rolePassword(this.serverUrl, name), `${this.serverUrl}:${name}`)
    await this.query(
      { kind: 'role', database: name },
      `ALTER ROLE ${pg.escapeIdentifier(name)} PASSWORD ${pg.escapeLiteral(password)}`
    )
  }

  private async createDatabase(database: string, role: string, template: string | undefined): Promise<void> {
    const copy = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ''
    await this.query(
      { kind: 'create', database, template },
      `CREATE DATABASE ${pg.escapeIdentifier(database)} OWNER ${pg.escapeIdentifier(role)}${copy}`
    )
  }

  /**
   * What makes a created database the preview's, each step repeatable: a template's objects handed to the role
   * (its migrations alter them), no CONNECT for PUBLIC (other previews' roles), and the tag, last. A copy whose
   * objects cannot all be handed over is dropped (it never got its tag: a killed run's copy is checked again).
   */
  private async finish(
    database: string,
    role: string,
    owner: PullRequestRef,
    template: string | undefined,
    seeds: boolean
  ): Promise<void> {
    if (template) {
      const kept = await this.handOver(database, role, template)
      if (kept.length > 0) {
        await this.dropDatabase(database)
        throw templateNotHandedOver(template, pg.escapeIdentifier(this.session.role), kept)
      }
    }
    const quoted = pg.escapeIdentifier(database)
    const step: Step = { kind: 'work', database, doing: 'close to other roles' }
    await this.query(step, `REVOKE ALL ON DATABASE ${quoted} FROM PUBLIC`)
    await this.query(step, `COMMENT ON DATABASE ${quoted} IS ${pg.escapeLiteral(databaseTag(owner, seeds))}`)
  }

  /** The preview database's seeds are all in: its tag stops asking for them. */
  async seedsApplied(name: string, owner: PullRequestRef): Promise<void> {
    await this.query(
      { kind: 'work', database: name, doing: 'record the seeds of' },
      `COMMENT ON DATABASE ${pg.escapeIdentifier(name)} IS ${pg.escapeLiteral(databaseTag(owner, false))}`
    )
  }

  /**
   * The template's objects arrive with their old owner: give the role what the admin may give. What stays another
   * role's (the admin is not a member of its owner) is returned, for the user to fix in the template.
   */
  private async handOver(database: string, role: string, template: string): Promise<TemplateObject[]> {
    const step: Step = { kind: 'work', database, doing: `hand the objects copied from "${template}" to the role of` }
    const session = await this.connector.open(databaseUrl(this.serverUrl, database), { step })
    try {
      await session.client.query(handOverSql(role))
      const { rows } = await session.client.query<TemplateObject>(keptObjectsSql(role))
      return rows
    } catch (error) {
      throw databaseError(error, step, { url: this.serverUrl, role: this.session.role })
    } finally {
      await session.close()
    }
  }

  private async rename(from: string, to: string): Promise<void> {
    await this.query(
      { kind: 'work', database: to, doing: 'swap in the new copy of' },
      `ALTER DATABASE ${pg.escapeIdentifier(from)} RENAME TO ${pg.escapeIdentifier(to)}`
    )
  }

  private async databasesOwnedBy(role: string): Promise<string[]> {
    const { rows } = await this.query<{ datname: string }>(
      { kind: 'work', database: role, doing: 'list the databases of the role' },
      'SELECT datname FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = $1) ORDER BY datname',
      [role]
    )
    return rows.map((row) => row.datname)
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
    await this.query(step, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)}${force}`)
  }

  /** What the role still owns or was granted in the admin's database goes with it (its databases are gone already). */
  private async dropRole(name: string): Promise<void> {
    const role = pg.escapeIdentifier(name)
    const step: Step = { kind: 'drop', database: name }
    await this.query(step, `DROP OWNED BY ${role}`)
    await this.query(step, `DROP ROLE ${role}`)
  }

  /**
   * Runs that work on the same preview take turns (an advisory lock of the admin database), so a second run finds
   * the first one's work finished instead of half made. The session's end releases it too.
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
      throw databaseError(error, step, { url: this.serverUrl, role: this.session.role })
    }
  }
}

/** The database's tag, and its second line while the seeds asked for at its making are not all in. */
const SEEDS_PENDING = 'seeds: pending'

function databaseTag(owner: PullRequestRef, seedsPending: boolean): string {
  return seedsPending ? `${previewTag(owner)}\n${SEEDS_PENDING}` : previewTag(owner)
}

function hasPendingSeeds(tag: string | null): boolean {
  return (tag ?? '').split('\n').slice(1).includes(SEEDS_PENDING)
}

/** The name a reset copies into before it swaps: owned by the preview's role, which is what ties it to the preview. */
export function nextName(name: string): string {
  return `hcta-next-${createHash('sha256').update(name).digest('hex').slice(0, 24)}`
}

/**
 * The objects of the connected database a migration may alter (schemas, relations, routines, types), with their
 * owner: sequences owned by a column and a table's row type follow their table, the system schemas are not the
 * database's own. `matters`: a schema another role keeps is in the way only where `role` may not create objects.
 */
function objectsSql(role: string): string {
  const to = pg.escapeLiteral(role)
  const extensionMember = (catalog: string, oid: string) =>
    `EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`
  return `SELECT 'SCHEMA' AS kind, quote_ident(n.nspname) AS name, n.nspowner AS owner,
         NOT has_schema_privilege(${to}, n.oid, 'CREATE') AS matters, ${extensionMember('pg_namespace', 'n.oid')} AS extension
    FROM pg_namespace n
   WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                        WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, format('%I.%I', n.nspname, c.relname),
         c.relowner, true, ${extensionMember('pg_class', 'c.oid')}
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
     AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid
               AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))
  UNION ALL
  SELECT 'ROUTINE', format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)), p.proowner,
         true, ${extensionMember('pg_proc', 'p.oid')}
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'TYPE', format('%I.%I', n.nspname, t.typname), t.typowner, true, ${extensionMember('pg_type', 't.oid')}
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
     AND t.typtype IN ('e', 'd', 'c', 'r') AND t.typelem = 0
     AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')`
}

/**
 * Hands the objects of the connected database to `role`, where the admin may: objects of roles the admin is a member
 * of. An extension's routines and types stay with the extension.
 */
function handOverSql(role: string): string {
  const to = pg.escapeLiteral(role)
  return `DO $$
DECLARE
  item record;
BEGIN
  FOR item IN
    SELECT format('ALTER %s %s OWNER TO %I', kind, name, ${to}) AS sql FROM (${objectsSql(role)}) o
     WHERE owner <> (SELECT oid FROM pg_roles WHERE rolname = ${to}) AND pg_has_role(owner, 'USAGE')
       AND NOT (extension AND kind IN ('ROUTINE', 'TYPE'))
  LOOP
    EXECUTE item.sql;
  END LOOP;
END
$$`
}

/** An object of the template that stays another role's after the hand-over. */
interface TemplateObject {
  kind: string
  name: string
  owner: string
}

/** What the hand-over left to other roles and is in the migrations' way (an extension's objects stay its own). */
function keptObjectsSql(role: string): string {
  return `SELECT lower(kind) AS kind, name, pg_get_userbyid(owner)::text AS owner FROM (${objectsSql(role)}) o
   WHERE owner <> (SELECT oid FROM pg_roles WHERE rolname = ${pg.escapeLiteral(role)}) AND matters AND NOT extension
   ORDER BY kind, name`
}
