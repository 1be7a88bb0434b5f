import { isMapping, mappings } from '../core/json.js'

/**
 * The env var each Postgres source of the metadata reads its URL from (`database_url: {from_env: NAME}`), by source
 * name; a source that names its URL otherwise (a literal, connection parameters) is not listed.
 */
export function sourceEnvs(metadata: Record<string, unknown>): Map<string, string> {
  const envs = new Map<string, string>()
  for (const source of mappings(metadata.sources)) {
    if (typeof source.name !== 'string' || (source.kind !== undefined && source.kind !== 'postgres')) continue
    const configuration = isMapping(source.configuration) ? source.configuration : {}
    const info = isMapping(configuration.connection_info) ? configuration.connection_info : {}
    const url = info.database_url
    if (isMapping(url) && typeof url.from_env === 'string') envs.set(source.name, url.from_env)
  }
  return envs
}

/**
 * The sources that tell the engine how to verify their server's certificate (`connection_info.ssl_configuration`,
 * Hasura Cloud's PGCertSettings: https://hasura.io/docs/latest/api-reference/syntax-defs/#pgcertsettings).
 */
export function sslConfiguredSources(metadata: Record<string, unknown>): Set<string> {
  const configured = new Set<string>()
  for (const source of mappings(metadata.sources)) {
    const configuration = isMapping(source.configuration) ? source.configuration : {}
    const info = isMapping(configuration.connection_info) ? configuration.connection_info : {}
    if (typeof source.name === 'string' && isMapping(info.ssl_configuration)) configured.add(source.name)
  }
  return configured
}
