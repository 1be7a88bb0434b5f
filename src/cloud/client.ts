import type { GraphQLClient } from 'graphql-request'
import { DOCUMENTS, type CloudDocument } from './documents.js'
import {
  AmbiguousWrite,
  ApiRejected,
  AuthError,
  CloudError,
  EndpointError,
  isRefusal,
  isRefusalOfCaller,
  TenantNotFound,
  UnknownFieldError
} from './errors.js'
import { CallError, networkFailure, TransientError } from '../http/failure.js'
import { DEFAULT_RETRY_POLICY, withRetry, type RetryHooks, type RetryPolicy } from '../http/retry.js'
import { authMessage, cloudFetch, displayUrl } from './transport.js'

/** A Hasura Cloud project as the action uses it. */
export interface Project {
  id: string
  name: string
  /** The project's base URL as the API gives it (`https://<name>.hasura.app`, or that with /v1/graphql). */
  endpoint: string
}

export interface Tenant {
  id: string
  slug: string
  project: Project
}

/** A tenant's env vars and the hash that guards the next write. */
export interface TenantEnv {
  hash: string
  vars: Record<string, string>
}

/** A project of the account, as listings show it. */
export interface ProjectSummary extends Project {
  createdAt: string
  /** Undefined for a project without a tenant (being made or deleted). */
  tenantId?: string
}

/** What createTenant answered: the tenant, and its env hash when the answer carried it. */
export interface CreatedTenant {
  tenant: Tenant
  hash?: string
}

export interface CloudClientOptions {
  endpoint: string
  pat: string
  /** Per-request timeout (capped by what is left of the retry budget). */
  requestTimeoutMs?: number
  policy?: RetryPolicy
  hooks?: RetryHooks
  /** Told every env the API answers with, before anyone can log it: where the values are masked. */
  onEnvRead?: (vars: Readonly<Record<string, string>>) => void
}

const AUTH_CODES = new Set(['access-denied', 'invalid-headers', 'invalid-jwt', 'jwt-invalid-claims', 'unauthorized'])
const UNKNOWN_FIELD = /not found in type|has no argument named|Cannot query field|Unknown argument|Unknown type/i
const PAGE = 100

interface RawEnv {
  hash: string
  envVars: unknown
}
interface RawProject extends Project {
  created_at: string
  tenant: { id: string } | null
}

type GraphqlRequest = typeof import('graphql-request')

let graphqlRequest: Promise<GraphqlRequest> | undefined
/**
 * graphql-request, loaded with the first call (its own chunk of the bundle, where it is given the Headers it builds
 * requests with: see scripts/bundle.mjs); a run that fails on its inputs never loads it.
 */
function loadGraphqlRequest(): Promise<GraphqlRequest> {
  graphqlRequest ??= import('graphql-request')
  return graphqlRequest
}

/** The Hasura Cloud API: one method per operation, one retry policy, errors sorted into classes. */
export class CloudClient {
  private gql?: { client: GraphQLClient; ClientError: GraphqlRequest['ClientError'] }
  private readonly pat: string
  private readonly requestTimeoutMs: number
  private readonly policy: RetryPolicy
  private readonly hooks: RetryHooks
  private readonly onEnvRead: (vars: Readonly<Record<string, string>>) => void
  /** As shown in messages (no user info). */
  private readonly endpoint: string
  private readonly apiEndpoint: string

  constructor(options: CloudClientOptions) {
    this.endpoint = displayUrl(options.endpoint)
    this.apiEndpoint = options.endpoint
    this.pat = options.pat
    this.requestTimeoutMs = options.requestTimeoutMs ?? 20_000
    this.policy = options.policy ?? DEFAULT_RETRY_POLICY
    this.hooks = options.hooks ?? {}
    this.onEnvRead = options.onEnvRead ?? (() => {})
  }

  /** The tenant and its project, or null when there is no such tenant. */
  async getTenant(id: string): Promise<Tenant | null> {
    const data = await this.call<{ tenant_by_pk: Tenant | null }>(DOCUMENTS.getTenant, { id })
    return data.tenant_by_pk
  }

  /** The tenant and its env in one round trip; TenantNotFound when there is no such tenant. */
  async readTenant(id: string): Promise<{ tenant: Tenant; env: TenantEnv }> {
    let data: { tenant_by_pk: Tenant | null; getTenantEnv: RawEnv | null }
    try {
      data = await this.call(DOCUMENTS.readTenant, { id })
    } catch (error) {
      throw await this.notFoundOr(id, error)
    }
    if (!data.tenant_by_pk) throw new TenantNotFound(id)
    if (!data.getTenantEnv) throw new ApiRejected(`getTenantEnv answered nothing for tenant ${id}.`)
    return { tenant: data.tenant_by_pk, env: this.env(data.getTenantEnv) }
  }

