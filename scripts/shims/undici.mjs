/**
 * What the bundle gets for `undici` (see ../bundle.mjs): npm undici, loaded on first use instead of at start-up.
 * Its importers are @actions/http-client (ProxyAgent, for getAgentDispatcher) and @actions/github (fetch, every
 * GitHub call); both copies of http-client import it, and so does @actions/core through its OIDC client, which puts
 * all 0.9 MB of it on every run's start-up path although only the GitHub calls use it.
 *
 * - fetch loads undici and calls its fetch.
 * - new ProxyAgent(options) only records the options: @actions/github passes the agent to this fetch, which makes
 *   the real ProxyAgent on first use (one per recorded agent, as the toolkit keeps one per client).
 */
const OPTIONS = Symbol('undici ProxyAgent options')
const REAL = Symbol('undici ProxyAgent')

let undici
function load() {
  undici ??= import('../../node_modules/undici/index.js')
  return undici
}

export class ProxyAgent {
  constructor(options) {
    this[OPTIONS] = options
  }
}

export async function fetch(input, init) {
  const real = await load()
  const dispatcher = init?.dispatcher
  if (dispatcher instanceof ProxyAgent) {
    dispatcher[REAL] ??= new real.ProxyAgent(dispatcher[OPTIONS])
    return real.fetch(input, { ...init, dispatcher: dispatcher[REAL] })
  }
  return real.fetch(input, init)
}
