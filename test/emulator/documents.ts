/** What the emulator reads from a GraphQL document besides executing it: its root fields, and where each field sits. */
import {
  Kind,
  getOperationAST,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode
} from 'graphql'

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions.flatMap((def) => (def.kind === Kind.FRAGMENT_DEFINITION ? [[def.name.value, def]] : []))
  )
}

/** The names of the root fields the operation selects (through fragments), for fault rules and the call record. */
export function rootFields(document: DocumentNode, operationName: string | undefined): string[] {
  const operation = getOperationAST(document, operationName)
  if (!operation) return []
  const fragments = fragmentsOf(document)
  const names = new Set<string>()
  const seen = new Set<string>()
  const walk = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value)
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet)
      else {
        const fragment = fragments.get(selection.name.value)
        if (fragment && !seen.has(fragment.name.value)) {
          seen.add(fragment.name.value)
          walk(fragment.selectionSet)
        }
      }
    }
  }
  walk(operation.selectionSet)
  return [...names]
}

/**
 * Where each field (and each of its arguments) sits, in Hasura's notation: `$.selectionSet.tenant_by_pk
 * .selectionSet.project`. Fragments are placed where they are first spread.
 */
export function selectionPaths(document: DocumentNode): Map<ASTNode, string> {
  const paths = new Map<ASTNode, string>()
  const fragments = fragmentsOf(document)
  const walk = (set: SelectionSetNode, parent: string): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const path = `${parent}.selectionSet.${selection.alias?.value ?? selection.name.value}`
        paths.set(selection, path)
        for (const arg of selection.arguments ?? []) paths.set(arg, path)
        if (selection.selectionSet) walk(selection.selectionSet, path)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, parent)
      } else {
        const fragment = fragments.get(selection.name.value)
        if (fragment && !paths.has(fragment)) {
          paths.set(fragment, parent)
          walk(fragment.selectionSet, parent)
        }
      }
    }
  }
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION) walk(def.selectionSet, '$')
  }
  return paths
}
