/**
 * A self-signed certificate for a test host name (default `cloud.test`), made with the `openssl` command into a
 * fresh temp dir: an https emulator serves it, a child process trusts it through NODE_EXTRA_CA_CERTS=certFile, and a
 * run without that variable sees a TLS failure, as with a certificate the runner does not trust.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface TestCertificate {
  host: string
  /** PEM. */
  key: string
  /** PEM. */
  cert: string
  /** The certificate's file, for NODE_EXTRA_CA_CERTS. */
  certFile: string
  /** Deletes the temp dir. */
  remove(): void
}

export function selfSignedCertificate(host = 'cloud.test'): TestCertificate {
  const dir = mkdtempSync(path.join(tmpdir(), 'hasura-action-tls-'))
  const keyFile = path.join(dir, 'key.pem')
  const certFile = path.join(dir, 'cert.pem')
  // The name goes in subjectAltName: Node checks the host against it, not against the common name.
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-sha256',
      '-days',
      '2',
      '-subj',
      `/CN=${host}`,
      '-addext',
      `subjectAltName=DNS:${host}`,
      '-keyout',
      keyFile,
      '-out',
      certFile
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  )
  return {
    host,
    key: readFileSync(keyFile, 'utf8'),
    cert: readFileSync(certFile, 'utf8'),
    certFile,
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}
