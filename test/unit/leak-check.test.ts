import { describe, expect, it } from '@jest/globals'
import { assertNoLeaks, type ActionRun as RunResult } from '../support/action-runner.js'

/** The check every e2e run goes through must catch a leak wherever it shows. */
const SECRET = 'postgres://app:Sup3rSecret@db:5432/app'
const clean: RunResult = {
  code: 0,
  signal: null,
  stdout: `::add-mask::${SECRET}\nCreated tenant.\n`,
  stderr: '',
  outputs: { 'tenant-id': 'x', 'admin-secret': SECRET },
  summary: '### ok',
  ms: 1,
  workspace: '/tmp'
}

describe('assertNoLeaks', () => {
  it('allows the ::add-mask:: command and the admin-secret output', () => {
    expect(() => assertNoLeaks(clean, [SECRET])).not.toThrow()
  })
  it.each<[string, Partial<RunResult>]>([
    ['a log line', { stdout: `connecting to ${SECRET}\n` }],
    ['an error annotation', { stdout: `::error::bad url ${SECRET}\n` }],
    ['stderr', { stderr: `at ${SECRET}` }],
    ['the summary', { summary: `| url | ${SECRET} |` }],
    ['another output', { outputs: { endpoint: SECRET } }]
  ])('catches a secret in %s', (_, leak) => {
    expect(() => assertNoLeaks({ ...clean, ...leak }, [SECRET])).toThrow('secret leaked')
  })
})
