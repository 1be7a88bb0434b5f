/**
 * `npm run bundle`: src/index.ts -> dist/ with ncc, as `ncc build src/index.ts -o dist --license licenses.txt` does,
 * with one difference the CLI cannot express: packages are resolved by their `module` entry before `main`. graphql
 * then comes as ES modules that webpack can tree-shake, so the bundle every run loads holds the parser and printer
 * graphql-request imports, not all of graphql (about 0.7 MB less to compile at each start); `check` loads the rest.
 * ncc type-checks src/ with src/tsconfig.json on the way.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ncc from '@vercel/ncc'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.resolve(root, process.argv[2] ?? 'dist')

const { code, assets } = await ncc(path.join(root, 'src/index.ts'), {
  mainFields: ['module', 'main'],
  license: 'licenses.txt',
  quiet: true
})
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
writeFileSync(path.join(out, 'index.js'), code)
for (const [name, asset] of Object.entries(assets)) {
  mkdirSync(path.dirname(path.join(out, name)), { recursive: true })
  writeFileSync(path.join(out, name), asset.source)
}
