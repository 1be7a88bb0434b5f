import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** Files in `files` may not import from the src/ folders named in `banned`. */
function layer(files, banned) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: banned.map((folder) => ({
            group: [`**/${folder}/*`, `./${folder}/*`],
            message: `This layer may not import from src/${folder}/: dependencies point from the adapter to the operations to the domain to core.`
          }))
        }
      ]
    }
  }
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'build/', 'coverage/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Build and test-setup scripts in plain JavaScript run on Node.
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } }
  },
  {
    // Bundle shims that must require synchronously (scripts/shims/*.cjs: see scripts/bundle.mjs).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', exports: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  // Layers point one way (see README "How the code is laid out"): the adapter uses operations, operations use the
  // domain folders, every layer uses http/ and core/; never back.
  layer(
    ['src/core/**'],
    ['action', 'operations', 'preview', 'cloud', 'engine', 'project', 'database', 'env', 'github', 'clients', 'http']
  ),
  layer(
    ['src/http/**'],
    ['action', 'operations', 'preview', 'cloud', 'engine', 'project', 'database', 'env', 'github', 'clients']
  ),
  layer(['src/{preview,cloud,engine,project,database,env,github,clients}/**'], ['action', 'operations']),
  layer(['src/operations/**'], ['action']),
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off'
    }
  }
)
