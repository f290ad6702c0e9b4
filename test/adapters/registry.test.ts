import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, SITES_SCRIPT, adapterById, contentScriptOf, type PageAdapter } from '../../lib/adapters';
import { consoleScript, sitesScript } from '../../lib/content/define';
import { consoleScripts } from '../../lib/content/scripts';
import * as read from '../../lib/extract/read';
import type { LayoutReaders } from '../../lib/extract/read';

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
    // One content script per console and one for the granted sites, made at build time
    // (lib/content/scripts.ts): an adapter without one would never run, a script matching other
    // pages than its adapter's would load there for nothing.
    const scripts = consoleScripts(ADAPTERS);
    const granted = ADAPTERS.filter((a) => contentScriptOf(a) === SITES_SCRIPT).map((a) => a.id);
    expect(scripts.map((s) => [s.name, s.pages.map((p) => p.id)])).toEqual([
      ...ADAPTERS.filter((a) => contentScriptOf(a) !== SITES_SCRIPT).map((a) => [a.id, [a.id]]),
      [SITES_SCRIPT, granted],
    ]);
    expect(granted).toEqual(['woocommerce']);
    for (const script of scripts) {
      const pages: PageAdapter[] = [];
      for (const { id, adapterFile, pageExport } of script.pages) {
        const adapter = adapterById(id)!;
        // The page part of the adapter, from its own file: what the script bundles, and no parse rules.
        const module = (await import(`../../${adapterFile}`)) as Record<string, PageAdapter & { currency?: string }>;
        const page = module[pageExport];
        expect([id, page?.id, page?.matches, page?.currency]).toEqual([id, adapter.id, adapter.matches, undefined]);
        pages.push(page!);
      }
      // It reads with its adapters' layout readers and no other (the granted sites' tables for taught sites).
      const readers = Object.assign({}, ...script.readers.map((r) => (read as unknown as Record<string, LayoutReaders>)[r]!)) as LayoutReaders;
      const kinds = [...new Set([...(script.define === 'sitesScript' ? ['table'] : []), ...pages.map((p) => p.layout.kind)])].sort();
      expect([script.name, Object.keys(readers).sort()]).toEqual([script.name, kinds]);
      const defined = script.define === 'consoleScript' ? consoleScript(pages[0]!, readers) : sitesScript(pages, readers);
      expect([script.name, defined.registration, defined.matches]).toEqual(
        script.define === 'consoleScript' ? [script.name, undefined, pages[0]!.matches] : [SITES_SCRIPT, 'runtime', []],
      );
      // zod is made jitless before anything else is imported (CSP: no code from strings).
      const source = script.source('../..');
      expect(source.split('\n').find((l) => l.startsWith('import '))).toBe("import '../../lib/zod-config'; // first: before any schema is created (see the file)");
      for (const { id, pageExport } of script.pages) expect(source).toContain(`import { ${pageExport} } from '../../lib/adapters/${id}';`);
    }
    expect(scripts.find((s) => s.name === 'taobao')!.source('../..')).toContain('export default consoleScript(taobaoPage, READ_BLOCKS);');
    expect(scripts.find((s) => s.name === SITES_SCRIPT)!.source('../..')).toContain('export default sitesScript([woocommercePage], READ_TABLES);');
    // No hand-written script beside the made ones: WXT would refuse the name twice.
    const written = readdirSync('entrypoints').filter((f) => f.endsWith('.content.ts')).map((f) => f.replace(/\.content\.ts$/, ''));
    expect(written.filter((name) => scripts.some((s) => s.name === name))).toEqual([]);
  });

  it('reads a granted console of another layout beside the taught sites\' tables', () => {
    const woocommerce = adapterById('woocommerce')!;
    const etsy = adapterById('etsy')!;
    const sites = consoleScripts([woocommerce, { ...etsy, id: 'shop-cards', anyHost: true }]).find((s) => s.name === SITES_SCRIPT)!;
    expect(sites.source('..')).toContain('export default sitesScript([woocommercePage, shopCardsPage], { ...READ_TABLES, ...READ_CARDS });');
  });

  it('refuses to make a script for a console read by meaning alone, or named like the granted sites\' script', () => {
    const taobao = adapterById('taobao')!;
    expect(() => consoleScripts([{ ...taobao, layout: { kind: 'meaning' } } as PageAdapter])).toThrow("taobao: a console's own script needs a layout of its own");
    expect(() => consoleScripts([{ ...taobao, id: SITES_SCRIPT }])).toThrow("sites: the name of the granted sites' script");
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
