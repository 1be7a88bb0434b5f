/**
 * An in-memory emulator of the Hasura Cloud control-plane API (see
 * ../shared/hasura-cloud-api.md): a real GraphQL server over HTTP on 127.0.0.1, plus the
 * tenants' `/healthz` endpoints, with fault injection for the failures seen in the wild.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  GraphQLError,
  Kind,
  execute,
  getOperationAST,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode
} from 'graphql'
import { ApiError, buildCloudSchema } from './schema.js'

export type EnvShape = 'flat' | 'nested'

export type Fault =
  /** A gateway answers with this status; the server does not act. */
  | { kind: 'http'; status: 429 | 500 | 502 | 503 | 504; retryAfter?: string }
  /** The connection is destroyed before the server acts. */
  | { kind: 'drop-before' }
  /** The server acts fully, then the connection is destroyed without an answer. */
  | { kind: 'drop-after' }
  /** HTTP 200 with a GenericServerError; the server does not act. */
  | { kind: 'server-error' }
  /** Another writer upserts `envs` into the request's tenant (new hash) just before the request runs. */
  | { kind: 'concurrent-write'; envs: Record<string, string> }
  /** The server acts, then waits `ms` before answering. */
  | { kind: 'slow'; ms: number }

export interface FaultRule {
  /** A root field name such as 'createTenant', or '*' for any request. */
  field: string
  fault: Fault
  /** How many matching requests this rule applies to; default 1 (Infinity: always). */
  times?: number
}

export interface RecordedCall {
  fields: string[]
  operationName?: string
  variables: Record<string, unknown>
  authorized: boolean
  fault?: Fault['kind']
  at: number
}

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** The accepted personal access token; random by default. */
  pat?: string
  envShape?: EnvShape
  /** Time after a create or an env change until the tenant's /healthz answers 200; default 0. */
  healthDelayMs?: number
}

export interface Tenant {
  id: string
  name: string
  slug: string
  projectId: string
  endpoint: string
  cloud: string
  region: string
  databaseUrl?: string
  env: Record<string, string>
  hash: string
  healthyAt: number
}

/** Internal tenant state; env is a Map so keys such as `__proto__` are plain keys. */
interface TenantState extends Omit<Tenant, 'env'> {
  env: Map<string, string>
}

interface HasuraError {
  message: string
  extensions: { path: string; code: string; [key: string]: unknown }
}

type GraphqlAnswer = { data: unknown } | { errors: HasuraError[] }

interface GraphqlRequest {
  query: string
  variables: Record<string, unknown>
  operationName?: string
}

interface EnvEntry {
  key: string
  value: string
}

/** Lets the concurrent-write fault land on the tenant a resolver is about to touch. */
interface RequestContext {
  beforeAct(tenantId: string): void
}

const schema = buildCloudSchema()

const INTERNAL_ERROR = 'there was an internal error while serving your request'
const ADMIN_SECRET = 'HASURA_GRAPHQL_ADMIN_SECRET'
const DATABASE_URL = 'HASURA_GRAPHQL_DATABASE_URL'

export class CloudEmulator {
  readonly url: string
  readonly pat: string
  /** http://127.0.0.1:PORT, the base of the API and of the tenants' endpoints. */
  readonly origin: string
  envShape: EnvShape
  healthDelayMs: number
  readonly calls: RecordedCall[] = []

  private readonly state = new Map<string, TenantState>()
  private readonly healthCounts = new Map<string, number>()
  private rules: { field: string; fault: Fault; remaining: number }[] = []
  private readonly timers = new Set<NodeJS.Timeout>()
  private stopped = false

  private constructor(
    private readonly server: http.Server,
    private readonly opts: EmulatorOptions
  ) {
    const { port } = server.address() as AddressInfo
    this.origin = `http://127.0.0.1:${port}`
    this.url = `${this.origin}/v1/graphql`
    this.pat = opts.pat ?? randomBytes(24).toString('hex')
    this.envShape = opts.envShape ?? 'flat'
    this.healthDelayMs = opts.healthDelayMs ?? 0
  }

