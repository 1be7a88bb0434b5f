/**
 * An in-memory emulator of the live Hasura Cloud control-plane API (as public sources tell it: Hasura's generated control-plane types, the clients of hasura-cloud-preview-apps and hasura-preview-action, graphql-engine issues 6676, 9731, 9732, 10287): a real
 * GraphQL server over HTTP(S) on 127.0.0.1, plus the tenants' own APIs under `<origin>/p/<project name>`, with
 * fault injection for the failures seen in the wild.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  execute,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema
} from 'graphql'
import type { TenantEngine } from '../engine/types.js'
import { select, type ListArgs, type Row } from './bool-exp.js'
import { rootFields, selectionPaths } from './documents.js'
import {
  INTERNAL_ERROR,
  accessDenied,
  genericServerError,
  hasuraError,
  toHasuraError,
  type HasuraError
} from './hasura-errors.js'
import { healthOnlyEngine } from './health-only-engine.js'
import {
  isHasuraError,
  parseRequest,
  readBody,
  sendGatewayError,
  sendHtmlPage,
  sendJson,
  sendText,
  sendTruncatedJson,
  type GraphqlRequest
} from './http-messages.js'
import { NAME_TAKEN, checkProjectName, generateName } from './project-names.js'
import { ApiError, DEFAULT_DRIFT, buildCloudSchema } from './schema.js'
import type {
  EmulatorOptions,
  EndpointShape,
  EnvShape,
  Fault,
  FaultRule,
  RecordedCall,
  SeedOptions,
  Tenant
} from './types.js'

export type * from './types.js'
export { DEFAULT_DRIFT, type SchemaDrift } from './schema.js'

/** Internal tenant state; env is a Map so keys such as `__proto__` are plain keys. */
interface TenantState extends Omit<Tenant, 'env' | 'endpoint'> {
  env: Map<string, string>
  /** Seeded by a test: not counted against the quota. */
  seeded: boolean
  /** /healthz answers still to refuse (503) before the project is up: a boot counted in checks, not in time. */
  bootChecksLeft: number
}

type GraphqlAnswer = { data: Record<string, unknown> } | { errors: HasuraError[] }

interface EnvEntry {
  key: string
  value: string
}

interface CreateTenantArgs {
  cloud: string
  region: string
  plan?: string | null
  envs?: (EnvEntry | null)[] | null
}

/** Lets the concurrent-write fault land on the tenant a resolver is about to touch. */
interface RequestContext {
  beforeAct(tenantId: string): void
}

const ADMIN_SECRET = 'HASURA_GRAPHQL_ADMIN_SECRET'
const DEFAULT_PLAN = 'cloud_free'

export class CloudEmulator {
  readonly url: string
  readonly pat: string
  /** http(s)://HOST:PORT, the base of the API and of the tenants' endpoints. */
  readonly origin: string
  readonly calls: RecordedCall[] = []
  // Settings read on each request, so a test may change them; reset() restores the start options.
  envShape: EnvShape
  endpointShape: EndpointShape
  healthDelayMs: number
  /**
   * After each boot (a create, an env change), this many /healthz requests answer 503 before the project is up: a
   * boot a test can count on, however busy the machine (healthDelayMs is the one in time).
   */
  bootChecks = 0
  latencyMs: number
  projectQuota: number
  introspection: boolean

  private readonly reservedNames: ReadonlySet<string>
  private readonly state = new Map<string, TenantState>()
  private readonly healthCounts = new Map<string, number>()
  private readonly engines = new Map<string, TenantEngine>()
  private rules: { field: string; fault: Fault; remaining: number }[] = []
  /** Pending slow or hanging answers, released by stop(). */
  private readonly waiters = new Set<() => void>()
  private stopped = false

  private constructor(
    private readonly server: http.Server | https.Server,
    private readonly opts: EmulatorOptions,
    private readonly schema: GraphQLSchema
  ) {
    const { port } = server.address() as AddressInfo
    this.origin = `${opts.tls ? 'https' : 'http'}://${opts.host ?? '127.0.0.1'}:${port}`
    this.url = `${this.origin}/v1/graphql`
    this.pat = opts.pat ?? randomBytes(24).toString('hex')
    this.reservedNames = new Set(opts.reservedNames)
    this.envShape = opts.envShape ?? 'nested'
    this.endpointShape = opts.endpointShape ?? 'base'
    this.healthDelayMs = opts.healthDelayMs ?? 0
    this.latencyMs = opts.latencyMs ?? 0
    this.projectQuota = opts.projectQuota ?? 3
    this.introspection = opts.introspection ?? true
  }

