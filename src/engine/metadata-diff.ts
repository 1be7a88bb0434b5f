import type { Migration } from '../project/types.js'
import { isMapping, mappings } from '../core/json.js'
import { canonicalJson, normalizeMetadata, type DepthCut } from './metadata-compare.js'
import { MigrationRecords } from './migration-records.js'

/**
 * What a pull request's Hasura project changes against a reference project (staging, say), in a reviewer's terms:
 * tables, relationships, permissions, roles, actions, triggers, remote schemas, and the migrations the reference has
 * not applied. Both metadata documents are evened out first as for sameMetadata (defaults, table names, key order),
 * so only changes of meaning show.
 *
 * **Widening.** A change `widens` when a role can read or write something it could not before, and only then:
 * a permission that is new (on a new table, action, function or remote schema too), and a new remote schema without
 * any (every role may query it while remote schema permissions are off); columns, computed fields or root
 * fields gained; a row filter or check that is removed or became empty (every row); a column preset removed (the role
 * now chooses that value); aggregations allowed; a row limit removed or raised; a permission no longer backend-only;
 * a new inherited role, or a role added to one. A non-empty filter or check that changed into another non-empty one
 * may widen or narrow: it is `review`, as are changed column presets, a remote schema permission's changed schema and
 * permission settings this module does not interpret. Everything else (a relationship, a trigger, a handler, a removed
 * permission, a tracked table without permissions) is listed without either mark.
 */

export type PermissionOperation = 'select' | 'insert' | 'update' | 'delete'

/** What changed, with the names that say which one (a table is `schema.name`, a source its metadata name). */
export type ChangedObject =
  | { kind: 'source'; source: string }
  | { kind: 'table'; source: string; table: string }
  | { kind: 'relationship'; source: string; table: string; relationship: 'object' | 'array' | 'remote'; name: string }
  | { kind: 'permission'; source: string; table: string; role: string; operation: PermissionOperation }
  | { kind: 'event trigger'; source: string; table: string; name: string }
  | { kind: 'function'; source: string; function: string }
  | { kind: 'function permission'; source: string; function: string; role: string }
  | { kind: 'role'; role: string }
  | { kind: 'inherited role'; role: string }
  | { kind: 'action'; name: string }
  | { kind: 'action permission'; action: string; role: string }
  | { kind: 'remote schema'; name: string }
  | { kind: 'remote schema permission'; remoteSchema: string; role: string }
  | { kind: 'cron trigger'; name: string }
  /** A part of the metadata this module does not go into (`allowlist`, `custom_types`, ...). */
  | { kind: 'metadata'; key: string }
  | { kind: 'migration'; source: string; version: string; name: string }

export type ChangeVerb = 'added' | 'removed' | 'changed' | 'tracked' | 'untracked' | 'not applied'

/** One thing about a change. Everything but `what` comes from the metadata: the renderer shows it as code. */
export interface ChangeDetail {
  /** In our words: `columns gained`, `row filter removed (every row)`, `handler`, ... */
  what: string
  /** The names it concerns: columns, roles, keys. */
  names?: string[]
  /** A text before and after, as written (a handler or webhook template is never resolved); undefined: none. */
  from?: string
  to?: string
  widens?: boolean
  review?: boolean
}

export interface ProjectChange {
  object: ChangedObject
  change: ChangeVerb
  details: ChangeDetail[]
  /** A role can read or write more than before (see the module's comment). */
  widens: boolean
  /** Access changed in a way that is not plainly wider or narrower: a reviewer should read it. */
  review: boolean
}

/** A project as it is compared: its metadata (export_metadata's shape) and its migrations. */
export interface ComparedProject {
  metadata: Record<string, unknown>
  migrations: readonly Pick<Migration, 'database' | 'version' | 'name'>[]
}

/** The reference: its exported metadata and the CLI's catalog state (the record of applied migrations). */
export interface ReferenceProject {
  metadata: Record<string, unknown>
  cliState: Record<string, unknown>
}

type Json = Record<string, unknown>

