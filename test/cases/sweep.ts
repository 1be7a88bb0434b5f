/**
 * The nightly sweep on a schedule event, the cases that hold in both tiers: five previews left behind (tenants with
 * their markers, their tagged databases on the test run's Postgres, their comments), GitHub answering which pull
 * requests are still open, at first with 502s. test/e2e/sweep.test.ts runs them through the bundle on previews it
 * seeds, test/integration/sweep.test.ts in process on previews made by create runs, beside every other sweep decision.
 */
import { describe, expect, it } from '@jest/globals'
import { POSTGRES_PASSWORD } from '../support/postgres.js'
import type { PreviewServers } from '../support/preview-servers.js'
import { logged, type StepRun } from '../support/workflow-log.js'
import { sweepStep, type StepMore } from '../support/pull-request.js'
import type { Tier } from './tier.js'

export const OWNER = 'acme'
export const TAG_PREFIX = 'hasura-cloud-tenant-action: preview of '

/** A pull request's preview: its tenant and its name (the name of its database too). */
export interface Preview {
  tenantId: string
  name: string
}

export interface SweepSetup {
  /** The repository swept: every preview name and database of the file starts with `acme-<repo>`. */
  repo: string
  /** Another repository whose preview names start alike: its previews are never `repo`'s to sweep. */
  otherRepo: string
  /** A pull request's preview, as the file makes it. */
  preview(number: number, repo: string): Promise<Preview>
}

/** What a sweep of `repo`'s previews is given: the file's Postgres server, and `more`. */
export function sweepOf<M extends StepMore>(servers: PreviewServers, repo: string, more: M = {} as M) {
  const inputs = { 'postgres-server-url': servers.serverUrl, ...more.inputs }
  return sweepStep(servers, `${OWNER}/${repo}`, { secrets: [POSTGRES_PASSWORD], ...more, inputs })
}

/** The summary's row for a preview: name | PR | state | action taken. */
export function summaryRow(run: StepRun, name: string): string | undefined {
  return run.summary.split('\n').find((line) => line.startsWith(`| ${name} |`))
}

export function sweepCases(tier: Tier, servers: PreviewServers, setup: SweepSetup): void {
  const { repo, otherRepo, preview } = setup
  const sweep = () => tier.run(sweepOf(servers, repo))
  const { emulator, gh } = servers

  describe(`the sweep (${tier.name})`, () => {
    it('of 5 previews, 2 open, 2 closed, 1 of another repository: deletes exactly the 2 closed ones with their databases and says so on their pull requests; a second sweep deletes none', async () => {
      const [open1, open2, closed3, closed4] = [
        await preview(1, repo),
        await preview(2, repo),
        await preview(3, repo),
        await preview(4, repo)
      ]
      const other = await preview(5, otherRepo)
      expect(other.name).toBe(`acme-${otherRepo}-pr-5`)
      gh.setPullRequest(OWNER, repo, 1, 'open')
      gh.setPullRequest(OWNER, repo, 2, 'open')
      gh.setPullRequest(OWNER, repo, 3, 'closed')
      gh.setPullRequest(OWNER, repo, 4, 'closed')
      // Closed too, and its name matches this repository's pattern: still not this repository's preview.
      gh.setPullRequest(OWNER, otherRepo, 5, 'closed')
      const made = emulator.calls.length
      const untouched = [gh.comments(OWNER, repo, 1), gh.comments(OWNER, repo, 2), gh.comments(OWNER, otherRepo, 5)]
      const deleted = () =>
        emulator
          .callsTo('deleteTenant')
          .map((call) => call.variables.tenantId as string)
          .sort()

      const swept = await sweep()
      expect(swept.code).toBe(0)
      expect(swept.outputs).toMatchObject({ swept: '2', kept: '2', result: 'deleted', changed: 'true' })
      expect(deleted()).toEqual([closed3.tenantId, closed4.tenantId].sort())
      expect(emulator.tenants().map((tenant) => tenant.id)).toEqual([open1.tenantId, open2.tenantId, other.tenantId])
      expect(await servers.databaseExists(closed3.name)).toBe(false)
      expect(await servers.databaseExists(closed4.name)).toBe(false)
      for (const kept of [open1.name, open2.name, other.name]) expect(await servers.databaseExists(kept)).toBe(true)
      expect(logged(swept, 'warning')).toEqual([])

      for (const number of [3, 4]) {
        const [comment, ...more] = gh.comments(OWNER, repo, number)
        expect(more).toEqual([])
        expect(comment!.body).toMatch(/was deleted by the sweep of closed pull requests/)
      }
      expect([gh.comments(OWNER, repo, 1), gh.comments(OWNER, repo, 2), gh.comments(OWNER, otherRepo, 5)]).toEqual(
        untouched
      )
      // Only this repository's pull requests were asked about.
      const asked = gh.requests.filter((request) => /\/pulls\/\d+$/.test(request.path)).map((request) => request.path)
      expect(asked.sort()).toEqual([1, 2, 3, 4].map((n) => `/repos/${OWNER}/${repo}/pulls/${n}`))

      expect(summaryRow(swept, closed3.name)).toMatch(/\| #3 \| closed \| deleted \|/)
      expect(summaryRow(swept, closed4.name)).toMatch(/\| #4 \| closed \| deleted \|/)
      expect(summaryRow(swept, open1.name)).toMatch(/\| #1 \| open \| kept \|/)
      expect(summaryRow(swept, other.name)).toBeUndefined()

      const again = await sweep()
      expect(again.code).toBe(0)
      expect(again.outputs).toMatchObject({ swept: '0', kept: '2', changed: 'false' })
      expect(deleted()).toEqual([closed3.tenantId, closed4.tenantId].sort())
      expect(emulator.tenants()).toHaveLength(3)
      expect(emulator.calls.slice(made).flatMap((call) => call.fields)).not.toContain('createTenant')
    })

    it("with GitHub answering 502 at first: the closed pull request's preview is still deleted and the open one kept, retried, never unknown", async () => {
      const open = await preview(21, repo)
      const closed = await preview(22, repo)
      gh.setPullRequest(OWNER, repo, 21, 'open')
      gh.setPullRequest(OWNER, repo, 22, 'closed')
      gh.fail({ kind: 'server-error', status: 502 }, { method: 'GET', path: /\/pulls\/21$/ })
      gh.fail({ kind: 'server-error', status: 502 }, { method: 'GET', path: /\/pulls\/22$/ })

      const run = await sweep()
      expect(run.code).toBe(0)
      expect(run.outputs).toMatchObject({ swept: '1', kept: '1' })
      expect(emulator.tenants().map((tenant) => tenant.id)).toEqual([open.tenantId])
      expect(await servers.databaseExists(closed.name)).toBe(false)
      expect(await servers.databaseExists(open.name)).toBe(true)
      expect(summaryRow(run, open.name)).toMatch(/\| #21 \| open \| kept \|/)
      const asked = (number: number) =>
        gh.requests.filter((request) => request.path.endsWith(`/pulls/${number}`)).map((request) => request.status)
      expect(asked(21)).toEqual([502, 200])
      expect(asked(22)).toEqual([502, 200])
    })
  })
}
