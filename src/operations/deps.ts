import type { ClientOperation } from '../clients/operations.js'
import type { CloudClient } from '../cloud/client.js'
import type { EngineBudgets } from '../engine/client.js'
import type { PreviewDatabases } from '../database/preview-database.js'
import type { Logger } from '../core/log.js'
import type { Clock } from '../http/retry.js'
import type { PostgresConnector } from '../database/connection.js'
import type { EnvEntry } from '../env/entry.js'
import type { HasuraProject } from '../project/types.js'
import type { PreviewComments } from '../github/preview-comment.js'
import type { PullRequestRef } from '../preview/pull-request.js'
import type { TenantFacts } from './outcome.js'
import type {
  CheckSettings,
  CreateSettings,
  DeleteSettings,
  GetSettings,
  Settings,
  SweepSettings,
  SyncEnvSettings
} from './settings.js'

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
}

/** Whether a pull request of this repository is open. */
export type PullRequestStateLookup = (
  number: number
) => Promise<{ state: 'open' | 'closed' | 'missing' | 'unknown'; reason?: string }>

/** The `postgres-server-url` server: its preview databases, and the one connector every session goes through. */
export interface PostgresServer {
  /** Opens the admin connection; the caller closes it. */
  databases: () => Promise<PreviewDatabaseStore>
  connector: PostgresConnector
}

/** What every operation works with; everything outside the process sits behind these. */
interface BaseDeps<S extends Settings> {
  settings: S
  cloud: CloudApi
  report: RunReport
  log: Logger
  /** The time of day (expiries, the comment). */
  now: () => Date
  /** The clock of every retry and wait (the health wait too): a test skips the waits. */
  waits: Clock
}

/** The step's files, read and checked before any API call: undefined when their input is not given. */
interface FileDeps {
  /** The env file's entries. */
  entries?: EnvEntry[]
  /** The `hasura-project`. */
  project?: HasuraProject
  engine: EngineBudgets
}

export interface CreateDeps extends BaseDeps<CreateSettings>, FileDeps {
  operation: 'create'
  /** The pull request's preview comment, on pull_request events with `comment: true`. */
  preview?: PreviewCommentStore
  /** Another pull request's preview comment (a create with max-previews deletes expired previews), with `comment`. */
  previewOf?: (pr: PullRequestRef) => PreviewCommentStore
  /** With `postgres-server-url`. */
  server?: PostgresServer
  /** With `compare-tenant-id`: the app's operations, those of the `operations` files and of the allow list. */
  clientOperations?: { files: ClientOperation[]; allowList: ClientOperation[] }
}

export interface SyncEnvDeps extends BaseDeps<SyncEnvSettings>, FileDeps {
  operation: 'sync-env'
}

export interface GetDeps extends BaseDeps<GetSettings> {
  operation: 'get'
}

export interface CheckDeps extends BaseDeps<CheckSettings> {
  operation: 'check'
}

export interface DeleteDeps extends BaseDeps<DeleteSettings> {
  operation: 'delete'
  /** The pull request's preview comment, on pull_request events with `comment: true`. */
  preview?: PreviewCommentStore
  server?: PostgresServer
}

export interface SweepDeps extends BaseDeps<SweepSettings> {
  operation: 'sweep'
  pullRequestState: PullRequestStateLookup
  /** Each swept pull request's preview comment, with `comment: true`. */
  previewOf?: (pr: PullRequestRef) => PreviewCommentStore
  server?: PostgresServer
}

/** An operation's dependencies, by operation (as Settings is): each says what that operation gets. */
export type OperationDeps = CreateDeps | SyncEnvDeps | GetDeps | CheckDeps | DeleteDeps | SweepDeps
