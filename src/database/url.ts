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

/** The server URL with another user and password (the preview's own role) and `database` as its path. */
export function roleUrl(serverUrl: string, role: string, password: string, database: string): string {
  const match = POSTGRES_URL.exec(databaseUrl(serverUrl, database))!
  const authority = match[1]!.replace(/^(postgres(?:ql)?:\/\/)(?:[^/]*@)?/i, (_, scheme: string) => {
    return `${scheme}${encodeURIComponent(role)}:${encodeURIComponent(password)}@`
  })
  return `${authority}${match[2] ?? ''}${match[3] ?? ''}`
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
