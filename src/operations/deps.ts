import type { CloudClient } from '../cloud/client.js'
import type { EnvEntry } from '../env/entry.js'
import type { PreviewComments } from '../github/preview-comment.js'
import type { Report } from '../report.js'
import type { Settings } from '../settings.js'

/** What an operation works with; everything outside the process sits behind these. */
export interface OperationDeps {
  settings: Settings
  cloud: CloudClient
  report: Report
  /** The env file's entries, loaded and validated before any API call; undefined without `env-file`. */
  entries?: EnvEntry[]
  /** The pull request's preview comment, on pull_request events with `comment: true`. */
  preview?: PreviewComments
  log: Logger
}

export interface Logger {
  info(message: string): void
  warning(message: string): void
}
