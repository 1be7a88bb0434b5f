import { isMapping } from '../core/json.js'
import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql'
import { projectBase } from '../core/endpoints.js'
import { networkFailure, transientStatus, TransientError } from '../http/failure.js'
import { withRetry, type RetryHooks, type RetryPolicy } from '../http/retry.js'
import { httpRequest, isLoopback, type HttpAnswer } from '../http/transport.js'
import type { InconsistentObject } from '../project/types.js'
import { EngineError } from './errors.js'

export interface EngineClientOptions {
  /** The project's base URL (`https://x.hasura.app`), or its GraphQL URL (`.../v1/graphql`). */
  endpoint: string
  adminSecret: string
  /** Per request; default 60 s. */
  timeoutMs?: number
  policy?: RetryPolicy
  hooks?: RetryHooks
}

/** An engine client's budgets and clock, the same for every project's client of a run (the preview's, the reference's). */
export type EngineBudgets = Pick<EngineClientOptions, 'policy' | 'timeoutMs' | 'hooks'>

/**
 * A small budget for retries: the project answered /healthz just before, so a failure that lasts is no blip. A
 * request itself may take up to `timeoutMs` (a long migration), the budget only bounds when to stop trying again.
 */
export const ENGINE_RETRY_POLICY: RetryPolicy = { budgetMs: 20_000, baseDelayMs: 500, maxDelayMs: 4000 }

export interface Consistency {
  isConsistent: boolean
  inconsistentObjects: InconsistentObject[]
}

/** What `get_catalog_state` holds: the CLI's state (migrations, settings) and the console's. */
export interface CatalogState {
  cliState: Record<string, unknown>
  consoleState: Record<string, unknown>
}

/** `run_sql`'s answer: for `TuplesOk`, the first row holds the column names; values are text or null. */
export interface SqlResult {
  resultType: 'CommandOk' | 'TuplesOk'
  result: (string | null)[][] | null
}

export interface RunSqlOptions {
  readOnly?: boolean
  cascade?: boolean
  /** This request's limit, instead of the client's (a migration may run far longer than a metadata call). */
  timeoutMs?: number
  /**
   * Run each statement alone, outside a transaction (`CREATE INDEX CONCURRENTLY`): run_sql's `no_transaction`,
   * Hasura v2.45.3 and later ("with support for splitting multiple statements", its changelog).
   */
  noTransaction?: boolean
}

/**
 * One Hasura project's own APIs with its admin secret: the metadata API (`/v1/metadata`) and `run_sql`
 * (`/v2/query`). Reads and whole-state writes (replace_metadata, set_catalog_state) are retried on transient
 * failures within a small budget; run_sql only when the request surely was not sent.
 */
export class EngineClient {
  /** The project's base URL, without a trailing slash. */
  readonly baseUrl: string
  private readonly adminSecret: string
  private readonly timeoutMs: number
  private readonly policy: RetryPolicy
  private readonly hooks: RetryHooks
  private sent = 0

  constructor(options: EngineClientOptions) {
    this.baseUrl = engineBaseUrl(options.endpoint)
    this.adminSecret = options.adminSecret
    this.timeoutMs = options.timeoutMs ?? 60_000
    this.policy = options.policy ?? ENGINE_RETRY_POLICY
    this.hooks = options.hooks ?? {}
  }

  /** HTTP requests sent so far, retries included. */
  get calls(): number {
    return this.sent
  }

  async exportMetadata(): Promise<Record<string, unknown>> {
    const answer = await this.metadata('export_metadata', { version: 1, args: {} })
    if (!isMapping(answer)) throw invalidAnswer('export_metadata')
    return answer
  }

  /** Replaces the whole metadata; with `allowInconsistent`, inconsistent objects are kept and listed. */
  async replaceMetadata(
    metadata: Record<string, unknown>,
    options: { allowInconsistent: boolean }
  ): Promise<Consistency> {
    const args = { allow_inconsistent_metadata: options.allowInconsistent, metadata }
    const answer = await this.metadata('replace_metadata', { version: 2, args })
    return toConsistency(answer) ?? { isConsistent: true, inconsistentObjects: [] }
  }

  /** Rebuilds the schema from the databases; null when the answer does not say whether it is consistent. */
  async reloadMetadata(): Promise<Consistency | null> {
    return toConsistency(await this.metadata('reload_metadata', { args: {} }))
  }

  async getInconsistentMetadata(): Promise<Consistency> {
    const consistency = toConsistency(await this.metadata('get_inconsistent_metadata', { args: {} }))
    if (!consistency) throw invalidAnswer('get_inconsistent_metadata')
    return consistency
  }

