/** The action's connector for a server URL, as prepare() builds it: TLS read from the URL, the run's session budget. */
import { tmpdir } from 'node:os'
import { PostgresConnector } from '../../src/database/connection.js'
import { serverTls } from '../../src/database/tls.js'

export function connectorFor(
  url: string,
  options: { ca?: string; connectTimeoutMs?: number; maxSessions?: number } = {}
): PostgresConnector {
  return new PostgresConnector(serverTls(url, { ca: options.ca, workspace: tmpdir() }), options)
}
