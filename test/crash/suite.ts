/**
 * One flow of the crash test as a Jest suite: the flow's step is killed right after each of its requests and
 * statements (or a sample of them: CRASH_POINTS=all runs every one, as .ci/run does), and cancelled as GitHub cancels
 * at some, then run once more; every point must converge. Prints `converged X/Y` for the flow.
 */
import { expect, it } from '@jest/globals'
import type { Ending } from '../support/kill-switch.js'
import { checkConvergence, countPoints, crashWorld, FLOWS, type PointResult } from './flows.js'

const ALL = process.env.CRASH_POINTS === 'all'
/**
 * Kill points a sampled run (npm test) tries per flow, spread over the step (one: the middle of the step); every point
 * and the cancellations only in the full run, which .ci/run makes. Each point is a prepare and two runs of the bundle
 * (a sweep's prepare is two creates): a second point per flow cost npm test about a tenth of its time on two cores.
 */
const SAMPLE = 1

/** The points to try: every one, or a spread sample, each killed; and a few cancelled as GitHub does. */
function pointsOf(count: number): [number, Ending][] {
  const every = Array.from({ length: count }, (_, i) => i + 1)
  const killed = ALL ? every : every.filter((at) => at % Math.ceil(count / SAMPLE) === Math.floor(count / SAMPLE / 2))
  const cancelled = ALL ? every.filter((at) => at % 4 === 2) : []
  return [
    ...killed.map((at): [number, Ending] => [at, 'kill']),
    ...cancelled.map((at): [number, Ending] => [at, 'cancel'])
  ]
}

/** `repo`: the repository the flow's previews belong to, one per test file, so that files never share a preview. */
export function crashSuite(name: string, repo: string): void {
  const flow = FLOWS.find((candidate) => candidate.name === name)!
  const world = crashWorld(repo)

  it(
    `${name}: killed after any request or statement, then run again, converges`,
    async () => {
      const count = await countPoints(world, flow)
      const results: PointResult[] = []
      for (const [at, ending] of pointsOf(count)) results.push(await checkConvergence(world, flow, at, ending))
      const failed = results.filter((result) => result.problems.length > 0)
      console.log(`${name}: converged ${results.length - failed.length}/${results.length} (of ${count} points)`)
      expect(
        failed.map((result) => ({
          [`${result.ending} after ${result.at}: ${result.events.at(-1)}`]: result.problems
        }))
      ).toEqual([])
    },
    // Every point of a flow (CRASH_POINTS=all) is a hundred runs of the bundle; a sample, Jest's limit.
    ALL ? 3_600_000 : undefined
  )
}