const OPERATIONS: readonly PermissionOperation[] = ['select', 'insert', 'update', 'delete']
const RELATIONSHIPS = ['object', 'array', 'remote'] as const
/** Top-level keys compared object by object; the others are compared whole (see `metadata`). */
const INTERPRETED = new Set(['version', 'sources', 'actions', 'remote_schemas', 'cron_triggers', 'inherited_roles'])
/** Top-level keys that govern who may do what: a change there is for review. */
const ACCESS_KEYS = new Set(['allowlist', 'api_limits', 'graphql_schema_introspection'])
/** Keys of a table entry compared object by object; a change of any other is "settings changed". */
const TABLE_PARTS = new Set([
  'table',
  'object_relationships',
  'array_relationships',
  'remote_relationships',
  'insert_permissions',
  'select_permissions',
  'update_permissions',
  'delete_permissions',
  'event_triggers'
])

/** Where a document was nested deeper than the comparison goes (MAX_COMPARED_DEPTH): compared only that far. */
export type DepthCutReport = (side: 'project' | 'reference', cut: DepthCut) => void

/**
 * The changes, in the order of the metadata: sources and their tables (by name), roles, actions, remote schemas, cron
 * triggers, the rest; then the migrations. `onDepthCut` hears of each document compared only down to the bound.
 */
export function diffProject(
  project: ComparedProject,
  reference: ReferenceProject,
  onDepthCut?: DepthCutReport
): ProjectChange[] {
  const after = normalized(project.metadata, (cut) => onDepthCut?.('project', cut))
  const before = normalized(reference.metadata, (cut) => onDepthCut?.('reference', cut))
  const changes: ProjectChange[] = []
  diffSources(before, after, changes)
  diffRoles(before, after, changes)
  diffInheritedRoles(before, after, changes)
  diffActions(before, after, changes)
  diffRemoteSchemas(before, after, changes)
  diffCronTriggers(before, after, changes)
  diffOtherMetadata(before, after, changes)
  const records = new MigrationRecords(reference.cliState)
  for (const migration of project.migrations) {
    if (records.has(migration.database, migration.version)) continue
    const { database: source, version, name } = migration
    changes.push(change({ kind: 'migration', source, version, name }, 'not applied'))
  }
  return changes
}

function change(object: ChangedObject, verb: ChangeVerb, details: ChangeDetail[] = [], widens = false): ProjectChange {
  return {
    object,
    change: verb,
    details,
    widens: widens || details.some((detail) => detail.widens),
    review: details.some((detail) => detail.review)
  }
}

function normalized(metadata: Record<string, unknown>, onCut: (cut: DepthCut) => void): Json {
  const { normalized: value, cut } = normalizeMetadata(metadata, 'review')
  if (cut.count > 0) onCut(cut)
  return isMapping(value) ? value : {}
}

// ---- sources, tables, functions ----

function diffSources(before: Json, after: Json, changes: ProjectChange[]): void {
  const pairs = pairBy(mappings(before.sources), mappings(after.sources), (source) => text(source.name))
  for (const [source, old, now] of pairs) {
    if (!old) changes.push(change({ kind: 'source', source }, 'added'))
    else if (!now) changes.push(change({ kind: 'source', source }, 'removed'))
    else {
      // A source's configuration holds its connection (a database URL may be written out): only which keys changed.
      const settings = changedKeys(old, now, (key) => key !== 'tables' && key !== 'functions')
      if (settings.length > 0) {
        changes.push(
          change({ kind: 'source', source }, 'changed', [
            { what: 'settings changed (values not shown):', names: settings }
          ])
        )
      }
    }
    for (const [table, oldTable, newTable] of pairBy(mappings(old?.tables), mappings(now?.tables), (t) =>
      qualifiedName(t.table)
    )) {
      diffTable(source, table, oldTable, newTable, changes)
    }
    for (const [name, oldFunction, newFunction] of pairBy(mappings(old?.functions), mappings(now?.functions), (f) =>
      qualifiedName(f.function)
    )) {
      diffFunction(source, name, oldFunction, newFunction, changes)
    }
  }
}

