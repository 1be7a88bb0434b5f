import { ClientError, GraphQLClient } from 'graphql-request'
import { AmbiguousWrite, ApiRejected, AuthError, CloudError, TenantNotFound, TransientError } from './errors.js'
import { httpFetch } from './transport.js'
import { DEFAULT_RETRY_POLICY, parseRetryAfter, withRetry, type RetryHooks, type RetryPolicy } from './retry.js'

/** A Hasura Cloud project as the API describes it. */
export interface Project {
  id: string
  name: string
  /** The project's GraphQL URL, e.g. https://<slug>.hasura.app/v1/graphql. */
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

export interface ProjectMatch extends Project {
  tenantId: string
}

export interface CreateTenantArgs {
  cloud: string
  region: string
  databaseUrl?: string
  name?: string
}

export interface CloudClientOptions {
  endpoint: string
  pat: string
  /** Per-request timeout. */
  timeoutMs?: number
  policy?: RetryPolicy
  hooks?: RetryHooks
}

const AUTH_CODES = new Set(['access-denied', 'invalid-headers', 'invalid-jwt', 'jwt-invalid-claims', 'unauthorized'])
/** Gateway answers that mean the request never reached the API. */
const NOT_PROCESSED_STATUSES = new Set([429, 503])
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504])
/** Network failures that happen before a request is sent: safe to send again. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'])

const Q = {
  tenant: `query GetTenant($id: uuid!) { tenant_by_pk(id: $id) { id slug project { id name endpoint } } }`,
  read: `query ReadTenant($id: uuid!) {
  tenant_by_pk(id: $id) { id slug project { id name endpoint } }
  getTenantEnv(tenantId: $id) { hash envVars }
}`,
  env: `query GetTenantEnv($tenantId: uuid!) { getTenantEnv(tenantId: $tenantId) { hash envVars } }`,
  projects: `query FindProjects($name: String!) { projects(where: {name: {_eq: $name}}) { id name endpoint tenant { id } } }`,
  create: `mutation CreateTenant($cloud: String!, $region: String!, $databaseUrl: String, $name: String) {
  createTenant(cloud: $cloud, region: $region, databaseUrl: $databaseUrl, name: $name) { id name }
}`,
  delete: `mutation DeleteTenant($tenantId: uuid!) { deleteTenant(tenantId: $tenantId) { status } }`,
  update: `mutation UpdateTenantEnv($tenantId: uuid!, $currentHash: String!, $envs: [UpdateEnvObject!]!) {
  updateTenantEnv(tenantId: $tenantId, currentHash: $currentHash, envs: $envs) { hash envVars }
}`,
  deleteEnv: `mutation DeleteTenantEnv($tenantId: uuid!, $currentHash: String!, $deleteEnvs: [String!]!) {
  deleteTenantEnv(tenantId: $tenantId, currentHash: $currentHash, deleteEnvs: $deleteEnvs) { hash envVars }
}`
}

interface RawEnv {
  hash: string
  envVars: unknown
}

/** The Hasura Cloud API: one method per operation, one retry policy, errors sorted into classes. */
export class CloudClient {
  private readonly gql: GraphQLClient
  private readonly timeoutMs: number
  private readonly policy: RetryPolicy
  private readonly hooks: RetryHooks

  constructor(options: CloudClientOptions) {
    this.gql = new GraphQLClient(options.endpoint, {
      headers: { authorization: `pat ${options.pat}` },
      fetch: httpFetch
    })
    this.timeoutMs = options.timeoutMs ?? 30_000
    this.policy = options.policy ?? DEFAULT_RETRY_POLICY
    this.hooks = options.hooks ?? {}
  }

  /** The tenant and its project, or null when there is no such tenant. */
  async getTenant(id: string): Promise<Tenant | null> {
    const data = await this.call<{ tenant_by_pk: Tenant | null }>(Q.tenant, { id })
    return data.tenant_by_pk
  }

