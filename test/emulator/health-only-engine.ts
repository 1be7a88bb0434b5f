/**
 * The tenant engine the Cloud emulator uses when it is given none: a project that is up and has nothing in it.
 * `/healthz` answers 200 `OK`; every other path 404.
 */
import type { TenantEngine, TenantEngineFactory } from '../engine/types.js'

export const healthOnlyEngine: TenantEngineFactory = (): TenantEngine => ({
  async serve(_req, res, path) {
    const healthz = new URL(path, 'http://tenant').pathname === '/healthz'
    const body = healthz ? 'OK' : 'Not Found'
    res.writeHead(healthz ? 200 : 404, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': Buffer.byteLength(body)
    })
    res.end(body)
  },
  async close() {}
})
