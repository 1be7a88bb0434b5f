/** The emulator's public vocabulary: its options, faults, recorded calls and tenant snapshots. */
import type { TenantEngineFactory } from '../engine/types.js'
import type { SchemaDrift } from './schema.js'

/** `nested`: `{"environment": {...}}` as the live API answers; `flat`: the map itself, as older ones did. */
export type EnvShape = 'flat' | 'nested'
/** `base`: `project.endpoint` is the project's base URL, as live; `graphql`: `<base>/v1/graphql`. */
export type EndpointShape = 'base' | 'graphql'

export type Fault =
  /** A gateway answers with this status; the server does not act. */
  | { kind: 'http'; status: 429 | 500 | 502 | 503 | 504; retryAfter?: string }
  /** The connection is destroyed before the server acts. */
  | { kind: 'drop-before' }
  /** The server acts fully, then the connection is destroyed without an answer. */
  | { kind: 'drop-after' }
  /** HTTP 200 with a GenericServerError; the server does not act. */
  | { kind: 'server-error' }
  /** Another writer upserts `envs` into the request's tenant (new hash) just before the request runs. */
  | { kind: 'concurrent-write'; envs: Record<string, string> }
  /** The server acts, then waits `ms` before answering. */
  | { kind: 'slow'; ms: number }
  /** HTTP 200 with an HTML page (a portal, a maintenance page); the server does not act. */
  | { kind: 'html' }
  /** The server acts, then answers 200 with its JSON cut in the middle. */
  | { kind: 'truncated' }
  /** The server acts, then answers `{"data": {<each root field>: null}}`. */
  | { kind: 'null-after' }
  /** An action error: code `unexpected` with this message; the server does not act. */
  | { kind: 'refuse'; message: string }
  /** No answer at all until the emulator stops; the server does not act. */
  | { kind: 'hang' }
  /**
   * Something else happens in the account just before the request is served (another run's create, a console
   * edit): `run` is called, then the request is served as usual, another rule for it still applying.
   */
  | { kind: 'meanwhile'; run: () => void }

export interface FaultRule {
  /** A root field name such as 'createTenant', or '*' for any request. */
  field: string
  fault: Fault
  /** How many matching requests this rule applies to; default 1 (Infinity: always). */
  times?: number
}

export interface RecordedCall {
  fields: string[]
  operationName?: string
  query: string
  variables: Record<string, unknown>
  authorized: boolean
  fault?: Fault['kind']
  at: number
}

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** The host name in `origin`, `url` and endpoints (the server listens on 127.0.0.1 whatever it is); default 127.0.0.1. */
  host?: string
  /** Serve HTTPS with this key and certificate (PEM) instead of HTTP. */
  tls?: { key: string | Buffer; cert: string | Buffer }
  /** The accepted personal access token; random by default. */
  pat?: string
  /** Default `nested`. */
  envShape?: EnvShape
  /** Default `base`. */
  endpointShape?: EndpointShape
  /** Time after a create or an env change while the tenant boots or restarts (its APIs answer 503); default 0. */
  healthDelayMs?: number
  /** Added to every request (the API's and the tenants' own), as the network between a runner and Hasura Cloud; default 0. */
  latencyMs?: number
  /** How many projects createTenant may hold in the account (seeded ones do not count); default 3. */
  projectQuota?: number
  /** Project names other accounts hold: a rename to one fails, listings never show them. */
  reservedNames?: string[]
  /** Whether `__schema` / `__type` may be queried; default true. */
  introspection?: boolean
  /** Serve a schema where one field has another name; `true` means DEFAULT_DRIFT (TenantEnv.envVars -> envVariables). */
  drift?: SchemaDrift | boolean
  /** Rewrite the schema's SDL before it is served (a root removed, an odd type added). */
  editSchema?: (sdl: string) => string
  /** Makes the engine behind each tenant's endpoint; default: /healthz answers OK, everything else 404. */
  engine?: TenantEngineFactory
}

/** A tenant and its project as a test sees them. */
export interface Tenant {
  id: string
  /** The project's name: its endpoint follows it on a rename. */
  name: string
  /** Set from the name at creation; a rename leaves it. */
  slug: string
  projectId: string
  endpoint: string
  cloud: string
  region: string
  planName: string
  createdAt: string
  env: Record<string, string>
  hash: string
  /** Until then (ms since the epoch) the tenant restarts and its APIs answer 503. */
  healthyAt: number
}

export interface SeedOptions {
  name?: string
  envs?: Record<string, string>
  createdAt?: Date | string
  /** Restart time from now; default 0 (healthy at once). */
  healthDelayMs?: number
  /** Default cloud_free. */
  plan?: string
}
