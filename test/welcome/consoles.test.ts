import { describe, expect, it } from 'vitest';
import { ADAPTERS, CONTENT_MATCHES } from '../../lib/adapters';
import { consolesIn, grantedHosts, linkOfPattern } from '../../entrypoints/welcome/consoles';

describe('welcome page consoles', () => {
  it('turns a match pattern into the order page it names, and a wildcard host into none', () => {
    expect(linkOfPattern('https://trade.taobao.com/trade/itemlist/*')).toBe('https://trade.taobao.com/trade/itemlist/');
    expect(linkOfPattern('https://sellercentral.amazon.de/orders-v3*')).toBe('https://sellercentral.amazon.de/orders-v3');
    expect(linkOfPattern('https://*.myshopify.com/admin/*')).toBeUndefined();
  });

  it('lists only the consoles whose every pattern the manifest grants (no demo console in a store build)', () => {
    const store = CONTENT_MATCHES.filter((p) => !p.includes('order-sentinel-demo'));
    const listed = consolesIn(ADAPTERS, grantedHosts({ host_permissions: store }));
    expect(listed.map((c) => c.id)).toEqual(['taobao', 'pinduoduo', 'amazon', 'jd', 'douyin', 'shopify', 'ebay', 'etsy']);
    expect(listed.find((c) => c.id === 'shopify')?.links).toEqual(['https://admin.shopify.com/store/']);
    expect(listed.find((c) => c.id === 'amazon')?.links).toHaveLength(15);
    // Firefox's MV2 manifest names host patterns among its permissions.
    expect(consolesIn(ADAPTERS, grantedHosts({ permissions: ['storage', 'https://mms.pinduoduo.com/orders/*'] })).map((c) => c.id)).toEqual(['pinduoduo']);
  });
});
