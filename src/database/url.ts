import { InputError } from '../core/errors.js'

/** scheme://authority, then the path (the database), then the query (sslmode, ...) and fragment, kept as written. */
const POSTGRES_URL = /^(postgres(?:ql)?:\/\/[^/?#]*)(\/[^?#]*)?([?#].*)?$/is

/**
 * The one check of a Postgres URL input (`database-url`, `postgres-server-url`): an input error naming the input,
 * never echoing its value (a secret), when it is not a Postgres URL with a host.
 */
export function validatePostgresUrl(value: string, input: 'database-url' | 'postgres-server-url'): void {
  let host = ''
  try {
    const url = new URL(value)
    if (/^postgres(ql)?:$/i.test(url.protocol)) host = url.hostname
  } catch {
    // Not a URL at all: the message below says what one looks like.
  }
  if (!host || !POSTGRES_URL.test(value)) {
    const database = input === 'postgres-server-url' ? 'postgres' : 'DATABASE'
    throw new InputError(
      `Input "${input}" is not a Postgres connection URL: write it as postgres://USER:PASSWORD@HOST:PORT/${database} ` +
        '(optionally with ?sslmode=...), percent-encoding @ : / ? # % in the user name and password.'
    )
  }
}

/** The server URL with `database` as its path; user, password, host, port and query stay exactly as written. */
export function databaseUrl(serverUrl: string, database: string): string {
  const match = POSTGRES_URL.exec(serverUrl)
  if (!match) throw new InputError('postgres-server-url is not a Postgres server URL (postgres://USER:PASSWORD@HOST/).')
  return `${match[1]}/${encodeURIComponent(database)}${match[3] ?? ''}`
}

/**
 * The server URL with another user and password (the preview's own role) and `database` as its path: what the
 * tenant's engine (libpq) gets, its sslmode as written. Without a `sslrootcert` file, a path on the runner the engine
 * cannot read (`sslrootcert=system`, libpq's word for the system's CAs, stays), nor pg's own `uselibpqcompat`, which
 * libpq refuses as an unknown parameter.
 */
export function roleUrl(serverUrl: string, role: string, password: string, database: string): string {
  const runnerOnly = queryParams(serverUrl).get('sslrootcert') === 'system' ? [] : ['sslrootcert']
  const match = POSTGRES_URL.exec(withoutParams(databaseUrl(serverUrl, database), [...runnerOnly, 'uselibpqcompat']))!
  const authority = match[1]!.replace(/^(postgres(?:ql)?:\/\/)(?:[^/]*@)?/i, (_, scheme: string) => {
    return `${scheme}${encodeURIComponent(role)}:${encodeURIComponent(password)}@`
  })
  return `${authority}${match[2] ?? ''}${match[3] ?? ''}`
}

/**
 * The URL with `sslmode=<mode>` in place of its own (every other parameter as written): for a tenant whose engine
 * has no CA to verify the server with (see engineTls in operations/preview-database.ts).
 */
export function withSslmode(url: string, mode: string): string {
  const without = withoutParams(url, ['sslmode'])
  const match = POSTGRES_URL.exec(without)!
  const [query, fragment] = splitOnce((match[3] ?? '').replace(/^\?/, ''), '#')
  const params = [...query.split('&').filter(Boolean), `sslmode=${mode}`]
  return `${match[1]}${match[2] ?? ''}?${params.join('&')}${fragment === undefined ? '' : `#${fragment}`}`
}

/** The URL's query parameters, in order (libpq reads the last of a repeated one). */
export function queryParams(url: string): URLSearchParams {
  const query = POSTGRES_URL.exec(url)?.[3] ?? ''
  return new URLSearchParams(query.startsWith('?') ? query.slice(1).split('#')[0] : '')
}

/** The URL without the named query parameters; everything else as written. */
export function withoutParams(url: string, names: readonly string[]): string {
  const match = POSTGRES_URL.exec(url)
  if (!match?.[3]?.startsWith('?')) return url
  const [query, fragment] = splitOnce(match[3].slice(1), '#')
  const kept = query.split('&').filter((pair) => pair && !names.includes(decodeURIComponent(pair.split('=')[0]!)))
  return `${match[1]}${match[2] ?? ''}${kept.length > 0 ? `?${kept.join('&')}` : ''}${fragment === undefined ? '' : `#${fragment}`}`
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator)
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)]
}

/**
 * Why the URL is a transaction-mode pooler's, or undefined. Through one, each transaction may run on another server
 * session: session advisory locks (how runs take turns) and a session's settings are lost, and CREATE DATABASE is
 * refused by some. The conventions:
 * - `pgbouncer=true`: Prisma's flag for PgBouncer in transaction mode, which Supavisor honours too
 *   (https://www.prisma.io/docs/orm/prisma-client/setup-and-configuration/databases-connections/pgbouncer,
 *   https://supabase.github.io/supavisor/orms/prisma);
 * - Supabase: the pooler (Supavisor) answers in transaction mode on port 6543 and in session mode on 5432 of the
 *   same `*.pooler.supabase.com` host (https://supabase.com/docs/guides/database/connecting-to-postgres). Its session
 *   mode is no way out either: Supavisor finds the project by a `.<project-ref>` suffix of the user name
 *   (https://supabase.github.io/supavisor/connecting/overview/), which the preview roles' URLs, made from this one
 *   with each preview's own role, do not carry; so every URL of that host is refused;
 * - Neon: the pooled endpoint is the direct host with `-pooler` after its endpoint id, PgBouncer in transaction mode
 *   (https://neon.com/docs/connect/connection-pooling).
 */
export function transactionPooler(url: string): string | undefined {
  if (
    queryParams(url)
      .getAll('pgbouncer')
      .some((value) => value.toLowerCase() === 'true')
  ) {
    return 'it says pgbouncer=true'
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  const host = parsed.hostname.toLowerCase()
  const port = parsed.port
  if (/(^|\.)supabase\.(com|co)$/.test(host) && port === '6543') {
    return "port 6543 is Supabase's transaction-mode pooler"
  }
  if (/(^|\.)pooler\.supabase\.com$/.test(host)) {
    return "a pooler.supabase.com host is Supabase's pooler, which the preview roles cannot log in through"
  }
  if (/\.neon\.tech$/.test(host) && /-pooler$/.test(host.split('.')[0]!)) {
    return "a Neon host ending in -pooler is Neon's pooled (transaction-mode) endpoint"
  }
  return undefined
}

/** Whether the URL names a database (pg would otherwise connect to the one named like the user). */
export function namesDatabase(serverUrl: string): boolean {
  return (POSTGRES_URL.exec(serverUrl)?.[2] ?? '/').length > 1
}

/** The URL and its password (as written and decoded) replaced, for text that came from the driver or the server. */
export function redact(text: string, serverUrl: string): string {
  const secrets = [serverUrl]
  try {
    const password = new URL(serverUrl).password
    if (password) secrets.push(password, decodeURIComponent(password))
  } catch {
    // validatePostgresUrl has rejected such a URL before any connection.
  }
  return secrets
    .filter((secret) => secret.length > 0)
    .reduce((result, secret) => result.split(secret).join('***'), text)
}
