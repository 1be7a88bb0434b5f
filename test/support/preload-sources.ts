/**
 * Loads, one after another, every module of src/ that src/ itself loads on first use (`import('...')`, which keeps
 * what a run does not need out of its start-up). Jest links ES modules in its VM with Node's vm.SourceTextModule,
 * which fails ("request for '../core/cancel.js' is not in cache") when two such imports race to link a module they
 * share: a create's direct migrations and its schema apply, say. The bundle runs on Node's own loader, which has no
 * such race; tests that run operations in process load the modules first, so that nothing is left to link meanwhile.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src')

function lazyImports(dir: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) found.push(...lazyImports(file))
    else if (entry.name.endsWith('.ts')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bimport\('(\.{1,2}\/[^']+)\.js'\)/g)) {
        found.push(path.resolve(path.dirname(file), `${match[1]}.ts`))
      }
    }
  }
  return found
}

for (const file of [...new Set(lazyImports(SRC))].sort()) await import(pathToFileURL(file).href)