  static async start(opts: EmulatorOptions = {}): Promise<CloudEmulator> {
    const server = http.createServer()
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(opts.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject)
        resolve()
      })
    })
    const emulator = new CloudEmulator(server, opts)
    server.on('request', (req, res) => {
      emulator.route(req, res).catch((err: unknown) => {
        if (res.headersSent) res.destroy()
        else sendJson(res, 500, { error: String(err), code: 'unexpected', path: '$' })
      })
    })
    return emulator
  }

  callsTo(field: string): RecordedCall[] {
    return this.calls.filter((call) => call.fields.includes(field))
  }

  healthChecks(tenantId: string): number {
    return this.healthCounts.get(tenantId) ?? 0
  }

  inject(rule: FaultRule): void {
    this.rules.push({ field: rule.field, fault: rule.fault, remaining: rule.times ?? 1 })
  }

  tenants(): Tenant[] {
    return [...this.state.values()].map(snapshot)
  }

  tenant(id: string): Tenant | undefined {
    const t = this.state.get(id)
    return t && snapshot(t)
  }

  /** Creates a tenant directly (no API call recorded); it is healthy unless `healthDelayMs` says otherwise. */
  seedTenant(init: { name?: string; envs?: Record<string, string>; healthDelayMs?: number } = {}): Tenant {
    const t = this.createTenantState({ cloud: 'aws', region: 'us-east-2', name: init.name })
    for (const [key, value] of Object.entries(init.envs ?? {})) t.env.set(key, value)
    t.healthyAt = Date.now() + (init.healthDelayMs ?? 0)
    return snapshot(t)
  }

  /** An out-of-band writer (another workflow, the console): upsert, new hash, tenant restarts. */
  setEnv(tenantId: string, envs: Record<string, string>): void {
    const t = this.state.get(tenantId)
    if (!t) throw new Error(`no tenant ${tenantId}`)
    for (const [key, value] of Object.entries(envs)) t.env.set(key, value)
    this.commitEnvChange(t)
  }

  setHealthDelay(tenantId: string, ms: number): void {
    const t = this.state.get(tenantId)
    if (!t) throw new Error(`no tenant ${tenantId}`)
    t.healthyAt = Date.now() + ms
  }

  /** Back to the state start() gave: no tenants, calls or faults, and the envShape and health delay it was started with. */
  reset(): void {
    this.envShape = this.opts.envShape ?? 'flat'
    this.healthDelayMs = this.opts.healthDelayMs ?? 0
    this.state.clear()
    this.healthCounts.clear()
    this.calls.length = 0
    this.rules = []
  }

  async stop(): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    this.server.closeAllConnections()
    await closed
  }

  // ---- HTTP ----

  private async route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', this.origin)
    if (pathname === '/v1/graphql') {
      if (req.method !== 'POST') {
        sendJson(res, 405, { path: '$', error: 'only POST is supported', code: 'method-not-allowed' })
        return
      }
      await this.serveGraphql(req, res)
      return
    }
    const health = /^\/p\/([^/]+)\/healthz$/.exec(pathname)
    if (health?.[1] !== undefined && (req.method === 'GET' || req.method === 'HEAD')) {
      this.serveHealth(decodeURIComponent(health[1]), res)
      return
    }
    sendJson(res, 404, { path: '$', error: 'resource does not exist', code: 'not-found' })
  }

  private serveHealth(slug: string, res: http.ServerResponse): void {
    const t = [...this.state.values()].find((candidate) => candidate.slug === slug)
    if (!t) {
      sendText(res, 404, 'Not Found')
      return
    }
    this.healthCounts.set(t.id, this.healthChecks(t.id) + 1)
    if (Date.now() >= t.healthyAt) sendText(res, 200, 'OK')
    else sendText(res, 503, 'Service Unavailable')
  }

  private async serveGraphql(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readBody(req)
    const authorized = this.isAuthorized(req.headers.authorization)
    const request = parseRequest(raw)

    let document: DocumentNode | undefined
    let syntaxError: GraphQLError | undefined
    if (!isHasuraError(request)) {
      try {
        document = parse(request.query)
      } catch (err) {
        syntaxError = err instanceof GraphQLError ? err : new GraphQLError(String(err))
      }
    }
    const fields = document && !isHasuraError(request) ? rootFields(document, request.operationName) : []
    const fault = this.takeFault(fields)

    const call: RecordedCall = {
      fields,
      variables: isHasuraError(request) ? {} : request.variables,
      authorized,
      at: Date.now()
    }
    if (!isHasuraError(request) && request.operationName !== undefined) call.operationName = request.operationName
    if (fault) call.fault = fault.kind
    this.calls.push(call)

    switch (fault?.kind) {
      case 'http':
        sendGatewayError(res, fault.status, fault.retryAfter)
        return
      case 'drop-before':
        req.socket.destroy()
        return
      case 'server-error':
        sendJson(res, 200, {
          errors: [hasuraError(INTERNAL_ERROR, 'GenericServerError', '$', { id: randomUUID() })]
        })
        return
    }

    let answer: GraphqlAnswer
    if (isHasuraError(request)) answer = { errors: [request] }
    else if (!authorized) answer = { errors: [accessDenied()] }
    else if (!document)
      answer = {
        errors: [
          hasuraError(`not a valid graphql query: ${syntaxError?.message ?? ''}`, 'validation-failed', '$.query')
        ]
      }
    else answer = await this.execute(document, request, fault)

    if (fault?.kind === 'drop-after') {
      req.socket.destroy()
      return
    }
    if (fault?.kind === 'slow') await this.sleep(fault.ms)
    sendJson(res, 200, answer)
  }

  private isAuthorized(header: string | undefined): boolean {
    const match = /^pat\s+(\S+)\s*$/i.exec(header ?? '')
    return match?.[1] === this.pat
  }

  private takeFault(fields: string[]): Fault | undefined {
    const rule = this.rules.find((r) => r.remaining > 0 && (r.field === '*' || fields.includes(r.field)))
    if (!rule) return undefined
    rule.remaining -= 1
    return rule.fault
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer)
        resolve()
      }, ms)
      this.timers.add(timer)
    })
  }

  // ---- GraphQL ----

  private async execute(
    document: DocumentNode,
    request: GraphqlRequest,
    fault: Fault | undefined
  ): Promise<GraphqlAnswer> {
    const invalid = validate(schema, document)
    if (invalid.length > 0) return { errors: invalid.map(toHasuraError) }

    let pendingWrite = fault?.kind === 'concurrent-write' ? fault.envs : undefined
    const context: RequestContext = {
      beforeAct: (tenantId) => {
        if (pendingWrite && this.state.has(tenantId)) {
          this.setEnv(tenantId, pendingWrite)
          pendingWrite = undefined
        }
      }
    }
    const result = await execute({
      schema,
      document,
      rootValue: this.rootValue(),
      contextValue: context,
      variableValues: request.variables,
      operationName: request.operationName
    })
    // Hasura answers a failed operation with errors only, no partial data.
    if (result.errors?.length) return { errors: result.errors.map(toHasuraError) }
    return { data: result.data }
  }

  private rootValue(): Record<string, (args: never, ctx: RequestContext) => unknown> {
    return {
      tenant_by_pk: ({ id }: { id: string }, ctx) => {
        ctx.beforeAct(id)
        const t = this.state.get(id)
        return t ? this.tenantView(t) : null
      },
      getTenantEnv: ({ tenantId }: { tenantId: string }, ctx) => {
        ctx.beforeAct(tenantId)
        return this.envView(this.requireTenant(tenantId))
      },
      projects: ({ where }: { where?: ProjectsWhere | null }) =>
        [...this.state.values()].filter((t) => matchesProject(t, where)).map((t) => this.projectView(t)),
      createTenant: (args: CreateTenantArgs) => {
        if (args.envs && args.envs.length > 0) {
          // The live API fails this way when envs are passed at creation (graphql-engine issue 9731).
          throw new ApiError('GenericServerError', INTERNAL_ERROR, { id: randomUUID() })
        }
        const t = this.createTenantState(args)
        t.healthyAt = Date.now() + this.healthDelayMs
        return { id: t.id, name: t.name, tenant: this.tenantView(t) }
      },
      deleteTenant: ({ tenantId }: { tenantId: string }, ctx) => {
        ctx.beforeAct(tenantId)
        this.requireTenant(tenantId)
        this.state.delete(tenantId)
        return { status: 'deleted' }
      },
      updateTenantEnv: (args: { tenantId: string; currentHash: string; envs: EnvEntry[] }, ctx) => {
        ctx.beforeAct(args.tenantId)
        const t = this.requireFreshTenant(args.tenantId, args.currentHash)
        let changed = false
        for (const { key, value } of args.envs) {
          if (key === '') throw new ApiError('validation-failed', 'env key must not be empty')
          if (t.env.get(key) !== value) changed = true
        }
        if (!changed) throw new ApiError('bad-request', 'no changes: the update does not change the config')
        for (const { key, value } of args.envs) t.env.set(key, value)
        this.commitEnvChange(t)
        return this.envView(t)
      },
      deleteTenantEnv: (args: { tenantId: string; currentHash: string; deleteEnvs: string[] }, ctx) => {
        ctx.beforeAct(args.tenantId)
        const t = this.requireFreshTenant(args.tenantId, args.currentHash)
        if (!args.deleteEnvs.some((key) => t.env.has(key))) {
          throw new ApiError('bad-request', 'no changes: none of the keys to delete exist')
        }
        for (const key of args.deleteEnvs) t.env.delete(key)
        this.commitEnvChange(t)
        return this.envView(t)
      }
    }
  }

  private requireTenant(id: string): TenantState {
    const t = this.state.get(id)
    if (!t) throw new ApiError('not-exists', 'tenant not found')
    return t
  }

  private requireFreshTenant(id: string, currentHash: string): TenantState {
    const t = this.requireTenant(id)
    if (t.hash !== currentHash) {
      throw new ApiError('conflict', 'the config has been modified since it was read: currentHash is stale')
    }
    return t
  }

  private commitEnvChange(t: TenantState): void {
    t.hash = newHash()
    t.healthyAt = Date.now() + this.healthDelayMs
  }

  private createTenantState(args: {
    cloud: string
    region: string
    name?: string | null
    databaseUrl?: string | null
  }): TenantState {
    const name = args.name ?? this.generateName()
    if ([...this.state.values()].some((t) => t.name === name)) {
      throw new ApiError(
        'constraint-violation',
        'Uniqueness violation. duplicate key value violates unique constraint "projects_name_key"'
      )
    }
    const slug = this.uniqueSlug(name)
    const t: TenantState = {
      id: randomUUID(),
      name,
      slug,
      projectId: randomUUID(),
      endpoint: `${this.origin}/p/${slug}/v1/graphql`,
      cloud: args.cloud,
      region: args.region,
      env: new Map([[ADMIN_SECRET, randomBytes(16).toString('hex')]]),
      hash: newHash(),
      healthyAt: Date.now()
    }
    if (args.databaseUrl != null) {
      t.databaseUrl = args.databaseUrl
      t.env.set(DATABASE_URL, args.databaseUrl)
    }
    this.state.set(t.id, t)
    return t
  }

  private generateName(): string {
    for (;;) {
      const name = `${pick(ADJECTIVES)}-${pick(NOUNS)}-${1000 + Math.floor(Math.random() * 9000)}`
      if (![...this.state.values()].some((t) => t.name === name)) return name
    }
  }

  private uniqueSlug(name: string): string {
    const base =
      name
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'project'
    const taken = new Set([...this.state.values()].map((t) => t.slug))
    let slug = base
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
    return slug
  }

  private tenantView(t: TenantState): Record<string, unknown> {
    return {
      id: t.id,
      name: t.name,
      slug: t.slug,
      cloud: t.cloud,
      region: t.region,
      project: () => this.projectView(t)
    }
  }

  private projectView(t: TenantState): Record<string, unknown> {
    return { id: t.projectId, name: t.name, endpoint: t.endpoint, tenant: () => this.tenantView(t) }
  }

  private envView(t: TenantState): { hash: string; envVars: unknown } {
    const env = Object.fromEntries(t.env)
    return { hash: t.hash, envVars: this.envShape === 'flat' ? env : { environment: env } }
  }
}

