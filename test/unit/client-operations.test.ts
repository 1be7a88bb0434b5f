/** The app's operations as `operations` reads them: globs in the workspace only, `!` to exclude, fragments shared. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { print } from 'graphql'
import { readOperationFiles } from '../../src/clients/operations.js'
import { FileError, InputError } from '../../src/core/errors.js'

let root: string
let workspace: string

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'client-operations-'))
  workspace = path.join(root, 'workspace')
  const files: Record<string, string> = {
    'web/queries.graphql': '# list\nquery Articles {\n  article { ...Card }\n}\n\n{ author { id } }\n',
    'web/fragments.gql': 'fragment Card on article {\n  id\n  ...Title\n}\nfragment Title on article { title }\n',
    'web/generated/all.graphql': 'query Generated { article { id } }\n',
    'web/notes.md': '# not an operation\n',
    '../outside/leak.graphql': 'query Leak { secret }\n'
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    writeFileSync(path.join(workspace, file), text)
  }
  symlinkSync(path.join(root, 'outside'), path.join(workspace, 'web/linked'))
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('readOperationFiles', () => {
  it('reads each operation at its line, with the fragments it spreads from any file; `!` excludes', () => {
    const operations = readOperationFiles(workspace, [
      'web/**/*.graphql',
      'web/*.gql',
      '!web/generated/**',
      '!web/linked/**'
    ])
    expect(operations.map(({ name, at }) => `${name} ${at.file}:${at.line}`)).toEqual([
      'Articles web/queries.graphql:2',
      '(anonymous) web/queries.graphql:6'
    ])
    const printed = print(operations[0]!.document)
    expect(printed).toContain('fragment Card on article')
    expect(printed).toContain('fragment Title on article')
    expect(print(operations[1]!.document)).not.toContain('fragment')
  })

  it('refuses a file whose real path is outside the workspace (a symlink), naming the input', () => {
    expect(() => readOperationFiles(workspace, ['web/linked/*.graphql'])).toThrow(InputError)
    expect(() => readOperationFiles(workspace, ['web/linked/*.graphql'])).toThrow(
      /Input "operations": .* leads outside/
    )
  })

  it('a glob that matches only other files is an error naming it', () => {
    expect(() => readOperationFiles(workspace, ['web/*.md'])).toThrow(
      'Input "operations": "web/*.md" matches no .graphql or .gql file in the workspace'
    )
  })

  it('a file that does not parse is an error at its line', () => {
    writeFileSync(path.join(workspace, 'web/broken.gql'), 'query A { a }\n\nquery B {\n  b(\n}\n')
    try {
      readOperationFiles(workspace, ['web/broken.gql'])
      throw new Error('no error')
    } catch (error) {
      expect(error).toBeInstanceOf(FileError)
      expect(error).toMatchObject({ file: 'web/broken.gql', line: 5, input: 'operations' })
    } finally {
      rmSync(path.join(workspace, 'web/broken.gql'))
    }
  })
})
