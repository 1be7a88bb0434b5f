import path from 'node:path'
import type { ProjectConfig } from './config.js'
import type { ProjectFiles } from './files.js'
import type { Seed } from './types.js'

/** A seed file too large to read is there for the input `seeds`: say so, and the ways out. */
const SEEDS_TOO_LARGE =
  'seed files are read because of the input "seeds: true": split the file into smaller ones, load a dump this large ' +
  'another way (a database-template that holds the data), or set seeds: false'

/**
 * Every database's seeds as `hasura seed apply` finds them: `<seeds>/<database>/*.sql` (the config's seeds_directory,
 * `seeds` by default), in the lexical order of their names (`hasura seed create` starts them with a timestamp). Other
 * files and the directories of databases the metadata does not have are left alone, as the CLI leaves them.
 */
export function readSeeds(files: ProjectFiles, config: ProjectConfig, databases: readonly string[]): Seed[] {
  const label = `seeds_directory ${config.seedsDirectory}`
  const root = files.find(files.inProject(config.seedsDirectory), 'directory', config.seedsDirectoryAt, label)
  if (!root) return []
  const seeds: Seed[] = []
  for (const database of databases) {
    const relative = path.posix.join(root.relative, database)
    const dir = files.find(relative, 'directory', config.seedsDirectoryAt, `${files.display(relative)}/`)
    if (!dir) continue
    const names = files
      .list(dir)
      .filter((entry) => entry.name.endsWith('.sql'))
      .map((entry) => entry.name)
      .sort()
    for (const name of names) {
      const fileRelative = path.posix.join(relative, name)
      const file = files.find(fileRelative, 'file', { file: fileRelative, line: 1 }, files.display(fileRelative))
      if (!file) continue
      const sql = files.read(file, { file: file.relative, line: 1 }, SEEDS_TOO_LARGE)
      if (sql.trim() !== '') seeds.push({ database, file: file.relative, sql })
    }
  }
  return seeds
}
