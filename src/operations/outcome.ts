import type { KeyChange } from '../env/plan.js'

export type ResultKind = 'created' | 'reused' | 'updated' | 'unchanged' | 'planned' | 'deleted' | 'not-found' | 'found'

/** A table for the step summary (check's fields, sweep's previews); cells are Markdown made with cell() or code(). */
export interface SummaryTable {
  title: string
  header: string[]
  rows: string[][]
}

/** What a finished operation did. */
export interface Outcome {
  result: ResultKind
  /** Did the step write env vars or create/delete a tenant (or, in a dry run, would it)? */
  changed: boolean
  /** The env keys written (or, in a dry run, planned). */
  changes?: KeyChange[]
  tables?: SummaryTable[]
  /** A Markdown section the summary shows after its tables (create's comparison with a reference tenant). */
  section?: string
  /** More outputs the operation sets at its end (sweep's counts). */
  outputs?: Record<string, string>
  /** The operation finished its report, but the step fails with this message (check's missing fields, sweep's failed deletions). */
  failure?: string
}

/** The tenant facts that become outputs, as the API gives them. */
export interface TenantFacts {
  tenantId?: string
  projectId?: string
  name?: string
  slug?: string
  /** The project's endpoint as the API answers it: its base URL, or the GraphQL URL. */
  endpoint?: string
}
