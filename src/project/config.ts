import { InputError } from '../core/errors.js'
import { ProjectError } from './error.js'
import type { ProjectFiles } from './files.js'
import type { SourceLocation } from './types.js'

/** What the action uses of `config.yaml`; its other keys (endpoint, admin_secret, actions...) are the CLI's own. */
export interface ProjectConfig {
  file: string
  /** Project-relative, as written (default `metadata`), and where it was written. */
  metadataDirectory: string
  metadataDirectoryAt: SourceLocation
  /** Project-relative, as written (default `migrations`). */
  migrationsDirectory: string
  migrationsDirectoryAt: SourceLocation
  /** Project-relative, as written (default `seeds`). */
  seedsDirectory: string
  seedsDirectoryAt: SourceLocation
}

export function readConfig(files: ProjectFiles): ProjectConfig {
  const relative = files.inProject('config.yaml')
  const start = { file: relative, line: 1 }
  const file = files.find(relative, 'file', start, 'config.yaml')
  if (!file) {
    throw new InputError(
      `Input "hasura-project": ${files.root.relative} has no config.yaml; name the directory \`hasura init\` made ` +
        '(it holds config.yaml, metadata/ and migrations/).'
    )
  }
  const value = files.yaml(file, start, false)
  const config = value === undefined || value === null ? {} : value
  if (typeof config !== 'object' || Array.isArray(config)) {
    throw new ProjectError('config.yaml must be a mapping (version: 3, metadata_directory: ...)', file.relative, 1)
  }
  const keys = files.positions.of(config)?.keyLines
  const at = (key: string): SourceLocation => ({ file: file.relative, line: keys?.get(key) ?? 1 })
  const settings = config as Record<string, unknown>
  checkVersion(settings.version, at('version'))
  return {
    file: file.relative,
    metadataDirectory: directory(settings, 'metadata_directory', 'metadata', at),
    metadataDirectoryAt: at('metadata_directory'),
    migrationsDirectory: directory(settings, 'migrations_directory', 'migrations', at),
    migrationsDirectoryAt: at('migrations_directory'),
    seedsDirectory: directory(settings, 'seeds_directory', 'seeds', at),
    seedsDirectoryAt: at('seeds_directory')
  }
}

function checkVersion(version: unknown, at: SourceLocation): void {
  if (version === 3) return
  const upgrade =
    'run `hasura scripts update-project-v3` with the Hasura CLI to upgrade the project, and commit the result'
  if (version === undefined || version === null) {
    throw new ProjectError(`config.yaml has no version (the CLI reads that as version 1); ${upgrade}`, at.file, at.line)
  }
  if (version === 1 || version === 2) {
    throw new ProjectError(
      `config.yaml says version ${version}: the action applies config v3 projects only; ${upgrade}`,
      at.file,
      at.line
    )
  }
  throw new ProjectError(
    `config.yaml: version must be 3 (a config v3 project), not ${JSON.stringify(version)}`,
    at.file,
    at.line
  )
}

function directory(
  config: Record<string, unknown>,
  key: string,
  fallback: string,
  at: (key: string) => SourceLocation
): string {
  const value = config[key]
  if (value === undefined || value === null || value === '') return fallback
  if (typeof value !== 'string') {
    const where = at(key)
    throw new ProjectError(`config.yaml: ${key} must be a directory path`, where.file, where.line)
  }
  return value
}
