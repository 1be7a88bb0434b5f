/**
 * An emulator of a Hasura project's own HTTP API, as far as the action uses it, running SQL on a real Postgres:
 * `/healthz`, `/v1/metadata` (export/replace/reload metadata, get_inconsistent_metadata, get/set_catalog_state, bulk),
 * `/v2/query` (run_sql) and `/v1/graphql` (introspection per role: graphql-schema.ts), with the engine's answer and
 * error shapes (`{code, error, path, internal}`). The Cloud emulator makes one ProjectEngine per tenant
 * (createProjectEngine); EngineServer serves one alone.
 */
import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { execute, Kind, parse, type DocumentNode } from 'graphql'
import pg from 'pg'
import { splitStatements } from '../../src/project/sql.js'
import type { InconsistentObject } from '../../src/project/types.js'
import { readCatalog, type DatabaseCatalog } from './catalog.js'
import { certificateDir, libpqReading, withSslConfiguration } from './libpq.js'
import { exportShape } from './export-shape.js'
import { jsonText } from './json-text.js'
import { roleSchema } from './graphql-schema.js'
import {
  envInconsistencies,
  findInconsistencies,
  isObject,
  sourcesOf,
  tablesOf,
  type SourceState
} from './inconsistency.js'
import type { TenantEngine, TenantEngineContext, TenantEngineFactory } from './types.js'

type Json = Record<string, unknown>

export type EngineFault =
  /** A gateway answers with this status; the engine does not act. */
  | { kind: 'http'; status: 502 | 503 | 504 }
  /** The connection is destroyed before the engine acts. */
  | { kind: 'drop-before' }
  /** The engine acts fully, then the connection is destroyed without an answer. */
  | { kind: 'drop-after' }
  /** No answer at all: the request hangs until the client gives up (a project that stopped answering). */
  | { kind: 'hang' }

export interface EngineFaultRule {
  /** A request type (`run_sql`, `export_metadata`, `bulk`, ...; `graphql` for /v1/graphql) or `*`. */
  type: string
  fault: EngineFault
  /** How many matching requests it applies to; default 1. */
  times?: number
}

/** An error as the engine answers it: `{code, error, path, internal?}` with an HTTP status. */
export class HasuraError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly path = '$',
    readonly internal?: unknown
  ) {
    super(message)
  }

  body(): Json {
    return {
      code: this.code,
      error: this.message,
      path: this.path,
      ...(this.internal === undefined ? {} : { internal: this.internal })
    }
  }
}

const ADMIN_SECRET = 'HASURA_GRAPHQL_ADMIN_SECRET'
const VERSION = 'v2.48.0-cloud.1'
const MAX_BODY_BYTES = 16 * 1024 * 1024
const INCONSISTENT = 'inconsistent objects in schema'
/** Every value as the text Postgres sends, as run_sql answers it. */
const TEXT_VALUES = { getTypeParser: () => (value: string) => value }

export class ProjectEngine implements TenantEngine {
  /** Requests by type (`healthz`, `export_metadata`, `run_sql`, ...; `unauthorized` for refused ones). */
  readonly calls: Record<string, number> = Object.create(null) as Record<string, number>
  private current: Json = { version: 3, sources: [] }
  private resourceVersion = 1
  private readonly catalogStateId = randomUUID()
  private cliState: Json = {}
  private consoleState: Json = {}
  private inconsistent: InconsistentObject[] = []
  private readonly pools = new Map<string, pg.Pool>()
  private readonly faults: { rule: EngineFaultRule; remaining: number }[] = []
  private certDir?: string

  constructor(private readonly context: TenantEngineContext) {}

  /** The metadata as last replaced. */
  get metadata(): Json {
    return structuredClone(this.current)
  }

  get catalogState(): { cli_state: Json; console_state: Json } {
    return { cli_state: structuredClone(this.cliState), console_state: structuredClone(this.consoleState) }
  }

