import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContentScriptDefinition } from 'wxt';
import { ADAPTERS, SITES_SCRIPT, adapterById, contentScriptOf, type PageAdapter } from '../../lib/adapters';
import { consoleScript } from '../../lib/content/define';
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
    // One content script per console, made at build time (lib/content/scripts.ts): an adapter
    // without one would never run, a script matching other pages than its adapter's would load
    // there for nothing.
    const scripts = consoleScripts(ADAPTERS);
    expect(scripts.map((s) => s.name)).toEqual(ADAPTERS.filter((a) => contentScriptOf(a) !== SITES_SCRIPT).map((a) => a.id));
    expect(ADAPTERS.filter((a) => contentScriptOf(a) === SITES_SCRIPT).map((a) => a.id)).toEqual(['woocommerce']);
    for (const script of scripts) {
      const adapter = adapterById(script.name)!;
      // The page part of the adapter, from its own file: what the script bundles, and no parse rules.
      const module = (await import(`../../${script.adapterFile}`)) as Record<string, PageAdapter & { currency?: string }>;
      const page = module[script.pageExport];
      expect([script.name, page?.id, page?.matches, page?.currency]).toEqual([script.name, adapter.id, adapter.matches, undefined]);
      // It reads with its layout's reader and no other.
      const readers = (read as unknown as Record<string, LayoutReaders>)[script.readers]!;
      expect([script.name, Object.keys(readers)]).toEqual([script.name, [adapter.layout.kind]]);
      const defined = consoleScript(page!, readers);
      expect([script.name, defined.registration, defined.matches]).toEqual([script.name, undefined, adapter.matches]);
      // zod is made jitless before anything else is imported (CSP: no code from strings).
      const source = script.source('../..');
      expect(source.split('\n').find((l) => l.startsWith('import '))).toBe("import '../../lib/zod-config'; // first: before any schema is created (see the file)");
      expect(source).toContain(`import { ${script.pageExport} } from '../../lib/adapters/${adapter.id}';`);
      expect(source).toContain(`export default consoleScript(${script.pageExport}, ${script.readers});`);
    }
    // No hand-written script beside the made ones: WXT would refuse the name twice, and it would load the whole registry.
    const written = readdirSync('entrypoints').filter((f) => f.endsWith('.content.ts')).map((f) => f.replace(/\.content\.ts$/, ''));
    expect(written.filter((name) => scripts.some((s) => s.name === name))).toEqual([]);
    // The granted sites' script is registered by the background, for the granted origins only.
    const sites = ((await import(`../../entrypoints/${SITES_SCRIPT}.content.ts`)) as { default: ContentScriptDefinition }).default;
    expect([sites.registration, sites.matches]).toEqual(['runtime', []]);
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
