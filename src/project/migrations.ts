import { statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import type { WorkspacePath } from '../core/workspace.js'
import type { ProjectConfig } from './config.js'
import { ProjectError } from './error.js'
import type { ProjectFiles } from './files.js'
import { isNoTransaction } from './sql.js'
import type { Migration, SourceLocation } from './types.js'

/** `<version>_<name>`, the directory `hasura migrate create` makes; the version is a uint64 for the CLI. */
const MIGRATION_DIRECTORY = /^([0-9]+)_(.*)$/s
/** The older layout the CLI still reads: `<version>_<name>.up.sql` directly in the database's directory. */
const MIGRATION_FILE = /^([0-9]+)_(.*)\.(up|down)\.(sql|yaml)$/s
const MAX_VERSION = 2n ** 64n - 1n

/**
 * Every database's up migrations, as `hasura migrate apply` finds them: `<migrations>/<database>/<version>_<name>/
 * up.sql`, ordered by database (in metadata order) then numerically by version. As the CLI does, a migration with no
 * up.sql (only down.sql) or an empty (0-byte) one is skipped, and other files are ignored. Stricter than the CLI: a
 * directory whose name is not `<version>_<name>` or a database directory no source is named after is an error (the CLI
 * would silently skip what was most likely a typo), and so is an up.yaml (the old format, which the CLI no longer
 * applies for config v3 projects).
 */
export function readMigrations(
  files: ProjectFiles,
  config: ProjectConfig,
  databases: readonly string[],
  databasesAt: SourceLocation
): Migration[] {
  const label = `migrations_directory ${config.migrationsDirectory}`
  const root = files.find(files.inProject(config.migrationsDirectory), 'directory', config.migrationsDirectoryAt, label)
  if (!root) return []
  const found = new Map<string, Migration[]>()
  for (const entry of files.list(root)) {
    if (kindOf(entry, root) !== 'directory') continue // README.md and the like
    const relative = path.posix.join(root.relative, entry.name)
    const database = files.find(relative, 'directory', databasesAt, `${files.display(relative)}/`)
    if (!database) continue
    if (!databases.includes(entry.name)) {
      const known = databases.length > 0 ? `it has ${databases.join(', ')}` : 'it has none'
      throw new ProjectError(
        `${files.display(relative)}/ holds migrations for a database named ${entry.name}, but databases.yaml has no ` +
          `database of that name (${known}); rename the directory or add the database`,
        databasesAt.file,
        databasesAt.line
      )
    }
    found.set(entry.name, databaseMigrations(files, database, entry.name))
  }
  return databases.flatMap((name) => found.get(name) ?? [])
}

function databaseMigrations(files: ProjectFiles, dir: WorkspacePath, database: string): Migration[] {
  const migrations: Migration[] = []
  const versions = new Map<string, string>()
  const add = (migration: Migration): void => {
    const first = versions.get(migration.version)
    if (first !== undefined) {
      throw new ProjectError(
        `two migrations of database ${database} have the version ${migration.version}: ${first} and ` +
          `${files.display(migration.file)}; give one of them a new version`,
        migration.file,
        1
      )
    }
    versions.set(migration.version, files.display(migration.file))
    migrations.push(migration)
  }
  for (const entry of files.list(dir)) {
    const kind = kindOf(entry, dir)
    const relative = path.posix.join(dir.relative, entry.name)
    if (kind === 'directory') {
      const migration = directoryMigration(files, relative, entry.name, database)
      if (migration) add(migration)
    } else if (kind === 'file') {
      const migration = fileMigration(files, relative, entry.name, database)
      if (migration) add(migration)
    }
  }
  return migrations.sort((a, b) => (BigInt(a.version) < BigInt(b.version) ? -1 : 1))
}

function directoryMigration(
  files: ProjectFiles,
  relative: string,
  name: string,
  database: string
): Migration | undefined {
  const label = `${files.display(relative)}/`
  const parts = MIGRATION_DIRECTORY.exec(name)
  const blame = { file: firstFile(files, relative) ?? relative, line: 1 }
  if (!parts) {
    throw new ProjectError(
      `${label} is not a migration directory name: it must be <version>_<name> (digits, an underscore, a name), ` +
        'as `hasura migrate create` makes them, e.g. 1700000000000_create_table_author',
      blame.file,
      blame.line
    )
  }
  const version = checkedVersion(parts[1] ?? '', label, blame)
  const dir = files.find(relative, 'directory', blame, label)
  if (!dir) return undefined
  oldFormat(files, path.posix.join(relative, 'up.yaml'))
  const upPath = path.posix.join(relative, 'up.sql')
  const up = files.find(upPath, 'file', { file: upPath, line: 1 }, files.display(upPath))
  return up ? migration(files, up, database, version, parts[2] ?? '') : undefined
}

function fileMigration(files: ProjectFiles, relative: string, name: string, database: string): Migration | undefined {
  const parts = MIGRATION_FILE.exec(name)
  if (!parts || parts[3] !== 'up') return undefined // down migrations and other files are not applied
  if (parts[4] === 'yaml') {
    oldFormat(files, relative)
    return undefined
  }
  const blame = { file: relative, line: 1 }
  const version = checkedVersion(parts[1] ?? '', files.display(relative), blame)
  const up = files.find(relative, 'file', blame, files.display(relative))
  return up ? migration(files, up, database, version, parts[2] ?? '') : undefined
}

function migration(
  files: ProjectFiles,
  up: WorkspacePath,
  database: string,
  version: string,
  name: string
): Migration | undefined {
  const sql = files.read(up, { file: up.relative, line: 1 })
  if (sql === '') return undefined // as the CLI skips an empty up.sql
  return { database, version, name, file: up.relative, sql, noTransaction: isNoTransaction(sql) }
}

/** An up.yaml holding metadata steps (run_sql...): the pre-v3 format, not applied; an empty one is ignored. */
function oldFormat(files: ProjectFiles, relative: string): void {
  const blame = { file: relative, line: 1 }
  const file = files.find(relative, 'file', blame, files.display(relative))
  if (!file) return
  const steps = files.yaml(file, blame, false)
  if (steps === undefined || steps === null || (Array.isArray(steps) && steps.length === 0)) return
  throw new ProjectError(
    `${files.display(relative)} is an old-format (YAML) migration, which config v3 projects do not apply: ` +
      'move the SQL of its run_sql steps into up.sql beside it and delete up.yaml',
    file.relative,
    1
  )
}

function checkedVersion(digits: string, label: string, blame: SourceLocation): string {
  const version = BigInt(digits)
  if (version > MAX_VERSION) {
    throw new ProjectError(
      `${label}: the version ${digits} is too large (at most ${MAX_VERSION})`,
      blame.file,
      blame.line
    )
  }
  return version.toString()
}

/** The first regular file of a directory (to put an annotation on), if any. */
function firstFile(files: ProjectFiles, relative: string): string | undefined {
  const dir = files.find(relative, 'directory', { file: relative, line: 1 }, `${files.display(relative)}/`)
  const file = dir ? files.list(dir).find((entry) => kindOf(entry, dir) === 'file') : undefined
  return file ? path.posix.join(relative, file.name) : undefined
}

/** What an entry is, a symlink judged by what it leads to (whether that is inside the project is checked on use). */
function kindOf(entry: Dirent, parent: WorkspacePath): 'file' | 'directory' | 'other' {
  const stats = entry.isSymbolicLink() ? statSync(path.join(parent.real, entry.name), { throwIfNoEntry: false }) : entry
  if (!stats) return 'other'
  return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other'
}
