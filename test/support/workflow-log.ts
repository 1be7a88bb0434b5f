/**
 * What a step printed, read as the runner reads it: `::add-mask::` registers a secret, `::error …::` and
 * `::warning …::` are annotations (at a file and line when the command says so), `::debug::` shows only in debug
 * logs, and every other line is a plain log line. Both tiers read their runs with it: the bundle's stdout (test/e2e)
 * and the in-process run's (test/integration/harness.ts), which prints through the same @actions/core.
 */
import type { Annotation } from '../../src/core/log.js'

export interface LogEntry {
  level: 'info' | 'warning' | 'error'
  message: string
  annotation?: Annotation
}

export interface StepLog {
  /** Every line a reader of the job log sees, in order. */
  entries: LogEntry[]
  /** Every value registered as a secret, in order. */
  masks: string[]
  /** For each of `masks`, how many log lines came before it. */
  maskedAfter: number[]
}

/** @actions/core's escapes (escapeData, and escapeProperty's `:` and `,`), undone. */
function unescape(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/** The command's properties (`file=a.yml,line=3,title=…`) as an annotation; undefined when it has none. */
function annotationOf(properties: string | undefined): Annotation | undefined {
  if (!properties) return undefined
  const found: Record<string, string> = {}
  for (const pair of properties.split(',')) {
    const at = pair.indexOf('=')
    if (at > 0) found[pair.slice(0, at)] = unescape(pair.slice(at + 1))
  }
  const annotation: Annotation = {}
  if (found.file !== undefined) annotation.file = found.file
  if (found.line !== undefined) annotation.line = Number(found.line)
  if (found.title !== undefined) annotation.title = found.title
  return annotation
}

const COMMAND = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/

export function readStepLog(stdout: string): StepLog {
  const log: StepLog = { entries: [], masks: [], maskedAfter: [] }
  const lines = stdout.split(/\r?\n/)
  if (lines.at(-1) === '') lines.pop()
  for (const line of lines) {
    const command = COMMAND.exec(line)
    if (!command) {
      log.entries.push({ level: 'info', message: line })
      continue
    }
    const [, name, properties, data] = command
    const message = unescape(data!)
    if (name === 'add-mask') {
      log.masks.push(message)
      log.maskedAfter.push(log.entries.length)
    } else if (name === 'error' || name === 'warning') {
      const annotation = annotationOf(properties)
      log.entries.push(annotation ? { level: name, message, annotation } : { level: name, message })
    }
  }
  return log
}

/** What every run of the action, in either tier, shows: its exit code, log, outputs and step summary. */
export interface StepRun {
  code: number | null
  stdout: string
  outputs: Record<string, string>
  summary: string
}

/** The messages a run logged at a level, one per entry. */
export function logged(run: Pick<StepRun, 'stdout'>, level: LogEntry['level']): string[] {
  return readStepLog(run.stdout)
    .entries.filter((entry) => entry.level === level)
    .map((entry) => entry.message)
}

export const warnings = (run: Pick<StepRun, 'stdout'>): string => logged(run, 'warning').join('\n')
export const errors = (run: Pick<StepRun, 'stdout'>): string => logged(run, 'error').join('\n')
export const infos = (run: Pick<StepRun, 'stdout'>): string => logged(run, 'info').join('\n')

/** Each message, in order, whatever its level: what the job log shows. */
export const logText = (run: Pick<StepRun, 'stdout'>): string =>
  readStepLog(run.stdout)
    .entries.map((entry) => entry.message)
    .join('\n')

/** The error annotations at a file and line, as `{ file, line, message }`. */
export function annotations(run: Pick<StepRun, 'stdout'>): { file: string; line: number; message: string }[] {
  return readStepLog(run.stdout)
    .entries.filter((entry) => entry.level === 'error' && entry.annotation?.file)
    .map((entry) => ({ file: entry.annotation!.file!, line: entry.annotation!.line ?? 1, message: entry.message }))
}

/** How many log lines came before `value` was first registered as a secret; -1 if it never was. */
export function maskedAfter(run: Pick<StepRun, 'stdout'>, value: string): number {
  const log = readStepLog(run.stdout)
  const at = log.masks.indexOf(value)
  return at === -1 ? -1 : log.maskedAfter[at]!
}

/** The summary's env table (`| `KEY` | change |` rows), as `{ KEY: 'added' | 'changed' | 'removed' }`. */
export function summaryChanges(run: Pick<StepRun, 'summary'>): Record<string, string> {
  const rows: Record<string, string> = {}
  for (const match of run.summary.matchAll(/^\| `([A-Za-z_][A-Za-z0-9_]*)` \| (added|changed|removed) \|$/gm)) {
    rows[match[1]!] = match[2]!
  }
  return rows
}
