/**
 * Runs a bundle of the action (see BUNDLE) the way the GitHub runner does: a child process with
 * INPUT_* variables (action.yml defaults filled in) and the runner's GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH files in a fresh temp dir. Shared by the e2e harness
 * and `npm run demo`.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
/**
 * The bundle the tests run: the one test/global-setup.mjs makes from src/ for this run (see bundleBuilt), or the one
 * ACTION_BUNDLE names (.ci/run sets it to the committed dist/index.js for its second pass); dist/ outside Jest.
 */
export const BUNDLE = path.resolve(ROOT, process.env.ACTION_BUNDLE || 'dist/index.js')
/** A tenant id as the API gives it. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
/** What the runner puts in place of `${{ github.token }}`. */
export const GITHUB_TOKEN = 'ghs_e2eFakeGithubToken0123456789'

interface ActionManifest {
  inputs: Record<string, { default?: string; required?: boolean }>
}
const ACTION = load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionManifest

/** Every input of action.yml with the value the runner gives it when a workflow leaves it out. */
export function inputDefaults(): Record<string, string> {
  const defaults: Record<string, string> = {}
  for (const [name, spec] of Object.entries(ACTION.inputs)) {
    defaults[name] = (spec.default ?? '').replace('${{ github.token }}', GITHUB_TOKEN)
  }
  return defaults
}

/** What a step is given, in either tier: its inputs, its environment and the workspace it runs in. */
export interface StepOptions {
  /** Inputs by their action.yml names; defaults from action.yml fill the rest, as the runner does. */
  inputs: Record<string, string>
  /** Extra step environment (for `${NAME}` in env files). */
  env?: Record<string, string>
  /** A pull_request (or other) event; default a push. */
  event?: { name: string; payload: unknown }
  /** The workspace (GITHUB_WORKSPACE and the cwd); default a fresh directory in the run's temp dir. */
  workspace?: string
  /** Files to create in the workspace, by relative path. */
  files?: Record<string, string>
  githubApiUrl?: string
}

export interface SpawnOptions extends StepOptions {
  /** The Node binary that runs the bundle; default the current one. */
  node?: string
  timeoutMs?: number
  /** Told each complete line the action prints, as it prints it, with the process (to signal it, as a cancel does). */
  onLine?: (line: string, stream: 'stdout' | 'stderr', child: ChildProcess) => void
  /** Told the process the moment it is started. */
  onSpawn?: (child: ChildProcess) => void
}

export interface ActionRun {
  code: number | null
  /** The signal that ended the process, when one did. */
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  ms: number
  workspace: string
}

/**
 * Resolves once BUNDLE exists: test/global-setup.mjs builds the bundle of src/ beside the first tests. Rejects with
 * the build's output when it failed, or after `timeoutMs`.
 */
