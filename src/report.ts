import * as core from '@actions/core'
import type { EnvChange } from './env/plan.js'
import type { Operation } from './settings.js'
import { maskSecret } from './secrets.js'

export type ResultKind = 'created' | 'reused' | 'updated' | 'unchanged' | 'planned' | 'deleted' | 'not-found' | 'found'

/** What a finished operation reports. */
export interface Outcome {
  result: ResultKind
  /** Did the step write env vars or create/delete a tenant (or, in a dry run, would it)? */
  changed: boolean
}

/** The tenant facts that become outputs. */
export interface TenantFacts {
  tenantId?: string
  projectId?: string
  name?: string
  slug?: string
  endpoint?: string
}

const TENANT_OUTPUTS: [keyof TenantFacts, string][] = [
  ['tenantId', 'tenant-id'],
  ['projectId', 'project-id'],
  ['name', 'name'],
  ['slug', 'slug'],
  ['endpoint', 'endpoint']
]

/**
 * The one place that writes outputs and the step summary. Outputs are set as soon as they are
 * known, so a later failure (a health wait that times out) still leaves the tenant id for teardown.
 */
export class Report {
  readonly tenant: TenantFacts = {}
  hash?: string
  changes: { key: string; change: EnvChange }[] = []
  /** The env changes are a plan (dry run), not something written. */
  changesPlanned = false
  notes: string[] = []

  constructor(readonly operation: Operation | string) {}

  setTenant(facts: TenantFacts): void {
    for (const [field, output] of TENANT_OUTPUTS) {
      const value = facts[field]
      if (value !== undefined && value !== this.tenant[field]) {
        this.tenant[field] = value
        core.setOutput(output, value)
      }
    }
  }

  setHash(hash: string): void {
    this.hash = hash
    core.setOutput('hash', hash)
  }

  /** The one secret output, masked first; it never reaches the summary. */
  setAdminSecret(secret: string | undefined): void {
    if (!secret) return
    maskSecret(secret)
    core.setOutput('admin-secret', secret)
  }

  setChanges(changes: { key: string; change: EnvChange }[], planned: boolean): void {
    this.changes = changes
    this.changesPlanned = planned
  }

  /** A line for the summary (never a value). */
  note(line: string): void {
    this.notes.push(line)
  }

  async finish(outcome: Outcome): Promise<void> {
    core.setOutput('result', outcome.result)
    core.setOutput('changed', String(outcome.changed))
    core.info(`Result: ${outcome.result} (changed: ${outcome.changed})`)
    await this.writeSummary(`\`${outcome.result}\``)
  }

  async fail(message: string): Promise<void> {
    await this.writeSummary(`failed: ${message}`)
  }

  private async writeSummary(result: string): Promise<void> {
    const rows: [string, string][] = [
      ['Operation', `\`${this.operation}\``],
      ['Result', result]
    ]
    if (this.tenant.tenantId) rows.push(['Tenant', `\`${this.tenant.tenantId}\``])
    if (this.tenant.name) rows.push(['Project', this.tenant.name])
    if (this.tenant.endpoint) rows.push(['Endpoint', this.tenant.endpoint])
    if (this.hash) rows.push(['Env hash', `\`${this.hash}\``])
    let markdown = `### Hasura Cloud: ${this.operation}\n\n| | |\n|---|---|\n`
    markdown += rows.map(([label, value]) => `| ${label} | ${escapeCell(value)} |`).join('\n') + '\n'
    if (this.changes.length > 0) {
      markdown += `\n${this.changesPlanned ? 'Planned env changes (dry run, nothing written)' : 'Env changes'}:\n\n| Key | Change |\n|---|---|\n`
      markdown += this.changes.map(({ key, change }) => `| \`${key}\` | ${change} |`).join('\n') + '\n'
    }
    for (const line of this.notes) markdown += `\n${line}\n`
    try {
      await core.summary.addRaw(markdown).write()
    } catch (error) {
      core.warning(`Could not write the step summary: ${(error as Error).message}`)
    }
  }
}

function escapeCell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}
