/**
 * Runs the Hasura Cloud emulator from a shell, for demos and local runs of the action:
 *
 *   tsx test/emulator/cli.ts [--port N] [--host NAME] [--pat TOKEN] [--health-delay MS]
 *                            [--env-shape nested|flat] [--endpoint-shape base|graphql] [--quota N]
 *                            [--reserved-name NAME]... [--no-introspection]
 *                            [--drift | --drift-rename TYPE.FIELD=NEW] [--tls-key FILE --tls-cert FILE]
 *                            [--seed-name NAME] [--ready-file PATH]
 *
 * The PAT it prints is a fake token that only this emulator accepts. The ready file gets
 * `{url, origin, pat, tenantId}` once it listens.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { CloudEmulator, type EmulatorOptions } from './emulator.js'
import type { SchemaDrift } from './schema.js'

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

function nonNegativeInt(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  if (!/^\d+$/.test(raw)) fail(`--${flag} must be a non-negative integer, got "${raw}"`)
  return Number(raw)
}

function oneOf<T extends string>(flag: string, raw: string | undefined, allowed: readonly T[]): T | undefined {
  if (raw === undefined) return undefined
  if (!(allowed as readonly string[]).includes(raw)) fail(`--${flag} must be ${allowed.join(' or ')}, got "${raw}"`)
  return raw as T
}

function driftRename(raw: string): SchemaDrift {
  const match = /^(\w+)\.(\w+)=(\w+)$/.exec(raw)
  if (!match)
    fail(`--drift-rename must look like TYPE.FIELD=NEW_NAME (e.g. TenantEnv.envVars=envVariables), got "${raw}"`)
  return { type: match[1]!, field: match[2]!, renamedTo: match[3]! }
}

function readFile(flag: string, file: string): Buffer {
  try {
    return readFileSync(file)
  } catch (err) {
    return fail(`--${flag}: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`)
  }
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        pat: { type: 'string' },
        'health-delay': { type: 'string' },
        'env-shape': { type: 'string' },
        'endpoint-shape': { type: 'string' },
        quota: { type: 'string' },
        'reserved-name': { type: 'string', multiple: true },
        'no-introspection': { type: 'boolean' },
        drift: { type: 'boolean' },
        'drift-rename': { type: 'string' },
        'tls-key': { type: 'string' },
        'tls-cert': { type: 'string' },
        'seed-name': { type: 'string' },
        'ready-file': { type: 'string' }
      },
      strict: true
    }).values
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err))
  }
}

function optionsFrom(values: ReturnType<typeof readArgs>): EmulatorOptions {
  const options: EmulatorOptions = {
    port: nonNegativeInt('port', values.port),
    host: values.host,
    pat: values.pat,
    healthDelayMs: nonNegativeInt('health-delay', values['health-delay']),
    envShape: oneOf('env-shape', values['env-shape'], ['nested', 'flat'] as const),
    endpointShape: oneOf('endpoint-shape', values['endpoint-shape'], ['base', 'graphql'] as const),
    projectQuota: nonNegativeInt('quota', values.quota),
    reservedNames: values['reserved-name'],
    introspection: values['no-introspection'] ? false : undefined,
    drift: values['drift-rename'] !== undefined ? driftRename(values['drift-rename']) : values.drift
  }
  const key = values['tls-key']
  const cert = values['tls-cert']
  if ((key === undefined) !== (cert === undefined)) fail('--tls-key and --tls-cert go together: give both or neither')
  if (key !== undefined && cert !== undefined) {
    options.tls = { key: readFile('tls-key', key), cert: readFile('tls-cert', cert) }
  }
  return options
}

const values = readArgs()
const emulator = await CloudEmulator.start(optionsFrom(values)).catch((err: unknown) =>
  fail(err instanceof Error ? err.message : String(err))
)
console.log(`Hasura Cloud emulator listening on ${emulator.url}`)
console.log(`PAT: ${emulator.pat}`)

let tenantId: string | undefined
if (values['seed-name'] !== undefined) {
  const name = values['seed-name']
  const tenant = (() => {
    try {
      return emulator.seedTenant({ name })
    } catch (err) {
      return fail(`--seed-name: ${err instanceof Error ? err.message : String(err)}`)
    }
  })()
  tenantId = tenant.id
  console.log(`Seeded tenant ${tenant.name}: ${tenant.id} (endpoint ${tenant.endpoint})`)
}

if (values['ready-file'] !== undefined) {
  const ready = { url: emulator.url, origin: emulator.origin, pat: emulator.pat, tenantId }
  writeFileSync(values['ready-file'], JSON.stringify(ready) + '\n')
}

const shutdown = (signal: string): void => {
  console.log(`${signal}: stopping the emulator`)
  emulator.stop().then(
    () => process.exit(0),
    () => process.exit(1)
  )
}
process.once('SIGINT', shutdown)
process.once('SIGTERM', shutdown)
