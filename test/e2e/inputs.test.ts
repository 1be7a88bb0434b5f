/**
 * A bad input or file stops the step before any API call, as the runner shows it: exit 1, an `::error` line naming
 * the input (at the file and line when a file is wrong), a summary that says the step failed, and no secret echoed.
 * A few cases of each kind from test/cases/inputs.ts, and the files that would never stop being read (a run that read
 * them would not end by itself); every input error, and every failure of the Cloud API, runs in process in
 * test/integration/errors.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { BAD_INPUTS, badInputCases, BUNDLE_SAMPLE } from '../cases/inputs.js'
import { cloudEmulator } from '../support/preview-servers.js'
import { errors } from '../support/workflow-log.js'
import { bundle, runAction } from './harness.js'

const emulator = cloudEmulator()
const base = () => ({ pat: emulator.pat, 'api-endpoint': emulator.url })

badInputCases(
  bundle,
  emulator,
  BAD_INPUTS.filter(([name]) => BUNDLE_SAMPLE.includes(name))
)

describe('a file that would not stop being read', () => {
  // Files that would block or never end if read: a run that read them would not stop by itself.
  it.each<[string, (workspace: string) => void]>([
    ['a FIFO', (workspace) => execFileSync('mkfifo', [path.join(workspace, 'env.file')])],
    ['a symlink to /dev/zero', (workspace) => symlinkSync('/dev/zero', path.join(workspace, 'env.file'))]
  ])('an env file that is %s: exit 1 naming env-file, the file never read', async (_, make) => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'hasura-action-special-'))
    try {
      make(workspace)
      const tenant = emulator.seedTenant({ envs: { LOG_LEVEL: 'info' } })
      const run = await runAction({
        inputs: { ...base(), operation: 'sync-env', 'tenant-id': tenant.id, 'env-file': 'env.file' },
        workspace,
        emulator
      })
      expect(run.code).toBe(1)
      expect(errors(run)).toMatch(/Input "env-file"/)
      expect(emulator.calls).toHaveLength(0)
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})
