/** The "Breaking for clients" section's bounds, whatever the metadata names its roles and however many break. */
import { describe, expect, it } from '@jest/globals'
import type { RoleVerdict } from '../../src/clients/breaking.js'
import { breakingChangesMarkdown } from '../../src/github/breaking-changes.js'

function verdict(role: string, changes: number, dangerous = 0): RoleVerdict {
  const change = (i: number) => ({
    type: 'FIELD_REMOVED',
    subject: 'field',
    name: `report.column_${i}`,
    change: 'removed'
  })
  return {
    role,
    breaking: Array.from({ length: changes }, (_, i) => change(i)),
    dangerous: Array.from({ length: dangerous }, (_, i) => ({
      ...change(i),
      type: 'VALUE_ADDED_TO_ENUM',
      change: 'added'
    })),
    operations: [],
    revoked: false
  }
}

describe('breakingChangesMarkdown', () => {
  it('many roles of long names: the section stays bounded, names cut, the rest counted in one line', () => {
    const roles = Array.from({ length: 40 }, (_, i) => `partner_${String(i).padStart(2, '0')}_${'r'.repeat(5000)}`)
    const section = breakingChangesMarkdown({
      tenantId: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
      verdicts: roles.map((role) => verdict(role, 30, 2)),
      newRoles: roles,
      operations: { files: 0, allowList: 0 },
      gate: { kind: 'fails', label: 'approved-breaking-change' }
    })
    expect(section.length).toBeLessThanOrEqual(14_000)
    expect(section).toContain('**1200 breaking changes** (')
    expect(section).toContain(' and 20 more roles), 80 dangerous changes.')
    expect(section).toContain(`\`partner_00_${'r'.repeat(89)}…\``)
    const items = section.split('\n').filter((line) => line.startsWith('- '))
    const listed = items.length - 1
    expect(listed).toBeGreaterThan(0)
    expect(items.at(-1)).toBe(
      `- … and ${1280 - listed} more (${1200 - listed} breaking, 80 dangerous) not listed, to keep this short: the job log lists them all`
    )
  })

  it('nothing breaks: dangerous changes, then the one all-clear line; no gate line', () => {
    const section = breakingChangesMarkdown({
      tenantId: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
      verdicts: [verdict('admin', 0, 1), verdict('user', 0)],
      newRoles: [],
      operations: { files: 2, allowList: 1 },
      gate: { kind: 'off' }
    })
    const lines = section.split('\n').filter(Boolean)
    expect(lines.slice(-3)).toEqual([
      'Dangerous changes (clients may behave differently):',
      '- `admin`: field `report.column_0` added',
      '✅ Nothing breaks for clients: 2 roles compared, every operation that was valid still is.'
    ])
    expect(section).not.toContain('fail-on-breaking')
  })
})