  get inconsistencies(): InconsistentObject[] {
    return structuredClone(this.inconsistent)
  }

  get totalCalls(): number {
    return Object.values(this.calls).reduce((sum, count) => sum + count, 0)
  }

  /** What another tool (the CLI, the console) wrote to the CLI's catalog state. */
  setCliState(state: Json): void {
    this.cliState = structuredClone(state)
  }

  injectFault(rule: EngineFaultRule): void {
    this.faults.push({ rule, remaining: rule.times ?? 1 })
  }

  async serve(req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<void> {
    const url = new URL(path, 'http://engine')
    try {
      if (url.pathname === '/healthz' || url.pathname === '/hasura/healthz') return this.health(res, url)
      if (url.pathname === '/v1/version') return send(res, 200, { version: VERSION })
      if (url.pathname === '/v1/graphql') return await this.graphql(req, res)
      if (url.pathname !== '/v1/metadata' && url.pathname !== '/v2/query') {
        throw new HasuraError(404, 'not-found', 'resource does not exist')
      }
      this.authorize(req)
      if (req.method !== 'POST') throw new HasuraError(405, 'method-not-allowed', 'only POST is allowed')
      const body = await readJson(req)
      const type = isObject(body) && typeof body.type === 'string' ? body.type : 'unknown'
      this.calls[type] = (this.calls[type] ?? 0) + 1
      const fault = this.takeFault(type)
      if (fault?.kind === 'http') return sendText(res, fault.status, `upstream answered ${fault.status}`)
      if (fault?.kind === 'drop-before') return void req.socket.destroy()
      if (fault?.kind === 'hang') return
      try {
        const answer = url.pathname === '/v1/metadata' ? await this.metadataCall(body) : await this.queryCall(body)
        if (fault?.kind !== 'drop-after') send(res, 200, answer)
      } finally {
        if (fault?.kind === 'drop-after') req.socket.destroy()
      }
    } catch (error) {
      if (res.headersSent || req.socket.destroyed) return
      if (error instanceof HasuraError) return send(res, error.status, error.body())
      send(res, 500, { code: 'unexpected', error: 'internal error', path: '$' })
    }
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()]
    this.pools.clear()
    await Promise.all(pools.map((pool) => pool.end()))
    if (this.certDir) rmSync(this.certDir, { recursive: true, force: true })
  }

  // ---- requests ----

  private health(res: http.ServerResponse, url: URL): void {
    this.calls.healthz = (this.calls.healthz ?? 0) + 1
    if (this.inconsistent.length === 0) return sendText(res, 200, 'OK')
    const strict = url.searchParams.get('strict') === 'true'
    sendText(res, strict ? 500 : 200, strict ? `ERROR: ${INCONSISTENT}` : `WARN: ${INCONSISTENT}`)
  }

  /**
   * GraphQL answers its errors with 200 and `{errors}`, authorization failures included. With the admin secret,
   * `x-hasura-role` picks the role whose schema answers (none, or `admin`: the admin's); introspection runs on that
   * schema (see graphql-schema.ts), any other query is refused, as the emulator runs no SQL through GraphQL.
   */
  private async graphql(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    this.calls.graphql = (this.calls.graphql ?? 0) + 1
    const fault = this.takeFault('graphql')
    if (fault?.kind === 'http') return sendText(res, fault.status, `upstream answered ${fault.status}`)
    if (fault?.kind === 'drop-before' || fault?.kind === 'drop-after') return void req.socket.destroy()
    if (fault?.kind === 'hang') return
    try {
      this.authorize(req)
      const header = req.headers['x-hasura-role']
      const role = (Array.isArray(header) ? header[0] : header) ?? 'admin'
      this.calls[`graphql:${role}`] = (this.calls[`graphql:${role}`] ?? 0) + 1
      send(res, 200, await this.answerGraphql(await readJson(req), role))
    } catch (error) {
      if (!(error instanceof HasuraError)) throw error
      send(res, 200, { errors: [{ message: error.message, extensions: { path: error.path, code: error.code } }] })
    }
  }