function diffTable(
  source: string,
  table: string,
  before: Json | undefined,
  after: Json | undefined,
  changes: ProjectChange[]
): void {
  const object: ChangedObject = { kind: 'table', source, table }
  if (!before || !after) {
    const entry = (before ?? after)!
    // A table tracked with permissions opens it to those roles; its permissions are the widening details.
    const details: ChangeDetail[] = after
      ? [
          ...permissionsOf(after).map(({ operation, role }) => ({
            what: `${operation} permission for role`,
            names: [role],
            widens: true
          })),
          ...named('relationships', relationshipsOf(after)),
          ...named(
            'event triggers',
            mappings(after.event_triggers).map((trigger) => text(trigger.name))
          )
        ]
      : named('permissions removed for roles', unique(permissionsOf(entry).map(({ role }) => role)))
    changes.push(change(object, after ? 'tracked' : 'untracked', details))
    return
  }
  for (const kind of RELATIONSHIPS) {
    const key = `${kind}_relationships`
    for (const [name, old, now] of pairBy(mappings(before[key]), mappings(after[key]), (r) => text(r.name))) {
      const relationship: ChangedObject = { kind: 'relationship', source, table, relationship: kind, name }
      if (!old) changes.push(change(relationship, 'added'))
      else if (!now) changes.push(change(relationship, 'removed'))
      else if (!same(old, now)) changes.push(change(relationship, 'changed', [{ what: 'definition changed' }]))
    }
  }
  for (const operation of OPERATIONS) {
    const key = `${operation}_permissions`
    for (const [role, old, now] of pairBy(mappings(before[key]), mappings(after[key]), (p) => text(p.role))) {
      const permission: ChangedObject = { kind: 'permission', source, table, role, operation }
      const oldRule = isMapping(old?.permission) ? old.permission : {}
      const newRule = isMapping(now?.permission) ? now.permission : {}
      if (!old) changes.push(change(permission, 'added', grantDetails(operation, newRule), true))
      else if (!now) changes.push(change(permission, 'removed'))
      else {
        const details = permissionDetails(operation, oldRule, newRule)
        if (details.length > 0) changes.push(change(permission, 'changed', details))
      }
    }
  }
  for (const [name, old, now] of pairBy(mappings(before.event_triggers), mappings(after.event_triggers), (t) =>
    text(t.name)
  )) {
    const trigger: ChangedObject = { kind: 'event trigger', source, table, name }
    if (!old) changes.push(change(trigger, 'added', eventTriggerDetails({}, now!)))
    else if (!now) changes.push(change(trigger, 'removed'))
    else {
      const details = eventTriggerDetails(old, now)
      if (details.length > 0) changes.push(change(trigger, 'changed', details))
    }
  }
  const settings = changedKeys(before, after, (key) => !TABLE_PARTS.has(key))
  if (settings.length > 0) changes.push(change(object, 'changed', [{ what: 'settings changed:', names: settings }]))
}

function diffFunction(
  source: string,
  name: string,
  before: Json | undefined,
  after: Json | undefined,
  changes: ProjectChange[]
): void {
  const object: ChangedObject = { kind: 'function', source, function: name }
  if (!before) {
    changes.push(change(object, 'tracked', permissionGrants(after!)))
    return
  }
  if (!after) {
    changes.push(change(object, 'untracked'))
    return
  }
  diffRolePermissions(before, after, changes, (role) => ({ kind: 'function permission', source, function: name, role }))
  const settings = changedKeys(before, after, (key) => key !== 'function' && key !== 'permissions')
  if (settings.length > 0) changes.push(change(object, 'changed', [{ what: 'settings changed:', names: settings }]))
}

/** Every permission of a table entry: operation and role. */
function permissionsOf(table: Json): { operation: PermissionOperation; role: string }[] {
  return OPERATIONS.flatMap((operation) =>
    mappings(table[`${operation}_permissions`]).map((permission) => ({ operation, role: text(permission.role) }))
  )
}

