/**
 * A Postgres wire-protocol proxy that counts the statements the action sends: connections that introduce themselves
 * as the action (application_name) are followed message by message; each ReadyForQuery after the handshake ends a
 * statement the server has carried out. `onStatement` may then drop that answer (the action is being killed).
 * Everything else (the engine emulator's pools) is piped untouched. Plain TCP on 127.0.0.1, no TLS. It also counts
 * the action's sessions open at once (`actionSessions`).
 */
import net from 'node:net'

const ACTION = 'hasura-cloud-tenant-action'
const SSL_REQUEST = 80877103
const GSS_REQUEST = 80877104

/** The action's sessions through the proxy: open now, and the most open at once. */
export interface SessionCount {
  open: number
  peak: number
}

export class PgProxy {
  private constructor(
    private readonly server: net.Server,
    readonly port: number,
    /** Every open socket, both sides, so that stop() ends them. */
    private readonly sockets: Set<net.Socket>,
    readonly actionSessions: SessionCount
  ) {}

  /** Listens on a free port of 127.0.0.1 and forwards to `upstreamPort` there. */
  static async start(upstreamPort: number, onStatement: (what: string) => boolean): Promise<PgProxy> {
    const sockets = new Set<net.Socket>()
    const actionSessions: SessionCount = { open: 0, peak: 0 }
    const server = net.createServer((client) => {
      const upstream = net.connect(upstreamPort, '127.0.0.1')
      // A relay that writes what it read at once: with Nagle's algorithm, each statement would wait for a delayed ACK.
      client.setNoDelay(true)
      upstream.setNoDelay(true)
      sockets.add(client)
      sockets.add(upstream)
      let session = false
      const close = (): void => {
        if (session) actionSessions.open--
        session = false
        client.destroy()
        upstream.destroy()
        sockets.delete(client)
        sockets.delete(upstream)
      }
      client.on('error', close).on('close', close)
      upstream.on('error', close).on('close', close)
      relay(client, upstream, onStatement, close, () => {
        session = true
        actionSessions.peak = Math.max(actionSessions.peak, ++actionSessions.open)
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return new PgProxy(server, (server.address() as net.AddressInfo).port, sockets, actionSessions)
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}

/** Follows one connection: the handshake in the clear, then (for the action's) each message of either side. */
function relay(
  client: net.Socket,
  upstream: net.Socket,
  onStatement: (what: string) => boolean,
  close: () => void,
  onActionSession: () => void
): void {
  let fromClient = Buffer.alloc(0)
  let fromServer = Buffer.alloc(0)
  let phase: 'startup' | 'answer-ssl' | 'session' = 'startup'
  let counted = false
  let readyCount = 0
  let lastQuery = ''

  client.on('data', (chunk: Buffer) => {
    if (phase === 'session') {
      if (counted) lastQuery = queryOf(chunk) ?? lastQuery
      upstream.write(chunk)
      return
    }
    fromClient = Buffer.concat([fromClient, chunk])
    while (phase === 'startup' && fromClient.length >= 8) {
      const length = fromClient.readInt32BE(0)
      if (fromClient.length < length) return
      const message = fromClient.subarray(0, length)
      fromClient = fromClient.subarray(length)
      const code = message.readInt32BE(4)
      upstream.write(message)
      if (code === SSL_REQUEST || code === GSS_REQUEST) {
        phase = 'answer-ssl'
        return
      }
      counted = applicationName(message) === ACTION
      if (counted) onActionSession()
      phase = 'session'
      if (fromClient.length > 0) upstream.write(fromClient)
      fromClient = Buffer.alloc(0)
    }
  })

  upstream.on('data', (chunk: Buffer) => {
    if (phase === 'answer-ssl') {
      // One byte, 'N' (or 'S', which these tests never ask for), then the client starts over.
      client.write(chunk)
      phase = 'startup'
      return
    }
    if (!counted) {
      client.write(chunk)
      return
    }
    fromServer = Buffer.concat([fromServer, chunk])
    let at = 0
    while (fromServer.length - at >= 5) {
      const length = fromServer.readInt32BE(at + 1)
      if (fromServer.length - at < 1 + length) break
      const type = String.fromCharCode(fromServer[at]!)
      const end = at + 1 + length
      if (type === 'Z' && ++readyCount > 1 && onStatement(`sql ${lastQuery.slice(0, 120)}`)) {
        client.write(fromServer.subarray(0, at))
        close()
        return
      }
      at = end
    }
    client.write(fromServer.subarray(0, at))
    fromServer = fromServer.subarray(at)
  })
}

function applicationName(startup: Buffer): string | undefined {
  const fields = startup.subarray(8).toString('utf8').split('\0')
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === 'application_name') return fields[i + 1]
  return undefined
}

/** The SQL of a simple query or a parse message, for the log of what was counted. */
function queryOf(chunk: Buffer): string | undefined {
  const type = String.fromCharCode(chunk[0] ?? 0)
  if (type === 'Q') return chunk.subarray(5).toString('utf8').split('\0')[0]
  if (type === 'P') return chunk.subarray(5).toString('utf8').split('\0')[1]
  return undefined
}
