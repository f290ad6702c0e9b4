import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContentScriptDefinition } from 'wxt';
import { ADAPTERS, SITES_SCRIPT, contentScriptOf } from '../../lib/adapters';
import { ANNOTATION_PAGES } from '../../lib/adapters/pages';

describe('adapter registry conventions', () => {
  it('every adapter file is registered under its file name, with a saved-page fixture and a test', () => {
    const files = readdirSync('lib/adapters')
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual(files);
    for (const { id } of ADAPTERS) {
      const fixtures = existsSync(`test/fixtures/${id}`) ? readdirSync(`test/fixtures/${id}`) : [];
      // Fixtures are named with the month the layout was seen: <page>.YYYY-MM.html
      expect([id, fixtures.some((f) => /\.\d{4}-\d{2}\.html$/.test(f))]).toEqual([id, true]);
      expect([id, existsSync(`test/adapters/${id}.test.ts`)]).toEqual([id, true]);
    }
  });

  it('gives every adapter a content script, declared for exactly its own pages', async () => {
    // One content script per console: an adapter without one would never run, a
    // script matching other pages than its adapter's would load there for nothing.
    const scripts = readdirSync('entrypoints')
      .filter((f) => f.endsWith('.content.ts'))
      .map((f) => f.replace(/\.content\.ts$/, ''))
      // The console's own data is observed by scripts of no console (test/pagedata/scripts.test.ts),
      // and read from Taobao's order detail page by one of its own (lib/pagedata/taobao-detail.ts).
      .filter((f) => f !== 'page-data' && f !== 'page-data-relay' && f !== 'taobao-detail')
      // Review and message pages are read by a small script each (lib/adapters/pages).
      .filter((f) => !ANNOTATION_PAGES.some((p) => p.id === f))
      .sort();
    expect(scripts).toEqual([...new Set(ADAPTERS.map(contentScriptOf))].sort());
    expect(ADAPTERS.filter((a) => contentScriptOf(a) === SITES_SCRIPT).map((a) => a.id)).toEqual(['woocommerce']);
    for (const adapter of ADAPTERS.filter((a) => !a.anyHost)) {
      const script = ((await import(`../../entrypoints/${contentScriptOf(adapter)}.content.ts`)) as { default: ContentScriptDefinition }).default;
      expect([adapter.id, script.registration, script.matches]).toEqual([adapter.id, undefined, adapter.matches]);
    }
    // Each script reads with its adapters' layout readers, and no other.
    const readersOf: Record<string, string> = { table: 'READ_TABLES', blocks: 'READ_BLOCKS', cards: 'READ_CARDS' };
    for (const adapter of ADAPTERS) {
      const source = readFileSync(`entrypoints/${contentScriptOf(adapter)}.content.ts`, 'utf8');
      const call = /export default \w+\((.*)\);/.exec(source)?.[1];
      const readers = call?.match(/\bREAD_[A-Z]+\b/g) ?? [];
      expect([adapter.id, readers]).toEqual([adapter.id, [readersOf[adapter.layout.kind]]]);
    }
    // The granted sites' script is registered by the background, for the granted origins only.
    const sites = ((await import(`../../entrypoints/${SITES_SCRIPT}.content.ts`)) as { default: ContentScriptDefinition }).default;
    expect([sites.registration, sites.matches]).toEqual(['runtime', []]);
  });

  it('gives no two consoles a page in common: each page loads one script', () => {
    const seen = new Map<string, string>();
    for (const adapter of ADAPTERS) {
      for (const pattern of adapter.matches) {
        expect([pattern, seen.get(pattern)]).toEqual([pattern, undefined]);
        seen.set(pattern, adapter.id);
      }
    }
  });
});
