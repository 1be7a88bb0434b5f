import pg from 'pg'
import { plural } from '../core/words.js'
import type { ServerTls } from './tls.js'
import { redact } from './url.js'

/** The input a database failure is blamed on. `name` is the preview's name, which names the database. */
export type DatabaseInput = 'postgres-server-url' | 'postgres-ca' | 'database-template' | 'name'

/**
 * A preview database could not be made, found or dropped. The message names the input to fix and says how, and
 * never contains the server URL or its password.
 */
export class DatabaseError extends Error {
  override name = 'DatabaseError'
  constructor(
    message: string,
    readonly input: DatabaseInput
  ) {
    super(message)
  }
}

/** What the action was doing when Postgres failed: one SQLSTATE asks for different fixes in different steps. */
export type Step =
  | { kind: 'connect' }
  | { kind: 'create'; database: string; template?: string }
  | { kind: 'drop'; database: string }
  | { kind: 'role'; database: string }
  | { kind: 'work'; database: string; doing: string }

export interface Server {
  url: string
  /** The role the URL logs in as, once connected. */
  role?: string
  /** How long the connect waited for an answer; default CONNECT_TIMEOUT_MS. */
  connectTimeoutMs?: number
  /** How the session spoke TLS, for the fix a TLS failure asks for. */
  tls?: ServerTls
}

export const CONNECT_TIMEOUT_MS = 10_000
export const LOCK_TIMEOUT_SECONDS = 60

const SERVER = 'the Postgres server of postgres-server-url'
const THE_SERVER = 'The Postgres server of postgres-server-url'
const NETWORK: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'its host name does not resolve',
  EAI_AGAIN: 'its host name could not be resolved now',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ECONNRESET: 'the connection was reset'
}

/** A failure from pg (a network error, a server error with its SQLSTATE, or the driver's own) as a DatabaseError. */
export function databaseError(error: unknown, step: Step, server: Server): DatabaseError {
  if (error instanceof DatabaseError) return error
  const code = errorCode(error)
  const said = redact(error instanceof Error ? error.message : String(error), server.url)
  const role = server.role ? pg.escapeIdentifier(server.role) : 'the role of postgres-server-url'
  const tls = tlsError(error, code, server.tls)
  if (tls) return tls
  const network = NETWORK[code]
  if (network || said === 'timeout expired') {
    const why = network ?? `no answer within ${(server.connectTimeoutMs ?? CONNECT_TIMEOUT_MS) / 1000} s`
    return new DatabaseError(
      `Could not reach ${SERVER} (${why}). Check the host and port in the URL, that the server is running, ` +
        'and that it accepts connections from the runner (firewall, allow-list).',
      'postgres-server-url'
    )
  }
  if (code === '28P01' || said.startsWith('SASL:')) {
    return new DatabaseError(
      `${THE_SERVER} rejected the user name or password (${code || said}). ` +
        'Check the credentials in the URL, with @ : / ? # % in the password percent-encoded.',
      'postgres-server-url'
    )
  }
  if (code === '28000') {
    // pg_hba.conf's words for a host it admits only with TLS: "no encryption" (Postgres 14+), "SSL off" before.
    const plainRefused = /no encryption|SSL off/i.test(said)
    return new DatabaseError(
      `${THE_SERVER} refused the login (28000: ${said}). ` +
        (plainRefused
          ? 'It admits encrypted connections only: set sslmode=require (or verify-full with postgres-ca) in the URL.'
          : 'Check the user in the URL, that the role may log in (LOGIN), and that the server admits connections ' +
            'from the runner (pg_hba.conf).'),
      'postgres-server-url'
    )
  }
  if (code === '55P03') {
    return new DatabaseError(
      `Waited ${LOCK_TIMEOUT_SECONDS} s for another run working on the preview database on ${SERVER} ` +
        '(or on its template). Re-run the job once that run has finished.',
      'postgres-server-url'
    )
  }
  switch (step.kind) {
    case 'connect':
      if (code === '3D000') {
        return new DatabaseError(
          `The database named in postgres-server-url does not exist on its server. Name an existing one ` +
            '(postgres) in the URL path, or leave the path empty.',
          'postgres-server-url'
        )
      }
      return new DatabaseError(
        `Could not connect to ${SERVER}: ${said}${code ? ` (${code})` : ''}. Check the URL and its sslmode.`,
        'postgres-server-url'
      )
    case 'create':
      return createError(step, code, said, role) ?? otherError(`create the database "${step.database}"`, code, said)
    case 'drop':
      if (code === '42501') {
        return new DatabaseError(
          `The role ${role} may not drop the preview database "${step.database}" or end its sessions (${said}). ` +
            'Use the role that created it (its owner) in postgres-server-url, or grant that role pg_signal_backend.',
          'postgres-server-url'
        )
      }
      if (code === '55006') {
        return new DatabaseError(
          `The preview database "${step.database}" still has sessions that could not be ended (${said}). ` +
            'Stop what connects to it and re-run.',
          'postgres-server-url'
        )
      }
      return otherError(`drop the database "${step.database}"`, code, said)
    case 'role':
      if (code === '42501') return noCreaterole(role)
      return otherError(`make the role of the preview "${step.database}"`, code, said)
    case 'work':
      return otherError(`${step.doing} "${step.database}"`, code, said)
  }
}

