/**
 * `npm run bundle`: src/index.ts -> dist/ with ncc, as `ncc build src/index.ts -o dist --license licenses.txt` does,
 * with what the CLI cannot express. Every run of the action loads dist/index.js; what only some runs use is in
 * chunks loaded on first use (src/ imports those with `import()`), and these keep the packages from undoing that.
 *
 * - Packages are resolved by their `module` entry before `main`. graphql then comes as ES modules that webpack can
 *   tree-shake, so a chunk holds the parser and printer graphql-request imports, not all of graphql (about 0.7 MB
 *   less to compile); `check` loads the rest.
 * - Aliases (bundle-aliases.json, which ncc's resolver reads as the tsconfig TS_NODE_PROJECT names): `undici`,
 *   `@actions/exec` and `tunnel` are bundled through the shims in scripts/shims/, which load the package as installed
 *   on first use. @actions/core imports @actions/http-client (for its OIDC client, which the action never calls),
 *   which imports npm undici (0.9 MB, and http2, zlib, worker_threads... with it) and tunnel (node:assert);
 *   @actions/core's platform module imports @actions/exec (child_process). Only the GitHub calls use undici, and
 *   only a run behind a proxy uses tunnel.
 *
 * ncc type-checks src/ with src/tsconfig.json on the way.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ncc from '@vercel/ncc'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.resolve(root, process.argv[2] ?? 'dist')

process.env.TS_NODE_PROJECT = path.join(root, 'scripts/bundle-aliases.json')
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