function relationshipsOf(table: Json): string[] {
  return RELATIONSHIPS.flatMap((kind) => mappings(table[`${kind}_relationships`]).map((r) => text(r.name)))
}

// ---- permissions ----

/** What a new permission grants: its columns, and that it has no row filter or check when it has none. */
function grantDetails(operation: PermissionOperation, rule: Json): ChangeDetail[] {
  const details: ChangeDetail[] = []
  if (operation !== 'delete') {
    const columns = texts(rule.columns)
    details.push(
      rule.columns === '*' || (rule.columns === undefined && operation === 'insert')
        ? { what: 'all columns' }
        : columns.length > 0
          ? { what: 'columns', names: columns }
          : { what: 'no columns' }
    )
  }
  for (const condition of conditionsOf(operation)) {
    if (rule[condition.key] === undefined) details.push({ what: `${condition.label}: none (every row)` })
  }
  return details
}

interface Condition {
  key: 'filter' | 'check'
  label: string
}

/** The boolean expressions of a permission: which rows it may read, change or delete, and what rows it may write. */
function conditionsOf(operation: PermissionOperation): Condition[] {
  switch (operation) {
    case 'select':
    case 'delete':
      return [{ key: 'filter', label: 'row filter' }]
    case 'insert':
      return [{ key: 'check', label: 'check' }]
    case 'update':
      return [
        { key: 'filter', label: 'row filter' },
        { key: 'check', label: 'check after update' }
      ]
  }
}

/** The keys of a permission this module interprets; a change of another is for review. */
const PERMISSION_KEYS = new Set([
  'columns',
  'computed_fields',
  'filter',
  'check',
  'set',
  'allow_aggregations',
  'limit',
  'backend_only',
  'query_root_fields',
  'subscription_root_fields'
])

/**
 * How a permission changed (normalised: an empty filter or check is left out, as if absent; an empty list of columns
 * or root fields is kept, see metadata-compare.ts).
 */
function permissionDetails(operation: PermissionOperation, before: Json, after: Json): ChangeDetail[] {
  const details: ChangeDetail[] = []
  // An insert permission without `columns` allows every column (buildInsPermInfo); the others must list them.
  const columnsAbsent = operation === 'insert' ? 'absent: all' : 'absent: none'
  if (operation !== 'delete') details.push(...listDetails('columns', before.columns, after.columns, columnsAbsent))
  details.push(...listDetails('computed fields', before.computed_fields, after.computed_fields, 'absent: none'))
  for (const { key, label } of conditionsOf(operation)) {
    const old = before[key]
    const now = after[key]
    if (same(old, now)) continue
    if (now === undefined) details.push({ what: `${label} removed (every row)`, widens: true })
    else if (old === undefined) details.push({ what: `${label} added` })
    else details.push({ what: `${label} changed`, review: true })
  }
  const oldSet = isMapping(before.set) ? before.set : {}
  const newSet = isMapping(after.set) ? after.set : {}
  const presets = pairBy(
    Object.keys(oldSet).map((column) => ({ column })),
    Object.keys(newSet).map((column) => ({ column })),
    (entry) => text(entry.column)
  )
  const removed = presets.filter(([, , now]) => !now).map(([column]) => column)
  const added = presets.filter(([, old]) => !old).map(([column]) => column)
  const changed = presets.filter(([column, old, now]) => old && now && !same(oldSet[column], newSet[column]))
  // Without its preset, the role may choose the column's value (when it may write the column).
  if (removed.length > 0) details.push({ what: 'column presets removed', names: removed, widens: true })
  if (added.length > 0) details.push({ what: 'column presets added', names: added })
  if (changed.length > 0) details.push({ what: 'column presets changed', names: changed.map(([c]) => c), review: true })
  if (before.allow_aggregations !== after.allow_aggregations) {
    details.push(
      after.allow_aggregations === true
        ? { what: 'aggregations allowed', widens: true }
        : { what: 'aggregations no longer allowed' }
    )
  }
  details.push(...limitDetails(before.limit, after.limit))
  if (before.backend_only !== after.backend_only) {
    details.push(
      after.backend_only === true
        ? { what: 'now backend only' }
        : { what: 'no longer backend only (any client)', widens: true }
    )
  }
  details.push(...listDetails('query root fields', before.query_root_fields, after.query_root_fields, 'absent: all'))
  details.push(
    ...listDetails(
      'subscription root fields',
      before.subscription_root_fields,
      after.subscription_root_fields,
      'absent: all'
    )
  )
  const other = changedKeys(before, after, (key) => !PERMISSION_KEYS.has(key))
  if (other.length > 0) details.push({ what: 'other settings changed:', names: other, review: true })
  return details
}

