/** The env var holding a project's admin secret: set by Hasura Cloud at creation, read for the engine's APIs. */
export const ADMIN_SECRET_KEY = 'HASURA_GRAPHQL_ADMIN_SECRET'

/** The engine's list of experimental features it runs with, comma-separated (`naming_convention`, ...). */
export const EXPERIMENTAL_FEATURES_KEY = 'HASURA_GRAPHQL_EXPERIMENTAL_FEATURES'

/**
 * Env vars Hasura Cloud sets on every project for itself, which a project cannot set: the metadata of a Cloud project
 * lives in a database Hasura Cloud manages (https://hasura.io/docs/latest/migrations-metadata-seeds/legacy-configs/config-v1/reference/metadata-schema/,
 * "Hasura Cloud"), whose URL is HASURA_GRAPHQL_METADATA_DATABASE_URL, the engine's metadata database setting
 * (https://hasura.io/docs/latest/deployment/graphql-engine-flags/reference/). A source reading it would be Hasura's
 * own database.
 */
export const CLOUD_MANAGED_KEYS: readonly string[] = ['HASURA_GRAPHQL_METADATA_DATABASE_URL']
