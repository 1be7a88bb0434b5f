import { lstatSync, readdirSync, realpathSync, type Dirent } from 'node:fs'
import path from 'node:path'
import { InputError } from '../core/errors.js'
import { resolveWorkspacePath, readLimited, type WorkspacePath } from '../core/workspace.js'
import { buildYamlValue, YamlPositions } from '../core/yaml/document.js'
import { MAX_ALIAS_NODES, parseBoundedEvents, type YamlErrorReporter } from '../core/yaml/events.js'
import { ProjectError } from './error.js'
import type { SourceLocation } from './types.js'

const INPUT = 'hasura-project'
export const MAX_FILE_BYTES = 5 * 1024 * 1024
export const MAX_PROJECT_BYTES = 50 * 1024 * 1024
export const MAX_PROJECT_FILES = 5000
/**
 * How many YAML files may be open in one chain of `!include`s. The CLI's own layout nests three (databases.yaml,
 * tables.yaml, a table's file); each file may nest 100 levels (js-yaml's maxDepth), so the metadata stays within a
 * depth every reader, comparison and JSON.stringify can walk, where an unbounded chain overflows the stack.
 */
export const MAX_INCLUDE_DEPTH = 10

/** The quoted form real projects use: `tables: "!include default/tables/tables.yaml"`. */
const INCLUDE_STRING = /^!include[ \t]+(.*)$/s

/**
 * The files of one project directory, read only through the workspace guards: every path must lead (symlinks
 * resolved) to a regular file inside the project, each file is capped, and so is the whole project (bytes, files,
 * alias expansion), so a hostile repository cannot make the step read the runner's files or exhaust its memory.
 * Each read counts, an `!include` of the same file twice included: repeated includes cannot multiply without bound.
 */
export class ProjectFiles {
  readonly root: WorkspacePath
  /** Where every mapping and list read from the project's YAML was written. */
  readonly positions = new YamlPositions()
  private readonly workspaceReal: string
  private files = 0
  private bytes = 0
  private aliasNodes = 0
  /** The YAML files being built, outermost first: an `!include` of one of them is a cycle. */
  private readonly including: WorkspacePath[] = []

  constructor(
    private readonly workspace: string,
    dir: string
  ) {
    this.root = resolveWorkspacePath(workspace, dir, INPUT, 'directory')
    this.workspaceReal = realpathSync(workspace)
  }

  /** The workspace-relative path of a path inside the project (`/` separators). */
  inProject(...segments: string[]): string {
    return path.posix.join(this.root.relative, ...segments)
  }

  /** A workspace-relative path as the project shows it (`metadata/actions.yaml`), for messages. */
  display(relative: string): string {
    return path.posix.relative(this.root.relative === '.' ? '' : this.root.relative, relative) || '.'
  }

  /**
   * The file or directory at `relative` (workspace-relative), or undefined when nothing is there. Something that is
   * there but leads outside the project, or is of the other kind, is a ProjectError at `blame`, named by `label`.
   */
  find(relative: string, kind: 'file' | 'directory', blame: SourceLocation, label: string): WorkspacePath | undefined {
    const absolute = path.resolve(this.workspaceReal, relative)
    if (!lstatSync(absolute, { throwIfNoEntry: false })) return undefined
    try {
      return resolveWorkspacePath(this.workspace, relative, INPUT, kind, this.root.real)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      throw new ProjectError(`${label}: ${this.whyNot(absolute, kind)}`, blame.file, blame.line)
    }
  }

