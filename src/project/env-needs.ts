import type { YamlPositions } from '../core/yaml/document.js'
import { EXPERIMENTAL_FEATURES_KEY } from '../core/keys.js'
import { KEY_PATTERN } from '../env/entry.js'
import { isMapping, mappings } from '../core/json.js'
import type { EnvNeed, SourceLocation } from './types.js'

/** Keys whose value is an env var's name (`value_from_env` of headers, `from_env` of a database URL, ...). */
const NAME_KEYS = new Set(['from_env', 'value_from_env', 'webhook_from_env', 'url_from_env'])
/**
 * Keys whose value the engine resolves as a template of env vars, an InputWebhook (hasura/graphql-engine
 * server/src-lib/Hasura/RQL/Types/Common.hs, resolveWebhook): an action's `handler`, an event or cron trigger's
 * `webhook`, a remote schema's (or an input validation's) `url`, and a source's `database_url` given as a string
 * (UrlValue, resolveUrlConf).
 */
const TEMPLATE_KEYS = new Set(['handler', 'webhook', 'url', 'database_url'])
/**
 * Request and response transforms hold Kriti templates (`{{$body.input.id}}`, `{{ if ... }}`, `{{ range ... }}`,
 * `{{$base_url}}`), which the engine evaluates on each request against the request itself, never against its env
 * (https://hasura.io/docs/latest/api-reference/kriti-templating/): nothing inside one is an env var, `url` included.
 */
const KRITI_KEYS = new Set(['request_transform', 'response_transform'])
/**
 * The engine's template rule (parseTemplate, server/src-lib/Data/URL/Template.hs): `{{`, then everything up to the
 * next `}}` is the name of an env var. Outside the transforms (skipped above) what a template names is read as an env
 * var's name, spaces around it set aside: `{{ API_URL }}` still needs API_URL, so the check never lets through a
 * project whose variable is missing. What no env var can be named (`{{$body.x}}`) is not a reference.
 */
const TEMPLATE = /\{\{([\s\S]*?)\}\}/g

/**
 * A source's GraphQL naming convention (`customization.naming_convention`, Hasura 2.8+) only applies when the engine
 * runs with the experimental feature `naming_convention`: without it the engine silently uses `hasura-default`
 * (server/src-lib/Hasura/RQL/DDL/Schema/Cache.hs: `if isNamingConventionEnabled then ... else HasuraCase`), so the
 * preview's GraphQL names would differ from production's (https://hasura.io/docs/latest/schema/postgres/naming-convention/).
 */
const NAMING_CONVENTION = { feature: 'naming_convention', default: 'hasura-default' }

/**
 * Every env var the metadata reads, with the file and line of each use: `{{NAME}}` in handlers, webhooks and URLs,
 * every `*_from_env`, and HASURA_GRAPHQL_EXPERIMENTAL_FEATURES with `naming_convention` for a source that sets its
 * naming convention. Walks the whole metadata, so any object that reads one is found wherever it sits.
 */
export function envNeeds(
  metadata: Record<string, unknown>,
  positions: YamlPositions,
  fallback: SourceLocation
): EnvNeed[] {
  const needs: EnvNeed[] = []
  const visit = (value: unknown, what: string, at: SourceLocation): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, what, positionOf(item) ?? at)
      return
    }
    if (!isMapping(value)) return
    const here = positionOf(value) ?? at
    const named = nameOf(value, what)
    const keyLines = positions.of(value)?.keyLines
    for (const [key, child] of Object.entries(value)) {
      const line = keyLines?.get(key) ?? here.line
      const place = { file: here.file, line }
      if (KRITI_KEYS.has(key)) continue
      if (NAME_KEYS.has(key) && typeof child === 'string' && child !== '') {
        needs.push({ name: child, at: place, what: named })
      } else if (TEMPLATE_KEYS.has(key) && typeof child === 'string') {
        for (const name of templateNames(child)) needs.push({ name, at: place, what: named })
      } else {
        visit(child, kindOf(key) ?? named, positionOf(child) ?? place)
      }
    }
  }
  const positionOf = (value: unknown): SourceLocation | undefined => {
    const position = positions.of(value)
    return position ? { file: position.file, line: position.line } : undefined
  }
  visit(metadata, 'the metadata', fallback)
  needs.push(...featureNeeds(metadata, positions, fallback))
  return needs
}

/** The env vars a `{{NAME}}` template reads, by the engine's rule (see TEMPLATE). */
function templateNames(template: string): string[] {
  return [...template.matchAll(TEMPLATE)].map((match) => match[1]!.trim()).filter((name) => KEY_PATTERN.test(name))
}

/** The experimental features the metadata needs the engine to run with: a source's naming convention. */
function featureNeeds(metadata: Record<string, unknown>, positions: YamlPositions, fallback: SourceLocation) {
  const needs: EnvNeed[] = []
  for (const source of mappings(metadata.sources)) {
    const customization = source.customization
    if (!isMapping(customization)) continue
    const convention = customization.naming_convention
    if (typeof convention !== 'string' || convention === NAMING_CONVENTION.default) continue
    const position = positions.of(customization) ?? positions.of(source)
    const at = position
      ? { file: position.file, line: position.keyLines?.get('naming_convention') ?? position.line }
      : fallback
    needs.push({
      name: EXPERIMENTAL_FEATURES_KEY,
      listing: NAMING_CONVENTION.feature,
      at,
      what: `database ${String(source.name)} (naming_convention: ${convention})`
    })
  }
  return needs
}

/**
 * Whether a comma-separated value lists `item`, as the engine reads HASURA_GRAPHQL_EXPERIMENTAL_FEATURES: split on
 * commas, each part trimmed and compared without case (FromEnv (HashSet ExperimentalFeature),
 * server/src-lib/Hasura/Server/Init/Env.hs).
 */
export function listsItem(value: string, item: string): boolean {
  return value.split(',').some((part) => part.trim().toLowerCase() === item)
}

/** What a list under this key holds, for naming its items. */
function kindOf(key: string): string | undefined {
  const kinds: Record<string, string> = {
    sources: 'database',
    actions: 'action',
    cron_triggers: 'cron trigger',
    remote_schemas: 'remote schema',
    event_triggers: 'event trigger',
    tables: 'table'
  }
  return Object.hasOwn(kinds, key) ? kinds[key] : undefined
}

/** `action ban_app` for a named item of a known kind; the enclosing name otherwise. */
function nameOf(value: Record<string, unknown>, what: string): string {
  if (typeof value.name !== 'string') return what
  const kind = /^(database|action|cron trigger|remote schema|event trigger)$/.exec(what)?.[1]
  return kind ? `${kind} ${value.name}` : what
}