  async getTenantEnv(tenantId: string): Promise<TenantEnv> {
    let data: { getTenantEnv: RawEnv | null }
    try {
      data = await this.call(DOCUMENTS.getTenantEnv, { tenantId })
    } catch (error) {
      throw await this.notFoundOr(tenantId, error)
    }
    if (!data.getTenantEnv) throw new TenantNotFound(tenantId)
    return this.env(data.getTenantEnv)
  }

  /** Every project of the account, oldest first. */
  async listProjects(): Promise<ProjectSummary[]> {
    const data = await this.call<{ projects: RawProject[] }>(DOCUMENTS.listProjects, {})
    return data.projects.map(toSummary)
  }

  /** The account's projects with exactly this name (0 or 1: names are unique). */
  async findProjects(name: string): Promise<ProjectSummary[]> {
    const data = await this.call<{ projects: RawProject[] }>(DOCUMENTS.findProjects, { name })
    return data.projects.filter((project) => project.name === name).map(toSummary)
  }

  /** The account's projects whose name matches a SQL LIKE pattern, every page. */
  async findProjectsLike(pattern: string): Promise<ProjectSummary[]> {
    const found: ProjectSummary[] = []
    for (let offset = 0; ; offset += PAGE) {
      const data = await this.call<{ projects: RawProject[] }>(DOCUMENTS.listPreviewProjects, {
        pattern,
        limit: PAGE,
        offset
      })
      found.push(...data.projects.map(toSummary))
      if (data.projects.length < PAGE) return found
    }
  }

  /**
   * Never sent twice blindly: retried only when the request surely was not carried out (429, 503, connection
   * refused). A refusal (ApiRejected, AuthError, EndpointError, UnknownFieldError) means nothing was made; any other
   * failure, an answer without the tenant included, is an AmbiguousWrite for the caller to resolve.
   */
  async createTenant(args: { cloud: string; region: string; plan?: string }): Promise<CreatedTenant> {
    const variables: Record<string, unknown> = { cloud: args.cloud, region: args.region }
    // Left out, not null: the account's default plan applies.
    if (args.plan) variables.plan = args.plan
    let data: {
      createTenant: { id: string; name: string; tenant: (Tenant & { config: { hash: string } | null }) | null } | null
    }
    try {
      data = await this.call(DOCUMENTS.createTenant, variables, { retryable: (error) => !error.mayHaveActed })
    } catch (error) {
      if (isRefusal(error)) throw error
      const reason = error instanceof Error ? error.message : String(error)
      throw new AmbiguousWrite(`createTenant failed (${reason}) after the request may have reached Hasura Cloud.`)
    }
    const created = data.createTenant
    if (!created?.id) throw new AmbiguousWrite('createTenant answered without the tenant it made.')
    const tenant = created.tenant
    if (!tenant?.project) {
      const read = await this.getTenant(created.id)
      if (!read) throw new AmbiguousWrite(`createTenant answered tenant ${created.id}, which cannot be read back.`)
      return { tenant: read }
    }
    return {
      tenant: { id: tenant.id, slug: tenant.slug, project: tenant.project },
      hash: tenant.config?.hash
    }
  }

  /** Rename a project; null when the API answers no project (unknown id). A refused name is an ApiRejected. */
  async renameProject(projectId: string, name: string): Promise<Project | null> {
    const data = await this.call<{ update_projects_by_pk: Project | null }>(DOCUMENTS.renameProject, {
      id: projectId,
      name
    })
    return data.update_projects_by_pk
  }

  /**
   * Deletes the tenant. The error for an unknown tenant is not documented, so after a failure tenant_by_pk
   * decides: a tenant that is gone is 'not-found' (or 'deleted', when an earlier try of ours may have done it).
   */
  async deleteTenant(tenantId: string): Promise<'deleted' | 'not-found'> {
    let mayHaveDeleted = false
    try {
      await this.call(
        DOCUMENTS.deleteTenant,
        { tenantId },
        {
          onRetry: (error) => {
            mayHaveDeleted ||= error.mayHaveActed
          }
        }
      )
      return 'deleted'
    } catch (error) {
      if (isRefusalOfCaller(error)) throw error
      if (error instanceof TransientError) mayHaveDeleted ||= error.mayHaveActed
      if ((await this.getTenant(tenantId)) !== null) throw error
      return mayHaveDeleted || !(error instanceof ApiRejected) ? 'deleted' : 'not-found'
    }
  }

