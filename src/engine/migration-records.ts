import { isMapping } from '../core/json.js'

/**
 * The Hasura CLI's record of applied migrations, kept in the catalog state (`get_catalog_state`):
 * `cli_state.migrations[<database>][<version>] = <dirty>`. A version is written dirty before its SQL runs and
 * clean after, so `hasura migrate status` and this action agree on what is applied. Versions are keys as the CLI
 * writes them (`%d` of the number); everything else in the CLI's state (settings, ...) is kept as found.
 */
export class MigrationRecords {
  private readonly migrations: Record<string, Record<string, unknown>>

  constructor(private readonly cliState: Record<string, unknown>) {
    const found = isMapping(cliState.migrations) ? cliState.migrations : {}
    this.migrations = Object.fromEntries(
      Object.entries(found).map(([database, versions]) => [database, isMapping(versions) ? { ...versions } : {}])
    )
  }

  /** Recorded, dirty or clean: the CLI too counts a dirty version as applied. */
  has(database: string, version: string): boolean {
    return this.migrations[database]?.[versionKey(version)] !== undefined
  }

  /** The versions of a database marked dirty. */
  dirtyVersions(database: string): string[] {
    return Object.entries(this.migrations[database] ?? {})
      .filter(([, dirty]) => dirty !== false)
      .map(([version]) => version)
  }

  set(database: string, version: string, dirty: boolean): void {
    this.migrations[database] = { ...this.migrations[database], [versionKey(version)]: dirty }
  }

  remove(database: string, version: string): void {
    const versions = this.migrations[database]
    if (versions) delete versions[versionKey(version)]
  }

  /** The records of a database: each version (as versionKey writes it) and whether it is marked dirty. */
  versions(database: string): [string, boolean][] {
    return Object.entries(this.migrations[database] ?? {}).map(([version, dirty]) => [version, dirty !== false])
  }

  /** The records of a database become exactly these versions, clean. */
  replace(database: string, versions: Iterable<string>): void {
    this.migrations[database] = Object.fromEntries([...versions].map((version) => [versionKey(version), false]))
  }

  /** The CLI state to send with set_catalog_state. */
  toCliState(): Record<string, unknown> {
    return { ...this.cliState, migrations: structuredClone(this.migrations) }
  }
}

/** The CLI parses versions as integers and writes them back with `%d`: `0042` and `42` are one version. */
export function versionKey(version: string): string {
  return /^\d+$/.test(version) ? BigInt(version).toString() : version
}