  async getCatalogState(): Promise<CatalogState> {
    const answer = await this.metadata('get_catalog_state', { args: {} })
    if (!isMapping(answer)) throw invalidAnswer('get_catalog_state')
    return {
      cliState: isMapping(answer.cli_state) ? answer.cli_state : {},
      consoleState: isMapping(answer.console_state) ? answer.console_state : {}
    }
  }

  /** Replaces the whole state of one kind (`cli` holds the migration records). */
  async setCatalogState(type: 'cli' | 'console', state: Record<string, unknown>): Promise<void> {
    await this.metadata('set_catalog_state', { args: { type, state } })
  }

  /** Runs SQL on one database (metadata source) in one transaction (unless `noTransaction`). Never sent twice blindly. */
  async runSql(source: string, sql: string, options: RunSqlOptions = {}): Promise<SqlResult> {
    const args = {
      source,
      sql,
      cascade: options.cascade ?? false,
      read_only: options.readOnly ?? false,
      // Only when asked: an engine older than v2.45.3 would ignore the key and run the SQL in a transaction.
      ...(options.noTransaction ? { no_transaction: true } : {})
    }
    const answer = await this.send('/v2/query', 'run_sql', { type: 'run_sql', args }, false, options.timeoutMs)
    if (!isMapping(answer) || (answer.result_type !== 'CommandOk' && answer.result_type !== 'TuplesOk')) {
      throw invalidAnswer('run_sql')
    }
    return { resultType: answer.result_type, result: Array.isArray(answer.result) ? answer.result : null }
  }

  /**
   * Runs several SQL texts on one database in one `bulk` request: the engine runs them in order, each in its own
   * transaction (those before a failure stay committed), and stops at the first that fails, whose index the error's
   * path starts with (`$[2]`: see bulkFailureIndex). Never sent twice blindly.
   */
  async runSqlBulk(source: string, sqls: readonly string[], options: RunSqlOptions = {}): Promise<void> {
    // One alone goes as itself (the answer to a lone item would be the same, the request simpler).
    if (sqls.length === 1) return void (await this.runSql(source, sqls[0]!, options))
    const args = sqls.map((sql) => ({
      type: 'run_sql',
      args: { source, sql, cascade: options.cascade ?? false, read_only: options.readOnly ?? false }
    }))
    const answer = await this.send('/v2/query', 'run_sql', { type: 'bulk', args }, false, options.timeoutMs)
    if (!Array.isArray(answer) || answer.length !== sqls.length) throw invalidAnswer('run_sql')
  }

  /**
   * The GraphQL schema `role` sees (`admin` included), by the standard introspection query on `/v1/graphql` with the
   * admin secret and `x-hasura-role`. A read: retried like the metadata reads. GraphQL answers its errors with HTTP 200
   * and `{errors}` (introspection disabled for the role, an unknown role header...): an EngineError with the first.
   */
  async introspect(role: string): Promise<IntrospectionQuery> {
    const body = { query: getIntrospectionQuery(), operationName: 'IntrospectionQuery' }
    const answer = await this.send('/v1/graphql', 'introspection', body, true, undefined, { 'x-hasura-role': role })
    const errors = isMapping(answer) && Array.isArray(answer.errors) ? answer.errors : undefined
    if (errors && errors.length > 0) {
      const first: unknown = errors[0]
      const message = isMapping(first) && typeof first.message === 'string' ? first.message : 'an error'
      throw new EngineError(`introspection as role ${role} failed: ${message}.`, 'introspection', {
        serverMessage: message
      })
    }
    const data = isMapping(answer) ? answer.data : undefined
    if (!isMapping(data) || !isMapping(data.__schema)) throw invalidAnswer('introspection')
    return data as unknown as IntrospectionQuery
  }

  private metadata(type: string, request: { version?: number; args: unknown }): Promise<unknown> {
    return this.send('/v1/metadata', type, { type, ...request }, true)
  }

  private async send(
    path: string,
    type: string,
    body: unknown,
    idempotent: boolean,
    timeoutMs: number = this.timeoutMs,
    headers: Record<string, string> = {}
  ): Promise<unknown> {
    const url = this.baseUrl + path
    const payload = JSON.stringify(body)
    let answer: HttpAnswer
    try {
      answer = await withRetry(
        async () => {
          this.sent++
          const response = await httpRequest(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers, 'x-hasura-admin-secret': this.adminSecret },
            body: payload,
            signal: AbortSignal.timeout(timeoutMs)
          }).catch((error: unknown) => {
            const failure = networkFailure(error, timeoutMs)
            if (failure.kind === 'transient') throw failure.error
            const reason = failure.kind === 'unreachable' ? `its host ${failure.reason}` : failure.message
            throw new EngineError(`${type} could not reach the project at ${this.baseUrl}: ${reason}.`, type, {
              code: failure.code
            })
          })
          const transient = transientStatus(response.status, header(response, 'retry-after'))
          if (transient) throw transient
          return response
        },
        this.policy,
        this.hooks,
        (error) => idempotent || !error.mayHaveActed
      )
    } catch (error) {
      if (!(error instanceof TransientError)) throw error
      const may = error.mayHaveActed && !idempotent ? '; it may have been carried out' : ''
      const status = error.code?.startsWith('http-') ? Number(error.code.slice(5)) : undefined
      throw new EngineError(`${type} to ${this.baseUrl} failed (${error.message})${may}.`, type, {
        status,
        code: error.code,
        mayHaveActed: error.mayHaveActed
      })
    }
    return parseAnswer(answer, type, this.baseUrl)
  }
}

