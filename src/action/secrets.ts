import * as core from '@actions/core'

/**
 * Register a secret with the runner before anything could log it: the one place that masks.
 * Empty values are skipped (the runner rejects them); values under 4 characters and the words
 * true/false are skipped too, since masking them job-wide garbles every log line.
 */
export function maskSecret(value: string | null | undefined): void {
  if (!value || value.length < 4 || value === 'true' || value === 'false') return
  core.setSecret(value)
  // A URL's password can show up on its own (in a driver error, say): mask it too.
  const password = urlPassword(value)
  if (password && password !== value) maskSecret(password)
  // Multi-line values are masked line by line by the runner only if registered that way.
  if (value.includes('\n')) for (const line of value.split(/\r?\n/)) maskSecret(line.trim())
}

function urlPassword(value: string): string | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(value)) return undefined
  try {
    const password = new URL(value).password
    return password ? decodeURIComponent(password) : undefined
  } catch {
    return undefined
  }
}
