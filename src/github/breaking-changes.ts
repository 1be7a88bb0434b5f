import type { RoleVerdict, SchemaChange } from '../clients/breaking.js'
import { breakingCount } from '../clients/breaking.js'
import { cell, code } from '../core/markdown.js'
import { plural } from '../core/words.js'

/**
 * "Breaking for clients": the section the preview comment and the step summary show before "What this pull request
 * changes", made once. Roles with breaking changes first (the role that lost everything, then by count), each with the
 * operations it breaks (at their file and line) and then its schema's changes in a reviewer's terms; then dangerous
 * changes; then one all-clear line when nothing breaks. It shares GitHub's 65,536-character comment limit with that
 * section and the env keys, so it is bounded on its own: what does not fit is cut as a whole, counted in one last line.
 * Names come from schemas, metadata and the repository's files: each goes through code().
 */
const TITLE = '#### Breaking for clients'
const MAX_LISTED = 100
const MAX_SECTION_CHARACTERS = 14_000
/** Role names listed in a sentence before the rest are counted (a role name has no length limit either). */
const MAX_NAMED = 20
const MAX_ROLE_CHARACTERS = 100

/** Whether `fail-on-breaking` fails the step, and why not. */
export type BreakingGate = { kind: 'off' } | { kind: 'fails'; label: string } | { kind: 'approved'; label: string }

export interface BreakingReport {
  tenantId: string
  verdicts: readonly RoleVerdict[]
  /** Roles only the preview grants anything: new, never breaking. */
  newRoles: readonly string[]
  /** Operations validated per role: from `operations`, and from the allow list. */
  operations: { files: number; allowList: number }
  gate: BreakingGate
}

export function breakingChangesMarkdown(report: BreakingReport): string {
  const total = report.verdicts.reduce((sum, verdict) => sum + breakingCount(verdict), 0)
  const dangerous = report.verdicts.reduce((sum, verdict) => sum + verdict.dangerous.length, 0)
  const roles = names(report.verdicts.map((verdict) => verdict.role))
  const { files, allowList } = report.operations
  const operations =
    files + allowList === 0
      ? "no operations (give `operations` to validate your app's, or keep an allow list)"
      : `${plural(files + allowList, 'operation')} (${files} from \`operations\`, ${allowList} from the allow list) validated against both`
  const head = [
    TITLE,
    '',
    `Compared with tenant \`${report.tenantId}\`'s GraphQL API, per role (${roles}), and ${operations}.`,
    ''
  ]
  const breaking = [...report.verdicts]
    .filter((verdict) => breakingCount(verdict) > 0)
    .sort((a, b) => Number(b.revoked) - Number(a.revoked) || breakingCount(b) - breakingCount(a))
  if (total > 0) {
    const perRole =
      breaking
        .slice(0, MAX_NAMED)
        .map((verdict) => `${roleCode(verdict.role)} ${breakingCount(verdict)}`)
        .join(', ') + (breaking.length > MAX_NAMED ? ` and ${breaking.length - MAX_NAMED} more roles` : '')
    head.push(
      `**${plural(total, 'breaking change')}** (${perRole})${dangerous > 0 ? `, ${plural(dangerous, 'dangerous change')}` : ''}.`,
      '',
      ...gateLines(report.gate),
      ''
    )
  }
  const lines: string[] = []
  for (const verdict of breaking) {
    const role = roleCode(verdict.role)
    if (verdict.revoked) {
      lines.push(`- ${role}: the preview grants this role nothing any more: its clients lose everything it had`)
    }
    // The app's own operations first: what will fail in production; then the schema's changes, root fields first.
    for (const { operation, message } of verdict.operations) {
      lines.push(
        `- ${role}: operation ${code(operation.name)} at ${code(`${operation.at.file}:${operation.at.line}`)} no ` +
          `longer valid: ${code(message)}`
      )
    }
    for (const change of verdict.breaking) lines.push(`- ${role}: ${changeMarkdown(change)}`)
  }
  const dangerousLines = report.verdicts.flatMap((verdict) =>
    verdict.dangerous.map((change) => `- ${roleCode(verdict.role)}: ${changeMarkdown(change)}`)
  )
  const tail: string[] = []
  if (report.newRoles.length > 0) {
    tail.push(`New on the preview, so nothing of theirs can break: ${names(report.newRoles)}.`, '')
  }
  if (total === 0) {
    tail.push(
      `✅ Nothing breaks for clients: ${plural(report.verdicts.length, 'role')} compared` +
        (files + allowList > 0 ? `, every operation that was valid still is.` : '.'),
      ''
    )
  }
  const body = bounded(lines, dangerousLines, MAX_SECTION_CHARACTERS - head.join('\n').length - tail.join('\n').length)
  return [...head, ...body, ...(body.length > 0 ? [''] : []), ...tail].join('\n')
}

