import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, CHINESE_CONSOLES, OTHER_CONSOLES } from '../../lib/adapters';

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

  it('puts every adapter in exactly one content script family', () => {
    // One content script per family (issue 7): an adapter in neither would never run, in both twice.
    const byFamily = [...CHINESE_CONSOLES, ...OTHER_CONSOLES].map((a) => a.id);
    expect(byFamily.toSorted()).toEqual(ADAPTERS.map((a) => a.id).toSorted());
    expect(CHINESE_CONSOLES.map((a) => a.id)).toEqual(['taobao', 'pinduoduo', 'jd', 'douyin']);
    // The script registered for granted sites is the other family's: it must read WooCommerce.
    expect(OTHER_CONSOLES.filter((a) => a.anyHost).map((a) => a.id)).toEqual(['woocommerce']);
  });
});
