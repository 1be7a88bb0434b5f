/**
 * action.yml checked with GitHub's own parser (@actions/workflow-parser, what the Actions language
 * services use), and the README's tables and workflows checked against action.yml, so the docs and the
 * interface cannot drift apart.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { convertActionTemplate, parseAction, type ActionTemplate } from '@actions/workflow-parser/actions/index'
import type { TraceWriter } from '@actions/workflow-parser/templates/trace-writer'
import { parseWorkflow } from '@actions/workflow-parser/workflows/workflow-parser'
import { load } from 'js-yaml'
import { ROOT } from '../support/action-runner.js'

const ACTION_TEXT = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8')

interface ActionYaml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}
const ACTION = load(ACTION_TEXT) as ActionYaml

const quiet: TraceWriter = { error: () => undefined, info: () => undefined, verbose: () => undefined }

/** Parse and convert an action manifest as GitHub does; every error either step reports. */
function checkAction(content: string): { errors: string[]; template?: ActionTemplate } {
  const parsed = parseAction({ name: 'action.yml', content }, quiet)
  const template = parsed.value ? convertActionTemplate(parsed.context, parsed.value) : undefined
  return { errors: parsed.context.errors.getErrors().map((error) => error.message), template }
}

describe('action.yml', () => {
  it("passes GitHub's action parser with zero errors", () => {
    const { errors, template } = checkAction(ACTION_TEXT)
    expect(errors).toEqual([])
    expect(template?.runs).toMatchObject({ using: 'node24', main: 'dist/index.js' })
    expect(template?.inputs?.map((input) => input.id)).toEqual(Object.keys(ACTION.inputs))
    expect(template?.outputs?.map((output) => output.id)).toEqual(Object.keys(ACTION.outputs))
  })

  // The check above means something only if the parser does reject a broken manifest.
  it.each<[string, (text: string) => string, RegExp]>([
    ['an unknown runtime', (text) => text.replace('using: node24', 'using: node99'), /node99/],
    ['an unknown top-level key', (text) => text.replace('\noutputs:', '\noutput:'), /output/],
    ['a required flag that is not a boolean', (text) => text.replace('required: true', 'required: maybe'), /maybe/],
    ['a missing name', (text) => text.replace(/^name: .*\n/m, ''), /Required property is missing: name/],
    ['a node runtime without main', (text) => text.replace('  main: dist/index.js', ''), /main/],
    ['a branding color GitHub does not offer', (text) => text.replace('color: purple', 'color: teal'), /teal/],
    ['no runs section', (text) => text.slice(0, text.indexOf('\nruns:')), /runs/],
    ['text that is not YAML', (text) => text.replace('inputs:', 'inputs: [\n'), /./]
  ])('the parser reports %s', (_, breakIt, message) => {
    const broken = breakIt(ACTION_TEXT)
    expect(broken).not.toBe(ACTION_TEXT)
    const { errors } = checkAction(broken)
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.join('\n')).toMatch(message)
  })
})

/** The rows of the first markdown table whose header row starts with `firstHeader`, as trimmed cells. */
function markdownTable(markdown: string, firstHeader: string): string[][] {
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => cells(line)[0] === firstHeader)
  if (start < 0) throw new Error(`README.md has no table headed "${firstHeader}"`)
  const rows: string[][] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.trimStart().startsWith('|')) break
    rows.push(cells(line))
  }
  return rows
}

function cells(line: string): string[] {
  if (!line.trimStart().startsWith('|')) return []
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'))
}

