/**
 * A Hasura project directory (config v3) as the action applies it: the metadata, ready for `replace_metadata`,
 * and the migrations of each database, with the file and line of everything, for errors and annotations.
 */

/** A place in the repository: a path relative to the workspace (with `/`) and a 1-based line. */
export interface SourceLocation {
  file: string
  line: number
}

/** One migration: `migrations/<database>/<version>_<name>/up.sql`. */
export interface Migration {
  /** The database (metadata source) it belongs to. */
  database: string
  /** The version, digits only (a timestamp in milliseconds, as the CLI writes it). */
  version: string
  /** The part after `<version>_`. */
  name: string
  /** The up.sql file, relative to the workspace. */
  file: string
  /** The SQL to run. */
  sql: string
  /** Its first line is `-- hasura:no-transaction`: it runs outside a transaction, each statement alone. */
  noTransaction?: boolean
}

/** An env var the metadata reads, and where: the engine marks that object inconsistent when the tenant lacks it. */
export interface EnvNeed {
  name: string
  /** The item the value must list (comma-separated, see listsItem): `naming_convention` of the experimental features. */
  listing?: string
  at: SourceLocation
  /** The object that reads it, as a reviewer would name it: `action ban_app`, `cron trigger Cleanup`, ... */
  what: string
}

/** A seed file: `seeds/<database>/<name>.sql`. */
export interface Seed {
  database: string
  /** The file, relative to the workspace. */
  file: string
  sql: string
}

/** An object the engine reports in `get_inconsistent_metadata` (or in a failed `replace_metadata`). */
export interface InconsistentObject {
  type: string
  name?: string
  reason?: string
  definition?: unknown
  /** Conflicting objects (`get_inconsistent_metadata` reports them with no type of their own): the objects involved. */
  objects?: InconsistentObject[]
}

export interface HasuraProject {
  /** The project directory, relative to the workspace. */
  dir: string
  /** The metadata in the export format (`version: 3`, `sources`, ...), every `!include` resolved. */
  metadata: Record<string, unknown>
  /** Every database's migrations, ordered by database (in metadata order) then by version (numerically). */
  migrations: Migration[]
  /** Every env var the metadata reads, with the file and line of each use. */
  envNeeds: EnvNeed[]
  /**
   * Each database's seed files (`seeds/<database>/*.sql`, or the config's seeds_directory), in the CLI's order; read
   * only when the run applies seeds (empty otherwise).
   */
  seeds: Seed[]
  /**
   * The file and line that define an inconsistent object: the table's file for a table, relationship or
   * permission (the line of that relationship or permission when it can be told), the source's entry in
   * databases.yaml for a source, the metadata file of the kind otherwise (remote_schemas.yaml, actions.yaml...).
   */
  locate(object: InconsistentObject): SourceLocation
}
