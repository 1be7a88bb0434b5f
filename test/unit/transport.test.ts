/**
 * httpFetch, the fetch graphql-request gets (src/http/transport.ts), against a real server on 127.0.0.1: what it
 * sends from the headers it is given (a Headers, pairs or a record), and its FetchAnswer read as a Response would be.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { httpFetch } from '../../src/http/transport.js'

let server: http.Server
let url: string
let received: http.IncomingHttpHeaders[] = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    received.push(req.headers)
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      res.setHeader('Content-Type', 'application/json')
      res.setHeader('Set-Cookie', ['a=1', 'b=2'])
      res.setHeader('X-Echo-Method', req.method ?? '')
      res.statusCode = req.url === '/missing' ? 404 : 200
      res.end(JSON.stringify({ body }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe('httpFetch', () => {
  it.each<[string, HeadersInit]>([
    ['a Headers', new Headers({ Authorization: 'pat abc', 'X-List': 'one' })],
    [
      'pairs',
      [
        ['Authorization', 'pat abc'],
        ['x-list', 'one']
      ]
    ],
    ['a record', { authorization: 'pat abc', 'X-LIST': 'one' }]
  ])('sends the headers of %s, the method and the body', async (_, headers) => {
    received = []
    const answer = await httpFetch(new URL('/graphql', url), { method: 'POST', headers, body: '{"query":"{a}"}' })
    expect(received).toHaveLength(1)
    expect(received[0]).toMatchObject({ authorization: 'pat abc', 'x-list': 'one', 'content-length': '15' })
    expect(answer.headers.get('x-echo-method')).toBe('POST')
    expect(await answer.json()).toEqual({ body: '{"query":"{a}"}' })
  })

  it('answers the status, headers by any case (repeated ones joined), and a body read once', async () => {
    const answer = await httpFetch(`${url}/missing`)
    expect(answer.status).toBe(404)
    expect(answer.ok).toBe(false)
    expect(answer.headers.get('Content-Type')).toBe('application/json')
    expect(answer.headers.get('set-cookie')).toBe('a=1, b=2')
    expect(answer.headers.has('X-ECHO-METHOD')).toBe(true)
    expect(answer.headers.get('x-absent')).toBeNull()
    expect(answer.bodyUsed).toBe(false)
    expect(await answer.text()).toBe('{"body":""}')
    expect(answer.bodyUsed).toBe(true)
    await expect(answer.text()).rejects.toThrow(TypeError)
  })

  it('stops when its signal aborts', async () => {
    const controller = new AbortController()
    controller.abort(new Error('gave up'))
    await expect(httpFetch(url, { signal: controller.signal })).rejects.toThrow('gave up')
  })
})
