// The lists of profiles and adapters are written from the files found (scripts/registries.mjs), so a
// new console is its own files: what counts as a profile or an adapter, and the lists' order.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/adapters';
import { CONSOLE_SHOWS, MARKETPLACE_IDS } from '../../lib/marketplaces';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs scripts/registries.mjs on a tree holding only `files`; the two lists it writes. */
function registriesOf(files: Record<string, string>): { marketplaces: string; adapters: string } {
  const dir = mkdtempSync(join(tmpdir(), 'registries-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries({ 'lib/marketplaces/.keep': '', 'lib/adapters/.keep': '', ...files })) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(join(dir, 'scripts'));
  cpSync('scripts/registries.mjs', join(dir, 'scripts/registries.mjs'));
  const run = spawnSync('node', [join(dir, 'scripts/registries.mjs')], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return { marketplaces: readFileSync(join(dir, '.wxt/registry/marketplaces.ts'), 'utf8'), adapters: readFileSync(join(dir, '.wxt/registry/adapters.ts'), 'utf8') };
}

describe('the lists of profiles and adapters', () => {
  it('hold every console of this tree: the demo first, the taught sites last, the others by id', () => {
    expect(MARKETPLACE_IDS).toEqual(['demo', 'amazon', 'douyin', 'ebay', 'etsy', 'jd', 'pinduoduo', 'shopify', 'taobao', 'tmall', 'woocommerce', 'custom']);
    expect(ADAPTERS.map((a) => a.id)).toEqual(['demo', 'amazon', 'douyin', 'ebay', 'etsy', 'jd', 'pinduoduo', 'shopify', 'taobao', 'woocommerce']);
    // A console is a profile that lists what its pages show; Tmall is read on Taobao's, the demo and taught sites list nothing.
    expect(Object.keys(CONSOLE_SHOWS)).toEqual(['amazon', 'douyin', 'ebay', 'etsy', 'jd', 'pinduoduo', 'shopify', 'taobao', 'woocommerce']);
  });

  it('take a file as a profile when it exports its own name, as a console when it also lists its fields, as an adapter when it exports its name as an Adapter', () => {
    const { marketplaces, adapters } = registriesOf({
      'lib/marketplaces/souq-mart.ts': "export const souqMart = { id: 'souq-mart' };\nexport const shows: readonly OrderField[] = [];\n",
      'lib/marketplaces/kilo.ts': "export const kilo = { id: 'kilo' };\n",
      'lib/marketplaces/china.ts': 'export const chinese = () => ({});\n',
      'lib/marketplaces/demo.ts': "export const demo = { id: 'demo' };\n",
      'lib/adapters/souq-mart.ts': "export const souqMartPage: PageAdapter = {};\nexport const souqMart: Adapter = withRules(souqMartPage, {});\n",
      'lib/adapters/types.ts': 'export const withRules = () => ({});\n',
    });
    expect(marketplaces).toContain("import { demo } from '../../lib/marketplaces/demo';\nimport { kilo } from '../../lib/marketplaces/kilo';\nimport { souqMart, shows as souqMartShows } from '../../lib/marketplaces/souq-mart';\n");
    expect(marketplaces).toContain("export const PROFILE_FILES = { demo, kilo, 'souq-mart': souqMart };\nexport const CONSOLE_SHOWS = { 'souq-mart': souqMartShows };\n");
    expect(marketplaces).not.toContain('china');
    expect(adapters).toContain("import { souqMart } from '../../lib/adapters/souq-mart';\n\nexport const ADAPTER_FILES: readonly Adapter[] = [souqMart];\n");
  });
});
