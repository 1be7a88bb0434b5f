import { spawn } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'
import type { CloudEmulator } from '../emulator/emulator.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const BUNDLE = path.join(ROOT, 'dist/index.js')
/** The Node binary that runs the bundle: Node 24 in the CI pass that sets ACTION_NODE. */
export const NODE = process.env.ACTION_NODE || process.execPath
/** What the runner puts in place of `${{ github.token }}`. */
export const GITHUB_TOKEN = 'ghs_e2eFakeGithubToken0123456789'

interface ActionYaml {
  inputs: Record<string, { default?: string; required?: boolean }>
}
const ACTION = load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYaml

export interface RunOptions {
  /** Inputs by their action.yml names; defaults from action.yml fill the rest, as the runner does. */
  inputs: Record<string, string>
  /** Extra step environment (for `${NAME}` in env files). */
  env?: Record<string, string>
  /** A pull_request (or other) event; default a push. */
  event?: { name: string; payload: unknown }
  /** Files to create in the workspace, by relative path. */
  files?: Record<string, string>
  githubApiUrl?: string
  /** The emulator: every value its tenants hold is checked against the log after the run. */
  emulator?: CloudEmulator
  /** More values that must not leak. */
  secrets?: string[]
  timeoutMs?: number
}

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  ms: number
  workspace: string
}

/** Run dist/index.js as the runner does: a child process with INPUT_* variables and the runner's files. */
export async function runAction(options: RunOptions): Promise<RunResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hasura-action-e2e-'))
  const workspace = path.join(dir, 'workspace')
  mkdirSync(workspace)
  for (const [file, text] of Object.entries(options.files ?? {})) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    writeFileSync(path.join(workspace, file), text)
  }
  const outputFile = path.join(dir, 'output')
  const summaryFile = path.join(dir, 'summary')
  const eventFile = path.join(dir, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}))

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_API_URL: options.githubApiUrl ?? 'http://127.0.0.1:9',
    RUNNER_TEMP: dir,
    ...options.env
  }
  for (const [name, spec] of Object.entries(ACTION.inputs)) {
    const value = options.inputs[name] ?? (spec.default ?? '').replace('${{ github.token }}', GITHUB_TOKEN)
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  for (const name of Object.keys(options.inputs)) {
    if (!(name in ACTION.inputs)) throw new Error(`test passes input "${name}", which action.yml does not declare`)
  }

  const started = Date.now()
  const child = spawn(NODE, [BUNDLE], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the action did not exit within ${options.timeoutMs ?? 60_000} ms\n${stdout}\n${stderr}`))
    }, options.timeoutMs ?? 60_000)
    child.on('exit', (exitCode) => {
      clearTimeout(timer)
      resolve(exitCode)
    })
  })
  const result: RunResult = {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    ms: Date.now() - started,
    workspace
  }
  assertNoLeaks(result, secretsOf(options))
  return result
}

/** The runner's GITHUB_OUTPUT format: `name<<DELIMITER\nvalue\nDELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (match) {
      const [, name, delimiter] = match
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!)
      outputs[name!] = value.join('\n')
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=')
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1)
    }
  }
  return outputs
}

/** Values that must never be printed: the PAT, the database URL and its password, env values of 8+ characters. */
function secretsOf(options: RunOptions): string[] {
  const secrets = [...(options.secrets ?? [])]
  if (options.inputs.pat) secrets.push(options.inputs.pat)
  const databaseUrl = options.inputs['database-url']
  if (databaseUrl) {
    secrets.push(databaseUrl)
    try {
      const password = decodeURIComponent(new URL(databaseUrl).password)
      if (password) secrets.push(password)
    } catch {
      // not a URL: the whole value is checked
    }
  }
  for (const tenant of options.emulator?.tenants() ?? []) secrets.push(...Object.values(tenant.env))
  return secrets.filter((secret) => secret.length >= 8)
}

/** The leak check every e2e run goes through: only `::add-mask::` may carry a secret, and only admin-secret among outputs. */
export function assertNoLeaks(result: RunResult, secrets: string[]): void {
  const leaks: string[] = []
  const lines = `${result.stdout}\n${result.stderr}`.split('\n')
  for (const secret of secrets) {
    for (const line of lines) {
      if (line.includes(secret) && !line.startsWith('::add-mask::')) leaks.push(`log line: ${line.slice(0, 200)}`)
    }
    if (result.summary.includes(secret)) leaks.push('step summary')
    for (const [name, value] of Object.entries(result.outputs)) {
      if (name !== 'admin-secret' && value.includes(secret)) leaks.push(`output ${name}`)
    }
  }
  if (leaks.length > 0) throw new Error(`secret leaked:\n${leaks.join('\n')}`)
}

/** The `::error file=...,line=...::message` annotations of a run. */
export function annotations(result: RunResult, level = 'error'): { props: Record<string, string>; message: string }[] {
  const found = []
  for (const line of result.stdout.split('\n')) {
    const match = new RegExp(`^::${level}(?: ([^:]*))?::(.*)$`).exec(line)
    if (!match) continue
    const props: Record<string, string> = {}
    for (const pair of (match[1] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      props[pair.slice(0, at)] = pair.slice(at + 1)
    }
    found.push({ props, message: match[2]! })
  }
  return found
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
