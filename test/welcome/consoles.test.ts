import { describe, expect, it } from 'vitest';
import { ADAPTERS, CONTENT_MATCHES, adapterById } from '../../lib/adapters';
import { demoPage } from '../../lib/adapters/demo';
import { consolesIn, grantedHosts, linkOfPattern } from '../../entrypoints/welcome/consoles';

describe('welcome page consoles', () => {
  it('turns a match pattern into the order page it names, and a wildcard host into none', () => {
    expect(linkOfPattern('https://trade.taobao.com/trade/itemlist/*')).toBe('https://trade.taobao.com/trade/itemlist/');
    expect(linkOfPattern('https://sellercentral.amazon.de/orders-v3*')).toBe('https://sellercentral.amazon.de/orders-v3');
    expect(linkOfPattern('https://*.myshopify.com/admin/*')).toBeUndefined();
  });

  it('lists only the consoles whose every pattern the manifest grants (no demo console in a store build)', () => {
    const store = CONTENT_MATCHES.filter((p) => !demoPage.matches.includes(p));
    const listed = consolesIn(ADAPTERS, grantedHosts({ host_permissions: store }));
    // Every console with pages of its own, in the registry's order; not the demo console (not granted),
    // nor the consoles on the seller's own host (no pattern to grant).
    expect(listed.map((c) => c.id)).toEqual(ADAPTERS.filter((a) => !a.anyHost && a !== adapterById(demoPage.id)).map((a) => a.id));
    expect(listed.map((c) => c.id)).toContain('taobao');
    expect(listed.map((c) => c.id)).not.toContain('woocommerce');
    // A console with one pattern not granted is left out, the others kept.
    const noEtsy = consolesIn(ADAPTERS, grantedHosts({ host_permissions: store.filter((p) => !p.includes('etsy')) }));
    expect(noEtsy.map((c) => c.id)).toEqual(listed.map((c) => c.id).filter((id) => id !== 'etsy'));
    expect(listed.find((c) => c.id === 'shopify')?.links).toEqual(['https://admin.shopify.com/store/']);
    expect(listed.find((c) => c.id === 'amazon')?.links).toHaveLength(15);
    // Firefox's MV2 manifest names host patterns among its permissions.
    expect(consolesIn(ADAPTERS, grantedHosts({ permissions: ['storage', 'https://mms.pinduoduo.com/orders/*'] })).map((c) => c.id)).toEqual(['pinduoduo']);
  });
});
