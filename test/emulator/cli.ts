/**
 * Runs the Hasura Cloud emulator from a shell, for demos and local runs of the action:
 *
 *   tsx test/emulator/cli.ts [--port N] [--pat TOKEN] [--health-delay MS]
 *                            [--env-shape flat|nested] [--seed-name NAME] [--ready-file PATH]
 *
 * The PAT it prints is a fake token that only this emulator accepts.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { CloudEmulator, type EmulatorOptions } from './emulator.js'

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

function nonNegativeInt(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  if (!/^\d+$/.test(raw)) fail(`--${flag} must be a non-negative integer, got "${raw}"`)
  return Number(raw)
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string' },
        pat: { type: 'string' },
        'health-delay': { type: 'string' },
        'env-shape': { type: 'string' },
        'seed-name': { type: 'string' },
        'ready-file': { type: 'string' }
      },
      strict: true
    }).values
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err))
  }
}

const values = readArgs()
const envShape = values['env-shape']
if (envShape !== undefined && envShape !== 'flat' && envShape !== 'nested') {
  fail(`--env-shape must be flat or nested, got "${envShape}"`)
}

const options: EmulatorOptions = {}
const port = nonNegativeInt('port', values.port)
const healthDelayMs = nonNegativeInt('health-delay', values['health-delay'])
if (port !== undefined) options.port = port
if (healthDelayMs !== undefined) options.healthDelayMs = healthDelayMs
if (values.pat !== undefined) options.pat = values.pat
if (envShape !== undefined) options.envShape = envShape

const emulator = await CloudEmulator.start(options)
console.log(`Hasura Cloud emulator listening on ${emulator.url}`)
console.log(`PAT: ${emulator.pat}`)

let tenantId: string | undefined
if (values['seed-name'] !== undefined) {
  const tenant = emulator.seedTenant({ name: values['seed-name'] })
  tenantId = tenant.id
  console.log(`Seeded tenant ${tenant.name}: ${tenant.id} (endpoint ${tenant.endpoint})`)
}

if (values['ready-file'] !== undefined) {
  writeFileSync(values['ready-file'], JSON.stringify({ url: emulator.url, pat: emulator.pat, tenantId }) + '\n')
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
