/** Stops the Postgres that global-setup.mjs started, whether the tests passed or not. */
export default async function globalTeardown() {
  await globalThis.testPostgres?.stop()
}
