/**
 * Certificates for tests, made with the `openssl` command. A self-signed certificate for a test host name (default
 * `cloud.test`), made into a fresh temp dir: an https emulator serves it, a child process trusts it through
 * NODE_EXTRA_CA_CERTS=certFile, and a run without that variable sees a TLS failure, as with a certificate the runner
 * does not trust.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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

export interface TestAuthority {
  /** The CA's certificate (PEM): what `postgres-ca` gets. */
  cert: string
  /** A certificate for `host` signed by this CA, with its key (PEM): an IP address or a DNS name. */
  issue(host: string): { cert: string; key: string }
  /** Deletes the temp dir. */
  remove(): void
}

/**
 * A certificate authority made with `openssl` into a fresh temp dir, for servers whose certificates a client verifies
 * against it (verify-ca, verify-full) or does not (require). EC keys: a fraction of RSA's time to make.
 */
export function certificateAuthority(name = 'Hasura Action Test CA'): TestAuthority {
  const dir = mkdtempSync(path.join(tmpdir(), 'hasura-action-ca-'))
  const file = (base: string): string => path.join(dir, base)
  const openssl = (...args: string[]): void => {
    execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] })
  }
  const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-sha256']
  openssl(
    'req',
    '-x509',
    ...newKey,
    '-days',
    '2',
    '-subj',
    `/CN=${name}`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem')
  )
  let serial = 0
  return {
    cert: readFileSync(file('ca.pem'), 'utf8'),
    issue(host) {
      const base = `leaf-${++serial}`
      const san = /^[\d.]+$|:/.test(host) ? `IP:${host}` : `DNS:${host}`
      writeFileSync(file(`${base}.ext`), `subjectAltName=${san}\nextendedKeyUsage=serverAuth\n`)
      openssl('req', ...newKey, '-subj', `/CN=${host}`, '-keyout', file(`${base}.key`), '-out', file(`${base}.csr`))
      openssl(
        'x509',
        '-req',
        '-in',
        file(`${base}.csr`),
        '-CA',
        file('ca.pem'),
        '-CAkey',
        file('ca.key'),
        '-set_serial',
        String(serial),
        '-days',
        '2',
        '-sha256',
        '-extfile',
        file(`${base}.ext`),
        '-out',
        file(`${base}.pem`)
      )
      return { cert: readFileSync(file(`${base}.pem`), 'utf8'), key: readFileSync(file(`${base}.key`), 'utf8') }
    },
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}