/** `name` -> name; a cell that is not one code span is returned as is. */
function code(cell: string): string {
  const match = /^`([^`]*)`$/.exec(cell)
  return match ? match[1]! : cell
}

/** How the README's input table differs from action.yml: names, order, defaults, descriptions. */
function inputTableProblems(markdown: string): string[] {
  const rows = markdownTable(markdown, 'Input')
  const problems = listProblems('input', rows, Object.keys(ACTION.inputs))
  for (const [cell, defaultCell = '', description] of rows) {
    const name = code(cell!)
    const spec = ACTION.inputs[name]
    if (!spec) continue
    const expected = spec.required ? '(required)' : (spec.default ?? '')
    const documented = spec.required ? defaultCell : code(defaultCell)
    if (documented !== expected)
      problems.push(`input ${name}: README default "${documented}", action.yml "${expected}"`)
    if (!description) problems.push(`input ${name}: no description`)
  }
  return problems
}

function outputTableProblems(markdown: string): string[] {
  const rows = markdownTable(markdown, 'Output')
  const problems = listProblems('output', rows, Object.keys(ACTION.outputs))
  for (const [cell, description] of rows) if (!description) problems.push(`output ${code(cell!)}: no description`)
  return problems
}

/** Missing, extra and out-of-order names. */
function listProblems(kind: string, rows: string[][], declared: string[]): string[] {
  const listed = rows.map((row) => code(row[0]!))
  const problems = [
    ...declared.filter((name) => !listed.includes(name)).map((name) => `${kind} ${name} is not in the README`),
    ...listed.filter((name) => !declared.includes(name)).map((name) => `${kind} ${name} is not in action.yml`)
  ]
  if (problems.length === 0 && listed.join() !== declared.join()) problems.push(`${kind}s are not in action.yml order`)
  return problems
}

describe('README.md agrees with action.yml', () => {
  it('lists every input, in order, with its default (or "(required)") and a description', () => {
    expect(inputTableProblems(README)).toEqual([])
  })

  it('lists every output, in order, with a description', () => {
    expect(outputTableProblems(README)).toEqual([])
  })

  // The checks above mean something only if they do catch a README that drifted.
  const row = (name: string) => new RegExp(`^\\| \`${name}\` +\\|.*\\n`, 'm')
  it.each<[string, (markdown: string) => string, (markdown: string) => string[], RegExp]>([
    [
      'a missing input',
      (md) => md.replace(row('comment'), ''),
      inputTableProblems,
      /input comment is not in the README/
    ],
    [
      'a wrong default',
      (md) => md.replace(/^(\| `wait-timeout` +\| )`300`/m, '$1`600`'),
      inputTableProblems,
      /wait-timeout.*"600".*"300"/
    ],
    [
      'a required input shown with a default',
      (md) => md.replace(/^(\| `pat` +\| )\(required\)/m, '$1`x`'),
      inputTableProblems,
      /input pat: README default "`x`", action.yml "\(required\)"/
    ],
    [
      'an input action.yml does not have',
      (md) => md.replace(row('comment'), (line) => line + line.replace('`comment`', '`comments`')),
      inputTableProblems,
      /input comments is not in action.yml/
    ],
    ['a missing output', (md) => md.replace(row('admin-secret'), ''), outputTableProblems, /admin-secret is not/]
  ])('the README check catches %s', (_, edit, problems, message) => {
    const edited = edit(README)
    expect(edited).not.toBe(README)
    expect(problems(edited).join('\n')).toMatch(message)
  })
})

/** The workflows a user may copy: the README's YAML blocks that have jobs, and this repository's own. */
function workflows(): { name: string; content: string }[] {
  const found: { name: string; content: string }[] = []
  for (const [index, match] of [...README.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].entries()) {
    const content = match[1]!
    // Each README workflow starts with a comment naming where it goes: `# .github/workflows/x.yml`.
    const file = /^# (\S+\.ya?ml)$/m.exec(content)?.[1] ?? `yaml block ${index + 1}`
    if (/^jobs:/m.test(content)) found.push({ name: `README.md ${file}`, content })
  }
  const dir = path.join(ROOT, '.github/workflows')
  for (const file of readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()) {
    found.push({ name: `.github/workflows/${file}`, content: readFileSync(path.join(dir, file), 'utf8') })
  }
  return found
}

interface WorkflowYaml {
  jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>
}