  /** Upserts the given keys. Hash-guarded, so a retry after an unknown outcome cannot apply twice. */
  async updateTenantEnv(
    tenantId: string,
    currentHash: string,
    envs: { key: string; value: string }[]
  ): Promise<TenantEnv> {
    const data = await this.guardedWrite<{ updateTenantEnv: RawEnv }>('updateTenantEnv', DOCUMENTS.updateTenantEnv, {
      tenantId,
      currentHash,
      envs
    })
    return this.env(data.updateTenantEnv)
  }

  async deleteTenantEnv(tenantId: string, currentHash: string, keys: string[]): Promise<TenantEnv> {
    const data = await this.guardedWrite<{ deleteTenantEnv: RawEnv }>('deleteTenantEnv', DOCUMENTS.deleteTenantEnv, {
      tenantId,
      currentHash,
      deleteEnvs: keys
    })
    return this.env(data.deleteTenantEnv)
  }

  /** Send any document (check's introspection and probes): the same transport, classes and retries. */
  request<T>(document: Pick<CloudDocument, 'text'>, variables: Record<string, unknown>): Promise<T> {
    return this.call<T>(document, variables)
  }

  /**
   * A hash-guarded env write, retried freely: a try that acted makes the hash stale, so nothing applies twice.
   * But then the retry is rejected although the write went through, so a failure after a try that may have
   * acted is an AmbiguousWrite: the caller must re-read to learn whether it was applied.
   */
  private async guardedWrite<T>(
    field: string,
    document: CloudDocument,
    variables: Record<string, unknown>
  ): Promise<T> {
    let acted: TransientError | undefined
    try {
      return await this.call<T>(document, variables, {
        onRetry: (error) => {
          if (error.mayHaveActed) acted ??= error
        }
      })
    } catch (error) {
      if (error instanceof TransientError && error.mayHaveActed) acted ??= error
      if (acted && error instanceof CallError && !isRefusalOfCaller(error)) {
        const then = error === acted ? '' : `, then: ${error.message}`
        throw new AmbiguousWrite(`${field} may have been applied (${acted.message}${then})`, error.code)
      }
      throw error
    }
  }

  /**
   * For an unknown tenant, every operation but tenant_by_pk fails with an undocumented text: after a refusal,
   * tenant_by_pk decides whether the tenant is gone (TenantNotFound) or the refusal stands.
   */
  private async notFoundOr(tenantId: string, error: unknown): Promise<unknown> {
    if (error instanceof ApiRejected && (await this.getTenant(tenantId)) === null) return new TenantNotFound(tenantId)
    return error
  }

  private env(raw: RawEnv): TenantEnv {
    const env = toTenantEnv(raw)
    this.onEnvRead(env.vars)
    return env
  }

  private async call<T>(
    document: Pick<CloudDocument, 'text'>,
    variables: Record<string, unknown>,
    options: { retryable?: (error: TransientError) => boolean; onRetry?: (error: TransientError) => void } = {}
  ): Promise<T> {
    // Loaded before the clock starts: the retry budget and the request timeout are the API's.
    const gql = await this.graphql()
    const started = Date.now()
    let tries = 1
    const hooks: RetryHooks = {
      ...this.hooks,
      onRetry: (error, attempt, delayMs) => {
        tries = attempt + 1
        options.onRetry?.(error)
        this.hooks.onRetry?.(error, attempt, delayMs)
      }
    }
    return withRetry(
      async (remainingMs) => {
        const timeoutMs = Math.min(this.requestTimeoutMs, remainingMs)
        try {
          return await gql.client.request<T>({
            document: document.text,
            variables,
            signal: AbortSignal.timeout(timeoutMs)
          })
        } catch (error) {
          throw classify(error, timeoutMs, gql.ClientError)
        }
      },
      this.policy,
      hooks,
      options.retryable
    ).catch((error: unknown) => {
      if (!(error instanceof TransientError)) throw error
      // The bare "HTTP 503" of the last try leaves users stuck: say where, how long, and what to do.
      const seconds = Math.round((Date.now() - started) / 1000)
      const where = `input "api-endpoint" (${this.endpoint})`
      let message: string | undefined
      if (error.code === 'timeout') {
        message =
          `Hasura Cloud did not answer within ${seconds} s at ${where}: it may be down, or unreachable from this ` +
          'runner (check the URL and any proxy).'
      } else if (tries > 1) {
        message =
          `Hasura Cloud at ${where} still failed after ${tries} tries in ${seconds} s (last: ${error.message}): it may ` +
          'be down or overloaded; re-run the job later.'
      } else if (
        error.retryAfterMs !== undefined &&
        error.retryAfterMs >= this.policy.budgetMs - (Date.now() - started)
      ) {
        message =
          `Hasura Cloud at ${where} answered ${error.message} and asked to retry after ` +
          `${Math.round(error.retryAfterMs / 1000)} s, longer than the ${Math.round(this.policy.budgetMs / 1000)} s ` +
          'the action waits: re-run the job later.'
      }
      if (message === undefined) throw error
      throw new TransientError(message, error.code ?? 'transient', error.mayHaveActed, error.retryAfterMs)
    })
  }

