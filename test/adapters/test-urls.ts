/**
 * Each adapter's test URLs, from the `testUrls` its own file exports (kept out of the adapter
 * object so the content scripts do not carry them; lib/adapters/types.ts, `TestUrls`).
 */
import type { Adapter, TestUrls } from '../../lib/adapters/types';

const modules = import.meta.glob<{ testUrls?: TestUrls }>('../../lib/adapters/*.ts', { eager: true });

export function testUrlsOf(adapter: Adapter): TestUrls {
  const urls = modules[`../../lib/adapters/${adapter.id}.ts`]?.testUrls;
  if (urls === undefined) throw new Error(`lib/adapters/${adapter.id}.ts exports no testUrls`);
  return urls;
}
