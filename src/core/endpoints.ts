/** The URLs of a Hasura Cloud project, from its endpoint as the Cloud API answers it. */

/** A project's base URL from its endpoint as the API gives it: `https://x.hasura.app` or that with /v1/graphql. */
export function projectBase(endpoint: string): string {
  const url = new URL(endpoint)
  url.pathname = url.pathname.replace(/\/v1\/graphql\/?$/, '').replace(/\/+$/, '')
  url.search = ''
  url.hash = ''
  return url.toString().replace(/\/+$/, '')
}

/** The GraphQL URL users point clients at. */
export function graphqlUrl(endpoint: string): string {
  return `${projectBase(endpoint)}/v1/graphql`
}

/** The project's page in the Hasura Cloud console. */
export function consoleUrl(projectId: string): string {
  return `https://cloud.hasura.io/project/${encodeURIComponent(projectId)}/console`
}