/** The section when the comparison could not be made: `reason` is the action's own words. */
export function breakingUncheckedMarkdown(tenantId: string, reason: string): string {
  return [
    TITLE,
    '',
    `What this pull request breaks for clients could not be checked against tenant \`${tenantId}\`: ${reason}. ` +
      'Nothing is known to break; the job log says more.',
    ''
  ].join('\n')
}

function gateLines(gate: BreakingGate): string[] {
  switch (gate.kind) {
    case 'off':
      return ['`fail-on-breaking` is off: the step does not fail.']
    case 'fails':
      return [
        `**This step fails** (\`fail-on-breaking\`). To accept these changes, add the label ${code(gate.label)} to ` +
          'the pull request and run the job again.'
      ]
    case 'approved':
      return [
        `Accepted: the pull request carries the label ${code(gate.label)}, so \`fail-on-breaking\` does not fail ` +
          'the step.'
      ]
  }
}

/** The breaking lines, then the dangerous ones under their heading, as many as fit; the rest counted in one line. */
function bounded(breaking: string[], dangerous: string[], budget: number): string[] {
  const shown: string[] = []
  let characters = 0
  let listed = 0
  // Room is kept for the line that counts what is left out.
  const fits = (line: string): boolean => listed < MAX_LISTED && characters + line.length + 200 <= budget
  const add = (line: string): void => {
    shown.push(line)
    characters += line.length + 1
  }
  let breakingShown = 0
  while (breakingShown < breaking.length && fits(breaking[breakingShown]!)) {
    add(breaking[breakingShown++]!)
    listed++
  }
  let dangerousShown = 0
  const heading = 'Dangerous changes (clients may behave differently):'
  if (breakingShown === breaking.length && dangerous.length > 0 && fits(heading)) {
    if (shown.length > 0) add('')
    add(heading)
    add('')
    while (dangerousShown < dangerous.length && fits(dangerous[dangerousShown]!)) {
      add(dangerous[dangerousShown++]!)
      listed++
    }
  }
  const left = { breaking: breaking.length - breakingShown, dangerous: dangerous.length - dangerousShown }
  if (left.breaking + left.dangerous > 0) {
    const parts = [
      ...(left.breaking > 0 ? [`${left.breaking} breaking`] : []),
      ...(left.dangerous > 0 ? [`${left.dangerous} dangerous`] : [])
    ]
    if (dangerousShown === 0 && shown.at(-1) === '') shown.splice(-3)
    shown.push(
      `- … and ${left.breaking + left.dangerous} more (${parts.join(', ')}) not listed, to keep this short: the job ` +
        'log lists them all'
    )
  }
  return shown
}

function changeMarkdown(change: SchemaChange): string {
  const words = [
    change.subject,
    change.name ? code(change.name) : '',
    cell(change.change),
    change.of ? code(change.of) : ''
  ].filter(Boolean)
  const text = words.join(' ')
  return change.from !== undefined ? `${text}: ${code(change.from)} → ${code(change.to ?? '')}` : text
}

/** Role names as code, the first MAX_NAMED of them, then how many more. */
function names(roles: readonly string[]): string {
  const shown = roles.slice(0, MAX_NAMED).map(roleCode).join(', ')
  return roles.length > MAX_NAMED ? `${shown} and ${roles.length - MAX_NAMED} more` : shown
}

/** A role's name as code, cut when it is long. */
function roleCode(role: string): string {
  return code(role.length > MAX_ROLE_CHARACTERS ? `${role.slice(0, MAX_ROLE_CHARACTERS)}…` : role)
}
