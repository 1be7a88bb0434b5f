import type { ClientOperation } from '../clients/operations.js'
import type { CloudClient } from '../cloud/client.js'
import type { EngineClientOptions } from '../engine/client.js'
import type { PreviewDatabases } from '../database/preview-database.js'
import type { Logger } from '../core/log.js'
import type { RetryHooks } from '../http/retry.js'
import type { EnvEntry } from '../env/entry.js'
import type { SchemaError } from '../engine/errors.js'
import type { HasuraProject } from '../project/types.js'
import type { PreviewComments } from '../github/preview-comment.js'
import type { PullRequestRef } from '../preview/pull-request.js'
import type { TenantFacts } from './outcome.js'
import type { Settings } from './settings.js'

/** The Hasura Cloud API as operations use it. */
export type CloudApi = Pick<
  CloudClient,
  | 'getTenant'
  | 'readTenant'
  | 'getTenantEnv'
  | 'listProjects'
  | 'findProjects'
  | 'findProjectsLike'
  | 'createTenant'
  | 'renameProject'
  | 'deleteTenant'
  | 'updateTenantEnv'
  | 'deleteTenantEnv'
  | 'request'
>

/** What operations tell the report as they go (outputs are set the moment a fact is known). */
export interface RunReport {
  setTenant(facts: TenantFacts): void
  setHash(hash: string): void
  /** The one secret output, masked before (by the client that read it). */
  setAdminSecret(secret: string | undefined): void
  /** The preview's databases, the first one the main one. */
  setDatabases(names: string[]): void
  setMigrationsApplied(count: number): void
  setSeedsApplied(count: number): void
  /** With `expire-after`: when the preview expires unless pushed to again. */
  setExpiresAt(at: Date): void
}

/** The pull request's preview comment. */
export type PreviewCommentStore = Pick<PreviewComments, 'find' | 'publish' | 'markDeleted'>

/** Preview databases (and their roles and journals) on the `postgres-server-url` server. */
export type PreviewDatabaseStore = Pick<
  PreviewDatabases,
  'ensure' | 'journal' | 'writeJournal' | 'seedsApplied' | 'drop' | 'previewsOf' | 'close'
>

/** A database the action made for the preview: its name, its URL (secret) and the env var that carries it. */
export interface PreviewDatabaseRef {
  name: string
  url: string
  env: string
  /** Made or replaced by this run: it holds no migration yet. */
  fresh: boolean
  /** Its seeds are still to be applied (asked for when it was made, not all applied yet). */
  seedsPending: boolean
}

/** What the operation tells the schema apply about the preview's own databases. */
export interface SchemaApplyRequest {
  previewDatabases?: PreviewDatabaseRef[]
  /** Called once a preview database (by name) has all its seeds: its record stops asking for them. */
  onSeeded?: (database: string) => Promise<void>
  /** A migration or seed file the database refused earlier in this run: the apply stops there, with this failure. */
  refused?: SchemaError
}

/** What applying the Hasura project did. */
export interface SchemaApplied {
  metadataSent: boolean
  migrationsApplied: number
  /** Seed files applied. */
  seedsApplied: number
}

/** What an operation works with; everything outside the process sits behind these. */
export interface OperationDeps<S extends Settings = Settings> {
  settings: S
  cloud: CloudApi
  report: RunReport
  log: Logger
  /** The env file's entries, loaded and validated before any API call; undefined without `env-file`. */
  entries?: EnvEntry[]
  /** The `hasura-project`, read and checked before any API call; undefined without one. */
  project?: HasuraProject
  /** The pull request's preview comment, on pull_request events with `comment: true`. */
  preview?: PreviewCommentStore
  /** Another pull request's preview comment (sweep, and a create with max-previews), with `comment: true`. */
  previewOf?: (pr: PullRequestRef) => PreviewCommentStore
  /** Whether a pull request of this repository is open (sweep). */
  pullRequestState?: (number: number) => Promise<{ state: 'open' | 'closed' | 'missing' | 'unknown'; reason?: string }>
  /** Opens the connection to `postgres-server-url`, when given; the caller closes it. */
  databases?: () => Promise<PreviewDatabaseStore>
  /**
   * Applies the `hasura-project` (read and checked before any API call) to a project; undefined without one.
   * `previewDatabases`: the databases the action made for the preview, by the env var that carries each one's URL:
   * the sources reading them keep their own record of applied migrations (see MigrationLedger).
   */
  applySchema?: (endpoint: string, adminSecret: string, options?: SchemaApplyRequest) => Promise<SchemaApplied>
  /**
   * Applies the project's migrations (and its seeds, when pending) to a preview database this run made, over the
   * action's own connection, while the tenant boots; undefined without a project.
   */
  migrateDirectly?: (database: PreviewDatabaseRef) => Promise<{ migrations: number; seeds: number }>
  /** The time of day (expiries); default the system's. */
  now?: () => Date
  /** The clock of every retry and wait (the health wait too): a test skips the waits; default the real one. */
  waits?: Pick<RetryHooks, 'sleep' | 'now' | 'random'>
  /**
   * With `compare-tenant-id`: the app's operations, read and parsed before any API call: those of the `operations`
   * files, and those of the project's allow list (its query collections).
   */
  clientOperations?: { files: ClientOperation[]; allowList: ClientOperation[] }
  /** Budgets of the clients of the reference's and the preview's own APIs (small in tests); default the engine's. */
  engine?: Pick<EngineClientOptions, 'policy' | 'timeoutMs' | 'hooks'>
}