  private async answerGraphql(body: unknown, role: string): Promise<Json> {
    const request = isObject(body) ? body : {}
    const query = typeof request.query === 'string' ? request.query : ''
    if (/^(query\w*)?\{__typename\}$/.test(query.replace(/\s+/g, ''))) return { data: { __typename: 'query_root' } }
    let document: DocumentNode
    try {
      document = parse(query)
    } catch (error) {
      throw new HasuraError(200, 'validation-failed', (error as Error).message)
    }
    if (!onlyIntrospection(document)) {
      throw new HasuraError(200, 'not-supported', 'the engine emulator does not run GraphQL queries')
    }
    const catalogs = new Map<string, DatabaseCatalog>()
    for (const source of sourcesOf(this.current)) {
      const target = this.databaseUrl(source)
      // A source the engine cannot reach contributes nothing to the schema (it is inconsistent).
      if ('problem' in target) continue
      try {
        catalogs.set(String(source.name), await readCatalog(this.pool(target.url)))
      } catch {
        continue
      }
    }
    const schema = roleSchema(this.current, role, catalogs)
    const result = await execute({
      schema,
      document,
      variableValues: isObject(request.variables) ? request.variables : undefined,
      operationName: typeof request.operationName === 'string' ? request.operationName : undefined
    })
    return JSON.parse(JSON.stringify(result)) as Json
  }

  private authorize(req: http.IncomingMessage): void {
    const secret = this.context.env()[ADMIN_SECRET]
    if (!secret) return
    const given = req.headers['x-hasura-admin-secret'] ?? req.headers['x-hasura-access-key']
    if (given === secret) return
    this.calls.unauthorized = (this.calls.unauthorized ?? 0) + 1
    throw new HasuraError(
      401,
      'access-denied',
      given === undefined
        ? 'x-hasura-admin-secret/x-hasura-access-key required, but not found'
        : 'invalid x-hasura-admin-secret/x-hasura-access-key'
    )
  }

  private takeFault(type: string): EngineFault | undefined {
    const entry = this.faults.find((f) => f.remaining > 0 && (f.rule.type === '*' || f.rule.type === type))
    if (!entry) return undefined
    entry.remaining -= 1
    return entry.rule.fault
  }

  private async metadataCall(body: unknown): Promise<unknown> {
    const request = asRequest(body)
    const args = request.args
    switch (request.type) {
      case 'export_metadata': {
        const metadata = exportShape(this.current)
        return request.version === 2 ? { resource_version: this.resourceVersion, metadata } : metadata
      }
      case 'replace_metadata':
        return this.replaceMetadata(request)
      case 'reload_metadata':
        await this.recompute()
        return { message: 'success', ...this.consistency(true) }
      case 'get_inconsistent_metadata':
        return this.consistency(false)
      case 'get_catalog_state':
        return { id: this.catalogStateId, cli_state: this.cliState, console_state: this.consoleState }
      case 'set_catalog_state': {
        const kind = isObject(args) ? args.type : undefined
        if (kind !== 'cli' && kind !== 'console') {
          throw new HasuraError(
            400,
            'parse-failed',
            `When parsing Hasura.RQL.Types.Metadata.Common.CatalogStateType expected a String with the tag of a constructor but got ${String(kind)}.`,
            '$.args.type'
          )
        }
        const state = structuredClone(isObject(args) ? (args.state ?? {}) : {}) as Json
        if (kind === 'cli') this.cliState = state
        else this.consoleState = state
        return { message: 'success' }
      }
      case 'bulk':
        return this.bulk(args, (item) => this.metadataCall(item))
      default:
        throw new HasuraError(400, 'parse-failed', `unknown metadata command "${request.type}"`)
    }
  }

