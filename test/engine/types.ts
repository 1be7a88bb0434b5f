/**
 * How the Cloud API emulator (test/emulator) hands a tenant's own HTTP API to an engine emulator: each tenant's
 * endpoint `<origin>/p/<slug>` serves `/healthz`, `/v1/metadata`, `/v2/query`, `/v1/graphql`, `/v1/version`
 * through the TenantEngine the factory made for it.
 */
import type http from 'node:http'

export interface TenantEngineContext {
  tenantId: string
  /** The tenant's env vars as they are now (HASURA_GRAPHQL_ADMIN_SECRET, PG_DATABASE_URL, ...). */
  env(): Record<string, string>
}

export interface TenantEngine {
  /** Answer one request; `path` is the part after the tenant's base URL, starting with `/` (query string kept). */
  serve(req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<void>
  /** Release what the engine holds (database pools). */
  close(): Promise<void>
}

export type TenantEngineFactory = (tenant: TenantEngineContext) => TenantEngine
