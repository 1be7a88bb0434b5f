/** A JSON object or YAML mapping (not a list, not null): what metadata, answers and files are walked by. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