  private async queryCall(body: unknown): Promise<unknown> {
    const request = asRequest(body)
    if (request.type === 'run_sql') return this.runSql(request.args)
    if (request.type === 'bulk') return this.bulk(request.args, (item) => this.queryCall(item))
    throw new HasuraError(400, 'parse-failed', `unknown query type "${request.type}"`)
  }

  private async bulk(args: unknown, call: (item: unknown) => Promise<unknown>): Promise<unknown[]> {
    if (!Array.isArray(args))
      throw new HasuraError(400, 'parse-failed', 'expected Array, but encountered Object', '$.args')
    const results: unknown[] = []
    for (const [index, item] of args.entries()) {
      try {
        results.push(await call(item))
      } catch (error) {
        if (!(error instanceof HasuraError)) throw error
        // graphql-engine runs a bulk's items with indexedMapM (server/src-lib/Hasura/Base/Error.hs), which prefixes
        // an item's error path with its index: `$[1]`. Each item is its own transaction (run_sql commits its own),
        // and the first failure ends the bulk (Server/API/V2Query.hs, RQBulk).
        const path = `$[${index}]${error.path.slice(1)}`
        throw new HasuraError(error.status, error.code, error.message, path, error.internal)
      }
    }
    return results
  }

  private async replaceMetadata(request: {
    version?: unknown
    args: unknown
    resource_version?: unknown
  }): Promise<Json> {
    const { args } = request
    const version = request.version ?? (isObject(args) && isObject(args.metadata) ? 2 : 1)
    const metadata = version === 2 && isObject(args) ? args.metadata : args
    const where = version === 2 ? '$.args.metadata' : '$.args'
    validateMetadata(metadata, where)
    if (request.resource_version !== undefined && request.resource_version !== this.resourceVersion) {
      throw new HasuraError(
        409,
        'conflict',
        `metadata resource version referenced (${String(request.resource_version)}) did not match current version`
      )
    }
    const allowInconsistent = version === 2 && isObject(args) && args.allow_inconsistent_metadata === true
    const found = await this.inconsistenciesOf(metadata)
    if (found.length > 0 && !allowInconsistent) {
      throw new HasuraError(400, 'unexpected', 'cannot continue due to inconsistent metadata', '$.args', found)
    }
    // The request's own parsed body: nothing else holds it (and a clone would recurse as deep as it is nested).
    this.current = metadata
    this.resourceVersion++
    this.inconsistent = found
    return version === 2 ? this.consistency(false) : { message: 'success' }
  }

  private async runSql(args: unknown): Promise<Json> {
    if (!isObject(args) || typeof args.sql !== 'string') {
      throw new HasuraError(400, 'parse-failed', 'key "sql" not found', '$.args')
    }
    const sourceName = typeof args.source === 'string' ? args.source : 'default'
    const source = sourcesOf(this.current).find((s) => s.name === sourceName)
    if (!source) throw new HasuraError(400, 'not-exists', `source with name "${sourceName}" does not exist`, '$.args')
    const target = this.databaseUrl(source)
    if ('problem' in target) {
      throw new HasuraError(400, 'unexpected', `source with name "${sourceName}" is inconsistent`, '$.args')
    }
    const readOnly = args.read_only === true
    if (args.no_transaction === true) return this.runOutsideTransaction(target.url, args.sql)
    let client: pg.PoolClient
    try {
      client = await this.pool(target.url).connect()
    } catch (error) {
      throw new HasuraError(400, 'postgres-error', 'connection error', '$', (error as Error).message)
    }
    let result: pg.QueryResult | pg.QueryResult[]
    try {
      await client.query(readOnly ? 'BEGIN READ ONLY' : 'BEGIN')
      result = await client.query({ text: args.sql, rowMode: 'array', types: TEXT_VALUES })
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      if (error instanceof pg.DatabaseError) throw postgresError(error, args.sql)
      throw error
    } finally {
      client.release()
    }
    if (!readOnly) await this.recompute()
    const last = Array.isArray(result) ? result.at(-1) : result
    if (!last || !last.fields || last.fields.length === 0) return { result_type: 'CommandOk', result: null }
    const header = last.fields.map((field: pg.FieldDef) => field.name)
    return { result_type: 'TuplesOk', result: [header, ...(last.rows as (string | null)[][])] }
  }

