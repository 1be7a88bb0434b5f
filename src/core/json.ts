/** A JSON object or YAML mapping (not a list, not null): what metadata, answers and files are walked by. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The mappings of a list (`sources`, `tables`, `permissions`...): none when it is not a list. */
export function mappings(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isMapping) : []
}
