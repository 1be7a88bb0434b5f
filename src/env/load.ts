import { extname } from 'node:path'
import { readLimited, resolveWorkspacePath } from '../workspace.js'
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
