/** `1 role`, `3 roles`: a count and its noun, for logs, messages and comments alike. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