/**
 * A list of names a role is granted (columns, computed fields, root fields): what it gained widens. `*` is every
 * column; a list that is absent means none (computed fields, columns of select and update) or all (root fields and
 * an insert's columns: no restriction); an empty list means none.
 */
function listDetails(
  label: string,
  before: unknown,
  after: unknown,
  absent: 'absent: none' | 'absent: all'
): ChangeDetail[] {
  const all = (value: unknown): boolean => value === '*' || (value === undefined && absent === 'absent: all')
  if (same(before, after) || (all(before) && all(after))) return []
  if (all(after)) return [{ what: `${label}: now all`, widens: true }]
  const now = texts(after)
  if (all(before)) {
    return [
      now.length > 0 ? { what: `${label}: no longer all, only`, names: now } : { what: `${label}: none now (was all)` }
    ]
  }
  const old = texts(before)
  const gained = now.filter((name) => !old.includes(name))
  const lost = old.filter((name) => !now.includes(name))
  return [
    ...(gained.length > 0 ? [{ what: `${label} gained`, names: gained, widens: true }] : []),
    ...(lost.length > 0 ? [{ what: `${label} lost`, names: lost }] : [])
  ]
}

function limitDetails(before: unknown, after: unknown): ChangeDetail[] {
  if (same(before, after)) return []
  if (typeof before === 'number' && after === undefined)
    return [{ what: `row limit removed (was ${before})`, widens: true }]
  if (before === undefined && typeof after === 'number') return [{ what: `row limit set to ${after}` }]
  if (typeof before === 'number' && typeof after === 'number') {
    return after > before
      ? [{ what: `row limit raised from ${before} to ${after}`, widens: true }]
      : [{ what: `row limit lowered from ${before} to ${after}` }]
  }
  return [{ what: 'row limit changed', review: true }]
}

/**
 * Permissions that are only a role (actions, functions): one change each, a new one widening. `object` names the
 * permission of a role.
 */
function diffRolePermissions(
  before: Json,
  after: Json,
  changes: ProjectChange[],
  object: (role: string) => ChangedObject
): void {
  for (const [role, old, now] of pairBy(mappings(before.permissions), mappings(after.permissions), (p) =>
    text(p.role)
  )) {
    if (!old) changes.push(change(object(role), 'added', [], true))
    else if (!now) changes.push(change(object(role), 'removed'))
    else if (!same(old, now))
      changes.push(change(object(role), 'changed', [{ what: 'definition changed', review: true }]))
  }
}

/** The permissions of something new (an action, a function, a remote schema): each role it opens to, widening. */
function permissionGrants(entry: Json): ChangeDetail[] {
  const roles = mappings(entry.permissions).map((permission) => text(permission.role))
  return roles.map((role) => ({ what: 'permission for role', names: [role], widens: true }))
}

// ---- roles ----

/** Roles that appear in, or disappear from, the metadata as a whole: permissions of any kind and inherited roles. */
function diffRoles(before: Json, after: Json, changes: ProjectChange[]): void {
  const old = rolesOf(before)
  const now = rolesOf(after)
  for (const role of now) if (!old.has(role)) changes.push(change({ kind: 'role', role }, 'added'))
  for (const role of old) if (!now.has(role)) changes.push(change({ kind: 'role', role }, 'removed'))
}

