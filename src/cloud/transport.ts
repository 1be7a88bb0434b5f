import http from 'node:http'
import https from 'node:https'

/**
 * fetch over node:http(s), for graphql-request and the health check. Node's global fetch starts its own
 * HTTP stack on first use and, on Node 20, holds the process about 50 ms at exit while V8 optimises
 * that stack's WebAssembly parser: for a process that lives 100 ms, that is what users wait for
 * (measured with `npm run bench`). Bodies are small JSON, so they are buffered.
 */
export function httpFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : input)
  const headers = Object.fromEntries(new Headers(init.headers))
  const body = typeof init.body === 'string' ? init.body : undefined
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body))
  const signal = init.signal ?? undefined
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const transport = url.protocol === 'https:' ? https : http
    const request = transport.request(url, { method: init.method ?? 'GET', headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', reject)
      response.on('end', () => {
        signal?.removeEventListener('abort', abort)
        const status = response.statusCode ?? 0
        const responseHeaders = new Headers()
        for (const [name, value] of Object.entries(response.headers)) {
          for (const one of Array.isArray(value) ? value : [value ?? '']) responseHeaders.append(name, one)
        }
        // A Response cannot carry a body with these statuses, nor have a status outside 200-599.
        const empty = status === 204 || status === 205 || status === 304
        resolve(
          new Response(empty ? null : Buffer.concat(chunks), {
            status: status >= 200 && status <= 599 ? status : 599,
            statusText: response.statusMessage,
            headers: responseHeaders
          })
        )
      })
    })
    const abort = (): void => {
      request.destroy(signal?.reason)
    }
    signal?.addEventListener('abort', abort, { once: true })
    request.on('error', (error) => {
      signal?.removeEventListener('abort', abort)
      reject(error)
    })
    request.end(body)
  })
}
