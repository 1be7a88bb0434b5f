/**
 * A small forward HTTP proxy on 127.0.0.1, as self-hosted runners sit behind: absolute-URI requests
 * (`GET http://host/...`, what HTTP_PROXY gets) and CONNECT tunnels (what HTTPS_PROXY gets), each recorded. It
 * resolves test host names itself (`cloud.test` -> 127.0.0.1), so a client reaches such a host only through it.
 * With `intercept`, a tunnel is terminated with that certificate and every request inside it is recorded too (a
 * client keeps one tunnel for several requests, so counting tunnels would not count calls).
 */
import { once } from 'node:events'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'

export interface ProxiedRequest {
  /** `CONNECT`, or the method of a request seen in plain text or inside an intercepted tunnel. */
  method: string
  /** `host:port` for CONNECT, else the absolute URL. */
  target: string
  /** Seen inside a CONNECT tunnel. */
  tunneled: boolean
}

export interface TestProxyOptions {
  /** Host names the proxy resolves itself, e.g. `{ 'cloud.test': '127.0.0.1' }`; others go through DNS. */
  hosts?: Record<string, string>
  /** Terminate tunnels with this certificate (the one the upstream serves, which the proxy then trusts). */
  intercept?: { key: string; cert: string }
}

export class TestProxy {
  readonly url: string
  readonly requests: ProxiedRequest[] = []
  private readonly sockets = new Set<net.Socket>()

  private constructor(
    private readonly server: http.Server,
    private readonly options: TestProxyOptions
  ) {
    const { port } = server.address() as net.AddressInfo
    this.url = `http://127.0.0.1:${port}`
  }

  static async start(options: TestProxyOptions = {}): Promise<TestProxy> {
    const server = http.createServer()
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const proxy = new TestProxy(server, options)
    const inner = options.intercept ? https.createServer(options.intercept) : undefined
    inner?.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      proxy.forward(req, res, new URL(req.url ?? '/', `https://${req.headers.host ?? 'unknown'}`), true)
    })
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      let target: URL
      try {
        target = new URL(req.url ?? '')
      } catch {
        res.writeHead(400).end('a proxy wants an absolute URI')
        return
      }
      proxy.forward(req, res, target, false)
    })
    server.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
      proxy.track(socket)
      proxy.requests.push({ method: 'CONNECT', target: req.url ?? '', tunneled: false })
      if (inner) {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        if (head.length > 0) socket.unshift(head)
        inner.emit('connection', socket)
        return
      }
      const [host = '', port = '443'] = (req.url ?? '').split(/:(?=\d+$)/)
      const upstream = net.connect(Number(port), proxy.resolve(host), () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        if (head.length > 0) upstream.write(head)
        upstream.pipe(socket)
        socket.pipe(upstream)
      })
      proxy.track(upstream)
      upstream.on('error', () => socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'))
      socket.on('error', () => upstream.destroy())
    })
    return proxy
  }

  /** The CONNECT tunnels opened. */
  tunnels(): ProxiedRequest[] {
    return this.requests.filter((request) => request.method === 'CONNECT')
  }

  /** The requests seen (in plain text or in an intercepted tunnel), tunnels left out. */
  httpRequests(): ProxiedRequest[] {
    return this.requests.filter((request) => request.method !== 'CONNECT')
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    const closed = once(this.server, 'close')
    this.server.close()
    this.server.closeAllConnections()
    await closed
  }

  private resolve(host: string): string {
    return this.options.hosts?.[host.replace(/^\[|\]$/g, '')] ?? host
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
  }

  private forward(req: http.IncomingMessage, res: http.ServerResponse, target: URL, tunneled: boolean): void {
    this.requests.push({ method: req.method ?? 'GET', target: target.href, tunneled })
    const secure = target.protocol === 'https:'
    const options: https.RequestOptions = {
      host: this.resolve(target.hostname),
      port: target.port || (secure ? 443 : 80),
      path: `${target.pathname}${target.search}`,
      method: req.method,
      headers: { ...req.headers, host: target.host },
      servername: target.hostname,
      ...(secure && this.options.intercept ? { ca: this.options.intercept.cert } : {})
    }
    const upstream = (secure ? https : http).request(options, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => {
      if (res.headersSent) res.destroy()
      else res.writeHead(502, { 'content-type': 'text/plain' }).end('proxy: the upstream failed')
    })
    res.on('close', () => upstream.destroy())
    req.pipe(upstream)
  }
}
