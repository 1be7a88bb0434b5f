/** A moment as people read it in a comment or a summary: `2026-12-04 20:15:30 UTC`. */
export function utcText(at: Date): string {
  return at
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC')
}