  /** The tenant and its env in one round trip; TenantNotFound when there is no such tenant. */
  async readTenant(id: string): Promise<{ tenant: Tenant; env: TenantEnv }> {
    let data: { tenant_by_pk: Tenant | null; getTenantEnv: RawEnv | null }
    try {
      data = await this.call(Q.read, { id })
    } catch (error) {
      if (!(error instanceof ApiRejected)) throw error
      // For an unknown tenant the env field fails (with an undocumented message) and tenant_by_pk answers
      // null: that null is the reliable sign. Without partial data, ask tenant_by_pk alone.
      const partial = error.partialData?.tenant_by_pk
      if (partial === null || (partial === undefined && (await this.getTenant(id)) === null))
        throw new TenantNotFound(id)
      throw error
    }
    if (!data.tenant_by_pk) throw new TenantNotFound(id)
    if (!data.getTenantEnv) throw new ApiRejected(`getTenantEnv answered nothing for tenant ${id}.`)
    return { tenant: data.tenant_by_pk, env: toTenantEnv(data.getTenantEnv) }
  }

  async getTenantEnv(tenantId: string): Promise<TenantEnv> {
    const data = await this.call<{ getTenantEnv: RawEnv | null }>(Q.env, { tenantId })
    if (!data.getTenantEnv) throw new TenantNotFound(tenantId)
    return toTenantEnv(data.getTenantEnv)
  }

  async findProjectsByName(name: string): Promise<ProjectMatch[]> {
    const data = await this.call<{ projects: (Project & { tenant: { id: string } | null })[] }>(Q.projects, { name })
    return data.projects
      .filter((project) => project.name === name && project.tenant)
      .map((project) => ({
        id: project.id,
        name: project.name,
        endpoint: project.endpoint,
        tenantId: project.tenant!.id
      }))
  }

  /**
   * Never sent twice blindly: it is retried only when the request surely was not carried out
   * (429, 503, connection refused). Any other failure is an AmbiguousWrite for the caller to resolve.
   */
  async createTenant(args: CreateTenantArgs): Promise<{ id: string; name: string }> {
    try {
      const data = await this.call<{ createTenant: { id: string; name: string } }>(
        Q.create,
        { cloud: args.cloud, region: args.region, databaseUrl: args.databaseUrl ?? null, name: args.name ?? null },
        { retryable: (error) => !error.mayHaveActed }
      )
      return data.createTenant
    } catch (error) {
      if (error instanceof TransientError && error.mayHaveActed) {
        throw new AmbiguousWrite(
          `createTenant failed (${error.message}) after the request may have reached Hasura Cloud.`,
          error.code
        )
      }
      throw error
    }
  }

  /**
   * Deletes the tenant. The error for an unknown tenant is not documented, so a rejection is checked
   * with tenant_by_pk: a tenant that is gone is 'not-found' (or 'deleted', when an earlier try of ours
   * may have been the one that deleted it).
   */
  async deleteTenant(tenantId: string): Promise<'deleted' | 'not-found'> {
    let mayHaveDeleted = false
    try {
      await this.call(
        Q.delete,
        { tenantId },
        {
          onRetry: (error) => {
            mayHaveDeleted ||= error.mayHaveActed
          }
        }
      )
      return 'deleted'
    } catch (error) {
      if (!(error instanceof ApiRejected)) throw error
      if ((await this.getTenant(tenantId)) !== null) throw error
      return mayHaveDeleted ? 'deleted' : 'not-found'
    }
  }

  /** Upserts the given keys. Hash-guarded, so a retry after an unknown outcome cannot apply twice. */
  async updateTenantEnv(
    tenantId: string,
    currentHash: string,
    envs: { key: string; value: string }[]
  ): Promise<TenantEnv> {
    const variables = { tenantId, currentHash, envs }
    const data = await this.guardedWrite<{ updateTenantEnv: RawEnv }>('updateTenantEnv', Q.update, variables)
    return toTenantEnv(data.updateTenantEnv)
  }

  async deleteTenantEnv(tenantId: string, currentHash: string, keys: string[]): Promise<TenantEnv> {
    const variables = { tenantId, currentHash, deleteEnvs: keys }
    const data = await this.guardedWrite<{ deleteTenantEnv: RawEnv }>('deleteTenantEnv', Q.deleteEnv, variables)
    return toTenantEnv(data.deleteTenantEnv)
  }