/** Node's codes for a certificate that does not chain to a CA it was given (or trusts). */
const UNTRUSTED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED'
])

/** A TLS failure of the connect, with its fix; undefined for any other failure. Node's own text is not shown. */
function tlsError(error: unknown, code: string, tls: ServerTls | undefined): DatabaseError | undefined {
  const message = error instanceof Error ? error.message : ''
  const mode = tls ? `sslmode=${tls.mode}` : 'its sslmode'
  if (message === 'The server does not support SSL connections') {
    return new DatabaseError(
      `${THE_SERVER} does not speak TLS, and the URL's ${mode} asks for it. Turn on ssl on the server, or ` +
        'set sslmode=prefer (encrypted when the server can) or disable in the URL if the network between them is ' +
        'trusted.',
      'postgres-server-url'
    )
  }
  const ca =
    tls?.caFrom === 'postgres-ca'
      ? 'the CA given as postgres-ca'
      : tls?.caFrom === 'sslrootcert'
        ? "the CA of the URL's sslrootcert file"
        : 'a CA Node trusts (none was given)'
  if (UNTRUSTED.has(code)) {
    return new DatabaseError(
      `The certificate of the Postgres server of postgres-server-url is not signed by ${ca} (${code}; ${mode}). ` +
        (tls?.caFrom
          ? 'Check that it is the CA bundle of this server (its provider publishes it).'
          : "Give the server's CA bundle (its provider publishes it) as postgres-ca.") +
        ' Or set sslmode=require to encrypt without verifying the certificate, as libpq does.',
      tls?.caFrom === 'postgres-ca' ? 'postgres-ca' : 'postgres-server-url'
    )
  }
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') {
    return new DatabaseError(
      `The certificate of the Postgres server of postgres-server-url is ${code === 'CERT_HAS_EXPIRED' ? 'expired' : 'not valid yet'} ` +
        `(${code}; ${mode}). Renew the server's certificate, or set sslmode=require to encrypt without verifying it.`,
      'postgres-server-url'
    )
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return new DatabaseError(
      `The certificate of the Postgres server of postgres-server-url does not name the host of the URL ` +
        `(${code}; sslmode=verify-full checks it). Use the host name the certificate names, or sslmode=verify-ca to ` +
        `verify the chain only.`,
      'postgres-server-url'
    )
  }
  if (/^ERR_SSL_|^ERR_TLS_|^EPROTO$/.test(code)) {
    return new DatabaseError(
      `The TLS handshake with the Postgres server of postgres-server-url failed (${code}; ${mode}). Check the port ` +
        '(a Postgres port, not a proxy of another protocol) and the sslmode.',
      'postgres-server-url'
    )
  }
  return undefined
}

