import path from 'node:path'
import type { WorkspacePath } from '../core/workspace.js'
import { readActions } from './actions.js'
import type { ProjectConfig } from './config.js'
import { ProjectError } from './error.js'
import type { ProjectFiles } from './files.js'
import { isMapping } from '../core/json.js'
import type { SourceLocation } from './types.js'

/** The metadata object and the file each top-level key came from (for locating what the engine reports). */
export interface ProjectMetadata {
  metadata: Record<string, unknown>
  /** Top-level metadata key (`sources`, `remote_schemas`, `actions`...) -> the file it was read from. */
  files: Map<string, string>
}

/**
 * The files `hasura metadata export` writes, each holding one top-level metadata key (the CLI's metadata objects;
 * `sources` and `actions`/`custom_types` are read apart). A missing file holds nothing.
 */
const METADATA_FILES: readonly { key: string; file: string; shape: 'list' | 'mapping' }[] = [
  { key: 'remote_schemas', file: 'remote_schemas.yaml', shape: 'list' },
  { key: 'query_collections', file: 'query_collections.yaml', shape: 'list' },
  { key: 'allowlist', file: 'allow_list.yaml', shape: 'list' },
  { key: 'cron_triggers', file: 'cron_triggers.yaml', shape: 'list' },
  { key: 'rest_endpoints', file: 'rest_endpoints.yaml', shape: 'list' },
  { key: 'api_limits', file: 'api_limits.yaml', shape: 'mapping' },
  { key: 'metrics_config', file: 'metrics_config.yaml', shape: 'mapping' },
  { key: 'inherited_roles', file: 'inherited_roles.yaml', shape: 'list' },
  { key: 'graphql_schema_introspection', file: 'graphql_schema_introspection.yaml', shape: 'mapping' },
  { key: 'network', file: 'network.yaml', shape: 'mapping' },
  { key: 'backend_configs', file: 'backend_configs.yaml', shape: 'mapping' },
  { key: 'opentelemetry', file: 'opentelemetry.yaml', shape: 'mapping' }
]

/** Keys in the order `export_metadata` writes them. */
const EXPORT_ORDER = [
  'version',
  'sources',
  'remote_schemas',
  'query_collections',
  'allowlist',
  'actions',
  'custom_types',
  'cron_triggers',
  'rest_endpoints',
  'api_limits',
  'metrics_config',
  'inherited_roles',
  'graphql_schema_introspection',
  'network',
  'backend_configs',
  'opentelemetry'
]

/**
 * Build the object `replace_metadata` takes from the metadata directory, every `!include` resolved. Empty lists and
 * objects (`[]`, `{}`, `custom_types` of empty lists...) are left out as `export_metadata` leaves them out, so the
 * result compares with what the engine holds.
 */
export function readMetadata(files: ProjectFiles, config: ProjectConfig): ProjectMetadata {
  const label = `metadata_directory ${config.metadataDirectory}`
  const dir = files.find(files.inProject(config.metadataDirectory), 'directory', config.metadataDirectoryAt, label)
  if (!dir) {
    throw new ProjectError(
      `the metadata directory ${config.metadataDirectory}/ does not exist; run \`hasura metadata export\` to write it, ` +
        'or set metadata_directory in config.yaml',
      config.metadataDirectoryAt.file,
      config.metadataDirectoryAt.line
    )
  }
  const reader = new MetadataReader(files, dir)
  const found = new Map<string, unknown>()
  found.set('version', reader.version())
  found.set('sources', reader.sources())
  for (const { key, file, shape } of METADATA_FILES) found.set(key, reader.object(key, file, shape))
  const actions = readActions(files, dir)
  for (const [key, file] of actions.files) reader.files.set(key, file)
  found.set('actions', actions.actions)
  found.set('custom_types', actions.customTypes)

  const metadata: Record<string, unknown> = {}
  for (const key of EXPORT_ORDER) {
    const value = found.get(key)
    if (key === 'version' || key === 'sources' || !isEmpty(value)) metadata[key] = value
  }
  return { metadata, files: reader.files }
}

