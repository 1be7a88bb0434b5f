import { FileError } from '../core/errors.js'
import type { InconsistentObject } from '../project/types.js'

export interface EngineErrorDetails {
  /** The HTTP status; undefined when no answer came. */
  status?: number
  /** Hasura's error `code` (`postgres-error`, `access-denied`, ...), or the network error code. */
  code?: string
  /** The server's own message: Hasura's `error`, or for a postgres-error the database's message. */
  serverMessage?: string
  /** Hasura's `path` of the failing part of the request, e.g. `$.args.metadata.sources[0].tables[2]`. */
  path?: string
  /** The project may have carried the request out although it failed (dropped connection, timeout). */
  mayHaveActed?: boolean
  /** The inconsistent objects Hasura listed in `internal` (a refused `replace_metadata`). */
  inconsistencies?: InconsistentObject[]
}

/**
 * A call to a project's own API (`/v1/metadata`, `/v2/query`) failed. The message names the call and carries the
 * server's own message; never the admin secret, the SQL sent or the values of a row (Hasura's `internal` holds the
 * statement and the database's row detail, so only the database's message is kept).
 */
export class EngineError extends Error {
  override name = 'EngineError'
  readonly status?: number
  readonly code?: string
  readonly serverMessage?: string
  readonly path?: string
  readonly mayHaveActed: boolean
  readonly inconsistencies: InconsistentObject[]

  constructor(
    message: string,
    /** The request type, e.g. `replace_metadata`, `run_sql`. */
    readonly call: string,
    details: EngineErrorDetails = {}
  ) {
    super(message)
    this.status = details.status
    this.code = details.code
    this.serverMessage = details.serverMessage
    this.path = details.path
    this.mayHaveActed = details.mayHaveActed ?? false
    this.inconsistencies = details.inconsistencies ?? []
  }
}

/** Applying a `hasura-project` failed at a file of it: annotated at that file and line. */
export class SchemaError extends FileError {
  override name = 'SchemaError'
  /** How many migrations this run applied before the failure. */
  migrationsApplied?: number
  /** How many seed files this run applied before the failure. */
  seedsApplied?: number
  constructor(message: string, file: string, line: number) {
    super(message, file, line, 'hasura-project')
  }
}

/**
 * Which item of a `bulk` request failed: the engine runs the items with `indexedMapM`, which prefixes an item's
 * error path with its index (`$[2]`, `$[2].args`; graphql-engine server/src-lib/Hasura/Base/Error.hs and
 * Server/API/V2Query.hs). Undefined when the path names no item (the request as a whole was refused).
 */
export function bulkFailureIndex(error: EngineError): number | undefined {
  const match = /^\$(?:\.args)?\[(\d+)\]/.exec(error.path ?? '')
  return match ? Number(match[1]) : undefined
}
