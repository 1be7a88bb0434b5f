import { createHash, createHmac, pbkdf2Sync } from 'node:crypto'

/**
 * A preview role's password: derived from the server URL (a secret the runner already holds) and the role's name,
 * so every run of the pull request computes the same one (a push changes no env, and restarts nothing) and nobody
 * without the server URL can compute it. 256 bits, base64url.
 */
export function rolePassword(serverUrl: string, role: string): string {
  return createHmac('sha256', serverUrl).update(`hasura-cloud-tenant-action:role-password:${role}`).digest('base64url')
}

/**
 * The password as Postgres stores it (a SCRAM-SHA-256 verifier, RFC 5803 as in PostgreSQL's `scram_build_secret`):
 * sent instead of the password itself, so that no statement the server might log carries it. The salt is derived
 * too, so the verifier is the same on every run.
 */
export function scramVerifier(password: string, saltSeed: string): string {
  const iterations = 4096
  const salt = createHash('sha256').update(`hasura-cloud-tenant-action:salt:${saltSeed}`).digest().subarray(0, 16)
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256')
  const clientKey = createHmac('sha256', salted).update('Client Key').digest()
  const storedKey = createHash('sha256').update(clientKey).digest()
  const serverKey = createHmac('sha256', salted).update('Server Key').digest()
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`
}
