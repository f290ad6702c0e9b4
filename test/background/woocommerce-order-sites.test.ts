import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSiteRegistry } from '../../entrypoints/background/sites';

const SHOP = 'https://shop.example-store.test';
const TAUGHT = 'https://orders.example-erp.test';

let registered: Array<{ id: string; matches: string[]; js: string[] }>;

beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting['getRegisteredContentScripts'] = async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id));
  scripting['registerContentScripts'] = async (scripts: typeof registered) => void registered.push(...scripts);
  scripting['unregisterContentScripts'] = async ({ ids }: { ids: string[] }) => void (registered = registered.filter((s) => !ids.includes(s.id)));
  // The seller granted exactly these two origins.
  (fakeBrowser.permissions as { contains: unknown }).contains = async ({ origins = [] }: { origins?: string[] }) =>
    origins.every((o) => o === `${SHOP}/*` || o === `${TAUGHT}/*`);
  (fakeBrowser.permissions as { remove: unknown }).remove = async () => true;
});

const shown = () => registered.map((s) => [s.id, s.js, s.matches]).sort();

describe('the granted sites\' scripts', () => {
  it('add the order edit page script on the WooCommerce origin\'s edit screens only, not on a taught site, and drop it with the grant', async () => {
    const sites = createSiteRegistry(() => Date.UTC(2026, 11, 6));
    await sites.enable(SHOP, 'woocommerce', undefined);
    await sites.enable(TAUGHT, 'taught', undefined);
    expect(shown()).toEqual([
      ['order-sentinel-sites', ['content-scripts/sites.js'], [`${SHOP}/*`, `${TAUGHT}/*`]],
      ['order-sentinel-woocommerce-order', ['content-scripts/woocommerce-order.js'], [`${SHOP}/*wp-admin/admin.php?*`, `${SHOP}/*wp-admin/post.php?*`]],
    ]);
    await sites.disable(SHOP);
    expect(shown()).toEqual([['order-sentinel-sites', ['content-scripts/sites.js'], [`${TAUGHT}/*`]]]);
  });
});
