import { CONTROL_CHARACTERS } from './log.js'

/** Text from the API or GitHub inside Markdown (a table cell, a comment): no pipes, no line breaks, no HTML. */
export function cell(value: string): string {
  return value
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(/\t/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
}

/** Text as inline code in a Markdown table. */
export function code(value: string): string {
  return `\`${cell(value).replace(/`/g, "'")}\``
}

/** A Markdown table; cells are Markdown already (made with cell() or code()), header cells are plain text. */
export function table(header: string[], rows: string[][]): string {
  const lines = [`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`]
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`)
  return lines.join('\n') + '\n'
}