function rolesOf(metadata: Json): Set<string> {
  const roles = new Set<string>()
  for (const source of mappings(metadata.sources)) {
    for (const table of mappings(source.tables)) for (const { role } of permissionsOf(table)) roles.add(role)
    for (const fn of mappings(source.functions)) for (const p of mappings(fn.permissions)) roles.add(text(p.role))
  }
  for (const action of mappings(metadata.actions)) for (const p of mappings(action.permissions)) roles.add(text(p.role))
  for (const schema of mappings(metadata.remote_schemas))
    for (const p of mappings(schema.permissions)) roles.add(text(p.role))
  for (const inherited of mappings(metadata.inherited_roles)) {
    roles.add(text(inherited.role_name))
    for (const role of texts(inherited.role_set)) roles.add(role)
  }
  return roles
}

function diffInheritedRoles(before: Json, after: Json, changes: ProjectChange[]): void {
  const pairs = pairBy(mappings(before.inherited_roles), mappings(after.inherited_roles), (r) => text(r.role_name))
  for (const [role, old, now] of pairs) {
    const object: ChangedObject = { kind: 'inherited role', role }
    // An inherited role has every permission of the roles in it.
    if (!old) changes.push(change(object, 'added', [{ what: 'made of', names: texts(now!.role_set) }], true))
    else if (!now) changes.push(change(object, 'removed'))
    else {
      const oldSet = texts(old.role_set)
      const newSet = texts(now.role_set)
      const gained = newSet.filter((r) => !oldSet.includes(r))
      const lost = oldSet.filter((r) => !newSet.includes(r))
      const details: ChangeDetail[] = [
        ...(gained.length > 0 ? [{ what: 'roles added to it', names: gained, widens: true }] : []),
        ...(lost.length > 0 ? [{ what: 'roles taken out of it', names: lost }] : [])
      ]
      if (details.length > 0) changes.push(change(object, 'changed', details))
    }
  }
}

// ---- actions, remote schemas, triggers ----

function diffActions(before: Json, after: Json, changes: ProjectChange[]): void {
  for (const [name, old, now] of pairBy(mappings(before.actions), mappings(after.actions), (a) => text(a.name))) {
    const object: ChangedObject = { kind: 'action', name }
    if (!old) {
      const definition = isMapping(now!.definition) ? now!.definition : {}
      const details = [...textDetails('handler', undefined, definition.handler), ...permissionGrants(now!)]
      changes.push(change(object, 'added', details))
      continue
    }
    if (!now) {
      changes.push(change(object, 'removed'))
      continue
    }
    diffRolePermissions(old, now, changes, (role) => ({ kind: 'action permission', action: name, role }))
    const details = definitionDetails(
      isMapping(old.definition) ? old.definition : {},
      isMapping(now.definition) ? now.definition : {},
      {
        texts: ['handler', 'kind', 'type', 'timeout', 'forward_client_headers'],
        summaries: {
          arguments: 'arguments changed',
          output_type: 'output type changed',
          headers: 'headers changed',
          request_transform: 'request transform changed',
          response_transform: 'response transform changed'
        }
      }
    )
    details.push(...otherKeys(old, now, ['name', 'definition', 'permissions']))
    if (details.length > 0) changes.push(change(object, 'changed', details))
  }
}

