/**
 * Stops the Postgres that global-setup.mjs started, whether the tests passed or not, and a bundle build still
 * running (the tests that would have waited for it did not run): the next run builds it again.
 */
export default async function globalTeardown() {
  const build = globalThis.testBundleBuild
  if (build && build.child.exitCode === null && build.child.signalCode === null) build.child.kill('SIGTERM')
  await build?.done
  await globalThis.testPostgres?.stop()
}
