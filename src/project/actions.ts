import path from 'node:path'
import {
  GraphQLError,
  Kind,
  parse,
  print,
  type DefinitionNode,
  type EnumTypeDefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type StringValueNode
} from 'graphql'
import type { WorkspacePath } from '../core/workspace.js'
import { ProjectError } from './error.js'
import { isMapping } from '../core/json.js'
import type { ProjectFiles } from './files.js'
import type { SourceLocation } from './types.js'

export interface ProjectActions {
  /** The `actions` of the metadata, undefined when there are none. */
  actions: Record<string, unknown>[] | undefined
  /** The `custom_types` of the metadata (only its non-empty lists), undefined when there are none. */
  customTypes: Record<string, unknown> | undefined
  /** `actions` / `custom_types` -> the file they were read from. */
  files: Map<string, string>
}

const TYPE_LISTS = ['input_objects', 'objects', 'scalars', 'enums'] as const
type TypeList = (typeof TYPE_LISTS)[number]

/**
 * Actions as the Hasura CLI builds them from `actions.graphql` (the signatures: arguments, output type, query or
 * mutation, and the custom types) and `actions.yaml` (the rest: handler, kind, headers, permissions, timeout...,
 * and the custom types' descriptions and relationships). Every action and type that actions.yaml lists must be in
 * actions.graphql, and every action of actions.graphql needs its entry (its handler) in actions.yaml.
 */
export function readActions(files: ProjectFiles, dir: WorkspacePath): ProjectActions {
  const result: ProjectActions = { actions: undefined, customTypes: undefined, files: new Map() }
  const yamlPath = path.posix.join(dir.relative, 'actions.yaml')
  const yamlFile = files.find(yamlPath, 'file', { file: yamlPath, line: 1 }, files.display(yamlPath))
  const listed = yamlFile ? listedActions(files, yamlFile) : emptyListing()
  if (yamlFile) {
    result.files.set('actions', yamlFile.relative)
    result.files.set('custom_types', yamlFile.relative)
  }
  const sdlPath = path.posix.join(dir.relative, 'actions.graphql')
  const sdlFile = files.find(sdlPath, 'file', { file: sdlPath, line: 1 }, files.display(sdlPath))
  const sdl = sdlFile ? readSdl(files.read(sdlFile, { file: sdlFile.relative, line: 1 }), sdlFile.relative) : emptySdl()

  const actions = sdl.actions.map((defined) => {
    const entry = listed.actions.get(defined.name)
    if (!entry) {
      const where = sdl.file ?? yamlPath
      throw new ProjectError(
        `the action ${defined.name} is defined in actions.graphql but actions.yaml has no entry for it ` +
          '(its handler and kind): add one, as `hasura actions create` does',
        where,
        defined.line
      )
    }
    const action = mergeAction(defined, entry.value)
    files.positions.copy(entry.value, action)
    // The merged definition keeps the listed one's position: where its handler is written.
    if (isMapping(entry.value.definition)) files.positions.copy(entry.value.definition, action.definition as object)
    return action
  })
  for (const [name, entry] of listed.actions) {
    if (!sdl.actions.some((defined) => defined.name === name)) {
      throw new ProjectError(
        `the action ${name} is listed in actions.yaml but not defined in actions.graphql ` +
          '(under type Query or type Mutation)',
        entry.at.file,
        entry.at.line
      )
    }
  }
  if (actions.length > 0) result.actions = actions

  const customTypes: Record<string, unknown> = {}
  for (const list of TYPE_LISTS) {
    const defined = sdl.types[list]
    for (const [name, entry] of listed.types[list]) {
      if (!defined.some((type) => type.name === name)) {
        throw new ProjectError(
          `the custom type ${name} is listed in actions.yaml (${list}) but actions.graphql does not define it`,
          entry.at.file,
          entry.at.line
        )
      }
    }
    const types = defined.map((type) => withListedFields(type, listed.types[list].get(String(type.name))?.value))
    if (types.length > 0) customTypes[list] = types
  }
  if (Object.keys(customTypes).length > 0) {
    if (listed.customTypes) files.positions.copy(listed.customTypes, customTypes)
    result.customTypes = customTypes
  }
  return result
}

interface Listed {
  value: Record<string, unknown>
  at: SourceLocation
}

interface Listing {
  actions: Map<string, Listed>
  types: Record<TypeList, Map<string, Listed>>
  customTypes: object | undefined
}

function emptyListing(): Listing {
  return { actions: new Map(), types: emptyTypes(() => new Map<string, Listed>()), customTypes: undefined }
}

function emptyTypes<T>(make: () => T): Record<TypeList, T> {
  return { input_objects: make(), objects: make(), scalars: make(), enums: make() }
}

/** actions.yaml: `actions` (name -> entry) and `custom_types` (per list, name -> entry). */
function listedActions(files: ProjectFiles, file: WorkspacePath): Listing {
  const listing = emptyListing()
  const value = files.yaml(file, { file: file.relative, line: 1 }, true)
  if (value === undefined || value === null) return listing
  if (!isMapping(value))
    throw new ProjectError('actions.yaml must be a mapping (actions, custom_types)', file.relative, 1)
  const byName = (list: unknown, what: string, into: Map<string, Listed>): void => {
    if (list === undefined || list === null) return
    if (!Array.isArray(list)) {
      const at = locationOf(files, list, file)
      throw new ProjectError(`actions.yaml: ${what} must be a list`, at.file, at.line)
    }
    for (const item of list) {
      const at = locationOf(files, item, file)
      if (!isMapping(item) || typeof item.name !== 'string') {
        throw new ProjectError(`actions.yaml: each entry of ${what} needs a name`, at.file, at.line)
      }
      if (into.has(item.name))
        throw new ProjectError(`actions.yaml: ${item.name} is listed twice in ${what}`, at.file, at.line)
      into.set(item.name, { value: item, at })
    }
  }
  byName(value.actions, 'actions', listing.actions)
  const customTypes = value.custom_types
  if (isMapping(customTypes)) {
    listing.customTypes = customTypes
    for (const list of TYPE_LISTS) byName(customTypes[list], `custom_types.${list}`, listing.types[list])
  }
  return listing
}