interface CreateTenantArgs {
  cloud: string
  region: string
  databaseUrl?: string | null
  name?: string | null
  envs?: EnvEntry[] | null
  plan?: string | null
}

interface ProjectsWhere {
  _and?: ProjectsWhere[] | null
  id?: { _eq?: string | null } | null
  name?: { _eq?: string | null } | null
}

function matchesProject(t: TenantState, where: ProjectsWhere | null | undefined): boolean {
  if (!where) return true
  if (where.name?._eq != null && t.name !== where.name._eq) return false
  if (where.id?._eq != null && t.projectId !== where.id._eq) return false
  return (where._and ?? []).every((clause) => matchesProject(t, clause))
}

function snapshot(t: TenantState): Tenant {
  return { ...t, env: Object.fromEntries(t.env) }
}

function newHash(): string {
  return randomBytes(20).toString('hex')
}

const ADJECTIVES =
  'amber brave calm daring eager fancy gentle happy jolly lucky merry noble proud quick swift witty'.split(' ')
const NOUNS =
  'badger crane dingo falcon gecko heron ibis koala lemur marten otter panda quail raven tapir wombat'.split(' ')

function pick(words: string[]): string {
  return words[Math.floor(Math.random() * words.length)] ?? 'x'
}

function rootFields(document: DocumentNode, operationName: string | undefined): string[] {
  const operation = getOperationAST(document, operationName)
  if (!operation) return []
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def)
  }
  const names = new Set<string>()
  const seen = new Set<string>()
  const walk = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value)
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet)
      else {
        const fragment = fragments.get(selection.name.value)
        if (fragment && !seen.has(fragment.name.value)) {
          seen.add(fragment.name.value)
          walk(fragment.selectionSet)
        }
      }
    }
  }
  walk(operation.selectionSet)
  return [...names]
}

