/**
 * @actions/workflow-parser imports its JSON schemas without an import attribute, which Jest deprecates
 * (a hard error in its next major). jest.config.js maps those imports here: the same JSON, read as a file.
 */
import { readFileSync } from 'node:fs'

const schema: unknown = JSON.parse(
  readFileSync(
    new URL('../../../node_modules/@actions/workflow-parser/dist/action-v1.0.min.json', import.meta.url),
    'utf8'
  )
)
export default schema
