import { sourceEnvs } from '../project/sources.js'
import type { HasuraProject, Migration, Seed } from '../project/types.js'
import type { PreviewDatabaseRef } from './deps.js'

/**
 * Which of the project's work goes to which of the preview's own databases. A source reads a preview database when
 * its URL comes from the env var that carries that database's URL (`from_env`); several sources may read one.
 */

/** The sources (by name) that read `database`. */
export function sourcesReading(project: HasuraProject, database: Pick<PreviewDatabaseRef, 'env'>): string[] {
  return [...sourceEnvs(project.metadata)].filter(([, env]) => env === database.env).map(([source]) => source)
}

/** What the direct path applies to a new preview database: its sources' migrations, and their seeds when pending. */
export function directWork(
  project: HasuraProject,
  database: PreviewDatabaseRef
): { sources: string[]; migrations: Migration[]; seeds: Seed[] } {
  const sources = sourcesReading(project, database)
  return {
    sources,
    migrations: project.migrations.filter((migration) => sources.includes(migration.database)),
    seeds: database.seedsPending ? project.seeds.filter((seed) => sources.includes(seed.database)) : []
  }
}

/** The preview database each source reads, by source name, for the sources that read one. */
export function previewDatabaseOfSource(
  project: HasuraProject,
  databases: readonly PreviewDatabaseRef[]
): Map<string, PreviewDatabaseRef> {
  const bySource = new Map<string, PreviewDatabaseRef>()
  for (const [source, env] of sourceEnvs(project.metadata)) {
    const database = databases.find((candidate) => candidate.env === env)
    if (database) bySource.set(source, database)
  }
  return bySource
}
