import pg from 'pg'
import { CONNECT_TIMEOUT_MS, databaseError, LOCK_TIMEOUT_SECONDS, type Step } from './errors.js'
import { tlsAttempts, type ServerTls, type TlsAttempt } from './tls.js'
import { withoutParams } from './url.js'

/** How every session of the action introduces itself: in pg_stat_activity, and in the keys of its advisory locks. */
export const APPLICATION_NAME = 'hasura-cloud-tenant-action'

/**
 * The most sessions a run holds on the server at once: the admin session for the whole run, and two more (a
 * template's hand-over, a ledger read, the direct migrations). Free tiers allow few connections in all.
 */
export const MAX_SESSIONS = 3

/** What pg would read from the URL itself and the action decides: the TLS (below) and the session's name. */
const DECIDED_HERE = [
  'sslmode',
  'sslrootcert',
  'sslcert',
  'sslkey',
  'sslpassword',
  'sslnegotiation',
  'uselibpqcompat',
  'ssl',
  'application_name'
]

/** An open session; `close` ends it and gives its place back (twice is harmless). */
export interface Session {
  readonly client: pg.Client
  close(): Promise<void>
}

export interface OpenOptions {
  /** What the action connects for: a failure to connect is reported as that step's. */
  step: Step
  /** How long a statement may wait for a lock; default LOCK_TIMEOUT_SECONDS. */
  lockTimeoutMs?: number
}

/**
 * The one way the action opens a Postgres session (admin, template hand-over, ledger, direct migrations and seeds):
 * TLS as libpq reads the server URL's sslmode (see tls.ts), one application name, a bounded connect and lock wait,
 * and at most MAX_SESSIONS sessions at once (a further open waits for a close). Every URL it opens is the server's:
 * the server URL itself, or the same host with another database or role.
 */
export class PostgresConnector {
  private attempts: TlsAttempt[]
  private readonly gate: SessionGate

  constructor(
    private readonly tls: ServerTls,
    private readonly options: { connectTimeoutMs?: number; maxSessions?: number } = {}
  ) {
    this.attempts = tlsAttempts(tls)
    this.gate = new SessionGate(options.maxSessions ?? MAX_SESSIONS)
  }

  async open(url: string, options: OpenOptions): Promise<Session> {
    const release = await this.gate.acquire()
    try {
      const client = await this.connect(url, options)
      let closed = false
      return {
        client,
        close: async () => {
          if (closed) return
          closed = true
          try {
            await client.end()
          } catch {
            // Already ended (the server went away): the place is free all the same.
          } finally {
            release()
          }
        }
      }
    } catch (error) {
      release()
      throw error
    }
  }

  /** libpq's order for allow and prefer: the other way when the server refuses the first (and then first next time). */
  private async connect(url: string, options: OpenOptions): Promise<pg.Client> {
    const connectTimeoutMs = this.options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS
    const attempts = this.attempts
    for (const [index, ssl] of attempts.entries()) {
      const client = new pg.Client({
        connectionString: withoutParams(url, DECIDED_HERE),
        ssl,
        application_name: APPLICATION_NAME,
        connectionTimeoutMillis: connectTimeoutMs,
        lock_timeout: options.lockTimeoutMs ?? LOCK_TIMEOUT_SECONDS * 1000
      })
      // A session lost later fails its next query, which reports it; without a listener it would crash the process.
      client.on('error', () => {})
      try {
        await client.connect()
        if (index > 0) this.attempts = [ssl, ...attempts.filter((attempt) => attempt !== ssl)]
        return client
      } catch (error) {
        await client.end().catch(() => {})
        if (index + 1 < attempts.length && refusedThisWay(error, ssl)) continue
        throw databaseError(error, options.step, { url, connectTimeoutMs, tls: this.tls })
      }
    }
    throw new Error('PostgresConnector: no connection attempt')
  }
}

/** The server turned this kind of session down (not the password, not the network): the other kind may pass. */
function refusedThisWay(error: unknown, ssl: TlsAttempt): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  // pg's words when the server answers the TLS request with "no".
  if (ssl && message === 'The server does not support SSL connections') return true
  // pg_hba.conf admits this host only with (hostssl) or only without (hostnossl) encryption.
  return code === '28000'
}

/** A counting gate: `acquire` resolves once fewer than `limit` places are taken, with the release of its place. */
class SessionGate {
  private taken = 0
  private readonly waiting: (() => void)[] = []

  constructor(private readonly limit: number) {}

  async acquire(): Promise<() => void> {
    if (this.taken >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve))
    else this.taken++
    let released = false
    return () => {
      if (released) return
      released = true
      // The place passes straight to the next waiter, so no newcomer can take it meanwhile.
      const next = this.waiting.shift()
      if (next) next()
      else this.taken--
    }
  }
}
