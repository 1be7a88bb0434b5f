import type { CloudClient } from '../cloud/client.js'
import type { Logger } from '../core/log.js'
import type { EnvEntry } from '../env/entry.js'
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
  setDatabase(name: string): void
  setMigrationsApplied(count: number): void
}

/** The pull request's preview comment. */
export type PreviewCommentStore = Pick<PreviewComments, 'find' | 'publish' | 'markDeleted'>

/** Preview databases on the `postgres-server-url` server. */
export interface PreviewDatabaseStore {
  ensure(
    name: string,
    options: { owner: PullRequestRef; template?: string; reset: boolean; dryRun: boolean }
  ): Promise<{ name: string; url: string; created: boolean; reset: boolean }>
  drop(name: string, owner: PullRequestRef, options: { dryRun: boolean }): Promise<'dropped' | 'not-found' | 'not-ours'>
  close(): Promise<void>
}

/** What applying the Hasura project did. */
export interface SchemaApplied {
  metadataSent: boolean
  migrationsApplied: number
}

/** What an operation works with; everything outside the process sits behind these. */
export interface OperationDeps<S extends Settings = Settings> {
  settings: S
  cloud: CloudApi
  report: RunReport
  log: Logger
  /** The env file's entries, loaded and validated before any API call; undefined without `env-file`. */
  entries?: EnvEntry[]
  /** The pull request's preview comment, on pull_request events with `comment: true`. */
  preview?: PreviewCommentStore
  /** Another pull request's preview comment (sweep), with `comment: true`. */
  previewOf?: (pr: PullRequestRef) => PreviewCommentStore
  /** Whether a pull request of this repository is open (sweep). */
  pullRequestState?: (number: number) => Promise<{ state: 'open' | 'closed' | 'missing' | 'unknown'; reason?: string }>
  /** Opens the connection to `postgres-server-url`, when given; the caller closes it. */
  databases?: () => Promise<PreviewDatabaseStore>
  /**
   * Applies the `hasura-project` (read and checked before any API call) to a project; undefined without one.
   * `freshDatabaseEnv`: the env key whose database was just made for an existing project (see SchemaApplyOptions).
   */
  applySchema?: (
    endpoint: string,
    adminSecret: string,
    options?: { freshDatabaseEnv?: string }
  ) => Promise<SchemaApplied>
}