export async function bundleBuilt(timeoutMs = BUNDLE_BUILD_TIMEOUT_MS): Promise<void> {
  const failed = `${path.dirname(BUNDLE)}.failed`
  for (const deadline = Date.now() + timeoutMs; !existsSync(BUNDLE);) {
    if (existsSync(failed)) throw new Error(`The test bundle could not be built:\n${readFileSync(failed, 'utf8')}`)
    if (Date.now() > deadline) throw new Error(`The test bundle ${BUNDLE} was not built within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** An ncc build of src/ takes 15 s of CPU: on a machine carrying four times its cores in other work, minutes. */
export const BUNDLE_BUILD_TIMEOUT_MS = 600_000

/**
 * How long a run of the bundle may take before it is taken for hung and killed: under Jest's testTimeout
 * (jest.config.js), so that a hung run fails its test with what it printed. A guard against a hang, not a bound on
 * a slow machine: no run waits out a production timeout.
 */
const RUN_TIMEOUT_MS = 240_000

/** The runner's side of one step: its temp dir, workspace, files and variables. */
export interface Step {
  /** The temp dir everything of the step lives in (a given workspace aside). */
  dir: string
  workspace: string
  /** The runner's variables: GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH and the rest, with `env`. */
  env: Record<string, string>
  /** The inputs as the runner passes them: INPUT_<NAME>, action.yml's defaults for those left out. */
  inputs: Record<string, string>
  /** The outputs the step set, from GITHUB_OUTPUT. */
  outputs(): Record<string, string>
  /** The step summary, from GITHUB_STEP_SUMMARY. */
  summary(): string
  /** Remove the temp dir. */
  remove(): void
}

/**
 * Make what the runner makes before a step starts: a fresh temp dir with the workspace (holding `files`) and the
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY (`summaryFile` when given, emptied) and GITHUB_EVENT_PATH files.
 */
export function prepareStep(options: StepOptions, summaryFile?: string): Step {
  for (const name of Object.keys(options.inputs)) {
    if (!(name in ACTION.inputs)) throw new Error(`input "${name}" is passed, but action.yml does not declare it`)
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'hasura-action-run-'))
  const workspace = options.workspace ?? path.join(dir, 'workspace')
  mkdirSync(workspace, { recursive: true })
  for (const [file, text] of Object.entries(options.files ?? {})) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    writeFileSync(path.join(workspace, file), text)
  }
  const outputFile = path.join(dir, 'output')
  const summary = summaryFile ?? path.join(dir, 'summary')
  const eventFile = path.join(dir, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summary, '')
  writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}))

  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    // Nothing listens on port 9: a stray GitHub API call fails fast instead of reaching the network.
    GITHUB_API_URL: options.githubApiUrl ?? 'http://127.0.0.1:9',
    RUNNER_TEMP: dir,
    ...options.env
  }
  const inputs: Record<string, string> = {}
  for (const [name, value] of Object.entries({ ...inputDefaults(), ...options.inputs })) {
    inputs[`INPUT_${name.toUpperCase()}`] = value
  }
  return {
    dir,
    workspace,
    env,
    inputs,
    outputs: () => parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: () => readFileSync(summary, 'utf8'),
    // Everything the run made lives under dir (a given workspace lives elsewhere and is kept).
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}

/** Run dist/index.js as the runner does: a child process with INPUT_* variables and the runner's files. */
export async function spawnAction(options: SpawnOptions): Promise<ActionRun> {
  const step = prepareStep(options)
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? step.dir, ...step.env, ...step.inputs }
  const timeoutMs = options.timeoutMs ?? RUN_TIMEOUT_MS
  const started = Date.now()
  const child = spawn(options.node ?? process.execPath, [BUNDLE], {
    cwd: step.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  options.onSpawn?.(child)
  const onLine = options.onLine && ((line: string, stream: 'stdout' | 'stderr') => options.onLine!(line, stream, child))
  const stdout = collect(child.stdout, 'stdout', onLine)
  const stderr = collect(child.stderr, 'stderr', onLine)
  let signal: NodeJS.Signals | null = null
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the action did not exit within ${timeoutMs} ms\n${stdout.text()}\n${stderr.text()}`))
    }, timeoutMs)
    // 'close', not 'exit': by then every line of output has been read.
    child.on('close', (exitCode, exitSignal) => {
      clearTimeout(timer)
      signal = exitSignal
      resolve(exitCode)
    })
  })
  stdout.flush()
  stderr.flush()
  const run = {
    code,
    signal,
    stdout: stdout.text(),
    stderr: stderr.text(),
    outputs: step.outputs(),
    summary: step.summary(),
    ms: Date.now() - started,
    workspace: step.workspace
  }
  step.remove()
  return run
}

/** Accumulates a stream and hands complete lines to `onLine` as they arrive. */
function collect(
  stream: NodeJS.ReadableStream,
  name: 'stdout' | 'stderr',
  onLine: ((line: string, stream: 'stdout' | 'stderr') => void) | undefined
): { text: () => string; flush: () => void } {
  let text = ''
  let pending = ''
  stream.on('data', (chunk: Buffer) => {
    const part = chunk.toString()
    text += part
    if (!onLine) return
    pending += part
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) onLine(line, name)
  })
  return {
    text: () => text,
    flush: () => {
      if (onLine && pending !== '') onLine(pending, name)
      pending = ''
    }
  }
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

/** The leak check every e2e run goes through: only `::add-mask::` may carry a secret, and only admin-secret among outputs. */
export function assertNoLeaks(
  result: Pick<ActionRun, 'stdout' | 'stderr' | 'summary' | 'outputs'>,
  secrets: string[]
): void {
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

/**
 * Values that must never be printed: the tokens, the database URLs and their passwords, the tenants' env values and
 * `secrets`, when 8 characters or longer.
 */
export function secretsOf(
  inputs: Record<string, string>,
  options: { tenants?: { env: Record<string, string> }[]; secrets?: string[] } = {}
): string[] {
  const secrets = [...(options.secrets ?? [])]
  if (inputs.pat) secrets.push(inputs.pat)
  secrets.push(inputs['github-token'] ?? GITHUB_TOKEN)
  for (const input of ['database-url', 'postgres-server-url']) {
    const url = inputs[input]
    if (!url) continue
    secrets.push(url)
    try {
      const password = decodeURIComponent(new URL(url).password)
      if (password) secrets.push(password)
    } catch {
      // not a URL: the whole value is checked
    }
  }
  // The action treats postgres-ca as a secret (a CA is public, but a workflow may pass a private one): no line shows.
  if (inputs['postgres-ca']) secrets.push(...inputs['postgres-ca'].split(/\r?\n/).map((line) => line.trim()))
  // Every tenant value but the preview marker (`owner/repo#7`), which says whose preview a tenant is, and its expiry
  // (a time, the `expires-at` output): the action's own keys, no secrets.
  for (const tenant of options.tenants ?? []) {
    secrets.push(
      ...Object.entries(tenant.env)
        .filter(([key]) => key !== 'TENANT_ACTION_PREVIEW' && key !== 'TENANT_ACTION_PREVIEW_EXPIRES')
        .map(([, value]) => value)
    )
  }
  return secrets.filter((secret) => secret.length >= 8)
}
