import type { YamlPositions } from '../core/yaml/document.js'
import { isMapping } from './json.js'
import type { EnvNeed, SourceLocation } from './types.js'

/** Keys whose value is an env var's name (`value_from_env` of headers, `from_env` of a database URL, ...). */
const NAME_KEYS = new Set(['from_env', 'value_from_env', 'webhook_from_env', 'url_from_env'])
/** Keys whose value may hold `{{NAME}}` templates (an action's handler, a trigger's webhook, a remote schema's url). */
const TEMPLATE_KEYS = new Set(['handler', 'webhook', 'url'])
/** `{{NAME}}`, but not Kriti's `{{$body...}}` of request transforms. */
const TEMPLATE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g

/**
 * Every env var the metadata reads, with the file and line of each use: `{{NAME}}` in handlers, webhooks and URLs,
 * and every `*_from_env`. Walks the whole metadata, so any object that reads one is found wherever it sits.
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
      if (NAME_KEYS.has(key) && typeof child === 'string' && child !== '') {
        needs.push({ name: child, at: place, what: named })
      } else if (TEMPLATE_KEYS.has(key) && typeof child === 'string') {
        for (const match of child.matchAll(TEMPLATE)) needs.push({ name: match[1]!, at: place, what: named })
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
  return needs
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
  return kinds[key]
}

/** `action ban_app` for a named item of a known kind; the enclosing name otherwise. */
function nameOf(value: Record<string, unknown>, what: string): string {
  if (typeof value.name !== 'string') return what
  const kind = /^(database|action|cron trigger|remote schema|event trigger)$/.exec(what)?.[1]
  return kind ? `${kind} ${value.name}` : what
}
