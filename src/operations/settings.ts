import type { PullRequest } from '../preview/pull-request.js'

export const OPERATIONS = ['create', 'delete', 'sync-env', 'get', 'check', 'sweep'] as const
export type Operation = (typeof OPERATIONS)[number]

/** What every operation gets. */
export interface CommonSettings {
  /** Hasura Cloud personal access token (secret). */
  pat: string
  /** The Cloud API's GraphQL URL (https, or http on a loopback host). */
  apiEndpoint: string
  /** Plan and report, write nothing. */
  dryRun: boolean
  /** The runner's workspace: files are read from it, and only from it. */
  workspace: string
  /** The step's environment, for `${NAME}` in env files. */
  environment: Record<string, string | undefined>
  /** The repository the workflow runs in. */
  repository?: { owner: string; repo: string }
  /** The pull request this run belongs to (pull_request events only). */
  pullRequest?: PullRequest
  /** Token for the pull-request comment and pull-request states (secret). */
  githubToken: string
  /** Keep a preview comment on pull requests. */
  comment: boolean
}

/** What an operation that writes a tenant's env (and applies a Hasura project) gets. */
export interface EnvSettings {
  /** Env file path as the user wrote it (relative to the workspace). */
  envFile?: string
  /** A database URL to write as `databaseUrlEnv` (secret). */
  databaseUrl?: string
  /** The env key that carries the database URL. */
  databaseUrlEnv: string
  /** A Hasura project directory to apply (relative to the workspace). */
  hasuraProject?: string
  /** Delete tenant keys the file does not list (never HASURA_* keys, the marker or keepKeys). */
  prune: boolean
  /** Keys `prune` never deletes; HASURA_GRAPHQL_ADMIN_SECRET always among them. */
  keepKeys: string[]
  /** Wait for `/healthz` after a create or an env change. */
  wait: boolean
  /** Seconds allowed for that wait. */
  waitTimeoutSeconds: number
  /** Seconds one migration may run. */
  migrationTimeoutSeconds: number
}

/** The Postgres server on which previews get their own databases. */
export interface PostgresServerSettings {
  /** The server's URL (secret); undefined: no preview databases. */
  postgresServerUrl?: string
  /** PEM of the CA that signs the server's certificate (masked), for sslmode=verify-ca/verify-full. */
  postgresCa?: string
}

export interface CreateSettings extends CommonSettings, EnvSettings, PostgresServerSettings {
  operation: 'create'
  cloud: string
  region: string
  /** The Hasura Cloud plan; undefined: the account's default. */
  plan?: string
  /** The project name to set after the create; on pull requests the preview name when not given. */
  name?: string
  /** Copy this database into a new preview database. */
  databaseTemplate?: string
  /** Drop and recreate an existing preview database. */
  resetDatabase: boolean
  /** Apply the project's seeds into the preview databases this run makes or resets. */
  seeds: boolean
  /** A reference tenant (staging, say): the comment and summary show what the project changes against it. */
  compareTenantId?: string
  /** Globs (in the workspace) of `.graphql`/`.gql` files of the app's operations, validated per role; with compareTenantId. */
  operations: string[]
  /** Fail the step (after the preview and the comment) when the pull request breaks a role's API. */
  failOnBreaking: boolean
  /** A pull-request label that accepts the breaking changes: failOnBreaking then does not fail the step. */
  approveLabel: string
  /** The preview expires this long after its last push (`sweep` deletes it then); undefined: it never expires. */
  expireAfter?: Duration
  /** At most this many previews of the repository at once; undefined: no cap. */
  maxPreviews?: number
}

/** A length of time as the user wrote it (`90m`, `12h`, `7d`), and in milliseconds. */
export interface Duration {
  text: string
  ms: number
}

export interface SyncEnvSettings extends CommonSettings, EnvSettings {
  operation: 'sync-env'
  tenantId: string
}

export interface GetSettings extends CommonSettings {
  operation: 'get'
  tenantId: string
}

export interface DeleteSettings extends CommonSettings, PostgresServerSettings {
  operation: 'delete'
  /** Undefined on a pull request: the preview is found by its comment or name, and its marker. */
  tenantId?: string
}

export interface CheckSettings extends CommonSettings {
  operation: 'check'
}

export interface SweepSettings extends CommonSettings, PostgresServerSettings {
  operation: 'sweep'
  repository: { owner: string; repo: string }
}

/** Every input of the action, read and validated once: a union by operation. */
export type Settings = CreateSettings | SyncEnvSettings | GetSettings | DeleteSettings | CheckSettings | SweepSettings
