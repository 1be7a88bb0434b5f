/**
 * The emulator's command line (`npm run emulator`, test/emulator/cli.ts), run as a user runs it: through tsx, which
 * compiles it first (a second or two of CPU each), so in a file of its own beside emulator.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Answers are asserted field by field; typing every shape would only restate the schema. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

interface GqlBody {
  data?: Record<string, Json>
  errors?: { message: string; extensions: { code: string } }[]
}

function errorOf(body: GqlBody): { message: string; extensions: { code: string } } {
  expect(body.data).toBeUndefined()
  expect(body.errors).toHaveLength(1)
  return body.errors![0]!
}

describe('cli', () => {
  it('starts with the options given as flags and writes the ready file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emulator-cli-'))
    const readyFile = path.join(dir, 'ready.json')
    const child = spawn(
      path.resolve('node_modules/.bin/tsx'),
      [
        'test/emulator/cli.ts',
        ...['--pat', 'cli-pat', '--env-shape', 'flat', '--endpoint-shape', 'graphql', '--quota', '1'],
        ...['--no-introspection', '--drift', '--seed-name', 'seeded', '--ready-file', readyFile]
      ],
      { stdio: 'ignore' }
    )
    try {
      // Until the file is written or the emulator exits: Jest's limit guards against a hang, not a slow start.
      let ready: { url: string; pat: string; tenantId: string } | undefined
      while (!ready && child.exitCode === null) {
        try {
          ready = JSON.parse(readFileSync(readyFile, 'utf8')) as typeof ready
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      }
      expect(ready?.pat).toBe('cli-pat')
      const call = async (query: string): Promise<GqlBody> => {
        const res = await fetch(ready!.url, {
          method: 'POST',
          headers: { authorization: 'pat cli-pat', 'content-type': 'application/json' },
          body: JSON.stringify({ query })
        })
        return (await res.json()) as GqlBody
      }
      const env = await call(`{ getTenantEnv(tenantId: "${ready!.tenantId}") { envVariables } }`)
      expect(Object.keys(env.data!.getTenantEnv.envVariables)).toEqual(['HASURA_GRAPHQL_ADMIN_SECRET'])
      const projects = await call('{ projects { name endpoint } }')
      expect(projects.data!.projects).toEqual([
        { name: 'seeded', endpoint: ready!.url.replace('/v1/graphql', '/p/seeded/v1/graphql') }
      ])
      expect(errorOf(await call('{ __schema { queryType { name } } }')).extensions.code).toBe('validation-failed')
      await call('mutation { createTenant(cloud: "aws", region: "us-east-2") { id } }')
      expect(
        errorOf(await call('mutation { createTenant(cloud: "aws", region: "us-east-2") { id } }')).message
      ).toMatch(/project limit/)
    } finally {
      // Waited for: a child still exiting keeps this test file's worker from ending.
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a bad flag value with exit code 2', () => {
    const run = spawnSync(path.resolve('node_modules/.bin/tsx'), ['test/emulator/cli.ts', '--endpoint-shape', 'full'], {
      encoding: 'utf8'
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--endpoint-shape must be base or graphql, got "full"')
  })
})
