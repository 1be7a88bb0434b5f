import * as core from '@actions/core'
import { InputError } from '../core/errors.js'
import { ADMIN_SECRET_KEY } from '../core/keys.js'
import { validateCa, validateServerUrl } from '../database/tls.js'
import { validatePostgresUrl } from '../database/url.js'
import { KEY_PATTERN } from '../env/entry.js'
import { isLoopback } from '../http/transport.js'
import {
  OPERATIONS,
  type CommonSettings,
  type CreateSettings,
  type Duration,
  type EnvSettings,
  type Operation,
  type PostgresServerSettings,
  type Settings,
  type SyncEnvSettings
} from '../operations/settings.js'
import { isActionKey } from '../preview/marker.js'
import { readPullRequest, readRepository } from './context.js'
import { maskSecret } from './secrets.js'

/**
 * Inputs -> Settings, once, before anything else. The defaults are action.yml's alone: the runner fills them in for
 * every input a workflow leaves out, so an input that is empty here was set empty on purpose, and one that needs a
 * value says so.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** What Hasura Cloud accepts as a project name (a DNS label). */
export const PROJECT_NAME = /^(?!.*--)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/
/** Characters an HTTP header can carry: a token with an invisible character would fail deep in Node. */
const HEADER_SAFE = /^[\x21-\x7e]+$/

function input(name: string): string {
  return core.getInput(name).trim()
}

function optional(name: string): string | undefined {
  return input(name) || undefined
}

/** An input that needs a value (action.yml gives it a default, which the runner applies when it is left out). */
function needed(name: string): string {
  const value = input(name)
  if (!value) {
    throw new InputError(`Input "${name}" is empty: give it a value, or leave it out to use action.yml's default.`)
  }
  return value
}

/** core.getBooleanInput's rule (YAML 1.2 core booleans). */
function booleanInput(name: string): boolean {
  const raw = input(name)
  if (['true', 'True', 'TRUE'].includes(raw)) return true
  if (['false', 'False', 'FALSE'].includes(raw)) return false
  throw new InputError(`Input "${name}" must be true or false (YAML 1.2 core boolean), got "${raw}".`)
}

function token(name: string, value: string): string {
  const trimmed = value.trim()
  if (trimmed && !HEADER_SAFE.test(trimmed)) {
    const at = [...trimmed].findIndex((ch) => !HEADER_SAFE.test(ch)) + 1
    throw new InputError(
      `Input "${name}" contains a character that cannot be sent in an HTTP header (white space, an invisible or a ` +
        `non-ASCII character, at position ${at}): copy the token again into the secret.`
    )
  }
  return trimmed
}

