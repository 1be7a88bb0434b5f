/**
 * The shims scripts/bundle.mjs bundles in place of packages (scripts/shims/), next to what they stand for: the
 * undici shim must hand the real undici what @actions/github gives it.
 */
import { describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { pathToFileURL } from 'node:url'
import path from 'node:path'
import { ROOT } from '../support/action-runner.js'

/** A shim, loaded as the bundle has it (plain JavaScript: the import is not type-checked). */
async function shim<T>(name: string): Promise<T> {
  const url = pathToFileURL(path.join(ROOT, 'scripts/shims', name)).href
  return (await import(url)) as T
}

describe('the undici shim', () => {
  it('fetch loads undici and answers with its Response; a ProxyAgent is made real when fetch is given it', async () => {
    const { fetch, ProxyAgent } = await shim<{
      fetch: (url: string, init?: Record<string, unknown>) => Promise<Response>
      ProxyAgent: new (options: Record<string, unknown>) => object
    }>('undici.mjs')
    // A forward proxy that answers for the host itself: what undici's ProxyAgent sends it shows it was used.
    const seen: string[] = []
    const server = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`)
      res.setHeader('content-type', 'application/json')
      res.end('{"ok":true}')
    })
    server.on('connect', (req, socket) => {
      seen.push(`CONNECT ${req.url}`)
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const direct = await fetch(`http://127.0.0.1:${port}/direct`)
      expect(await direct.json()).toEqual({ ok: true })
      expect(seen).toEqual(['GET /direct'])

      const agent = new ProxyAgent({ uri: `http://127.0.0.1:${port}` })
      // undici tunnels through the proxy with CONNECT; this proxy refuses, so the fetch fails after asking it.
      await expect(fetch('http://github.test/repos', { dispatcher: agent })).rejects.toThrow()
      expect(seen).toEqual(['GET /direct', 'CONNECT github.test:80'])
    } finally {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
