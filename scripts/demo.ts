/**
 * `npm run demo`: the action's whole lifecycle, with no Hasura account and no network. It starts the
 * Cloud API emulator on 127.0.0.1 and runs the committed dist/index.js as the runner would, step by
 * step: create with examples/preview.env.yaml, sync-env with examples/preview-v2.env.yaml, get, delete.
 * Each step prints like a workflow log, with the runner's masking applied.
 */
import { CloudEmulator } from '../test/emulator/emulator.js'
import { assertNoLeaks, ROOT, spawnAction, type ActionRun } from '../test/support/action-runner.js'

/** The step environment `${NAME}` in the example env files reads; in a workflow these come from secrets. */
const STEP_ENV = {
  JWT_SIGNING_KEY: 'demo-jwt-signing-key-0123456789abcdef',
  PAYMENTS_API_KEY: 'sk_demo_4eC39HqLyjWDarjtT1zdp7dc'
}
const DATABASE_URL = 'postgres://shop:demo-db-passw0rd@127.0.0.1:5432/shop'
/** What must never reach a log line, a summary or an output other than admin-secret (tenant values are added). */
const SECRETS = [DATABASE_URL, new URL(DATABASE_URL).password, ...Object.values(STEP_ENV)]
/** Long enough that the health wait shows in the log, short enough to keep the demo quick. */
const HEALTH_DELAY_MS = 800
const RULE = '─'.repeat(100)

interface Step {
  title: string
  /** The step's `with:`; a function so that later steps can use earlier outputs. */
  inputs: () => Record<string, string>
  env?: Record<string, string>
  /** The `result` output the step must end with. */
  result: string
}

/** Runs the lifecycle; the exit code. */
async function main(): Promise<number> {
  const emulator = await CloudEmulator.start({ healthDelayMs: HEALTH_DELAY_MS })
  const api = { pat: emulator.pat, 'api-endpoint': emulator.url }
  let tenantId = ''

  const steps: Step[] = [
    {
      title: 'Create a preview tenant with examples/preview.env.yaml',
      inputs: () => ({
        operation: 'create',
        ...api,
        name: 'shop-demo-preview',
        'database-url': DATABASE_URL,
        'env-file': 'examples/preview.env.yaml',
        'wait-timeout': '30'
      }),
      env: STEP_ENV,
      result: 'created'
    },
    {
      title: 'Sync env vars with examples/preview-v2.env.yaml (one changed, one added, one removed)',
      inputs: () => ({
        operation: 'sync-env',
        ...api,
        'tenant-id': tenantId,
        'env-file': 'examples/preview-v2.env.yaml'
      }),
      env: STEP_ENV,
      result: 'updated'
    },
    {
      title: 'Get the tenant',
      inputs: () => ({ operation: 'get', ...api, 'tenant-id': tenantId }),
      result: 'found'
    },
    {
      title: 'Delete the tenant',
      inputs: () => ({ operation: 'delete', ...api, 'tenant-id': tenantId }),
      result: 'deleted'
    }
  ]

  let failed = false
  try {
    console.log(
      `Hasura Cloud emulator on ${emulator.url} (tenants become healthy ${HEALTH_DELAY_MS} ms after a change)`
    )
    for (const [index, step] of steps.entries()) {
      const inputs = step.inputs()
      console.log(`\n${RULE}\nStep ${index + 1}/${steps.length}: ${step.title}\n${RULE}`)
      const log = new RunnerLog([emulator.pat, ...SECRETS])
      log.header(inputs, step.env ?? {})

      const callsBefore = emulator.calls.length
      const secretsBefore = tenantValues(emulator)
      const run = await spawnAction({ inputs, env: step.env, workspace: ROOT, onLine: (line) => log.line(line) })
      const calls = emulator.calls.slice(callsBefore).map((call) => call.fields.join('+'))

      log.outputs(run)
      console.log(`Cloud API calls: ${calls.length} (${calls.join(', ')})`)
      const tenant = run.outputs['tenant-id'] ? emulator.tenant(run.outputs['tenant-id']) : undefined
      console.log(
        tenant
          ? `Emulator: the tenant holds ${Object.keys(tenant.env).length} keys: ${Object.keys(tenant.env).sort().join(', ')}`
          : `Emulator: ${emulator.tenants().length} tenants`
      )

      const secrets = [emulator.pat, ...SECRETS, ...secretsBefore, ...tenantValues(emulator)]
      const problem = check(run, step, secrets)
      if (problem) {
        console.log(`\nDemo failed at step ${index + 1}: ${problem}`)
        failed = true
        break
      }
      tenantId ||= run.outputs['tenant-id'] ?? ''
    }
    if (!failed) {
      console.log(
        `\n${RULE}\nDemo finished: create, sync-env, get and delete all succeeded; no secret reached a log line.`
      )
    }
  } finally {
    await emulator.stop()
  }
  return failed ? 1 : 0
}

/** What a step got wrong, if anything: exit code, result, or a secret outside the masks. */
function check(run: ActionRun, step: Step, secrets: string[]): string | undefined {
  if (run.code !== 0) return `the action exited with code ${run.code}`
  if (run.outputs.result !== step.result) return `result is "${run.outputs.result}", expected "${step.result}"`
  try {
    assertNoLeaks(
      run,
      secrets.filter((secret) => secret.length >= 8)
    )
  } catch (error) {
    return (error as Error).message
  }
  return undefined
}

function tenantValues(emulator: CloudEmulator): string[] {
  return emulator.tenants().flatMap((tenant) => Object.values(tenant.env))
}

/**
 * Prints the action's output as the runner's log shows it: workflow commands become annotations or
 * disappear, and every registered secret is replaced by ***.
 */
class RunnerLog {
  private readonly masks = new Set<string>()

  constructor(secrets: string[]) {
    for (const secret of secrets) this.masks.add(secret)
  }

  header(inputs: Record<string, string>, env: Record<string, string>): void {
    console.log('Run ./   (node dist/index.js)')
    console.log('  with:')
    for (const [name, value] of Object.entries(inputs)) console.log(`    ${name}: ${this.mask(value)}`)
    if (Object.keys(env).length > 0) {
      console.log('  env:')
      for (const [name, value] of Object.entries(env)) console.log(`    ${name}: ${this.mask(value)}`)
    }
  }

  line(raw: string): void {
    const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(raw)
    if (!command) {
      console.log(this.mask(raw))
      return
    }
    const [, name, data = ''] = command
    const message = unescapeData(data)
    switch (name) {
      case 'add-mask':
        this.masks.add(message)
        return
      case 'error':
      case 'warning':
      case 'notice':
        console.log(`${name[0]!.toUpperCase()}${name.slice(1)}: ${this.mask(message)}`)
        return
      case 'group':
        console.log(this.mask(message))
        return
      default:
        // debug, endgroup and the rest: not shown in the log.
        return
    }
  }

  outputs(run: ActionRun): void {
    console.log('Outputs:')
    const width = Math.max(...Object.keys(run.outputs).map((name) => name.length))
    for (const [name, value] of Object.entries(run.outputs)) console.log(`  ${name.padEnd(width)}  ${this.mask(value)}`)
    if (run.outputs.endpoint) console.log(`Endpoint: ${run.outputs.endpoint}`)
  }

  private mask(text: string): string {
    let out = text
    // Longest first, so that a secret containing another is replaced whole.
    for (const secret of [...this.masks].sort((a, b) => b.length - a.length)) {
      if (secret) out = out.split(secret).join('***')
    }
    return out
  }
}

/** The escapes of workflow command data (@actions/core's toCommandValue). */
function unescapeData(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

process.exitCode = await main()