function diffRemoteSchemas(before: Json, after: Json, changes: ProjectChange[]): void {
  for (const [name, old, now] of pairBy(mappings(before.remote_schemas), mappings(after.remote_schemas), (s) =>
    text(s.name)
  )) {
    const object: ChangedObject = { kind: 'remote schema', name }
    if (!old || !now) {
      const definition = isMapping(now?.definition) ? now.definition : {}
      // Unless the engine runs with remote schema permissions (off by default), every role may query every remote
      // schema (https://hasura.io/docs/latest/remote-schemas/auth/remote-schema-permissions/).
      const open: ChangeDetail = {
        what: 'no permissions: every role may query it, unless remote schema permissions are on'
      }
      const grants = now ? permissionGrants(now) : []
      const details = now
        ? [
            ...textDetails('URL', undefined, definition.url),
            ...textDetails('URL from env var', undefined, definition.url_from_env),
            ...(grants.length > 0 ? grants : [{ ...open, widens: true }])
          ]
        : []
      changes.push(change(object, now ? 'added' : 'removed', details))
      continue
    }
    for (const [role, oldPermission, newPermission] of pairBy(
      mappings(old.permissions),
      mappings(now.permissions),
      (p) => text(p.role)
    )) {
      const permission: ChangedObject = { kind: 'remote schema permission', remoteSchema: name, role }
      if (!oldPermission) changes.push(change(permission, 'added', [], true))
      else if (!newPermission) changes.push(change(permission, 'removed'))
      else if (!same(oldPermission, newPermission)) {
        // The role's schema is an SDL subset of the remote schema: a changed one may show more or fewer fields.
        changes.push(change(permission, 'changed', [{ what: 'schema changed', review: true }]))
      }
    }
    const details = definitionDetails(
      isMapping(old.definition) ? old.definition : {},
      isMapping(now.definition) ? now.definition : {},
      {
        texts: ['url', 'url_from_env', 'timeout_seconds', 'forward_client_headers'],
        labels: { url: 'URL', url_from_env: 'URL from env var' },
        summaries: { headers: 'headers changed', customization: 'customization changed' }
      }
    )
    if (!same(old.remote_relationships, now.remote_relationships)) details.push({ what: 'relationships changed' })
    details.push(...otherKeys(old, now, ['name', 'definition', 'permissions', 'remote_relationships']))
    if (details.length > 0) changes.push(change(object, 'changed', details))
  }
}

function eventTriggerDetails(before: Json, after: Json): ChangeDetail[] {
  const details = [
    ...textDetails('webhook', before.webhook, after.webhook),
    ...textDetails('webhook from env var', before.webhook_from_env, after.webhook_from_env)
  ]
  if (!same(before.definition, after.definition)) {
    const oldOps = operationsOf(before.definition)
    const newOps = operationsOf(after.definition)
    if (oldOps !== newOps) details.push({ what: 'fires on', from: oldOps || undefined, to: newOps })
    else details.push({ what: 'columns that fire it changed' })
  }
  // A new trigger's settings are its own; for a changed one, what changed.
  if (Object.keys(before).length > 0) {
    if (!same(before.headers, after.headers)) details.push({ what: 'headers changed' })
    if (!same(before.retry_conf, after.retry_conf)) details.push({ what: 'retry settings changed' })
    const transforms = ['request_transform', 'response_transform'].filter((key) => !same(before[key], after[key]))
    if (transforms.length > 0) details.push({ what: 'transform changed' })
    details.push(
      ...otherKeys(before, after, [
        'name',
        'definition',
        'webhook',
        'webhook_from_env',
        'headers',
        'retry_conf',
        'request_transform',
        'response_transform'
      ])
    )
  }
  return details
}

/** The operations that fire an event trigger: `insert, update, delete, manual`. */
function operationsOf(definition: unknown): string {
  if (!isMapping(definition)) return ''
  const operations = ['insert', 'update', 'delete'].filter((operation) => definition[operation] !== undefined)
  if (definition.enable_manual === true) operations.push('manual')
  return operations.join(', ')
}

function diffCronTriggers(before: Json, after: Json, changes: ProjectChange[]): void {
  for (const [name, old, now] of pairBy(mappings(before.cron_triggers), mappings(after.cron_triggers), (t) =>
    text(t.name)
  )) {
    const object: ChangedObject = { kind: 'cron trigger', name }
    if (!old || !now) {
      const details = now
        ? [...textDetails('webhook', undefined, now.webhook), ...textDetails('schedule', undefined, now.schedule)]
        : []
      changes.push(change(object, now ? 'added' : 'removed', details))
      continue
    }
    const details = definitionDetails(old, now, {
      texts: ['webhook', 'schedule'],
      summaries: {
        payload: 'payload changed',
        headers: 'headers changed',
        retry_conf: 'retry settings changed',
        request_transform: 'request transform changed',
        response_transform: 'response transform changed'
      }
    })
    details.push(
      ...otherKeys(old, now, [
        'name',
        'webhook',
        'schedule',
        'payload',
        'headers',
        'retry_conf',
        'request_transform',
        'response_transform'
      ])
    )
    if (details.length > 0) changes.push(change(object, 'changed', details))
  }
}

