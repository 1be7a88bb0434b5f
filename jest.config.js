/** Jest runs TypeScript as ESM through ts-jest; see package.json "test" for the Node flag it needs. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: {
    // @actions/workflow-parser's schema imports (no import attribute): see test/support/workflow-parser/.
    '^\\.\\./(action|workflow)-v1\\.0\\.min\\.json$': '<rootDir>/test/support/workflow-parser/$1-schema.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testSequencer: '<rootDir>/test/sequencer.mjs',
  // A test's limit guards against a hang, not against a slow machine: no test waits out a production timeout (budgets
  // and clocks are injected), yet a runner carrying four times its cores in other work runs a crash flow or a sweep of
  // five previews for a minute or more. Through the bundle, a run's own limit (test/support/action-runner.ts) is below.
  testTimeout: 300_000,
  // The e2e tests mostly wait (on child processes, retries, health polls): four at once even on two cores.
  maxWorkers: 4,
  // A worker leaves no handle open (every file ends with only its IPC pipes, as a teardown probe showed), and exits by
  // itself; but tearing down a process that ran twenty files' module graphs takes 470-500 ms on a two-core runner,
  // at Jest's 500 ms default, past which it kills the worker and warns of a leak that is not there.
  workerGracefulExitTimeout: 3000
}
