import { mappings } from '../core/json.js'

/** The admin role: every project has it, with the whole schema. */
export const ADMIN_ROLE = 'admin'

type Json = Record<string, unknown>

/**
 * The roles a metadata grants anything (export or project format alike): table permissions (select, insert, update,
 * delete), function, action and remote schema permissions, and inherited roles. The admin role is not among them.
 */
export function grantedRoles(metadata: Json): Set<string> {
  const roles = new Set<string>()
  const add = (entries: unknown, key = 'role'): void => {
    for (const entry of mappings(entries)) if (typeof entry[key] === 'string') roles.add(entry[key])
  }
  for (const source of mappings(metadata.sources)) {
    for (const table of mappings(source.tables)) {
      for (const kind of ['select', 'insert', 'update', 'delete']) add(table[`${kind}_permissions`])
    }
    for (const fn of mappings(source.functions)) add(fn.permissions)
  }
  for (const action of mappings(metadata.actions)) add(action.permissions)
  for (const remote of mappings(metadata.remote_schemas)) add(remote.permissions)
  add(metadata.inherited_roles, 'role_name')
  roles.delete(ADMIN_ROLE)
  return roles
}