/** The steps that run this action: `uses: ./` here, `<owner>/hasura-cloud-tenant-action@<ref>` in the README. */
function actionSteps(content: string): { with: Record<string, unknown> }[] {
  const workflow = load(content) as WorkflowYaml
  return Object.values(workflow.jobs)
    .flatMap((job) => job.steps ?? [])
    .filter((step) => step.uses === './' || /\/hasura-cloud-tenant-action@/.test(step.uses ?? ''))
    .map((step) => ({ with: step.with ?? {} }))
}

describe('workflows in the README and in .github/workflows', () => {
  const all = workflows()

  it('are found: seven in the README, four in the repository, and the action is used where expected', () => {
    const uses = Object.fromEntries(all.map((w) => [w.name, actionSteps(w.content).length]))
    expect(Object.keys(uses)).toEqual([
      'README.md .github/workflows/hasura-preview.yml',
      'README.md .github/workflows/hasura-env.yml',
      'README.md .github/workflows/hasura-teardown.yml',
      'README.md .github/workflows/hasura-sweep.yml',
      'README.md .github/workflows/hasura-preview-expiring.yml',
      'README.md .github/workflows/hasura-check.yml',
      'README.md .github/workflows/hasura-preview-compare.yml',
      '.github/workflows/check-dist.yml',
      '.github/workflows/ci.yml',
      '.github/workflows/codeql.yml',
      '.github/workflows/e2e.yml'
    ])
    expect(uses).toMatchObject({
      'README.md .github/workflows/hasura-preview.yml': 1,
      'README.md .github/workflows/hasura-env.yml': 1,
      'README.md .github/workflows/hasura-teardown.yml': 1,
      'README.md .github/workflows/hasura-sweep.yml': 1,
      'README.md .github/workflows/hasura-check.yml': 1,
      'README.md .github/workflows/hasura-preview-expiring.yml': 1,
      'README.md .github/workflows/hasura-preview-compare.yml': 1,
      '.github/workflows/e2e.yml': 7
    })
  })

  it('the README preview workflow skips forks and Dependabot, and shows the preview as a deployment', () => {
    const preview = all.find((w) => w.name === 'README.md .github/workflows/hasura-preview.yml')!.content
    const job = (load(preview) as { jobs: Record<string, { if?: string; environment?: { url?: string } }> }).jobs
      .preview!
    expect(job.if).toContain('github.event.pull_request.head.repo.full_name == github.repository')
    expect(job.if).toContain("github.actor != 'dependabot[bot]'")
    expect(job.environment?.url).toBe('${{ steps.preview.outputs.endpoint }}')
  })

  it.each(all.map((w) => [w.name, w.content]))("%s passes GitHub's workflow parser", (name, content) => {
    const parsed = parseWorkflow({ name, content }, quiet)
    expect(parsed.context.errors.getErrors().map((error) => error.message)).toEqual([])
  })

  it.each(all.map((w) => [w.name, w.content]))(
    '%s passes only declared inputs, and every required one',
    (_, content) => {
      const required = Object.keys(ACTION.inputs).filter((name) => ACTION.inputs[name]!.required)
      for (const step of actionSteps(content)) {
        expect(Object.keys(step.with).filter((name) => !(name in ACTION.inputs))).toEqual([])
        expect(required.filter((name) => !(name in step.with))).toEqual([])
      }
    }
  )

  // The checks above mean something only if the parser does reject a broken workflow.
  it.each<[string, (content: string) => string]>([
    ['a misspelt job key', (content) => content.replace('runs-on:', 'run-on:')],
    [
      'a plain scalar with ": " in it',
      (content) => content.replace(/^( +)- uses: /m, '$1- run: echo "a: b"\n$1- uses: ')
    ]
  ])("GitHub's workflow parser rejects %s", (_, breakIt) => {
    const content = breakIt(all[0]!.content)
    expect(content).not.toBe(all[0]!.content)
    const parsed = parseWorkflow({ name: 'broken.yml', content }, quiet)
    expect(parsed.context.errors.getErrors().length).toBeGreaterThan(0)
  })
})
