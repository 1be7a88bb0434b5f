import { extname } from 'node:path'
import type { Logger } from '../core/log.js'
import { readLimited, resolveWorkspacePath } from '../core/workspace.js'
import { parseDotenv } from './dotenv.js'
import { EnvFileError, type EnvEntry } from './entry.js'
import { parseYamlEnv } from './yaml.js'

/** Env files larger than this are refused (1 MiB). */
export const MAX_ENV_FILE_BYTES = 1024 * 1024

const YAML_EXTENSIONS = new Set(['.yml', '.yaml', '.json'])

/** YAML for `.yml`, `.yaml` and `.json` (any case; JSON is YAML), dotenv for anything else. */
export function envFileFormat(path: string): 'yaml' | 'dotenv' {
  return YAML_EXTENSIONS.has(extname(path).toLowerCase()) ? 'yaml' : 'dotenv'
}

/**
 * Read and parse the `env-file` input: a regular file inside the workspace (its real path, symlinks resolved), at
 * most 1 MiB as read. A path that is missing, leads outside the workspace or is not a regular file is an InputError
 * naming `env-file`; a problem inside the file is an EnvFileError at its line. Errors carry `path` as the user
 * wrote it, since annotations want the repo-relative path.
 */
export function loadEnvFile(
  path: string,
  workspace: string,
  environment: Record<string, string | undefined>
): EnvEntry[] {
  const file = resolveWorkspacePath(workspace, path, 'env-file', 'file')
  const bytes = readLimited(file, MAX_ENV_FILE_BYTES, 'env-file')
  let text: string
  try {
    // The BOM is kept here; both parsers skip a leading one.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw new EnvFileError('the env file is not valid UTF-8', path, invalidUtf8Line(bytes))
  }
  return envFileFormat(path) === 'yaml' ? parseYamlEnv(text, path, environment) : parseDotenv(text, path, environment)
}

/** What the other inputs say about an env file. */
export interface EnvInputContext {
  workspace: string
  /** The step's environment, for `${NAME}`. */
  environment: Record<string, string | undefined>
  /** The key the action writes the database URL to, when a database input is given: the file may not set it. */
  databaseUrlEnv?: string
  prune: boolean
  /** Why the file may not set a key the action writes itself (the preview marker); undefined for other keys. */
  actionKey: (key: string) => string | undefined
}

/**
 * The `env-file` of a run, checked against the other inputs before any API call: the keys the action writes itself
 * may not be set, and prune needs keys. Values that came from the environment (`${NAME}`) are secrets, masked at
 * once; literal ones are in the repository.
 */
export function readEnvInput(path: string, context: EnvInputContext, log: Logger): EnvEntry[] {
  const entries = loadEnvFile(path, context.workspace, context.environment)
  for (const entry of entries) if (!entry.literal) log.mask(entry.value)
  for (const entry of entries) {
    const reserved = context.actionKey(entry.key)
    if (reserved) throw new EnvFileError(reserved, path, entry.line)
    if (entry.key === context.databaseUrlEnv) {
      throw new EnvFileError(
        `${entry.key} is also set by the action from the database input ("database-url-env"): remove it from the ` +
          'file, or set "database-url-env" to another key',
        path,
        entry.line
      )
    }
  }
  // A file of only `KEY: null` lines sets no keys either: pruning to it would empty the tenant just the same.
  if (context.prune && entries.every((entry) => entry.value === null)) {
    throw new EnvFileError(
      'prune: true with an env file that sets no keys would delete every key of the tenant (the database URL and JWT ' +
        'secret among them): add the keys to the file, or set prune: false',
      path,
      1
    )
  }
  log.info(`Read ${entries.length} key${entries.length === 1 ? '' : 's'} from ${path}.`)
  return entries
}

/** 1-based line of the first byte sequence that is not UTF-8 (by decoding line by line). */
function invalidUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let line = 1
  let start = 0
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start)
    if (end < 0) end = bytes.length
    try {
      decoder.decode(bytes.subarray(start, end))
    } catch {
      return line
    }
    line++
    start = end + 1
  }
  return 1
}