function createError(
  step: { database: string; template?: string },
  code: string,
  said: string,
  role: string
): DatabaseError | undefined {
  const template = step.template
  if (template && code === '3D000') return templateMissing(template)
  if (template && code === '55006') {
    return new DatabaseError(
      `The template database "${template}" named by database-template is in use: Postgres copies a database only ` +
        'while no other session is connected to it. Close those connections (an app or a Hasura project using it) ' +
        'and re-run.',
      'database-template'
    )
  }
  if (template && code === '42501' && /copy database/i.test(said)) {
    return new DatabaseError(
      `The role ${role} may not copy the database "${template}" named by database-template. Mark it as a template ` +
        `(ALTER DATABASE ${pg.escapeIdentifier(template)} IS_TEMPLATE true) or make the role its owner.`,
      'database-template'
    )
  }
  if (code === '42501') return noCreatedb(role)
  return undefined
}

/** `role`: quoted, as in SQL. */
export function noCreatedb(role: string): DatabaseError {
  return new DatabaseError(
    `The role ${role} of postgres-server-url may not create databases. Grant it the right as a superuser ` +
      `(ALTER ROLE ${role} CREATEDB) or use a role that has it.`,
    'postgres-server-url'
  )
}

/** `role`: quoted, as in SQL. */
export function noCreaterole(role: string): DatabaseError {
  return new DatabaseError(
    `The role ${role} of postgres-server-url may not create roles: each preview database gets a login role of its ` +
      `own, so that a pull request's migrations reach no other database. Grant it the right as a superuser ` +
      `(ALTER ROLE ${role} CREATEDB CREATEROLE) or use a role that has it.`,
    'postgres-server-url'
  )
}

export function templateMissing(template: string): DatabaseError {
  return new DatabaseError(
    `The template database "${template}" named by database-template does not exist on ${SERVER}. ` +
      'Check its name (case matters) or create it first.',
    'database-template'
  )
}

/** How many of a template's objects the message names; the rest are counted. */
const LISTED_OBJECTS = 5

/**
 * A template whose objects (loaded by another role, a superuser say) the server role may not hand to the preview's
 * role: its migrations would fail on them ("must be owner of table ..."). `role`: quoted, as in SQL.
 */
export function templateNotHandedOver(
  template: string,
  role: string,
  objects: { kind: string; name: string; owner: string }[]
): DatabaseError {
  const listed = objects
    .slice(0, LISTED_OBJECTS)
    .map((o) => `${o.kind} ${o.name} (owner ${pg.escapeIdentifier(o.owner)})`)
  const more = objects.length - listed.length
  const first = objects[0]!
  return new DatabaseError(
    `The template database "${template}" named by database-template holds ${plural(objects.length, 'object')} ` +
      `of roles the role ${role} of postgres-server-url is not a member of, so ` +
      `they could not be handed to the preview's role and its migrations could not alter them: ${listed.join(', ')}` +
      `${more > 0 ? `, and ${more} more` : ''}. Fix the template, then re-run: make ${role} their owner (as their ` +
      `owner or a superuser, in the template: ALTER ${first.kind.toUpperCase()} ${first.name} OWNER TO ${role}; ` +
      `and so on), or grant their owner to it (GRANT ${pg.escapeIdentifier(first.owner)} TO ${role}; not possible ` +
      `for a superuser), or load the template as ${role}. The copy was dropped.`,
    'database-template'
  )
}

function otherError(what: string, code: string, said: string): DatabaseError {
  return new DatabaseError(`Could not ${what} on ${SERVER}: ${said}${code ? ` (${code})` : ''}.`, 'postgres-server-url')
}

/** A SQLSTATE from the server, or a Node network code (Node 20's AggregateError for several addresses included). */
function errorCode(error: unknown): string {
  const { code, errors } = (error ?? {}) as { code?: unknown; errors?: unknown }
  if (typeof code === 'string') return code
  if (Array.isArray(errors)) return errorCode(errors[0])
  return ''
}
