/**
 * How the engine reads a source's database URL: with libpq, whose sslmode `require` encrypts without verifying the
 * certificate (pg alone would verify it; pg-connection-string's `uselibpqcompat` gives libpq's reading), and, on
 * Hasura Cloud, with the source's `connection_info.ssl_configuration` (PGCertSettings: `sslmode`, and certificates
 * read from env vars, https://hasura.io/docs/latest/api-reference/syntax-defs/#pgcertsettings): the engine writes each
 * certificate to a file of the tenant's and merges its path into the connection string (hasura/graphql-engine
 * rfcs/pg-client-certs.md).
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isMapping } from '../../src/core/json.js'

/** The URL as pg must be given it to connect as libpq would. */
export function libpqReading(url: string): string {
  if (!/[?&]sslmode=/i.test(url) || /[?&]uselibpqcompat=/i.test(url)) return url
  return `${url}${url.includes('?') ? '&' : '?'}uselibpqcompat=true`
}

/**
 * The URL with the source's ssl_configuration merged in (its certificates written under `certDir`); a problem when
 * an env var it names is not set.
 */
export function withSslConfiguration(
  url: string,
  sslConfiguration: unknown,
  env: Record<string, string>,
  certDir: () => string
): { url: string } | { problem: string } {
  if (!isMapping(sslConfiguration)) return { url }
  const params: string[] = []
  if (typeof sslConfiguration.sslmode === 'string') params.push(`sslmode=${sslConfiguration.sslmode}`)
  for (const key of ['sslrootcert', 'sslcert', 'sslkey']) {
    const ref = sslConfiguration[key]
    if (!isMapping(ref) || typeof ref.from_env !== 'string') continue
    const value = env[ref.from_env]
    if (!value) return { problem: `environment variable "${ref.from_env}" not set` }
    const file = path.join(certDir(), `${key}.pem`)
    writeFileSync(file, value, { mode: 0o600 })
    params.push(`${key}=${encodeURIComponent(file)}`)
  }
  const names = new Set(params.map((param) => param.split('=')[0]))
  const [base, query = ''] = url.split('?')
  const kept = query.split('&').filter((pair) => pair && !names.has(pair.split('=')[0]!))
  const all = [...kept, ...params]
  return { url: all.length > 0 ? `${base}?${all.join('&')}` : base! }
}

/** A directory for one tenant's certificate files. */
export function certificateDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'hasura-engine-certs-'))
}
