import * as core from '@actions/core'
import { maskSecret } from './secrets.js'
import { readPullRequest, type PullRequest } from './github/context.js'

export const OPERATIONS = ['create', 'delete', 'sync-env', 'get'] as const
export type Operation = (typeof OPERATIONS)[number]

/** Every input of the action, read and validated once. */
export interface Settings {
  /** What to do with the tenant. */
  operation: Operation
  /** Hasura Cloud personal access token (secret). */
  pat: string
  /** Tenant UUID, lower case; undefined when not given. */
  tenantId?: string
  /** Env file path as the user wrote it (relative to the workspace); undefined when not given. */
  envFile?: string
  /** Postgres connection string for `create` (secret). */
  databaseUrl?: string
  /** Cloud provider for `create`. */
  cloud: string
  /** Region for `create`. */
  region: string
  /** Project name for `create`; also how a lost create is found again. */
  name?: string
  /** `sync-env`: delete tenant keys the file does not list. */
  prune: boolean
  /** Keys `prune` never deletes; HASURA_GRAPHQL_ADMIN_SECRET always among them. */
  keepKeys: string[]
  /** Plan and report, write nothing. */
  dryRun: boolean
  /** Wait for `/healthz` after a create or an env change. */
  wait: boolean
  /** Seconds allowed for that wait. */
  waitTimeoutSeconds: number
  /** The Cloud API's GraphQL URL. */
  apiEndpoint: string
  /** Token for the pull-request comment. */
  githubToken: string
  /** Keep a preview comment on pull requests. */
  comment: boolean
  /** The runner's workspace: env files are relative to it. */
  workspace: string
  /** The pull request this run belongs to (pull_request events only). */
  pullRequest?: PullRequest
  /** The step's environment, for `${NAME}` in env files. */
  environment: Record<string, string | undefined>
}

/** A bad input: the message names the input, and the step stops before any API call. */
export class InputError extends Error {
  override name = 'InputError'
}

const ADMIN_SECRET = 'HASURA_GRAPHQL_ADMIN_SECRET'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function input(name: string): string {
  return core.getInput(name).trim()
}

function optional(name: string): string | undefined {
  return input(name) || undefined
}

/** core.getBooleanInput's rule, with an empty input meaning the documented default. */
function booleanInput(name: string, fallback: boolean): boolean {
  const raw = input(name)
  if (raw === '') return fallback
  if (['true', 'True', 'TRUE'].includes(raw)) return true
  if (['false', 'False', 'FALSE'].includes(raw)) return false
  throw new InputError(`Input "${name}" must be true or false (YAML 1.2 core boolean), got "${raw}".`)
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  // Secrets first: nothing below may log before they are masked.
  const pat = core.getInput('pat')
  maskSecret(pat.trim())
  const databaseUrl = core.getInput('database-url')
  maskSecret(databaseUrl.trim())
  // The runner masks `${{ github.token }}` itself, but a personal token passed here is ours to mask.
  maskSecret(core.getInput('github-token').trim())

  const operation = input('operation')
  if (!(OPERATIONS as readonly string[]).includes(operation)) {
    throw new InputError(
      `Input "operation" must be one of ${OPERATIONS.join(', ')}; got ${operation ? `"${operation}"` : 'nothing'}.`
    )
  }
  if (!pat.trim()) {
    throw new InputError(
      'Input "pat" is empty: pass a Hasura Cloud personal access token, e.g. pat: ${{ secrets.HASURA_CLOUD_PAT }}.'
    )
  }
  if (/\s/.test(pat.trim())) {
    throw new InputError('Input "pat" contains white space: a Hasura Cloud personal access token is one word.')
  }

  const tenantId = optional('tenant-id')
  if (tenantId !== undefined && !UUID.test(tenantId)) {
    throw new InputError(
      `Input "tenant-id" must be a tenant UUID (like 3fa85f64-5717-4562-b3fc-2c963f66afa6), got "${tenantId}".`
    )
  }

  const waitTimeoutRaw = input('wait-timeout') || '300'
  const waitTimeoutSeconds = Number(waitTimeoutRaw)
  if (!/^\d+(\.\d+)?$/.test(waitTimeoutRaw) || !(waitTimeoutSeconds > 0)) {
    throw new InputError(`Input "wait-timeout" must be a positive number of seconds, got "${waitTimeoutRaw}".`)
  }

  const apiEndpoint = input('api-endpoint') || 'https://data.pro.hasura.io/v1/graphql'
  if (!/^https?:\/\/\S+$/.test(apiEndpoint) || !URL.canParse(apiEndpoint)) {
    throw new InputError(`Input "api-endpoint" must be an http(s) URL, got "${apiEndpoint}".`)
  }

  const settings: Settings = {
    operation: operation as Operation,
    pat: pat.trim(),
    tenantId: tenantId?.toLowerCase(),
    envFile: optional('env-file'),
    databaseUrl: databaseUrl.trim() || undefined,
    cloud: input('cloud') || 'aws',
    region: input('region') || 'us-east-2',
    name: optional('name'),
    prune: booleanInput('prune', false),
    // The admin secret is always kept: pruning it would leave the project open. A `null` in the file still removes it.
    keepKeys: [
      ...new Set([...core.getInput('keep-keys').split(/[,\n]/), ADMIN_SECRET].map((key) => key.trim()).filter(Boolean))
    ],
    dryRun: booleanInput('dry-run', false),
    wait: booleanInput('wait', true),
    waitTimeoutSeconds,
    apiEndpoint,
    githubToken: input('github-token'),
    comment: booleanInput('comment', true),
    pullRequest: readPullRequest(env),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    environment: { ...env }
  }

  if ((settings.operation === 'sync-env' || settings.operation === 'get') && !settings.tenantId) {
    throw new InputError(`Input "tenant-id" is required for operation "${settings.operation}".`)
  }
  if (settings.operation === 'sync-env' && !settings.envFile) {
    throw new InputError('Input "env-file" is required for operation "sync-env": name the file of env vars to set.')
  }
  if (settings.operation === 'delete' && !settings.tenantId && !(settings.pullRequest && settings.comment)) {
    throw new InputError(
      'Input "tenant-id" is required for operation "delete" outside a pull_request event with comment: true ' +
        '(there the tenant comes from the preview comment).'
    )
  }
  return settings
}
