/**
 * A failing test is reported at its own line: ts-jest compiles with source maps (tsconfig.json `sourceMap`), so the
 * stack of an error points into the TypeScript source, not into the JavaScript it became (types erased, lines moved).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Types that compile to nothing: without source maps, every line below them would be reported lines too early. */
interface Shape {
  sides: number
}
type Named = Shape & { name: string }
const square: Named = { name: 'square', sides: 4 }

it('reports an error at the line of the TypeScript source that threw it', () => {
  const error = new Error(`a ${square.name}`) // the line the stack must name
  const file = fileURLToPath(import.meta.url)
  const line = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((text) => text.includes('the line the stack must name'))
  expect(error.stack).toContain(`source-maps.test.ts:${line + 1}:`)
})