  private async graphql(): Promise<NonNullable<CloudClient['gql']>> {
    if (!this.gql) {
      const { GraphQLClient, ClientError } = await loadGraphqlRequest()
      const client = new GraphQLClient(this.apiEndpoint, {
        headers: { authorization: `pat ${this.pat}` },
        // A FetchAnswer is all of a Response that graphql-request reads (see httpFetch).
        fetch: cloudFetch(this.apiEndpoint) as unknown as typeof fetch,
        // Our documents hold one operation each: no need for graphql-request to parse them to find its name.
        excludeOperationName: true
      })
      this.gql ??= { client, ClientError }
    }
    return this.gql
  }
}

function toSummary(project: RawProject): ProjectSummary {
  return {
    id: project.id,
    name: project.name,
    endpoint: project.endpoint,
    createdAt: project.created_at,
    tenantId: project.tenant?.id
  }
}

/** Both shapes seen in the wild: the map under "environment" (current), or a flat map (older). */
export function toTenantEnv(raw: RawEnv): TenantEnv {
  let vars = raw.envVars
  if (typeof vars === 'string') vars = JSON.parse(vars)
  if (
    vars &&
    typeof vars === 'object' &&
    'environment' in vars &&
    typeof (vars as { environment: unknown }).environment === 'object'
  ) {
    vars = (vars as { environment: unknown }).environment
  }
  // Null prototype: a key such as `__proto__` must stay an ordinary key, not vanish into the prototype.
  const flat = Object.create(null) as Record<string, string>
  for (const [key, value] of Object.entries((vars ?? {}) as Record<string, unknown>)) {
    flat[key] = typeof value === 'string' ? value : JSON.stringify(value)
  }
  return { hash: raw.hash, vars: flat }
}

/**
 * Sort a GraphQL-level failure into the error classes (HTTP-level ones come sorted from the transport).
 * graphql-request's own messages embed the request variables (secrets), so only the code and the server's
 * message are kept.
 */
export function classify(error: unknown, timeoutMs: number, ClientError: GraphqlRequest['ClientError']): CallError {
  if (error instanceof CallError) return error
  if (error instanceof ClientError) {
    const response = error.response as {
      errors?: unknown[]
      error?: string
      code?: string
      status: number
      data?: unknown
    }
    const first = response.errors?.[0] as { message?: string; extensions?: { code?: string } } | undefined
    const code = first?.extensions?.code ?? response.code ?? `http-${response.status}`
    const message = first?.message ?? response.error ?? `HTTP ${response.status}`
    if (AUTH_CODES.has(code)) return new AuthError(authMessage(`${code}: ${message}`), 'auth')
    if (code === 'GenericServerError') return new TransientError(`server error: ${message}`, code, true)
    if (UNKNOWN_FIELD.test(message)) {
      return new UnknownFieldError(
        `Hasura Cloud does not accept what the action sent (${code}: ${message}). Either the token in input "pat" ` +
          'is not valid (the API hides its fields from callers it does not know), or the Cloud API has changed: ' +
          'run the action with `operation: check` to see which fields are missing.',
        code
      )
    }
    return new ApiRejected(message, code, (response.data as Record<string, unknown> | null | undefined) ?? undefined)
  }
  // A 200 whose body is not JSON (cut short, garbled on the way): the server answered, so it may have acted; a read
  // is safe to send again, a create is not (see createTenant).
  if ((error as { name?: string } | null)?.name === 'SyntaxError') {
    return new TransientError('Hasura Cloud answered with JSON that cannot be read', 'invalid-json', true)
  }
  const failure = networkFailure(error, timeoutMs)
  if (failure.kind === 'transient') return failure.error
  if (failure.kind === 'unreachable') return new EndpointError(`Hasura Cloud ${failure.reason}`, failure.code)
  return new CloudError(failure.message, failure.code)
}
