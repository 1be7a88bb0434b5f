import { readFileSync, statSync, type Stats } from 'node:fs'
import { extname, resolve } from 'node:path'
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
 * Read and parse the `env-file` input. `path` is as the user wrote it: relative to the
 * workspace (GITHUB_WORKSPACE), or absolute. Every EnvFileError carries `path` unchanged as
 * its `file`, since annotations want the repo-relative path; line 1 where no line applies.
 * Keys are validated by both parsers through `assertValidKey` (entry.ts), at their line.
 */
export function loadEnvFile(
  path: string,
  workspace: string,
  environment: Record<string, string | undefined>
): EnvEntry[] {
  if (path.trim() === '') throw new EnvFileError('env-file is empty', path, 1)
  const resolved = resolve(workspace, path)
  const where = `${resolved} (env-file is relative to GITHUB_WORKSPACE, ${workspace})`

  let stats: Stats
  try {
    stats = statSync(resolved)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new EnvFileError(`env file not found: ${where}`, path, 1)
    }
    throw new EnvFileError(`cannot read the env file ${resolved}: ${code ?? String(error)}`, path, 1)
  }
  if (stats.isDirectory()) {
    throw new EnvFileError(`the env file is a directory, not a file: ${where}`, path, 1)
  }
  if (!stats.isFile()) throw new EnvFileError(`the env file is not a regular file: ${resolved}`, path, 1)
  if (stats.size > MAX_ENV_FILE_BYTES) {
    throw new EnvFileError(
      `the env file is ${stats.size} bytes; the limit is 1 MiB (${MAX_ENV_FILE_BYTES} bytes)`,
      path,
      1
    )
  }

  let bytes: Buffer
  try {
    bytes = readFileSync(resolved)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new EnvFileError(`cannot read the env file ${resolved}: ${code ?? String(error)}`, path, 1)
  }
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
