import {
  buildClientSchema,
  findBreakingChanges,
  findDangerousChanges,
  isInputObjectType,
  validate,
  type BreakingChange,
  type DangerousChange,
  type GraphQLSchema,
  type IntrospectionQuery
} from 'graphql'
import type { ClientOperation } from './operations.js'

/**
 * A change of a role's schema, as graphql-js classifies it, in a reader's terms: `field` `article.rating` `removed`;
 * `field` `article.id` `changed type` from `Int!` to `String!`; `value` `rating` `removed from enum`
 * `article_select_column`. Names are kept apart from the words, so each can be shown as code.
 */
export interface SchemaChange {
  /** graphql-js's type (`FIELD_REMOVED`, `VALUE_ADDED_TO_ENUM`, ...). */
  type: string
  /** `field`, `input field`, `query`, `mutation`, `subscription`, `type`, `value`; empty for graphql-js's own words. */
  subject: string
  name: string
  /** What happened to it (graphql-js's description when the change is of another kind). */
  change: string
  /** The enum a value left or joined. */
  of?: string
  from?: string
  to?: string
}

/** A change as plain text (the log). */
export function changeText(change: SchemaChange): string {
  const parts = [change.subject, change.name, change.change, change.of].filter(Boolean).join(' ')
  return change.from !== undefined ? `${parts}: ${change.from} → ${change.to}` : parts
}

/** An operation that validated against the role's reference schema and does not against the preview's. */
export interface BrokenOperation {
  operation: ClientOperation
  /** graphql-js's first validation error against the preview's schema. */
  message: string
}

/** What the pull request does to one role's clients. */
export interface RoleVerdict {
  role: string
  breaking: SchemaChange[]
  dangerous: SchemaChange[]
  operations: BrokenOperation[]
  /** The preview grants the role nothing any more: it loses everything it had. */
  revoked: boolean
}

/** Breaking changes of a verdict: its schema's, plus each operation that stops validating (once per role). */
export function breakingCount(verdict: RoleVerdict): number {
  return verdict.breaking.length + verdict.operations.length
}

/**
 * Compare a role's schema on the reference with the preview's (both as introspected) and validate the operations
 * against both: graphql-js's findBreakingChanges and findDangerousChanges, and validate().
 */
export function compareRole(
  role: string,
  reference: IntrospectionQuery,
  preview: IntrospectionQuery,
  operations: readonly ClientOperation[],
  revoked = false
): RoleVerdict {
  const before = buildClientSchema(reference)
  const after = buildClientSchema(preview)
  const broken: BrokenOperation[] = []
  for (const operation of operations) {
    if (validate(before, operation.document).length > 0) continue
    const errors = validate(after, operation.document)
    if (errors.length > 0) broken.push({ operation, message: errors[0]!.message })
  }
  return {
    role,
    breaking: ordered(findBreakingChanges(before, after), before).map((change) => describe(change, before)),
    dangerous: findDangerousChanges(before, after).map((change) => describe(change, before)),
    operations: broken,
    revoked
  }
}

const ROOTS: Record<string, string> = {
  query_root: 'query',
  mutation_root: 'mutation',
  subscription_root: 'subscription'
}

/** Root fields first (what clients call), then output types' fields and types, then inputs and enum values. */
function ordered(changes: BreakingChange[], schema: GraphQLSchema): BreakingChange[] {
  const rank = (change: BreakingChange): number => {
    const type = /^(\w+)\./.exec(change.description)?.[1]
    if (type && type in ROOTS) return 0
    if (type) return isInputObjectType(schema.getType(type)) ? 2 : 1
    return change.type === 'TYPE_REMOVED' || change.type === 'TYPE_CHANGED_KIND' ? 1 : 2
  }
  return [...changes].sort((a, b) => rank(a) - rank(b))
}

/** graphql-js's description (`article.rating was removed.`) in a reviewer's words, the names kept exact. */
function describe(change: BreakingChange | DangerousChange, schema: GraphQLSchema): SchemaChange {
  const text = change.description.replace(/\.$/, '')
  const type = change.type
  const field = (name: string): Pick<SchemaChange, 'subject' | 'name'> => {
    const [owner, rest] = [name.slice(0, name.indexOf('.')), name.slice(name.indexOf('.') + 1)]
    if (owner in ROOTS) return { subject: ROOTS[owner]!, name: rest }
    return { subject: isInputObjectType(schema.getType(owner)) ? 'input field' : 'field', name }
  }
  let match: RegExpExecArray | null
  if (type === 'FIELD_REMOVED' && (match = /^(\S+) was removed$/.exec(text))) {
    return { type, ...field(match[1]!), change: 'removed' }
  }
  if (type === 'FIELD_CHANGED_KIND' && (match = /^(\S+) changed type from (.+) to (.+)$/.exec(text))) {
    return { type, ...field(match[1]!), change: 'changed type', from: match[2], to: match[3] }
  }
  if (type === 'TYPE_REMOVED' && (match = /^(\S+) was removed$/.exec(text))) {
    return { type, subject: 'type', name: match[1]!, change: 'removed' }
  }
  if ((match = /^(\S+) was (removed from|added to) enum type (\S+)$/.exec(text))) {
    return { type, subject: 'value', name: match[1]!, change: `${match[2]} enum`, of: match[3] }
  }
  if ((match = /^An? (optional|required) field (\S+) on input type (\S+) was added$/.exec(text))) {
    return { type, subject: `${match[1]} input field`, name: `${match[3]}.${match[2]}`, change: 'added' }
  }
  if ((match = /^An? (optional|required) arg (\S+) on (\S+) was added$/.exec(text))) {
    return { type, subject: `${match[1]} argument`, name: `${match[3]}(${match[2]})`, change: 'added' }
  }
  if ((match = /^(\S+) arg (\S+) was removed$/.exec(text))) {
    return { type, subject: 'argument', name: `${match[1]}(${match[2]})`, change: 'removed' }
  }
  if ((match = /^(\S+) arg (\S+) has changed type from (.+) to (.+)$/.exec(text))) {
    return {
      type,
      subject: 'argument',
      name: `${match[1]}(${match[2]})`,
      change: 'changed type',
      from: match[3],
      to: match[4]
    }
  }
  return { type, subject: '', name: '', change: text }
}
