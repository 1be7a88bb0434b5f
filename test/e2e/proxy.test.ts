/**
 * Self-hosted runners behind a proxy: with HTTPS_PROXY set, every Cloud API call and every health check goes
 * through it, as the toolkit's HTTP client sends them; NO_PROXY bypasses it. The Cloud is an https emulator named
 * `cloud.test` (a name only the test proxy resolves; @actions/http-client never proxies loopback hosts), with a
 * self-signed certificate the run trusts through NODE_EXTRA_CA_CERTS. The proxy terminates the tunnels with that
 * certificate, so it counts the requests inside them, not only the tunnels.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { CloudEmulator } from '../emulator/emulator.js'
import { FakeGitHub } from '../github/fake-github.js'
import { TestProxy } from '../support/proxy.js'
import { pullRequestEvent } from '../support/pull-request.js'
import { selfSignedCertificate, type TestCertificate } from '../support/tls.js'
import { GITHUB_TOKEN, runAction } from './harness.js'

let certificate: TestCertificate
let emulator: CloudEmulator
let proxy: TestProxy

beforeAll(async () => {
  certificate = selfSignedCertificate('cloud.test')
  emulator = await CloudEmulator.start({
    tls: { key: certificate.key, cert: certificate.cert },
    host: 'cloud.test',
    healthDelayMs: 1500
  })
})
afterAll(async () => {
  await emulator.stop()
  certificate.remove()
})
beforeEach(async () => {
  await emulator.reset()
  proxy = await TestProxy.start({
    hosts: { 'cloud.test': '127.0.0.1' },
    intercept: { key: certificate.key, cert: certificate.cert }
  })
})
afterEach(async () => {
  await proxy.stop()
})

const base = () => ({ pat: emulator.pat, 'api-endpoint': emulator.url })
const trust = () => ({ NODE_EXTRA_CA_CERTS: certificate.certFile })

/** The proxied requests to a path of the emulator. */
function proxiedTo(path: RegExp): string[] {
  return proxy
    .httpRequests()
    .map((request) => request.target)
    .filter((target) => target.startsWith(emulator.origin) && path.test(new URL(target).pathname))
}

describe('HTTPS_PROXY', () => {
  it('create: every Cloud call and every health check goes through the proxy', async () => {
    const run = await runAction({
      inputs: { ...base(), operation: 'create', name: 'shop-behind-proxy', 'env-file': 'env.yml' },
      files: { 'env.yml': 'LOG_LEVEL: info\n' },
      env: { ...trust(), HTTPS_PROXY: proxy.url },
      emulator
    })
    expect(run.code).toBe(0)
    expect(run.outputs.endpoint).toBe(`${emulator.origin}/p/shop-behind-proxy/v1/graphql`)
    const tenant = emulator.tenant(run.outputs['tenant-id']!)!
    expect(tenant.env.LOG_LEVEL).toBe('info')

    // create, rename, the listing, the env write: each one went through the proxy, and nothing went around it.
    expect(emulator.calls.length).toBeGreaterThanOrEqual(4)
    expect(proxiedTo(/^\/v1\/graphql$/)).toHaveLength(emulator.calls.length)
    // The project restarts for 1.5 s after the env write, so the wait polls more than once.
    expect(emulator.healthChecks(tenant.id)).toBeGreaterThan(1)
    expect(proxiedTo(/^\/p\/shop-behind-proxy\/healthz$/)).toHaveLength(emulator.healthChecks(tenant.id))
    expect(proxy.httpRequests()).toHaveLength(emulator.calls.length + emulator.healthChecks(tenant.id))
    expect(proxy.tunnels().length).toBeGreaterThanOrEqual(1)
    for (const tunnel of proxy.tunnels()) expect(tunnel.target).toBe(new URL(emulator.origin).host)
  })

  it('get and delete too, with the lower-case https_proxy', async () => {
    const tenant = emulator.seedTenant()
    const env = { ...trust(), https_proxy: proxy.url }
    const get = await runAction({ inputs: { ...base(), operation: 'get', 'tenant-id': tenant.id }, env, emulator })
    expect(get.code).toBe(0)
    const removed = await runAction({
      inputs: { ...base(), operation: 'delete', 'tenant-id': tenant.id },
      env,
      emulator
    })
    expect(removed.code).toBe(0)
    expect(emulator.tenant(tenant.id)).toBeUndefined()
    expect(emulator.calls).toHaveLength(2)
    expect(proxiedTo(/^\/v1\/graphql$/)).toHaveLength(2)
  })
})

describe('NO_PROXY', () => {
  it('naming the host: the proxy sees nothing, and cloud.test, which only the proxy resolves, is not found', async () => {
    const run = await runAction({
      inputs: { ...base(), operation: 'get', 'tenant-id': '3fa85f64-5717-4562-b3fc-2c963f66afa6' },
      env: { ...trust(), HTTPS_PROXY: proxy.url, NO_PROXY: 'cloud.test' }
    })
    expect(run.code).toBe(1)
    expect(proxy.requests).toHaveLength(0)
    expect(emulator.calls).toHaveLength(0)
    expect(run.stdout).toMatch(
      /::error::The host of input "api-endpoint" \(https:\/\/cloud\.test:\d+\/v1\/graphql\) does not resolve/
    )
  })

  it('naming a parent domain (.test) bypasses it as well', async () => {
    const run = await runAction({
      inputs: { ...base(), operation: 'get', 'tenant-id': '3fa85f64-5717-4562-b3fc-2c963f66afa6' },
      env: { ...trust(), HTTPS_PROXY: proxy.url, NO_PROXY: 'example.com,.test' }
    })
    expect(run.code).toBe(1)
    expect(proxy.requests).toHaveLength(0)
    expect(run.stdout).toMatch(/::error::The host of input "api-endpoint" .* does not resolve \(ENOTFOUND\)/)
  })
})

describe('GitHub behind HTTP_PROXY', () => {
  it("the preview comment goes through the proxy, as Octokit's requests do through undici's ProxyAgent", async () => {
    // GitHub is `github.test`, which only this second proxy resolves; the Cloud still goes through the first one.
    const github = await FakeGitHub.start({ token: GITHUB_TOKEN })
    const githubProxy = await TestProxy.start({ hosts: { 'github.test': '127.0.0.1' } })
    try {
      const githubHost = `github.test:${new URL(github.url).port}`
      const run = await runAction({
        inputs: { ...base(), operation: 'create', 'env-file': 'env.yml' },
        files: { 'env.yml': 'LOG_LEVEL: info\n' },
        event: pullRequestEvent('opened', { owner: 'acme', repo: 'shop', number: 21 }),
        githubApiUrl: `http://${githubHost}`,
        env: { ...trust(), HTTPS_PROXY: proxy.url, HTTP_PROXY: githubProxy.url },
        emulator
      })
      expect(run.code).toBe(0)
      const comments = github.comments('acme', 'shop', 21)
      expect(comments).toHaveLength(1)
      expect(comments[0]!.body).toContain(run.outputs['tenant-id']!)
      // Listing the comments, writing one, reading the thread again (for a comment another run posted at the same
      // time): all through a tunnel to github.test, none around the proxy.
      expect(github.requests.map((request) => request.method)).toEqual(['GET', 'POST', 'GET'])
      expect(githubProxy.tunnels().map((tunnel) => tunnel.target)).toContain(githubHost)
      expect(githubProxy.tunnels().every((tunnel) => tunnel.target === githubHost)).toBe(true)
    } finally {
      await githubProxy.stop()
      await github.stop()
    }
  })
})
