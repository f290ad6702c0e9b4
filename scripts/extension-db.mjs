/**
 * Resolves once the extension's background has created its database (its toolbar count opens
 * it at start-up). A test or bench that opens 'order-sentinel' itself before then creates it
 * empty, with none of the stores, and fails on a missing store: the inbox E2E did so in CI
 * (2026-12-07), when the side panel drew before the background had opened the database.
 * @param {import('playwright-core').Worker} worker the extension's service worker
 * @param {number} [timeoutMs]
 * @returns {Promise<void>}
 */
export function databaseCreated(worker, timeoutMs = 15_000) {
  return worker.evaluate(async (limit) => {
    const end = Date.now() + limit;
    while (Date.now() < end) {
      const all = await indexedDB.databases();
      if (all.some((d) => d.name === 'order-sentinel')) return;
      await new Promise((done) => setTimeout(done, 20));
    }
    throw new Error(`the extension created no database in ${limit} ms`);
  }, timeoutMs);
}