/** The operation as given, for the summary of a run whose other inputs are wrong. */
export function readOperationName(): string {
  return input('operation') || '(no operation)'
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  // Secrets first: nothing below may log before they are masked.
  for (const name of ['pat', 'github-token', 'database-url', 'postgres-server-url', 'postgres-ca']) {
    maskSecret(input(name))
  }

  const operation = input('operation')
  if (!(OPERATIONS as readonly string[]).includes(operation)) {
    throw new InputError(
      `Input "operation" must be one of ${OPERATIONS.join(', ')}; got ${operation ? `"${operation}"` : 'nothing'}.`
    )
  }
  const pat = token('pat', core.getInput('pat'))
  if (!pat) {
    throw new InputError(
      'Input "pat" is empty: pass a Hasura Cloud personal access token, e.g. pat: ${{ secrets.HASURA_CLOUD_PAT }}. ' +
        'Fork and Dependabot pull requests get no secrets: skip them in the workflow.'
    )
  }

  const apiEndpoint = needed('api-endpoint')
  let endpointUrl: URL | undefined
  try {
    endpointUrl = new URL(apiEndpoint)
  } catch {
    endpointUrl = undefined
  }
  if (!endpointUrl || !/^https?:$/.test(endpointUrl.protocol) || /\s/.test(apiEndpoint)) {
    throw new InputError(`Input "api-endpoint" must be an https URL, got "${apiEndpoint}".`)
  }
  if (endpointUrl.protocol === 'http:' && !isLoopback(endpointUrl)) {
    throw new InputError(
      `Input "api-endpoint" is http:// on ${endpointUrl.hostname}: the token would travel unencrypted. Use https ` +
        '(plain http is allowed only for a loopback host such as 127.0.0.1, for emulators).'
    )
  }

  const common: CommonSettings = {
    pat,
    apiEndpoint,
    dryRun: booleanInput('dry-run'),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    environment: { ...env },
    repository: readRepository(env),
    pullRequest: readPullRequest(env),
    githubToken: token('github-token', core.getInput('github-token')),
    comment: booleanInput('comment')
  }

  const lowerTenantId = tenantUuid('tenant-id')

  switch (operation as Operation) {
    case 'create': {
      const server = postgresServer()
      const { postgresServerUrl } = server
      const settings: CreateSettings = {
        ...common,
        ...envSettings(),
        operation: 'create',
        cloud: needed('cloud'),
        region: needed('region'),
        plan: word('plan'),
        name: projectName(),
        ...server,
        databaseTemplate: optional('database-template'),
        resetDatabase: booleanInput('reset-database'),
        seeds: booleanInput('seeds'),
        expireAfter: duration('expire-after'),
        maxPreviews: count('max-previews'),
        compareTenantId: tenantUuid('compare-tenant-id'),
        ...breakingSettings()
      }
      if (settings.compareTenantId && !settings.hasuraProject) {
        throw new InputError(
          'Input "compare-tenant-id" needs "hasura-project": what is compared with the reference tenant is the ' +
            "pull request's Hasura project (its metadata and migrations)."
        )
      }
      for (const [name, given] of [
        ['operations', settings.operations.length > 0],
        ['fail-on-breaking', settings.failOnBreaking]
      ] as const) {
        if (given && !settings.compareTenantId) {
          throw new InputError(
            `Input "${name}" needs "compare-tenant-id": what breaks for clients is told against that reference ` +
              "tenant's GraphQL API."
          )
        }
      }
      if (settings.databaseUrl && postgresServerUrl) {
        throw new InputError(
          'Inputs "database-url" and "postgres-server-url" are both set: give "database-url" for a database you ' +
            'manage, or "postgres-server-url" for a database per preview made by the action, not both.'
        )
      }
      if (settings.databaseUrl) validatePostgresUrl(settings.databaseUrl, 'database-url')
      if (settings.seeds && (!postgresServerUrl || !settings.hasuraProject)) {
        throw new InputError(
          'Input "seeds" needs "postgres-server-url" and "hasura-project": seeds go into the preview databases the ' +
            'action makes, from the seeds of the project.'
        )
      }
      if ((settings.databaseTemplate || settings.resetDatabase) && !postgresServerUrl) {
        throw new InputError(
          `Input "${settings.databaseTemplate ? 'database-template' : 'reset-database'}" needs "postgres-server-url": ` +
            'it applies to the preview database the action makes there.'
        )
      }
      for (const [name, given] of [
        ['expire-after', settings.expireAfter],
        ['max-previews', settings.maxPreviews]
      ] as const) {
        if (given !== undefined && !common.pullRequest) {
          throw new InputError(
            `Input "${name}" works on pull_request runs only: it applies to pull-request previews (found by their ` +
              'marker). Leave it out of the steps that run on other events.'
          )
        }
      }
      if (postgresServerUrl && !common.pullRequest) {
        throw new InputError(
          'Input "postgres-server-url" works on pull_request runs only: each preview database is tagged as its pull ' +
            'request\'s, and only then dropped. Outside a pull request, pass "database-url".'
        )
      }
      return settings
    }
    case 'sync-env': {
      const settings: SyncEnvSettings = {
        ...common,
        ...envSettings(),
        operation: 'sync-env',
        tenantId: required(lowerTenantId, 'sync-env')
      }
      if (settings.databaseUrl) validatePostgresUrl(settings.databaseUrl, 'database-url')
      if (!settings.envFile && !settings.hasuraProject && !settings.databaseUrl) {
        throw new InputError(
          'Operation "sync-env" needs something to sync: input "env-file" (env vars), "database-url" or "hasura-project".'
        )
      }
      return settings
    }
    case 'get':
      return { ...common, operation: 'get', tenantId: required(lowerTenantId, 'get') }
    case 'delete': {
      if (!lowerTenantId && !common.pullRequest) {
        throw new InputError(
          'Input "tenant-id" is required for operation "delete" outside a pull_request run ' +
            '(on a pull request, the preview is found by its comment or name, and its marker).'
        )
      }
      const server = postgresServer()
      if (server.postgresServerUrl && !common.pullRequest) {
        throw new InputError(
          'Input "postgres-server-url" with "delete" works on pull_request runs only: the preview database is dropped ' +
            "only when it is tagged as that pull request's."
        )
      }
      return { ...common, operation: 'delete', tenantId: lowerTenantId, ...server }
    }
    case 'check':
      return { ...common, operation: 'check' }
    case 'sweep': {
      if (!common.repository) {
        throw new InputError('Operation "sweep" needs GITHUB_REPOSITORY: run it from a workflow of the repository.')
      }
      return { ...common, operation: 'sweep', repository: common.repository, ...postgresServer() }
    }
  }
  throw new InputError(`Input "operation" "${operation}" is not handled.`)
}

/** `operations`, `fail-on-breaking`, `approve-label`: what the pull request breaks for clients (with compare-tenant-id). */
function breakingSettings(): Pick<CreateSettings, 'operations' | 'failOnBreaking' | 'approveLabel'> {
  return {
    operations: core
      .getInput('operations')
      .split(/[,\n]/)
      .map((glob) => glob.trim())
      .filter(Boolean),
    failOnBreaking: booleanInput('fail-on-breaking'),
    approveLabel: needed('approve-label')
  }
}

