import {
  GraphQLError,
  Kind,
  parse,
  Source,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode
} from 'graphql'
import { globSync } from 'tinyglobby'
import { FileError, InputError } from '../core/errors.js'
import { readLimited, resolveWorkspacePath } from '../core/workspace.js'
import { isMapping, mappings } from '../core/json.js'
import type { HasuraProject, SourceLocation } from '../project/types.js'

/** An operation an app sends: named where it is defined, with what it needs to be validated alone. */
export interface ClientOperation {
  /** Its name, or `(anonymous)`. */
  name: string
  /** Where it is defined: its line in a `.graphql` file, or its query's entry in `query_collections.yaml`. */
  at: SourceLocation
  /** The operation and the fragments it spreads (transitively), as one document. */
  document: DocumentNode
}

const INPUT = 'operations'
const EXTENSIONS = /\.(graphql|gql)$/i
/** An operations file is small; a bigger one is a mistake (a schema dump, a generated bundle). */
const MAX_FILE_BYTES = 2 * 1024 * 1024
const MAX_FILES = 2000

/**
 * The operations of the `.graphql`/`.gql` files the globs match in the workspace, read before any API call. A glob
 * that matches no such file is an InputError naming it; a file that does not parse is a FileError at its line.
 * Fragments are shared across the files, as codegen tools share them.
 */
export function readOperationFiles(workspace: string, globs: string[]): ClientOperation[] {
  const include = globs.filter((glob) => !glob.startsWith('!'))
  const ignore = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1))
  const root = resolveWorkspacePath(workspace, '.', INPUT, 'directory').real
  const files = new Set<string>()
  for (const glob of include) {
    const matched = globSync(glob, { cwd: root, ignore, onlyFiles: true, dot: true, expandDirectories: false })
      .filter((file) => EXTENSIONS.test(file))
      .sort()
    if (matched.length === 0) {
      throw new InputError(
        `Input "${INPUT}": "${glob}" matches no .graphql or .gql file in the workspace (globs are relative to the ` +
          'repository root, e.g. web/src/**/*.graphql). Fix the glob, or leave the input out.'
      )
    }
    for (const file of matched) files.add(file)
  }
  if (files.size > MAX_FILES) {
    throw new InputError(`Input "${INPUT}" matches ${files.size} files, more than ${MAX_FILES}: narrow its globs.`)
  }
  const documents = [...files].map((file) => {
    const path = resolveWorkspacePath(workspace, file, INPUT, 'file')
    const text = readLimited(path, MAX_FILE_BYTES, INPUT).toString('utf8')
    return { document: parseAt(text, path.relative, 1, INPUT), file: path.relative }
  })
  const fragments = fragmentsOf(documents.map(({ document }) => document))
  return documents.flatMap(({ document, file }) =>
    operationsOf(document, fragments).map(({ name, line, document }) => ({ name, at: { file, line }, document }))
  )
}

/** A query collection's query, as the project holds it. */
export interface CollectionQuery {
  collection: string
  name: string
  query: string
  at: SourceLocation
}

/**
 * The queries of the collections the metadata's allow list names (`allowlist`: `- collection: <name>`), each at its
 * entry in `query_collections.yaml` (found with the project's locate, as inconsistencies are).
 */
export function allowListQueries(project: Pick<HasuraProject, 'metadata' | 'locate'>): CollectionQuery[] {
  const { metadata } = project
  const allowed = new Set(
    mappings(metadata.allowlist)
      .map((entry) => entry.collection)
      .filter((name): name is string => typeof name === 'string')
  )
  return mappings(metadata.query_collections)
    .filter((collection) => typeof collection.name === 'string' && allowed.has(collection.name))
    .flatMap((collection) => {
      const definition = isMapping(collection.definition) ? collection.definition : {}
      return mappings(definition.queries)
        .filter((query) => typeof query.name === 'string' && typeof query.query === 'string')
        .map((query) => ({
          collection: collection.name as string,
          name: query.name as string,
          query: query.query as string,
          at: project.locate({
            type: 'query_collection',
            definition: { collection: collection.name, query: query.name }
          })
        }))
    })
}

/**
 * The operations of the collections the allow list names: each query of a collection is a document of its own,
 * reported at its entry in `query_collections.yaml`. A query that does not parse is a FileError there.
 */
export function collectionOperations(queries: CollectionQuery[]): ClientOperation[] {
  return queries.flatMap((query) => {
    const document = parseAt(query.query, query.at.file, query.at.line, 'hasura-project')
    const operations = operationsOf(document, fragmentsOf([document]))
    return operations.map(({ name, document }) => ({
      name: operations.length === 1 && name === ANONYMOUS ? query.name : name,
      at: query.at,
      document
    }))
  })
}

const ANONYMOUS = '(anonymous)'

/** `text` parsed; an error is a FileError at its line in the file (`firstLine`: where the text starts there). */
function parseAt(text: string, file: string, firstLine: number, input: string): DocumentNode {
  try {
    return parse(new Source(text, file))
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error
    const line = firstLine === 1 ? (error.locations?.[0]?.line ?? 1) : firstLine
    throw new FileError(
      `${error.message.replace(/^Syntax Error: /, 'GraphQL syntax error: ')} Fix the operation (the action validates ` +
        'each one against the reference and the preview schema).',
      file,
      line,
      input
    )
  }
}

function fragmentsOf(documents: DocumentNode[]): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const document of documents) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(definition.name.value)) {
        fragments.set(definition.name.value, definition)
      }
    }
  }
  return fragments
}

/** Each operation of the document with the fragments it spreads; a missing fragment is left for validation to name. */
function operationsOf(
  document: DocumentNode,
  fragments: Map<string, FragmentDefinitionNode>
): { name: string; line: number; document: DocumentNode }[] {
  return document.definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({
      name: operation.name?.value ?? ANONYMOUS,
      line: operation.loc?.startToken.line ?? 1,
      document: { kind: Kind.DOCUMENT, definitions: [operation, ...spreadFragments(operation, fragments)] }
    }))
}

function spreadFragments(root: DefinitionNode, fragments: Map<string, FragmentDefinitionNode>): DefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>()
  const pending: DefinitionNode[] = [root]
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value)
        if (fragment && !used.has(spread.name.value)) {
          used.set(spread.name.value, fragment)
          pending.push(fragment)
        }
      }
    })
  }
  return [...used.values()]
}
