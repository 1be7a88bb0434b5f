import * as core from '@actions/core'
import { consoleUrl, graphqlUrl } from '../core/endpoints.js'
import { cell, code, table } from '../core/markdown.js'
import type { KeyChange } from '../env/plan.js'
import type { Outcome, SummaryTable, TenantFacts } from '../operations/outcome.js'
import type { RunReport } from '../operations/deps.js'
import { utcText } from '../core/time.js'

/**
 * The one place that writes outputs and the step summary. It exists from the start of a run, so an input error
 * still leaves a summary naming the operation. Outputs are set as soon as they are known, so a later failure (a
 * health wait that times out) still leaves the tenant id for teardown.
 */
export class Report implements RunReport {
  private readonly facts: TenantFacts = {}
  private readonly rows = new Map<string, string>()
  private hash?: string
  private planned = false
  private changes: KeyChange[] = []

  constructor(readonly operation: string) {}

  setTenant(facts: TenantFacts): void {
    const set = (field: keyof TenantFacts, output: string, value: string | undefined): void => {
      if (value === undefined || value === this.facts[field]) return
      this.facts[field] = value
      core.setOutput(output, output === 'endpoint' ? graphqlUrl(value) : value)
    }
    set('tenantId', 'tenant-id', facts.tenantId)
    set('name', 'name', facts.name)
    set('slug', 'slug', facts.slug)
    set('endpoint', 'endpoint', facts.endpoint)
    if (facts.projectId !== undefined && facts.projectId !== this.facts.projectId) {
      set('projectId', 'project-id', facts.projectId)
      core.setOutput('console-url', consoleUrl(facts.projectId))
    }
  }

  setHash(hash: string): void {
    this.hash = hash
    core.setOutput('hash', hash)
  }

  /** The one secret output, masked before (by the client that read it); it never reaches the summary. */
  setAdminSecret(secret: string | undefined): void {
    if (secret) core.setOutput('admin-secret', secret)
  }

  setDatabases(names: string[]): void {
    if (names.length === 0) return
    core.setOutput('database-name', names[0])
    core.setOutput('database-names', names.join(','))
    this.rows.set(names.length === 1 ? 'Database' : 'Databases', names.join(', '))
  }

  setExpiresAt(at: Date): void {
    core.setOutput('expires-at', at.toISOString())
    this.rows.set('Expires', `${utcText(at)} unless pushed to`)
  }

  setSeedsApplied(count: number): void {
    core.setOutput('seeds-applied', String(count))
    this.rows.set('Seed files applied', String(count))
  }

  setMigrationsApplied(count: number): void {
    core.setOutput('migrations-applied', String(count))
    this.rows.set('Migrations applied', String(count))
  }

  /** The env changes so far, for a summary that a later failure still writes. */
  setChanges(changes: KeyChange[], planned: boolean): void {
    this.changes = changes
    this.planned = planned
  }

  /** What this run is known to have made or found so far, for a run that ends early: the tenant and the database. */
  describeState(): string {
    const parts: string[] = []
    if (this.facts.tenantId) {
      parts.push(`tenant ${this.facts.tenantId}${this.facts.name ? ` (project ${this.facts.name})` : ''}`)
    }
    const database = this.rows.get('Database') ?? this.rows.get('Databases')
    if (database) parts.push(`database ${database}`)
    return parts.length > 0 ? `It got as far as: ${parts.join(', ')}.` : 'It had made nothing yet.'
  }

  async finish(outcome: Outcome): Promise<void> {
    core.setOutput('result', outcome.result)
    core.setOutput('changed', String(outcome.changed))
    for (const [name, value] of Object.entries(outcome.outputs ?? {})) core.setOutput(name, value)
    if (outcome.changes) this.setChanges(outcome.changes, outcome.result === 'planned')
    core.info(`Result: ${outcome.result} (changed: ${outcome.changed})`)
    const result = outcome.failure ? `\`${outcome.result}\`, failed: ${outcome.failure}` : `\`${outcome.result}\``
    await this.writeSummary(result, outcome.tables ?? [], outcome.section)
  }

  async fail(message: string): Promise<void> {
    await this.writeSummary(`failed: ${message}`, [])
  }

  private async writeSummary(result: string, tables: SummaryTable[], section?: string): Promise<void> {
    const rows: [string, string][] = [
      ['Operation', code(this.operation)],
      ['Result', cell(result)]
    ]
    if (this.facts.tenantId) rows.push(['Tenant', code(this.facts.tenantId)])
    if (this.facts.name) rows.push(['Project', cell(this.facts.name)])
    if (this.facts.endpoint) rows.push(['Endpoint', cell(graphqlUrl(this.facts.endpoint))])
    if (this.facts.projectId) rows.push(['Console', cell(consoleUrl(this.facts.projectId))])
    if (this.hash) rows.push(['Env hash', code(this.hash)])
    for (const [label, value] of this.rows) rows.push([label, cell(value)])
    let markdown = `### Hasura Cloud: ${cell(this.operation)}\n\n| | |\n|---|---|\n`
    markdown += rows.map(([label, value]) => `| ${label} | ${value} |`).join('\n') + '\n'
    if (this.changes.length > 0) {
      markdown += `\n${this.planned ? 'Planned env changes (dry run, nothing written)' : 'Env changes'}:\n\n`
      markdown += table(
        ['Key', 'Change'],
        this.changes.map(({ key, change }) => [code(key), change])
      )
    }
    for (const extra of tables) markdown += `\n${cell(extra.title)}:\n\n${table(extra.header, extra.rows)}`
    if (section) markdown += `\n${section}`
    try {
      await core.summary.addRaw(markdown).write()
    } catch (error) {
      core.warning(`Could not write the step summary: ${(error as Error).message}`)
    }
  }
}