function parseRequest(raw: string): GraphqlRequest | HasuraError {
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return hasuraError('Error in $: Failed reading: not a valid json value', 'invalid-json')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return hasuraError('Error in $: expected an object', 'parse-failed')
  }
  const { query, variables, operationName } = body as Record<string, unknown>
  if (typeof query !== 'string') return hasuraError("the key 'query' was not present", 'parse-failed')
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return hasuraError('Error in $.variables: expected an object', 'parse-failed', '$.variables')
  }
  if (operationName != null && typeof operationName !== 'string') {
    return hasuraError('Error in $.operationName: expected a string', 'parse-failed', '$.operationName')
  }
  const request: GraphqlRequest = { query, variables: (variables ?? {}) as Record<string, unknown> }
  if (typeof operationName === 'string') request.operationName = operationName
  return request
}

function isHasuraError(value: GraphqlRequest | HasuraError): value is HasuraError {
  return 'extensions' in value
}

function hasuraError(message: string, code: string, path = '$', extra: Record<string, unknown> = {}): HasuraError {
  return { message, extensions: { path, code, ...extra } }
}

function accessDenied(): HasuraError {
  return hasuraError(
    'invalid authorization header / access denied: the personal access token is missing or invalid',
    'access-denied'
  )
}

function toHasuraError(err: GraphQLError): HasuraError {
  for (let cause: unknown = err; cause instanceof Error; cause = (cause as GraphQLError).originalError) {
    if (cause instanceof ApiError) return hasuraError(cause.message, cause.code, '$', cause.extensions)
  }
  // An error with a path comes from a resolver; without one, from validation or variable coercion.
  if (err.path) return hasuraError(err.message, 'unexpected')
  const unknownField = /^Cannot query field "(\w+)" on type "(\w+)"\./.exec(err.message)
  const message = unknownField ? `field "${unknownField[1]}" not found in type: '${unknownField[2]}'` : err.message
  return hasuraError(message, 'validation-failed')
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text)
  })
  res.end(text)
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

/** Gateways answer in HTML, not JSON: clients must not assume a GraphQL body on these. */
function sendGatewayError(res: http.ServerResponse, status: number, retryAfter: string | undefined): void {
  const reason = http.STATUS_CODES[status] ?? 'Error'
  const html = `<html><head><title>${status} ${reason}</title></head><body><h1>${status} ${reason}</h1></body></html>\n`
  const headers: http.OutgoingHttpHeaders = {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html)
  }
  if (retryAfter !== undefined) headers['retry-after'] = retryAfter
  res.writeHead(status, headers)
  res.end(html)
}
