/**
 * The shims scripts/bundle.mjs bundles in place of packages and globals (scripts/shims/), next to what they stand
 * for: each aliased shim exports every name the installed packages take from it, the Headers graphql-request gets
 * answers as Node's Headers does for what a request's headers are made of, and the undici shim hands the real
 * undici what @actions/github gives it.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
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

/** The packages the action ships (package-lock.json's, dev ones left out), as directories. */
function shippedPackages(): string[] {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>
  }
  return Object.entries(lock.packages)
    .filter(([dir, entry]) => dir !== '' && !entry.dev && !entry.devOptional)
    .map(([dir]) => path.join(ROOT, dir))
}

/** The JavaScript files of a package, its own node_modules left out (those are packages of their own). */
function javascriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules') return []
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return javascriptFiles(file)
    return /\.(c|m)?js$/.test(entry.name) ? [file] : []
  })
}

/** The names a file takes from `specifier`: `import { a, b as c }`, or `x.a` of `import * as x` / `x = require()`. */
function namesTaken(text: string, specifier: string): string[] {
  const quoted = `['"]${specifier.replace(/[/@]/g, '\\$&')}['"]`
  const names: string[] = []
  for (const match of text.matchAll(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*${quoted}`, 'g'))) {
    names.push(
      ...match[1]!
        .split(',')
        .map((part) => part.trim().split(/\s+as\s+/)[0]!)
        .filter(Boolean)
    )
  }
  const bindings = [
    ...text.matchAll(new RegExp(`import\\s*\\*\\s*as\\s+(\\w+)\\s+from\\s*${quoted}`, 'g')),
    ...text.matchAll(new RegExp(`(\\w+)\\s*=\\s*require\\(\\s*${quoted}\\s*\\)`, 'g'))
  ].map((match) => match[1]!)
  for (const binding of bindings) {
    for (const match of text.matchAll(new RegExp(`\\b${binding}\\.(\\w+)`, 'g'))) names.push(match[1]!)
  }
  return names
}

describe('the aliased shims', () => {
  const aliases = (
    JSON.parse(readFileSync(path.join(ROOT, 'scripts/bundle-aliases.json'), 'utf8')) as {
      compilerOptions: { paths: Record<string, [string]> }
    }
  ).compilerOptions.paths

  it.each(Object.keys(aliases))('%s: the shim exports every name the shipped packages take from it', async (name) => {
    const files = shippedPackages()
      .filter((dir) => !dir.endsWith(`node_modules/${name}`))
      .flatMap(javascriptFiles)
    const taken = new Set(files.flatMap((file) => namesTaken(readFileSync(file, 'utf8'), name)))
    expect(taken.size).toBeGreaterThan(0)
    const exported = await shim<Record<string, unknown>>(path.basename(aliases[name]![0]))
    expect([...taken].filter((taken) => !(taken in exported))).toEqual([])
  })
})

type HeadersClass = typeof globalThis.Headers
const ShimHeaders = async (): Promise<HeadersClass> => (await shim<{ Headers: HeadersClass }>('headers.mjs')).Headers

/** Everything a Headers shows: its pairs in order, and what get() and has() answer. */
function view(headers: Headers, names: string[]) {
  return {
    pairs: [...headers],
    get: names.map((name) => headers.get(name)),
    has: names.map((name) => headers.has(name))
  }
}

/** The name of the error `make` throws (Node's Headers throws from another realm than Jest's TypeError). */
function thrown(make: () => unknown): string | undefined {
  try {
    make()
    return undefined
  } catch (error) {
    return (error as Error).name
  }
}

describe('the Headers of the graphql-request chunk', () => {
  const inits: [string, HeadersInit | undefined][] = [
    ['nothing', undefined],
    ['a record', { Authorization: 'pat abc', 'Content-Type': 'application/json' }],
    [
      'pairs, a name twice',
      [
        ['X-One', 'a'],
        ['x-one', 'b'],
        ['Accept', 'application/json']
      ]
    ],
    ['values with white space around them', { 'X-Padded': '  \t value \t ' }]
  ]

  it.each(inits)('built from %s, answers as Node does', async (_, init) => {
    const Shim = await ShimHeaders()
    const names = ['authorization', 'AUTHORIZATION', 'content-type', 'x-one', 'accept', 'x-padded', 'missing']
    expect(view(new Shim(init), names)).toEqual(view(new Headers(init), names))
  })

  it('copies another Headers, and set, append and delete change it as they change a Headers', async () => {
    const Shim = await ShimHeaders()
    const change = (headers: Headers): Headers => {
      headers.set('Accept', 'application/graphql-response+json, application/json')
      headers.append('X-List', 'one')
      headers.append('x-list', 'two')
      headers.set('X-Gone', 'soon')
      headers.delete('x-GONE')
      return headers
    }
    const names = ['accept', 'x-list', 'x-gone', 'authorization']
    const real = change(new Headers(new Headers({ Authorization: 'pat abc' })))
    const ours = change(new Shim(new Shim({ Authorization: 'pat abc' })))
    expect(view(ours, names)).toEqual(view(real, names))
    const seen: [string, string][] = []
    ours.forEach((value, name) => seen.push([name, value]))
    expect(seen).toEqual([...real])
    expect([...ours.keys()]).toEqual([...real.keys()])
    expect([...ours.values()]).toEqual([...real.values()])
    expect(Object.prototype.toString.call(ours)).toBe('[object Headers]')
  })

  it.each([
    ['a name with a space', () => [['Bad Name', 'x']]],
    ['an empty name', () => [['', 'x']]],
    ['a value with a line break', () => [['X-Inject', 'a\r\nSet-Cookie: b']]],
    ['a pair of three', () => [['a', 'b', 'c']]]
  ])('refuses %s with a TypeError, as Node does', async (_, init) => {
    const Shim = await ShimHeaders()
    expect(thrown(() => new Headers(init() as HeadersInit))).toBe('TypeError')
    expect(thrown(() => new Shim(init() as HeadersInit))).toBe('TypeError')
  })
})

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
