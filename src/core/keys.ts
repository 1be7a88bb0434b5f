/** The env var holding a project's admin secret: set by Hasura Cloud at creation, read for the engine's APIs. */
export const ADMIN_SECRET_KEY = 'HASURA_GRAPHQL_ADMIN_SECRET'
