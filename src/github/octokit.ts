export type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>

const clients = new Map<string, Promise<Octokit>>()

/** Octokit for the token, loaded on first use: most runs never talk to GitHub, and it is the largest part of the bundle. */
export function octokit(token: string): Promise<Octokit> {
  let client = clients.get(token)
  if (!client) {
    client = import('@actions/github').then(({ getOctokit }) => getOctokit(token))
    clients.set(token, client)
  }
  return client
}