class MetadataReader {
  readonly files = new Map<string, string>()

  constructor(
    private readonly project: ProjectFiles,
    private readonly dir: WorkspacePath
  ) {}

  version(): number {
    const read = this.read('version.yaml')
    if (!read || read.value === undefined || read.value === null) return 3 // a config v3 project's metadata
    const version = isMapping(read.value) ? read.value.version : undefined
    if (version !== 3) {
      const line = this.project.positions.of(read.value)?.keyLines?.get('version') ?? 1
      throw new ProjectError(
        `version.yaml must say \`version: 3\` (metadata v3, as config v3 projects have)`,
        read.file.relative,
        line
      )
    }
    return version
  }

  sources(): Record<string, unknown>[] {
    const read = this.read('databases/databases.yaml')
    if (!read) return []
    this.files.set('sources', read.file.relative)
    const list = this.shaped(read.value, 'list', read.file, 'a list of databases (name, kind, configuration, tables)')
    const names = new Map<string, number>()
    return (list as unknown[]).map((entry) => {
      const at = this.at(entry, read.file)
      if (!isMapping(entry) || typeof entry.name !== 'string' || entry.name === '') {
        throw new ProjectError('each database needs a name (and kind, configuration, tables)', at.file, at.line)
      }
      const first = names.get(entry.name)
      if (first !== undefined) {
        throw new ProjectError(`the database ${entry.name} is listed twice (first on line ${first})`, at.file, at.line)
      }
      names.set(entry.name, at.line)
      return this.source(entry, at)
    })
  }

  /** A source as the export writes it: `tables` always a list, `functions` left out when empty. */
  private source(entry: Record<string, unknown>, at: SourceLocation): Record<string, unknown> {
    const source = { ...entry }
    if (source.tables === undefined || source.tables === null) source.tables = []
    if (!Array.isArray(source.tables)) {
      throw new ProjectError(
        `database ${String(entry.name)}: tables must be a list (or an !include of a file that holds one)`,
        at.file,
        this.project.positions.of(entry)?.keyLines?.get('tables') ?? at.line
      )
    }
    if (Array.isArray(source.functions) && source.functions.length === 0) delete source.functions
    this.project.positions.copy(entry, source)
    return source
  }

  object(key: string, name: string, shape: 'list' | 'mapping'): unknown {
    const read = this.read(name)
    if (!read) return undefined
    this.files.set(key, read.file.relative)
    const what = shape === 'list' ? `a list (the ${key} of the metadata)` : `a mapping (the ${key} of the metadata)`
    return this.shaped(read.value, shape, read.file, what)
  }

  private read(name: string): { value: unknown; file: WorkspacePath } | undefined {
    const relative = path.posix.join(this.dir.relative, name)
    const blame = { file: relative, line: 1 }
    const file = this.project.find(relative, 'file', blame, this.project.display(relative))
    return file ? { value: this.project.yaml(file, blame, true), file } : undefined
  }

  private shaped(value: unknown, shape: 'list' | 'mapping', file: WorkspacePath, what: string): unknown {
    if (value === undefined || value === null) return shape === 'list' ? [] : {}
    if (shape === 'list' ? Array.isArray(value) : isMapping(value)) return value
    throw new ProjectError(
      `${this.project.display(file.relative)} must hold ${what}`,
      file.relative,
      this.at(value, file).line
    )
  }

  private at(value: unknown, file: WorkspacePath): SourceLocation {
    const position = this.project.positions.of(value)
    return position ? { file: position.file, line: position.line } : { file: file.relative, line: 1 }
  }
}

/** Nothing, `[]`, `{}`, or a mapping of only such values (`custom_types: {enums: [], ...}`). */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true
  if (Array.isArray(value)) return value.length === 0
  if (isMapping(value)) return Object.values(value).every(isEmpty)
  return false
}