  static async start(opts: EmulatorOptions = {}): Promise<CloudEmulator> {
    const schema = buildCloudSchema(opts.drift === true ? DEFAULT_DRIFT : opts.drift || undefined, opts.editSchema)
    const server = opts.tls ? https.createServer({ key: opts.tls.key, cert: opts.tls.cert }) : http.createServer()
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(opts.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject)
        resolve()
      })
    })
    const emulator = new CloudEmulator(server, opts, schema)
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      emulator.route(req, res).catch((err: unknown) => {
        if (res.headersSent) res.destroy()
        else sendJson(res, 500, { error: String(err), code: 'unexpected', path: '$' })
      })
    })
    return emulator
  }

  /** The HTTP server itself (the API and the tenants' engines), for tests that watch every answer. */
  get httpServer(): http.Server | https.Server {
    return this.server
  }

  callsTo(field: string): RecordedCall[] {
    return this.calls.filter((call) => call.fields.includes(field))
  }

  /** Requests to the tenant's `/healthz`, answered or not. */
  /** The engine behind a tenant's endpoint, once a request reached it (for assertions on what it was sent). */
  engineOf(tenantId: string): TenantEngine | undefined {
    return this.engines.get(tenantId)
  }

  healthChecks(tenantId: string): number {
    return this.healthCounts.get(tenantId) ?? 0
  }

  inject(rule: FaultRule): void {
    this.rules.push({ field: rule.field, fault: rule.fault, remaining: rule.times ?? 1 })
  }

  tenants(): Tenant[] {
    return [...this.state.values()].map((t) => this.snapshot(t))
  }

  tenant(id: string): Tenant | undefined {
    const t = this.state.get(id)
    return t && this.snapshot(t)
  }

  /** Creates a tenant directly: no API call recorded, not counted against the quota. */
  seedTenant(init: SeedOptions = {}): Tenant {
    const name = init.name ?? this.freshName()
    checkProjectName(name)
    if (this.nameTaken(name)) throw new Error(`seedTenant: the project name ${name} is taken`)
    const t = this.addTenant({ name, cloud: 'aws', region: 'us-east-2', plan: init.plan, seeded: true })
    if (init.createdAt !== undefined) t.createdAt = timestamp(new Date(init.createdAt))
    for (const [key, value] of Object.entries(init.envs ?? {})) t.env.set(key, value)
    t.healthyAt = Date.now() + (init.healthDelayMs ?? 0)
    return this.snapshot(t)
  }

  /** An out-of-band writer (another workflow, the console): upsert, new hash, the tenant restarts. */
  setEnv(tenantId: string, envs: Record<string, string>): void {
    const t = this.existing(tenantId)
    for (const [key, value] of Object.entries(envs)) t.env.set(key, value)
    this.commitEnvChange(t)
  }

  /** An out-of-band rename (the console): the endpoint moves to the new name. */
  rename(tenantId: string, name: string): Tenant {
    const t = this.existing(tenantId)
    checkProjectName(name)
    if (name !== t.name && this.nameTaken(name)) throw new Error(`rename: the project name ${name} is taken`)
    t.name = name
    return this.snapshot(t)
  }

  setHealthDelay(tenantId: string, ms: number): void {
    this.existing(tenantId).healthyAt = Date.now() + ms
  }

  /**
   * Back to the state start() gave: no tenants, calls or faults, and the settings it was started with. The state
   * is cleared at once; the promise settles when the tenants' engines are closed.
   */
  reset(): Promise<void> {
    this.envShape = this.opts.envShape ?? 'nested'
    this.endpointShape = this.opts.endpointShape ?? 'base'
    this.healthDelayMs = this.opts.healthDelayMs ?? 0
    this.bootChecks = 0
    this.latencyMs = this.opts.latencyMs ?? 0
    this.projectQuota = this.opts.projectQuota ?? 3
    this.introspection = this.opts.introspection ?? true
    this.state.clear()
    this.healthCounts.clear()
    this.calls.length = 0
    this.rules = []
    return this.closeEngines()
  }

  async stop(): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    for (const release of [...this.waiters]) release()
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    this.server.closeAllConnections()
    await Promise.all([closed, this.closeEngines()])
  }

  // ---- HTTP ----

  private async route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // The network between the runner and Hasura Cloud: every request, the API's and the projects', waits this long.
    if (this.latencyMs > 0) await this.wait(this.latencyMs)
    const target = req.url ?? '/'
    if (new URL(target, this.origin).pathname === '/v1/graphql') {
      if (req.method !== 'POST') {
        sendJson(res, 405, { path: '$', error: 'only POST is supported', code: 'method-not-allowed' })
        return
      }
      await this.serveGraphql(req, res)
      return
    }
    const tenantPath = /^\/p\/([^/?#]+)(.*)$/s.exec(target)
    if (tenantPath) {
      const rest = tenantPath[2] ?? ''
      await this.serveTenant(tenantPath[1]!, rest.startsWith('/') ? rest : `/${rest}`, req, res)
      return
    }
    sendJson(res, 404, { path: '$', error: 'resource does not exist', code: 'not-found' })
  }

  /** A tenant's own API: 503 while it restarts, else its engine answers. */
  private async serveTenant(
    name: string,
    path: string,
    req: http.IncomingMessage,
    res: http.ServerResponse
  ): Promise<void> {
    const t = [...this.state.values()].find((candidate) => candidate.name === name)
    if (!t) {
      sendText(res, 404, 'Not Found')
      return
    }
    const healthz = new URL(path, 'http://tenant').pathname === '/healthz'
    if (healthz) this.healthCounts.set(t.id, this.healthChecks(t.id) + 1)
    if (t.bootChecksLeft > 0) {
      if (healthz) t.bootChecksLeft--
      sendText(res, 503, 'Service Unavailable')
      return
    }
    if (Date.now() < t.healthyAt) {
      sendText(res, 503, 'Service Unavailable')
      return
    }
    await this.engineFor(t).serve(req, res, path)
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
    this.record(request, fields, authorized, fault)

    switch (fault?.kind) {
      case 'http':
        sendGatewayError(res, fault.status, fault.retryAfter)
        return
      case 'drop-before':
        req.socket.destroy()
        return
      case 'server-error':
        sendJson(res, 200, { errors: [genericServerError()] })
        return
      case 'html':
        sendHtmlPage(res)
        return
      case 'refuse':
        sendJson(res, 200, { errors: [hasuraError(fault.message, 'unexpected')] })
        return
      case 'hang':
        await this.wait()
        res.destroy()
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
    if (fault?.kind === 'slow') await this.wait(fault.ms)
    if (fault?.kind === 'null-after' && 'data' in answer) {
      answer = { data: Object.fromEntries(Object.keys(answer.data).map((key) => [key, null])) }
    }
    if (this.stopped) res.destroy()
    else if (fault?.kind === 'truncated') sendTruncatedJson(res, answer)
    else sendJson(res, 200, answer)
  }

  private record(
    request: GraphqlRequest | HasuraError,
    fields: string[],
    authorized: boolean,
    fault: Fault | undefined
  ): void {
    const call: RecordedCall = isHasuraError(request)
      ? { fields, query: '', variables: {}, authorized, at: Date.now() }
      : { fields, query: request.query, variables: request.variables, authorized, at: Date.now() }
    if (!isHasuraError(request) && request.operationName !== undefined) call.operationName = request.operationName
    if (fault) call.fault = fault.kind
    this.calls.push(call)
  }

  private isAuthorized(header: string | undefined): boolean {
    const match = /^pat\s+(\S+)\s*$/i.exec(header ?? '')
    return match?.[1] === this.pat
  }

  private takeFault(fields: string[]): Fault | undefined {
    const matches = (r: { field: string; fault: Fault; remaining: number }): boolean =>
      r.remaining > 0 && (r.field === '*' || fields.includes(r.field))
    for (const side of this.rules.filter((r) => matches(r) && r.fault.kind === 'meanwhile')) {
      side.remaining -= 1
      if (side.fault.kind === 'meanwhile') side.fault.run()
    }
    const rule = this.rules.find((r) => matches(r) && r.fault.kind !== 'meanwhile')
    if (!rule) return undefined
    rule.remaining -= 1
    return rule.fault
  }

  /** Resolves after `ms` (never, if undefined) or when the emulator stops, whichever is first. */
  private wait(ms?: number): Promise<void> {
    if (this.stopped) return Promise.resolve()
    return new Promise((resolve) => {
      const release = (): void => {
        clearTimeout(timer)
        this.waiters.delete(release)
        resolve()
      }
      const timer = ms === undefined ? undefined : setTimeout(release, ms)
      this.waiters.add(release)
    })
  }

  // ---- tenants' engines ----

  private engineFor(t: TenantState): TenantEngine {
    let engine = this.engines.get(t.id)
    if (!engine) {
      engine = (this.opts.engine ?? healthOnlyEngine)({ tenantId: t.id, env: () => Object.fromEntries(t.env) })
      this.engines.set(t.id, engine)
    }
    return engine
  }

  private async closeEngine(tenantId: string): Promise<void> {
    const engine = this.engines.get(tenantId)
    this.engines.delete(tenantId)
    await engine?.close()
  }

  private async closeEngines(): Promise<void> {
    await Promise.all([...this.engines.keys()].map((id) => this.closeEngine(id)))
  }

  // ---- GraphQL ----

  private async execute(
    document: DocumentNode,
    request: GraphqlRequest,
    fault: Fault | undefined
  ): Promise<GraphqlAnswer> {
    const paths = selectionPaths(document)
    const rules = this.introspection ? specifiedRules : [...specifiedRules, NoSchemaIntrospectionCustomRule]
    // The engine stops at the first problem: one error, and nothing acts.
    const invalid = validate(this.schema, document, rules)[0]
    if (invalid) return { errors: [toHasuraError(invalid, paths)] }

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
      schema: this.schema,
      document,
      rootValue: this.rootValue(),
      contextValue: context,
      variableValues: request.variables,
      operationName: request.operationName
    })
    // Hasura answers a failed operation with its error only, no partial data.
    const failure = result.errors?.[0]
    if (failure) return { errors: [toHasuraError(failure, paths)] }
    return { data: result.data ?? {} }
  }

  private rootValue(): Record<string, (args: never, ctx: RequestContext) => unknown> {
    return {
      tenant_by_pk: ({ id }: { id: string }, ctx) => {
        ctx.beforeAct(id)
        const t = this.state.get(id)
        return t ? this.tenantView(t) : null
      },
      tenant: (args: ListArgs) =>
        select([...this.state.values()], (t) => this.tenantRow(t), args).map((t) => this.tenantView(t)),
      projects: (args: ListArgs) =>
        select([...this.state.values()], (t) => this.projectRow(t), args).map((t) => this.projectView(t)),
      getTenantEnv: ({ tenantId }: { tenantId: string }, ctx) => {
        ctx.beforeAct(tenantId)
        return this.envView(this.requireTenant(tenantId))
      },
      createTenant: (args: CreateTenantArgs) => {
        if (args.envs && args.envs.length > 0) {
          // The live API fails this way when envs are passed at creation (graphql-engine issue 9731).
          throw new ApiError('GenericServerError', INTERNAL_ERROR, { id: randomUUID() })
        }
        const used = [...this.state.values()].filter((t) => !t.seeded).length
        if (used >= this.projectQuota) {
          throw new ApiError(
            'unexpected',
            `project limit reached: this account already has ${used} projects, the most its plan allows; ` +
              'delete a project or upgrade the plan'
          )
        }
        // The live API ignores `name` (graphql-engine issue 9732): the project gets a generated one.
        const t = this.addTenant({ ...args, name: this.freshName(), seeded: false })
        t.healthyAt = Date.now() + this.healthDelayMs
        t.bootChecksLeft = this.bootChecks
        return { id: t.id, name: t.name, tenant: this.tenantView(t) }
      },
      update_projects_by_pk: (args: { pk_columns: { id: string }; _set?: { name?: string | null } | null }) => {
        const t = [...this.state.values()].find((candidate) => candidate.projectId === args.pk_columns.id)
        if (!t) return null
        const name = args._set?.name
        if (name === null) {
          throw new ApiError(
            'constraint-violation',
            'Not-NULL violation. null value in column "name" of relation "projects" violates not-null constraint'
          )
        }
        if (name !== undefined && name !== t.name) {
          checkProjectName(name)
          if (this.nameTaken(name)) throw new ApiError('constraint-violation', NAME_TAKEN)
          t.name = name
        }
        return this.projectView(t)
      },
      deleteTenant: async ({ tenantId }: { tenantId: string }, ctx) => {
        ctx.beforeAct(tenantId)
        this.requireTenant(tenantId)
        this.state.delete(tenantId)
        await this.closeEngine(tenantId)
        return { status: 'deleted' }
      },
      updateTenantEnv: (args: { tenantId: string; currentHash: string; envs: EnvEntry[] }, ctx) => {
        ctx.beforeAct(args.tenantId)
        const t = this.requireFreshTenant(args.tenantId, args.currentHash)
        if (args.envs.some(({ key }) => key === '')) throw new ApiError('unexpected', 'env key must not be empty')
        if (args.envs.every(({ key, value }) => t.env.get(key) === value)) throw nothingChanged()
        for (const { key, value } of args.envs) t.env.set(key, value)
        this.commitEnvChange(t)
        return this.envView(t)
      },
      deleteTenantEnv: (args: { tenantId: string; currentHash: string; deleteEnvs: string[] }, ctx) => {
        ctx.beforeAct(args.tenantId)
        const t = this.requireFreshTenant(args.tenantId, args.currentHash)
        if (!args.deleteEnvs.some((key) => t.env.has(key))) throw nothingChanged()
        for (const key of args.deleteEnvs) t.env.delete(key)
        this.commitEnvChange(t)
        return this.envView(t)
      }
    }
  }

  // ---- state ----

  private existing(tenantId: string): TenantState {
    const t = this.state.get(tenantId)
    if (!t) throw new Error(`no tenant ${tenantId} in the emulator`)
    return t
  }

  private requireTenant(id: string): TenantState {
    const t = this.state.get(id)
    if (!t) throw new ApiError('unexpected', 'tenant not found')
    return t
  }

  private requireFreshTenant(id: string, currentHash: string): TenantState {
    const t = this.requireTenant(id)
    if (t.hash !== currentHash) {
      throw new ApiError('unexpected', 'the config has been modified since it was read: currentHash is stale')
    }
    return t
  }

  private commitEnvChange(t: TenantState): void {
    t.hash = newHash()
    t.healthyAt = Date.now() + this.healthDelayMs
    t.bootChecksLeft = this.bootChecks
  }

  private nameTaken(name: string): boolean {
    return this.reservedNames.has(name) || [...this.state.values()].some((t) => t.name === name)
  }

  private freshName(): string {
    return generateName((name) => this.nameTaken(name))
  }

  private addTenant(init: {
    name: string
    cloud: string
    region: string
    plan?: string | null | undefined
    seeded: boolean
  }): TenantState {
    const t: TenantState = {
      id: randomUUID(),
      name: init.name,
      slug: init.name,
      projectId: randomUUID(),
      cloud: init.cloud,
      region: init.region,
      planName: init.plan ?? DEFAULT_PLAN,
      createdAt: timestamp(new Date()),
      env: new Map([[ADMIN_SECRET, randomBytes(16).toString('hex')]]),
      hash: newHash(),
      healthyAt: Date.now(),
      bootChecksLeft: 0,
      seeded: init.seeded
    }
    this.state.set(t.id, t)
    return t
  }

  private endpointOf(t: TenantState): string {
    const base = `${this.origin}/p/${t.name}`
    return this.endpointShape === 'graphql' ? `${base}/v1/graphql` : base
  }

  private snapshot(t: TenantState): Tenant {
    const { seeded: _seeded, bootChecksLeft: _booting, env, ...rest } = t
    return { ...rest, endpoint: this.endpointOf(t), env: Object.fromEntries(env) }
  }

  // ---- views (what the GraphQL types resolve from) ----

  private tenantRow(t: TenantState): Row {
    return {
      columns: { id: t.id, slug: t.slug, created_at: t.createdAt },
      relations: { project: () => this.projectRow(t) }
    }
  }

  private projectRow(t: TenantState): Row {
    return {
      columns: { id: t.projectId, name: t.name, created_at: t.createdAt },
      relations: { tenant: () => this.tenantRow(t) }
    }
  }

  private tenantView(t: TenantState): Record<string, unknown> {
    return {
      id: t.id,
      slug: t.slug,
      active: true,
      cloud: t.cloud,
      region: t.region,
      created_at: t.createdAt,
      project_id: t.projectId,
      project: () => this.projectView(t),
      config: () => ({ hash: t.hash, tenant_id: t.id })
    }
  }

  private projectView(t: TenantState): Record<string, unknown> {
    return {
      id: t.projectId,
      name: t.name,
      endpoint: this.endpointOf(t),
      created_at: t.createdAt,
      plan_name: t.planName,
      tenant: () => this.tenantView(t)
    }
  }

  private envView(t: TenantState): { hash: string; envVars: unknown } {
    const env = Object.fromEntries(t.env)
    return { hash: t.hash, envVars: this.envShape === 'flat' ? env : { environment: env } }
  }
}

function nothingChanged(): ApiError {
  return new ApiError('unexpected', 'nothing changed in config')
}

function newHash(): string {
  return randomBytes(20).toString('hex')
}

/** Postgres' timestamptz as Hasura prints it. */
function timestamp(date: Date): string {
  return date.toISOString().replace('Z', '+00:00')
}