/** `postgres-server-url` (sslmode, no pooler) and `postgres-ca` (PEM, only with a server URL), checked. */
function postgresServer(): PostgresServerSettings {
  const postgresServerUrl = optional('postgres-server-url')
  const postgresCa = optional('postgres-ca')
  if (postgresServerUrl) validateServerUrl(postgresServerUrl)
  if (postgresCa && !postgresServerUrl) {
    throw new InputError(
      'Input "postgres-ca" needs "postgres-server-url": it is the CA that signs that server\'s certificate.'
    )
  }
  if (postgresCa) validateCa(postgresCa, 'postgres-ca')
  return { postgresServerUrl, postgresCa }
}

/** A tenant UUID input, lower-cased; undefined when empty. */
function tenantUuid(name: string): string | undefined {
  const tenantId = optional(name)
  if (tenantId !== undefined && !UUID.test(tenantId)) {
    throw new InputError(
      `Input "${name}" must be a tenant UUID (like 3fa85f64-5717-4562-b3fc-2c963f66afa6), got "${tenantId}".`
    )
  }
  return tenantId?.toLowerCase()
}

function required(tenantId: string | undefined, operation: string): string {
  if (!tenantId) throw new InputError(`Input "tenant-id" is required for operation "${operation}".`)
  return tenantId
}

function word(name: string): string | undefined {
  const value = optional(name)
  if (value !== undefined && !/^[A-Za-z0-9_.-]+$/.test(value)) {
    throw new InputError(`Input "${name}" must be one word of letters, digits, "_", "." or "-", got "${value}".`)
  }
  return value
}

function projectName(): string | undefined {
  const name = optional('name')
  if (name !== undefined && !PROJECT_NAME.test(name)) {
    throw new InputError(
      `Input "name" must be a Hasura Cloud project name: lower-case letters, digits and "-", 1 to 63 characters, ` +
        `not starting or ending with "-", no "--"; got "${name}".`
    )
  }
  return name
}

function seconds(name: string): number {
  const raw = needed(name)
  const value = Number(raw)
  if (!/^\d+(\.\d+)?$/.test(raw) || !(value > 0)) {
    throw new InputError(`Input "${name}" must be a positive number of seconds, got "${raw}".`)
  }
  return value
}

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 }

/** `90m`, `12h`, `7d`: a whole number of minutes, hours or days, at least a minute and at most a year. */
function duration(name: string): Duration | undefined {
  const raw = optional(name)
  if (raw === undefined) return undefined
  const match = /^([1-9][0-9]{0,5})\s*([mhd])$/.exec(raw)
  const ms = match ? Number(match[1]) * UNITS[match[2]!]! : 0
  if (!match || ms > 366 * UNITS.d!) {
    throw new InputError(
      `Input "${name}" must be a whole number of minutes, hours or days, such as 90m, 12h or 7d (at most a year), ` +
        `got "${raw}".`
    )
  }
  return { text: `${match[1]}${match[2]}`, ms }
}

/** A whole number of at least 1. */
function count(name: string): number | undefined {
  const raw = optional(name)
  if (raw === undefined) return undefined
  if (!/^[1-9][0-9]{0,3}$/.test(raw)) {
    throw new InputError(`Input "${name}" must be a whole number from 1 to 9999, got "${raw}".`)
  }
  return Number(raw)
}

function envSettings(): EnvSettings {
  const databaseUrlEnv = needed('database-url-env')
  if (!KEY_PATTERN.test(databaseUrlEnv)) {
    throw new InputError(
      `Input "database-url-env" must be an env var name (${KEY_PATTERN.source}), got "${databaseUrlEnv}".`
    )
  }
  if (isActionKey(databaseUrlEnv) || databaseUrlEnv === ADMIN_SECRET_KEY) {
    throw new InputError(`Input "database-url-env" cannot be ${databaseUrlEnv}: the action writes that key itself.`)
  }
  const waitTimeoutSeconds = seconds('wait-timeout')
  const migrationTimeoutSeconds = seconds('migration-timeout')
  return {
    envFile: optional('env-file'),
    databaseUrl: optional('database-url'),
    databaseUrlEnv,
    hasuraProject: optional('hasura-project'),
    prune: booleanInput('prune'),
    // HASURA_* keys (the admin secret among them) and the marker are kept whatever this says (see neverPruned).
    keepKeys: [
      ...new Set(
        core
          .getInput('keep-keys')
          .split(/[,\n]/)
          .map((key) => key.trim())
          .filter(Boolean)
      )
    ],
    wait: booleanInput('wait'),
    waitTimeoutSeconds,
    migrationTimeoutSeconds
  }
}