  /**
   * A hash-guarded env write, retried freely: a try that acted makes the hash stale, so nothing applies twice.
   * But then the retry is rejected although the write went through, so a failure after a try that may have
   * acted is an AmbiguousWrite: the caller must re-read to learn whether it was applied.
   */
  private async guardedWrite<T>(field: string, document: string, variables: Record<string, unknown>): Promise<T> {
    let acted: TransientError | undefined
    try {
      return await this.call<T>(document, variables, {
        onRetry: (error) => {
          if (error.mayHaveActed) acted ??= error
        }
      })
    } catch (error) {
      if (error instanceof TransientError && error.mayHaveActed) acted ??= error
      if (acted && error instanceof CloudError && !(error instanceof AuthError)) {
        const then = error === acted ? '' : `, then: ${error.message}`
        throw new AmbiguousWrite(`${field} may have been applied (${acted.message}${then})`, error.code)
      }
      throw error
    }
  }

  private call<T>(
    document: string,
    variables: Record<string, unknown>,
    options: { retryable?: (error: TransientError) => boolean; onRetry?: (error: TransientError) => void } = {}
  ): Promise<T> {
    const hooks: RetryHooks = {
      ...this.hooks,
      onRetry: (error, attempt, delayMs) => {
        options.onRetry?.(error)
        this.hooks.onRetry?.(error, attempt, delayMs)
      }
    }
    return withRetry(
      async () => {
        try {
          return await this.gql.request<T>({ document, variables, signal: AbortSignal.timeout(this.timeoutMs) })
        } catch (error) {
          throw classify(error, this.timeoutMs)
        }
      },
      this.policy,
      hooks,
      options.retryable
    )
  }
}

/** Both shapes seen in the wild: a flat map, or the map under "environment". */
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
 * Sort a failure into the error classes. graphql-request's own messages embed the request
 * variables (secrets), so nothing of them is kept: only status, error code and server message.
 */
export function classify(error: unknown, timeoutMs: number): CloudError {
  if (error instanceof CloudError) return error
  if (error instanceof ClientError) {
    const { status, headers } = error.response
    const first = error.response.errors?.[0] as { message?: string; extensions?: { code?: string } } | undefined
    if (TRANSIENT_STATUSES.has(status)) {
      const retryAfter = parseRetryAfter(headers instanceof Headers ? headers.get('retry-after') : undefined)
      return new TransientError(`HTTP ${status}`, `http-${status}`, !NOT_PROCESSED_STATUSES.has(status), retryAfter)
    }
    if (status === 401 || status === 403) return authError(`HTTP ${status}`)
    const code = first?.extensions?.code ?? `http-${status}`
    const message = first?.message ?? `HTTP ${status}`
    if (AUTH_CODES.has(code)) return authError(`${code}: ${message}`)
    // Fields are hidden from callers the API does not recognise, so a rejected token can look like this.
    if (code === 'validation-failed' && /not found in type/.test(message)) {
      return authError(`${code}: ${message}; the token may be invalid, or "api-endpoint" is not the Hasura Cloud API`)
    }
    if (code === 'GenericServerError' || code === 'unexpected' || status >= 500) {
      return new TransientError(`server error: ${message}`, code, true)
    }
    return new ApiRejected(message, code, (error.response as { data?: Record<string, unknown> | null }).data)
  }
  // Duck-typed: fetch's errors (TypeError, DOMException) may come from another realm than ours.
  const failure = error as { name?: string; message?: string; code?: string; cause?: { code?: string } } | null
  if (failure?.name === 'TimeoutError' || failure?.name === 'AbortError') {
    return new TransientError(`no answer within ${timeoutMs / 1000} s`, 'timeout', true)
  }
  // node:http reports network failures with a code on the error; fetch puts it on the cause.
  const networkCode =
    typeof failure?.code === 'string' ? failure.code : failure?.name === 'TypeError' ? failure.cause?.code : undefined
  if (networkCode) {
    return new TransientError(`network error: ${networkCode}`, networkCode, !NOT_SENT_CODES.has(networkCode))
  }
  if (failure?.name === 'SyntaxError') return new TransientError('the answer was not JSON', 'invalid-response', true)
  if (failure?.message) return new CloudError(failure.message)
  return new CloudError(String(error))
}

function authError(detail: string): AuthError {
  return new AuthError(
    `Hasura Cloud rejected the token in input "pat" (${detail}). ` +
      'Check that the secret holds a valid personal access token (Hasura Cloud > Account settings > Access tokens).',
    'auth'
  )
}
