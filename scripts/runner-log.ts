/**
 * The runner's log as a workflow shows it, for the scripts that run the bundle by hand (`npm run demo`,
 * `npm run try-project`): workflow commands become annotations or disappear, registered secrets become ***.
 */
import type { CloudEmulator } from '../test/emulator/emulator.js'
import type { ActionRun } from '../test/support/action-runner.js'

/** Every tenant value but the preview marker (`acme/shop#7`), which is no secret. */
export function tenantValues(emulator: CloudEmulator): string[] {
  return emulator
    .tenants()
    .flatMap((tenant) => Object.entries(tenant.env).filter(([key]) => key !== 'TENANT_ACTION_PREVIEW'))
    .map(([, value]) => value)
}

/**
 * Prints the action's output as the runner's log shows it: workflow commands become annotations or
 * disappear, and every registered secret is replaced by ***.
 */
export class RunnerLog {
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