interface DefinedAction {
  name: string
  line: number
  definition: Record<string, unknown>
}

interface Sdl {
  file: string | undefined
  actions: DefinedAction[]
  types: Record<TypeList, Record<string, unknown>[]>
}

function emptySdl(): Sdl {
  return { file: undefined, actions: [], types: emptyTypes(() => []) }
}

/** The actions (fields of Query / Mutation) and custom types that actions.graphql defines. */
function readSdl(text: string, file: string): Sdl {
  const sdl: Sdl = { ...emptySdl(), file }
  if (text.replace(/#[^\n\r]*/g, '').trim() === '') return sdl // only whitespace and comments
  let definitions: readonly DefinitionNode[]
  try {
    definitions = parse(text).definitions
  } catch (error) {
    if (error instanceof GraphQLError) {
      throw new ProjectError(`invalid GraphQL: ${error.message}`, file, error.locations?.[0]?.line ?? 1)
    }
    throw error
  }
  const seen = new Set<string>()
  const once = (name: string, line: number, what: string): void => {
    if (seen.has(`${what} ${name}`))
      throw new ProjectError(`actions.graphql defines the ${what} ${name} twice`, file, line)
    seen.add(`${what} ${name}`)
  }
  for (const definition of definitions) {
    const line = definition.loc?.startToken.line ?? 1
    const isRoot =
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      (definition.name.value === 'Query' || definition.name.value === 'Mutation')
    if (isRoot) {
      const type = definition.name.value === 'Query' ? 'query' : 'mutation'
      for (const field of definition.fields ?? []) {
        const fieldLine = field.loc?.startToken.line ?? line
        once(field.name.value, fieldLine, 'action')
        sdl.actions.push({ name: field.name.value, line: fieldLine, definition: actionSignature(field, type) })
      }
      continue
    }
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_DEFINITION: {
        once(definition.name.value, line, 'type')
        const fields = (definition.fields ?? []).map((field: FieldDefinitionNode | InputValueDefinitionNode) =>
          withDescription({ name: field.name.value, type: print(field.type) }, field.description)
        )
        const list = definition.kind === Kind.OBJECT_TYPE_DEFINITION ? 'objects' : 'input_objects'
        sdl.types[list].push({ name: definition.name.value, fields })
        break
      }
      case Kind.SCALAR_TYPE_DEFINITION:
        once(definition.name.value, line, 'type')
        sdl.types.scalars.push({ name: definition.name.value })
        break
      case Kind.ENUM_TYPE_DEFINITION:
        once(definition.name.value, line, 'type')
        sdl.types.enums.push({ name: definition.name.value, values: enumValues(definition) })
        break
      default:
        throw new ProjectError(
          `actions.graphql: ${definition.kind} is not supported in action definitions ` +
            '(use type Query / type Mutation for actions, and type, input, enum and scalar for custom types)',
          file,
          line
        )
    }
  }
  return sdl
}

function actionSignature(field: FieldDefinitionNode, type: 'query' | 'mutation'): Record<string, unknown> {
  const args = (field.arguments ?? []).map((argument) =>
    withDescription({ name: argument.name.value, type: print(argument.type) }, argument.description)
  )
  return { type, ...(args.length > 0 ? { arguments: args } : {}), output_type: print(field.type) }
}

function enumValues(definition: EnumTypeDefinitionNode): Record<string, unknown>[] {
  return (definition.values ?? []).map((value) => withDescription({ value: value.name.value }, value.description))
}

function withDescription(
  node: Record<string, unknown>,
  description: StringValueNode | undefined
): Record<string, unknown> {
  const text = description?.value.trim()
  return text ? { ...node, description: text } : node
}

/**
 * The signature from actions.graphql, everything else from the actions.yaml entry (as the CLI merges them). A query
 * has no kind, and empty values are left out, as `export_metadata` writes them.
 */
function mergeAction(defined: DefinedAction, entry: Record<string, unknown>): Record<string, unknown> {
  const listedDefinition = isMapping(entry.definition) ? entry.definition : {}
  const definition: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(listedDefinition)) {
    if (key === 'type' || key === 'arguments' || key === 'output_type') continue
    if (key === 'kind' && (defined.definition.type === 'query' || value === '' || value === null)) continue
    definition[key] = value
  }
  Object.assign(definition, defined.definition)
  return { ...entry, name: defined.name, definition }
}

/** A custom type from actions.graphql with the description and relationships actions.yaml gives it (as the CLI). */
function withListedFields(
  type: Record<string, unknown>,
  listed: Record<string, unknown> | undefined
): Record<string, unknown> {
  const merged = { ...type }
  if (typeof listed?.description === 'string' && listed.description !== '') merged.description = listed.description
  if (Array.isArray(listed?.relationships) && listed.relationships.length > 0)
    merged.relationships = listed.relationships
  return merged
}

function locationOf(files: ProjectFiles, value: unknown, file: WorkspacePath): SourceLocation {
  const position = files.positions.of(value)
  return position ? { file: position.file, line: position.line } : { file: file.relative, line: 1 }
}
