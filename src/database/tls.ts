import { X509Certificate } from 'node:crypto'
import type { ConnectionOptions } from 'node:tls'
import { InputError } from '../core/errors.js'
import { readLimited, resolveWorkspacePath } from '../core/workspace.js'
import { queryParams, transactionPooler, validatePostgresUrl } from './url.js'

/**
 * libpq's sslmode values and what each does (https://www.postgresql.org/docs/current/libpq-ssl.html#LIBPQ-SSL-PROTECTION):
 * `disable` plain; `allow` plain first, TLS if the server refuses plain; `prefer` (the default) TLS first, plain if the
 * server refuses TLS; `require` TLS, certificate not verified (verified as verify-ca when a root CA is given);
 * `verify-ca` the chain verified; `verify-full` the chain and the host name.
 */
export const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const
export type SslMode = (typeof SSL_MODES)[number]

/** How the action speaks TLS to the server of `postgres-server-url`: one reading for every connection of a run. */
export interface ServerTls {
  mode: SslMode
  /** PEM of the CA(s) to verify against; undefined: Node's trusted CAs. */
  ca?: string
  /** Where `ca` came from, for messages. */
  caFrom?: 'postgres-ca' | 'sslrootcert'
}

/** A root CA file (or bundle) is a few kilobytes; Amazon RDS's global bundle, the largest known, is under 200 KB. */
const MAX_CA_BYTES = 1024 * 1024
const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g

/**
 * The one check of `postgres-server-url` beyond its shape: an sslmode libpq knows, client certificates (which the
 * action does not send), and no transaction-mode pooler. An InputError naming the input, never echoing the URL.
 */
export function validateServerUrl(url: string): void {
  validatePostgresUrl(url, 'postgres-server-url')
  const params = queryParams(url)
  const mode = params.getAll('sslmode').at(-1)
  if (mode !== undefined && !(SSL_MODES as readonly string[]).includes(mode)) {
    const shown = /^[a-z_-]{1,20}$/i.test(mode) ? ` "${mode}"` : ''
    throw new InputError(
      `Input "postgres-server-url" has sslmode${shown}, which libpq (and so the project's engine) does not know: ` +
        `use one of ${SSL_MODES.join(', ')}.`
    )
  }
  if (params.has('sslcert') || params.has('sslkey')) {
    throw new InputError(
      'Input "postgres-server-url" names a client certificate (sslcert, sslkey): the action logs in with the ' +
        "URL's password and sends no client certificate. Remove them from the URL."
    )
  }
  const rootcert = params.getAll('sslrootcert').at(-1)
  if (rootcert === 'system' && mode !== 'verify-full') {
    // libpq 16+ refuses a weaker mode with the system's CAs, as Node's trust store is here.
    throw new InputError(
      'Input "postgres-server-url" has sslrootcert=system, which libpq accepts with sslmode=verify-full only: ' +
        'add sslmode=verify-full.'
    )
  }
  const pooler = transactionPooler(url)
  if (pooler) {
    throw new InputError(
      `Input "postgres-server-url" points at a transaction-mode connection pooler (${pooler}). The action needs ` +
        'sessions of its own: advisory locks (how runs take turns), CREATE DATABASE and role changes do not work ' +
        "through one. Give the server's direct URL (Supabase: db.<project-ref>.supabase.co:5432), or a session-mode " +
        "pooler's URL (PgBouncer's pool_mode = session)."
    )
  }
}

/** `postgres-ca` must hold PEM certificates, each one readable: an InputError before any API call otherwise. */
export function validateCa(pem: string, input: string): void {
  const blocks = pem.match(PEM_BLOCK) ?? []
  if (blocks.length === 0) {
    throw new InputError(
      `Input "${input}" holds no PEM certificate: give the CA's certificate as text, from -----BEGIN CERTIFICATE----- ` +
        'to -----END CERTIFICATE----- (a secret holding the file, or the file read in an earlier step).'
    )
  }
  for (const [index, block] of blocks.entries()) {
    try {
      new X509Certificate(block)
    } catch {
      throw new InputError(
        `Input "${input}": certificate ${index + 1} of ${blocks.length} is not a valid PEM certificate (its base64 ` +
          'is cut or altered). Copy the CA file again, line breaks included.'
      )
    }
  }
}

/**
 * The server's TLS as libpq would read the URL, with `postgres-ca` as the root CA; an `sslrootcert` of the URL is a
 * file of the workspace (the runner's other files are not the action's to read). InputError when wrong.
 */
export function serverTls(serverUrl: string, options: { ca?: string; workspace: string }): ServerTls {
  const params = queryParams(serverUrl)
  const mode = (params.getAll('sslmode').at(-1) ?? 'prefer') as SslMode
  const rootcert = params.getAll('sslrootcert').at(-1)
  if (options.ca && rootcert) {
    throw new InputError(
      'Input "postgres-ca" is set and "postgres-server-url" names an sslrootcert file: give the CA one way.'
    )
  }
  if (options.ca) return { mode, ca: options.ca, caFrom: 'postgres-ca' }
  if (!rootcert || rootcert === 'system') return { mode }
  const input = 'postgres-server-url (sslrootcert)'
  const file = resolveWorkspacePath(options.workspace, rootcert, input, 'file')
  const ca = readLimited(file, MAX_CA_BYTES, input).toString('utf8')
  validateCa(ca, `${input} ${file.relative}`)
  return { mode, ca, caFrom: 'sslrootcert' }
}

/** pg's `ssl` option for one attempt: false for a plain session. */
export type TlsAttempt = false | ConnectionOptions

/** What to try, in order: libpq's fallbacks for allow and prefer; one attempt otherwise. */
export function tlsAttempts(tls: ServerTls): TlsAttempt[] {
  const unverified: ConnectionOptions = { rejectUnauthorized: false }
  // As libpq: with a root CA, require verifies the chain (as verify-ca does).
  const chain: ConnectionOptions = { ca: tls.ca, checkServerIdentity: () => undefined }
  switch (tls.mode) {
    case 'disable':
      return [false]
    case 'allow':
      return [false, unverified]
    case 'prefer':
      return [unverified, false]
    case 'require':
      return [tls.ca ? chain : unverified]
    case 'verify-ca':
      return [chain]
    case 'verify-full':
      return [{ ca: tls.ca }]
  }
}