  /**
   * run_sql with `no_transaction` (Hasura v2.45.3+: "execute SQL statements outside transaction blocks, with support
   * for splitting multiple statements", its changelog): each statement alone, in order, stopping at the first that
   * fails; those before it stay.
   */
  private async runOutsideTransaction(url: string, sql: string): Promise<Json> {
    let client: pg.PoolClient
    try {
      client = await this.pool(url).connect()
    } catch (error) {
      throw new HasuraError(400, 'postgres-error', 'connection error', '$', (error as Error).message)
    }
    try {
      for (const statement of splitStatements(sql)) {
        try {
          await client.query(statement.text)
        } catch (error) {
          if (error instanceof pg.DatabaseError) throw postgresError(error, statement.text)
          throw error
        }
      }
    } finally {
      client.release()
      await this.recompute()
    }
    return { result_type: 'CommandOk', result: null }
  }

  // ---- consistency ----

  private consistency(onlyWhenInconsistent: boolean): Json {
    const consistent = this.inconsistent.length === 0
    if (consistent && onlyWhenInconsistent) return { is_consistent: true }
    return { is_consistent: consistent, inconsistent_objects: structuredClone(this.inconsistent) }
  }

  private async recompute(): Promise<void> {
    this.inconsistent = await this.inconsistenciesOf(this.current)
  }

  private async inconsistenciesOf(metadata: Json): Promise<InconsistentObject[]> {
    const states = new Map<string, SourceState>()
    for (const source of sourcesOf(metadata)) {
      const target = this.databaseUrl(source)
      if ('problem' in target) {
        states.set(String(source.name), target)
        continue
      }
      try {
        // A source that tracks nothing needs no catalog, only a connection (as the engine builds nothing from it).
        const tracks = tablesOf(source).length > 0 || (Array.isArray(source.functions) && source.functions.length > 0)
        const pool = this.pool(target.url)
        if (!tracks) await pool.query('SELECT 1')
        const catalog = tracks ? await readCatalog(pool) : { columns: new Map(), foreignKeys: [] }
        states.set(String(source.name), { catalog })
      } catch {
        states.set(String(source.name), { problem: 'connection error' })
      }
    }
    return [...findInconsistencies(metadata, states), ...envInconsistencies(metadata, this.context.env())]
  }

  /** The source's database URL: `database_url` as a string, or `{from_env}` looked up in the tenant's env. */
  private databaseUrl(source: Json): { url: string } | { problem: string } {
    const configuration = isObject(source.configuration) ? source.configuration : {}
    const info = isObject(configuration.connection_info) ? configuration.connection_info : {}
    const url = info.database_url
    const env = this.context.env()
    const certDir = (): string => (this.certDir ??= certificateDir())
    if (typeof url === 'string') return withSslConfiguration(url, info.ssl_configuration, env, certDir)
    if (isObject(url) && typeof url.from_env === 'string') {
      const value = env[url.from_env]
      if (!value) return { problem: `environment variable "${url.from_env}" not set` }
      return withSslConfiguration(value, info.ssl_configuration, env, certDir)
    }
    return { problem: 'the engine emulator supports connection_info.database_url only' }
  }

  private pool(url: string): pg.Pool {
    let pool = this.pools.get(url)
    if (!pool) {
      pool = new pg.Pool({
        connectionString: libpqReading(url),
        max: 3,
        idleTimeoutMillis: 1000,
        allowExitOnIdle: true
      })
      // A pooled connection the server ends (a dropped test database) must not crash the process.
      pool.on('error', () => {})
      this.pools.set(url, pool)
    }
    return pool
  }
}

export const createProjectEngine: TenantEngineFactory = (tenant) => new ProjectEngine(tenant)