/** The top-level parts not compared object by object (`allowlist`, `custom_types`, `rest_endpoints`, ...), whole. */
function diffOtherMetadata(before: Json, after: Json, changes: ProjectChange[]): void {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !INTERPRETED.has(key))
  for (const key of keys.sort()) {
    if (same(before[key], after[key])) continue
    const verb = before[key] === undefined ? 'added' : after[key] === undefined ? 'removed' : 'changed'
    changes.push(
      change({ kind: 'metadata', key }, verb, ACCESS_KEYS.has(key) ? [{ what: 'governs access', review: true }] : [])
    )
  }
}

// ---- details ----

interface DefinitionParts {
  /** Keys shown as written before and after (templates such as `{{ACTION_BASE_URL}}/x` never resolved). */
  texts: string[]
  labels?: Record<string, string>
  /** Keys whose content is not shown (headers carry values, payloads may), only that it changed. */
  summaries: Record<string, string>
}

function definitionDetails(before: Json, after: Json, parts: DefinitionParts): ChangeDetail[] {
  const details: ChangeDetail[] = []
  for (const key of parts.texts) details.push(...textDetails(parts.labels?.[key] ?? key, before[key], after[key]))
  for (const [key, what] of Object.entries(parts.summaries)) if (!same(before[key], after[key])) details.push({ what })
  const other = changedKeys(before, after, (key) => !parts.texts.includes(key) && !(key in parts.summaries))
  if (other.length > 0) details.push({ what: 'other settings changed:', names: other })
  return details
}

/** A setting shown as written: before and after when it changed; an object (`{from_env}`) by its JSON. */
function textDetails(what: string, before: unknown, after: unknown): ChangeDetail[] {
  if (same(before, after)) return []
  return [{ what, from: shown(before), to: shown(after) }]
}

/** A setting's text; a URL's user and password, should one be written in the metadata, are left out. */
function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined
  return (typeof value === 'string' ? value : canonicalJson(value)).replace(/\/\/[^/?#@\s]*@/g, '//***@')
}

/** Keys of the entry itself (a comment, ...) that changed, outside the ones compared part by part. */
function otherKeys(before: Json, after: Json, compared: string[]): ChangeDetail[] {
  const other = changedKeys(before, after, (key) => !compared.includes(key))
  return other.length > 0 ? [{ what: 'other settings changed:', names: other }] : []
}

function changedKeys(before: Json, after: Json, include: (key: string) => boolean): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return keys.filter((key) => include(key) && !same(before[key], after[key])).sort()
}

function named(what: string, names: string[]): ChangeDetail[] {
  return names.length > 0 ? [{ what, names }] : []
}

// ---- helpers ----

/** Items of both lists matched by name, in the order of the new list, then the removed ones: [name, before, after]. */
function pairBy(
  before: Json[],
  after: Json[],
  nameOf: (item: Json) => string
): [string, Json | undefined, Json | undefined][] {
  const old = new Map(before.map((item) => [nameOf(item), item]))
  const now = new Map(after.map((item) => [nameOf(item), item]))
  return [
    ...[...now].map(([name, item]): [string, Json | undefined, Json | undefined] => [name, old.get(name), item]),
    ...[...old]
      .filter(([name]) => !now.has(name))
      .map(([name, item]): [string, Json | undefined, Json | undefined] => [name, item, undefined])
  ]
}

/** `schema.name` of a table or function (`dataset.name` on BigQuery, ...); its JSON when it has no name. */
function qualifiedName(value: unknown): string {
  if (typeof value === 'string') return value
  if (!isMapping(value) || typeof value.name !== 'string') return canonicalJson(value)
  const qualifier = value.schema ?? value.dataset ?? value.database
  return typeof qualifier === 'string' ? `${qualifier}.${value.name}` : value.name
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : canonicalJson(value)
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text) : []
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
