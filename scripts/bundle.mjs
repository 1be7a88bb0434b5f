/**
 * `npm run bundle`: src/index.ts -> dist/ with ncc, as `ncc build src/index.ts -o dist --license licenses.txt` does,
 * with what the CLI cannot express. Every run of the action loads dist/index.js and nothing else it does not need:
 * what only some runs use is in chunks loaded on first use (src/ imports those with `import()`), and these make sure
 * the packages do not undo that.
 *
 * - Packages are resolved by their `module` entry before `main`. graphql then comes as ES modules that webpack can
 *   tree-shake, so graphql-request's chunk holds the parser and printer it imports, not all of graphql (about 0.7 MB
 *   less to compile); `check` loads the rest.
 * - Aliases (bundle-aliases.json, read by ncc's resolver through TS_NODE_PROJECT): `undici`, `@actions/exec` and
 *   `tunnel` are bundled through the shims in scripts/shims/, which load the package as installed on first use.
 *   @actions/core imports @actions/http-client (for its OIDC client, which the action never calls), which imports
 *   npm undici (0.9 MB, and http2, zlib, worker_threads...) and tunnel (node:assert, node:tls); @actions/core's
 *   platform module imports @actions/exec. Only GitHub calls use undici, only a proxy uses tunnel.
 * - graphql-request's chunk starts with shims/headers.mjs: graphql-request builds each request with the global
 *   Headers, and reading that global makes Node load its fetch stack (about 20 ms). The bundle fails if that chunk
 *   holds anything but graphql-request and graphql, so the class never reaches other code.
 *
 * ncc type-checks src/ with src/tsconfig.json on the way.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ncc from '@vercel/ncc'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.resolve(root, process.argv[2] ?? 'dist')

process.env.TS_NODE_PROJECT = path.join(root, 'scripts/bundle-aliases.json')
const { code, assets, stats } = await ncc(path.join(root, 'src/index.ts'), {
  mainFields: ['module', 'main'],
  license: 'licenses.txt',
  quiet: true
})

/** The one chunk file that holds graphql-request; an error if its modules come from anywhere else. */
function graphqlRequestChunk() {
  const { chunks } = stats.toJson({
    chunks: true,
    chunkModules: true,
    nestedModules: true,
    chunkModulesSpace: Infinity,
    nestedModulesSpace: Infinity
  })
  const fromPackage = (name) => /[\\/]node_modules[\\/](graphql-request|graphql)[\\/]/.exec(name)?.[1]
  const holding = chunks.filter((chunk) =>
    chunk.modules.some((m) => [m, ...(m.modules ?? [])].some((n) => fromPackage(n.name) === 'graphql-request'))
  )
  if (holding.length !== 1 || holding[0].initial || holding[0].files.length !== 1) {
    throw new Error(`bundle: graphql-request must be in one lazy chunk, found in ${holding.length}`)
  }
  const [chunk] = holding
  const foreign = chunk.modules
    .flatMap((m) => (m.modules ? m.modules : [m]))
    .filter((m) => !fromPackage(m.name))
    .map((m) => m.name)
  if (foreign.length) throw new Error(`bundle: graphql-request's chunk also holds ${foreign.join(', ')}`)
  return chunk.files[0]
}

const headers = readFileSync(path.join(root, 'scripts/shims/headers.mjs'), 'utf8')
const graphqlChunk = graphqlRequestChunk()
if (!assets[graphqlChunk]) throw new Error(`bundle: no asset ${graphqlChunk}`)

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
writeFileSync(path.join(out, 'index.js'), code)
for (const [name, asset] of Object.entries(assets)) {
  mkdirSync(path.dirname(path.join(out, name)), { recursive: true })
  const source = name === graphqlChunk ? `${headers}\n${asset.source}` : asset.source
  writeFileSync(path.join(out, name), source)
}