/** One ProjectEngine served alone on 127.0.0.1 at `/`, for tests of the engine's clients. */
export class EngineServer {
  private constructor(
    private readonly server: http.Server,
    /** http://127.0.0.1:PORT */
    readonly url: string,
    readonly engine: ProjectEngine
  ) {}

  /** `env` is the tenant's env, read on every request: change it to change the project's env. */
  static async start(options: { env: Record<string, string> }): Promise<EngineServer> {
    const engine = new ProjectEngine({ tenantId: 'local', env: () => ({ ...options.env }) })
    const server = http.createServer((req, res) => void engine.serve(req, res, req.url ?? '/'))
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    const { port } = server.address() as AddressInfo
    return new EngineServer(server, `http://127.0.0.1:${port}`, engine)
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    this.server.closeAllConnections()
    await closed
    await this.engine.close()
  }
}

// ---- helpers ----

function asRequest(body: unknown): { type: string; version?: unknown; args: unknown; resource_version?: unknown } {
  if (!isObject(body) || typeof body.type !== 'string') {
    throw new HasuraError(400, 'parse-failed', 'key "type" not found')
  }
  return { type: body.type, version: body.version, args: body.args, resource_version: body.resource_version }
}

/** The parse errors the engine gives for metadata it cannot read, at the path of the part it cannot read. */
function validateMetadata(metadata: unknown, path: string): asserts metadata is Json {
  if (!isObject(metadata)) throw new HasuraError(400, 'parse-failed', 'expected Object', path)
  if (metadata.sources === undefined) return
  if (!Array.isArray(metadata.sources)) throw new HasuraError(400, 'parse-failed', 'expected Array', `${path}.sources`)
  for (const [i, source] of metadata.sources.entries()) {
    const at = `${path}.sources[${i}]`
    if (!isObject(source) || typeof source.name !== 'string') {
      throw new HasuraError(400, 'parse-failed', 'key "name" not found', at)
    }
    if (source.tables !== undefined && !Array.isArray(source.tables)) {
      throw new HasuraError(400, 'parse-failed', 'expected Array', `${at}.tables`)
    }
    for (const [j, table] of tablesOf(source).entries()) {
      if (table.table === undefined)
        throw new HasuraError(400, 'parse-failed', 'key "table" not found', `${at}.tables[${j}]`)
    }
  }
}

/**
 * A failed statement as run_sql reports it; like the engine's, `internal` carries the statement, and the error holds
 * only what pg-client-hs reads of it (exec_status, status_code, message, description, hint: hasura/pg-client-hs
 * src/Database/PG/Query/Connection.hs, PGStmtErrDetail): no position.
 */
function postgresError(error: pg.DatabaseError, sql: string): HasuraError {
  return new HasuraError(400, 'postgres-error', 'query execution failed', '$', {
    arguments: [],
    error: {
      description: error.detail ?? null,
      exec_status: 'FatalError',
      hint: error.hint ?? null,
      message: error.message,
      status_code: error.code ?? null
    },
    prepared: false,
    statement: sql
  })
}

/** Whether every root field of every operation is an introspection field (`__schema`, `__type`, `__typename`). */
function onlyIntrospection(document: DocumentNode): boolean {
  return document.definitions.every(
    (definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION ||
      definition.selectionSet.selections.every(
        (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__')
      )
  )
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new HasuraError(413, 'request-too-large', 'request body too large')
    chunks.push(chunk)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new HasuraError(400, 'invalid-json', 'Error in $: Failed reading: not a valid json value')
  }
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = jsonOf(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text)
  })
  res.end(text)
}

/** JSON.stringify (fast), or for a body nested too deep for its stack jsonText (slow, any depth). */
function jsonOf(body: unknown): string {
  try {
    return JSON.stringify(body)
  } catch (error) {
    if (error instanceof RangeError) return jsonText(body)
    throw error
  }
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}