/** The project's base URL (see projectBase); the admin secret only goes over https or to a loopback host. */
export function engineBaseUrl(endpoint: string): string {
  let base: URL
  try {
    base = new URL(projectBase(endpoint))
  } catch {
    throw new EngineError(`The project endpoint "${endpoint}" is not a URL.`, 'endpoint')
  }
  if (base.protocol !== 'https:' && !(base.protocol === 'http:' && isLoopback(base))) {
    throw new EngineError(
      `The project endpoint ${base.origin} is not https: the admin secret is only sent over https (or to a loopback host).`,
      'endpoint'
    )
  }
  return projectBase(endpoint)
}

function header(answer: HttpAnswer, name: string): string | undefined {
  const value = answer.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** Hasura's error body: `{ code, error, path, internal }`. */
interface HasuraErrorBody {
  code?: unknown
  error?: unknown
  path?: unknown
  internal?: unknown
}

function parseAnswer(answer: HttpAnswer, type: string, baseUrl: string): unknown {
  let body: unknown
  try {
    body = answer.body === '' ? undefined : JSON.parse(answer.body)
  } catch {
    body = undefined
  }
  if (answer.status >= 200 && answer.status < 300) {
    if (body === undefined) throw invalidAnswer(type, answer.status)
    return body
  }
  const failure: HasuraErrorBody = isMapping(body) ? body : {}
  const status = answer.status
  const code = typeof failure.code === 'string' ? failure.code : `http-${status}`
  const serverMessage = typeof failure.error === 'string' ? failure.error : `HTTP ${status}`
  const path = typeof failure.path === 'string' ? failure.path : undefined
  if (status === 401 || status === 403 || code === 'access-denied') {
    throw new EngineError(
      `${type} was refused: the project at ${baseUrl} did not accept the admin secret (${code}: ${serverMessage}). ` +
        "Check the tenant's HASURA_GRAPHQL_ADMIN_SECRET.",
      type,
      { status, code, serverMessage }
    )
  }
  if (code === 'postgres-error') {
    const database = databaseError(failure.internal)
    const message = database?.message ?? serverMessage
    const state = database?.state ? ` (SQLSTATE ${database.state})` : ''
    throw new EngineError(`${type} failed: the database answered: ${message}${state}`, type, {
      status,
      code,
      serverMessage: message + state,
      path
    })
  }
  const where = path && path !== '$' ? ` at ${path}` : ''
  throw new EngineError(`${type} failed: ${serverMessage}${where} (HTTP ${status}, ${code}).`, type, {
    status,
    code,
    serverMessage,
    path,
    // An internal error may come after the work was done; a 4xx is the engine refusing it.
    mayHaveActed: status >= 500,
    inconsistencies: inconsistentObjects(failure.internal)
  })
}

/** The database's own message in a postgres-error; `internal` also holds the statement and row detail, never kept. */
function databaseError(internal: unknown): { message: string; state?: string } | undefined {
  const error = isMapping(internal) && isMapping(internal.error) ? internal.error : undefined
  if (!error || typeof error.message !== 'string') return undefined
  return { message: error.message, state: typeof error.status_code === 'string' ? error.status_code : undefined }
}

function toConsistency(answer: unknown): Consistency | null {
  if (!isMapping(answer) || typeof answer.is_consistent !== 'boolean') return null
  const objects = inconsistentObjects(answer.inconsistent_objects)
  if (!answer.is_consistent && objects.length === 0 && !Array.isArray(answer.inconsistent_objects)) return null
  return { isConsistent: answer.is_consistent, inconsistentObjects: objects }
}

function inconsistentObjects(value: unknown): InconsistentObject[] {
  if (!Array.isArray(value)) return []
  return value.filter(isMapping).map((object) => ({
    type: typeof object.type === 'string' ? object.type : 'unknown',
    name: typeof object.name === 'string' ? object.name : undefined,
    reason: typeof object.reason === 'string' ? object.reason : undefined,
    definition: object.definition
  }))
}

function invalidAnswer(type: string, status?: number): EngineError {
  return new EngineError(`${type}: the project answered something that is not Hasura's answer.`, type, {
    status,
    code: 'invalid-response'
  })
}
