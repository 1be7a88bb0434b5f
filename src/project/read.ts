import { readConfig } from './config.js'
import { ProjectFiles } from './files.js'
import { mappings } from '../core/json.js'
import { refuseLfsPointers } from './lfs.js'
import { locateObject } from './locate.js'
import { readMetadata } from './metadata.js'
import { readMigrations } from './migrations.js'
import { readSeeds } from './seeds.js'
import { envNeeds } from './env-needs.js'
import type { HasuraProject } from './types.js'

export { ProjectError } from './error.js'

/**
 * Read the Hasura project directory `dir` (relative to the workspace, config v3): the metadata `replace_metadata`
 * takes and every database's migrations, and with `seeds` its seed files, all before any request is sent. The
 * directory itself missing, not a directory or outside the workspace is an InputError (there is no file to point at);
 * a problem inside it is a ProjectError at its file and line.
 */
export function readProject(workspace: string, dir: string, options: { seeds?: boolean } = {}): HasuraProject {
  const files = new ProjectFiles(workspace, dir)
  const config = readConfig(files)
  const { metadata, files: metadataFiles } = readMetadata(files, config)
  const databases = mappings(metadata.sources).map((source) => String(source.name))
  const databasesAt = { file: metadataFiles.get('sources') ?? config.file, line: 1 }
  const migrations = readMigrations(files, config, databases, databasesAt)
  // Seeds are read only when asked: a dump kept for a local `hasura seed apply` is none of the action's business.
  const seeds = options.seeds ? readSeeds(files, config, databases) : []
  refuseLfsPointers([...migrations, ...seeds], (file) => files.display(file))
  const context = {
    metadata,
    positions: files.positions,
    files: metadataFiles,
    fallback: { file: config.file, line: 1 }
  }
  return {
    dir: files.root.relative,
    metadata,
    migrations,
    seeds,
    envNeeds: envNeeds(metadata, files.positions, { file: config.file, line: 1 }),
    locate: (object) => locateObject(context, object)
  }
}