  private whyNot(absolute: string, kind: 'file' | 'directory'): string {
    let real: string
    try {
      real = realpathSync(absolute)
    } catch {
      return 'it is a symlink that leads nowhere'
    }
    const inside = path.relative(this.root.real, real)
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      return (
        `it leads outside the project directory ${this.root.relative} (through "..", an absolute path or a symlink); ` +
        'only files of the project are read'
      )
    }
    return kind === 'file' ? 'it is not a regular file' : 'it is not a directory'
  }

  /**
   * The text of a project file (UTF-8), counted against the project's limits; problems are blamed on `blame`.
   * `whyRead`: appended to a file too large, to say why it was read and what to do.
   */
  read(file: WorkspacePath, blame: SourceLocation, whyRead?: string): string {
    if (++this.files > MAX_PROJECT_FILES) {
      throw new ProjectError(
        `the project needs more than ${MAX_PROJECT_FILES} file reads (includes counted), the most the action reads`,
        blame.file,
        blame.line
      )
    }
    let data: Buffer
    try {
      data = readLimited(file, MAX_FILE_BYTES, INPUT)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      const message = error.message.replace(`Input "${INPUT}": `, '')
      throw new ProjectError(whyRead ? `${message.replace(/\.$/, '')}; ${whyRead}.` : message, file.relative, 1)
    }
    this.bytes += data.length
    if (this.bytes > MAX_PROJECT_BYTES) {
      throw new ProjectError(
        `the project is larger than ${MAX_PROJECT_BYTES / 1024 / 1024} MiB (includes counted), the most the action reads`,
        blame.file,
        blame.line
      )
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(data)
    } catch {
      throw new ProjectError(`${this.display(file.relative)} is not UTF-8 text`, file.relative, 1)
    }
  }

  /** Read and build a YAML file of the project; with `includes`, `!include` (tag or quoted string) is resolved. */
  yaml(file: WorkspacePath, blame: SourceLocation, includes: boolean): unknown {
    return this.buildYaml(file, this.read(file, blame), includes)
  }

  /** The entries of a project directory, sorted by name, dot-entries left out. */
  list(dir: WorkspacePath): Dirent[] {
    return readdirSync(dir.real, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  }

  private buildYaml(file: WorkspacePath, text: string, includes: boolean): unknown {
    const onError: YamlErrorReporter = (message, line) => {
      throw new ProjectError(message, file.relative, line)
    }
    const parsed = parseBoundedEvents(text, file.relative, onError, MAX_ALIAS_NODES - this.aliasNodes)
    this.aliasNodes += parsed.aliasNodes
    this.including.push(file)
    try {
      return buildYamlValue(parsed.events, {
        text,
        file: file.relative,
        lines: parsed.lines,
        positions: this.positions,
        onError,
        hooks: includes
          ? {
              localTag: (tag, value, line) =>
                tag === '!include' ? this.include(file, value, line) : onError(`the tag ${tag} is not supported`, line),
              string: (value, line) => {
                const include = INCLUDE_STRING.exec(value)
                return include ? this.include(file, include[1] ?? '', line) : value
              }
            }
          : undefined
      })
    } finally {
      this.including.pop()
    }
  }

  /**
   * The value an `!include` stands for. As the Hasura CLI does: the path is relative to the including file's
   * directory, surrounding double quotes are dropped, a YAML file becomes its value (its own includes resolved), any
   * other file its text. `.yml` is read as YAML too, where the CLI would insert its text.
   */
  private include(from: WorkspacePath, target: string, line: number): unknown {
    const name = target.trim().replace(/^"+|"+$/g, '')
    const blame = { file: from.relative, line }
    if (name === '') throw new ProjectError('!include names no file', from.relative, line)
    const label = `!include ${name}`
    const relative = path.posix.join(path.posix.dirname(from.relative), name)
    const file = this.find(relative, 'file', blame, label)
    if (!file) {
      throw new ProjectError(
        `${label}: ${this.display(relative)} does not exist (the path is relative to the including file's directory)`,
        from.relative,
        line
      )
    }
    const chain = (): string =>
      [...this.including.map((open) => this.display(open.relative)), this.display(file.relative)].join(' -> ')
    if (this.including.some((open) => open.real === file.real)) {
      throw new ProjectError(`${label} makes a cycle of includes: ${chain()}`, from.relative, line)
    }
    const extension = path.posix.extname(name).toLowerCase()
    const yaml = extension === '.yaml' || extension === '.yml'
    if (yaml && this.including.length >= MAX_INCLUDE_DEPTH) {
      throw new ProjectError(
        `${label} nests includes more than ${MAX_INCLUDE_DEPTH} files deep (${chain()}), more than the action ` +
          'reads: include the file from a file higher up',
        from.relative,
        line
      )
    }
    const text = this.read(file, blame)
    return yaml ? this.buildYaml(file, text, true) : text
  }
}
