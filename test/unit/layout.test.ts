/**
 * The layout's rules that a reader of the tree relies on: no import circle in src/ (static or dynamic, type
 * imports included), the preview marker's key known to one module, and one module that opens Postgres sessions.
 * (The direction of the layers is a lint rule.)
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../support/action-runner.js'

const SRC = path.join(ROOT, 'src')

function sources(dir: string = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    return entry.isDirectory() ? sources(file) : entry.name.endsWith('.ts') ? [file] : []
  })
}

/** Each source file's relative imports, as files. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sources()) {
    const text = readFileSync(file, 'utf8')
    const targets = [...text.matchAll(/(?:from\s+|import\(\s*)'(\.{1,2}\/[^']+)\.js'/g)].map((match) =>
      path.join(path.dirname(file), `${match[1]}.ts`)
    )
    graph.set(file, targets)
  }
  return graph
}

/** A circle of imports, as relative paths, or undefined. */
function findCircle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined
    if (state.get(file) === 'visiting') return [...stack.slice(stack.indexOf(file)), file]
    state.set(file, 'visiting')
    stack.push(file)
    for (const next of graph.get(file) ?? []) {
      const circle = visit(next)
      if (circle) return circle
    }
    stack.pop()
    state.set(file, 'done')
    return undefined
  }
  for (const file of graph.keys()) {
    const circle = visit(file)
    if (circle) return circle.map((f) => (path.isAbsolute(f) ? path.relative(SRC, f) : f))
  }
  return undefined
}

describe('the layout of src/', () => {
  it('every relative import names a file that exists', () => {
    const files = new Set(sources())
    const missing = [...importGraph()].flatMap(([file, targets]) =>
      targets.filter((target) => !files.has(target)).map((target) => `${path.relative(SRC, file)} -> ${target}`)
    )
    expect(missing).toEqual([])
  })

  it('has no import circle', () => {
    expect(findCircle(importGraph())).toBeUndefined()
  })

  it('finds a circle when there is one (the check can fail)', () => {
    expect(
      findCircle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']]
        ])
      )
    ).toEqual(['a', 'b', 'c', 'a'])
  })

  it("the preview marker's key is written in one module only", () => {
    const holders = sources()
      .filter((file) => readFileSync(file, 'utf8').includes('TENANT_ACTION_PREVIEW'))
      .map((file) => path.relative(SRC, file))
    expect(holders).toEqual(['preview/marker.ts'])
  })

  it('opens Postgres sessions in one module only: the connector (TLS, budget, waits) every session goes through', () => {
    // A client or pool of pg, however spelled: `new pg.Client(`, `new Pool(`, `new (pg.Client)(`.
    const opens = /new\s*\(?\s*(?:pg\s*\.\s*)?(?:Client|Pool)\b/
    const holders = sources()
      .filter((file) => opens.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(SRC, file))
    expect(holders).toEqual(['database/connection.ts'])
  })
})
