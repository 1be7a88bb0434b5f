/**
 * GraphQL errors in the shape and wording of the Hasura GraphQL Engine: `{message, extensions: {path, code}}`,
 * where graphql-js words validation failures its own way.
 */
import { randomUUID } from 'node:crypto'
import type { ASTNode, GraphQLError } from 'graphql'
import { ApiError } from './schema.js'

export interface HasuraError {
  message: string
  extensions: { path: string; code: string; [key: string]: unknown }
}

export const INTERNAL_ERROR = 'there was an internal error while serving your request'

export function hasuraError(
  message: string,
  code: string,
  path = '$',
  extra: Record<string, unknown> = {}
): HasuraError {
  return { message, extensions: { path, code, ...extra } }
}

export function accessDenied(): HasuraError {
  return hasuraError(
    'invalid authorization header / access denied: the personal access token is missing or invalid',
    'access-denied'
  )
}

export function genericServerError(): HasuraError {
  return hasuraError(INTERNAL_ERROR, 'GenericServerError', '$', { id: randomUUID() })
}

/** graphql-js messages -> the engine's wording for the same failure. */
const REWORDINGS: [RegExp, (...groups: string[]) => string][] = [
  [/^Cannot query field "(\w+)" on type "(\w+)"\./, (field, type) => `field '${field}' not found in type: '${type}'`],
  [/^Field "(\w+)" is not defined by type "(\w+)"\./, (field, type) => `field '${field}' not found in type: '${type}'`],
  [/^Unknown argument "(\w+)" on field "\w+\.(\w+)"\./, (arg, field) => `'${field}' has no argument named '${arg}'`],
  [/^Field "(?:\w+\.)?\w+" argument "(\w+)" of type .* is required/, (arg) => `missing required field '${arg}'`],
  [
    /^Variable "\$(\w+)" of required type .* was not provided/,
    (name) => `expecting a value for non-nullable variable: "${name}"`
  ],
  // A token without the right to introspect sees the meta-fields as missing, like any hidden field.
  [
    /^GraphQL introspection has been disabled.* the field "(\w+)"/,
    (field) => `field '${field}' not found in type: 'query_root'`
  ]
]

/** A validation, coercion or resolver error as Hasura reports it; `paths` places validation errors in the query. */
export function toHasuraError(err: GraphQLError, paths: Map<ASTNode, string>): HasuraError {
  for (let cause: unknown = err; cause instanceof Error; cause = (cause as GraphQLError).originalError) {
    if (cause instanceof ApiError) return hasuraError(cause.message, cause.code, '$', cause.extensions)
  }
  // An error with a path comes from a resolver: the engine reports any action failure as `unexpected`.
  if (err.path) return hasuraError(err.message, 'unexpected')
  let message = err.message
  for (const [pattern, reword] of REWORDINGS) {
    const match = pattern.exec(err.message)
    if (match) {
      message = reword(...match.slice(1))
      break
    }
  }
  const node = err.nodes?.[0]
  return hasuraError(message, 'validation-failed', (node && paths.get(node)) ?? '$')
}
