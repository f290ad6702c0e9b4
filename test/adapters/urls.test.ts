import { describe, expect, it } from 'vitest';
import { ADAPTERS, CONTENT_MATCHES, adapterForUrl, contentScriptOf } from '../../lib/adapters';
import { testUrlsOf } from './test-urls';

/** Minimal manifest match-pattern check (scheme, host with optional "*.", path glob; ports ignored). */
function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bad pattern ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const schemeOk = scheme === '*' ? /^https?:$/.test(url.protocol) : url.protocol === `${scheme}:`;
  const hostOk = host.startsWith('*.') ? url.hostname.endsWith(host.slice(1)) || url.hostname === host.slice(2) : url.hostname === host;
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return schemeOk && hostOk && glob.test(url.pathname + url.search);
}

describe('page checks', () => {
  it('every adapter accepts its own order-list URLs and no other adapter does', () => {
    for (const adapter of ADAPTERS) {
      expect(testUrlsOf(adapter).match.length, adapter.id).toBeGreaterThan(0);
      expect(testUrlsOf(adapter).noMatch.length, adapter.id).toBeGreaterThan(0);
      for (const url of testUrlsOf(adapter).match) {
        for (const other of ADAPTERS) {
          expect([other.id, url, other.isOrderList(new URL(url))]).toEqual([other.id, url, other === adapter]);
        }
        expect(adapterForUrl(url, ADAPTERS)?.id).toBe(adapter.id);
        // Its content script finds it among that script's adapters alone.
        const own = ADAPTERS.filter((a) => contentScriptOf(a) === contentScriptOf(adapter));
        expect([url, adapterForUrl(url, own)?.id]).toEqual([url, adapter.id]);
      }
      for (const url of testUrlsOf(adapter).noMatch) {
        expect([adapter.id, url, adapter.isOrderList(new URL(url))]).toEqual([adapter.id, url, false]);
      }
    }
  });

  it('every adapter tells its order-detail pages apart from its list, and no other adapter claims them', () => {
    for (const adapter of ADAPTERS) {
      const detail = testUrlsOf(adapter).detail ?? [];
      expect([adapter.id, detail.length > 0, typeof adapter.isOrderDetail]).toEqual([adapter.id, true, 'function']);
      for (const url of detail) {
        for (const other of ADAPTERS) {
          const u = new URL(url);
          expect([other.id, url, other.isOrderDetail?.(u) ?? false]).toEqual([other.id, url, other === adapter]);
          expect([other.id, url, other.isOrderList(u)]).toEqual([other.id, url, false]);
        }
      }
      // A list page is never taken for a detail page.
      for (const url of testUrlsOf(adapter).match) {
        expect([adapter.id, url, adapter.isOrderDetail?.(new URL(url))]).toEqual([adapter.id, url, false]);
      }
    }
  });

  it('the manifest patterns let the content script run on every order-list URL', () => {
    // Any-host consoles (self-hosted shops) are registered at run time for the granted site only.
    for (const adapter of ADAPTERS.filter((a) => !a.anyHost)) {
      for (const url of testUrlsOf(adapter).match) {
        expect([url, adapter.matches.some((p) => matchesPattern(p, new URL(url)))]).toEqual([url, true]);
      }
    }
    expect(CONTENT_MATCHES).toEqual([
      'http://order-sentinel-demo.localhost/*',
      'https://trade.taobao.com/trade/itemlist/*',
      'https://trade.tmall.com/trade/itemlist/*',
      'https://myseller.taobao.com/*',
      'https://qn.taobao.com/*',
      'https://mms.pinduoduo.com/orders/*',
      'https://sellercentral.amazon.com/orders-v3*',
      'https://sellercentral.amazon.ca/orders-v3*',
      'https://sellercentral.amazon.com.mx/orders-v3*',
      'https://sellercentral.amazon.com.br/orders-v3*',
      'https://sellercentral.amazon.co.uk/orders-v3*',
      'https://sellercentral-europe.amazon.com/orders-v3*',
      'https://sellercentral.amazon.de/orders-v3*',
      'https://sellercentral.amazon.fr/orders-v3*',
      'https://sellercentral.amazon.it/orders-v3*',
      'https://sellercentral.amazon.es/orders-v3*',
      'https://sellercentral.amazon.nl/orders-v3*',
      'https://sellercentral.amazon.co.jp/orders-v3*',
      'https://sellercentral-japan.amazon.com/orders-v3*',
      'https://sellercentral.amazon.com.au/orders-v3*',
      'https://sellercentral.amazon.in/orders-v3*',
      'https://shop.jd.com/jdm/*',
      'https://porder.shop.jd.com/order/*',
      'https://trade-order-jdm.jd.com/orderList*',
      'https://fxg.jinritemai.com/ffa/*',
      'https://dmall.jinritemai.com/ffa/*',
      'https://doudian.douyinec.com/ffa/*',
      'https://admin.shopify.com/store/*',
      'https://*.myshopify.com/admin/*',
      'https://www.ebay.com/sh/ord*',
      'https://www.ebay.ca/sh/ord*',
      'https://www.ebay.co.uk/sh/ord*',
      'https://www.ebay.de/sh/ord*',
      'https://www.ebay.fr/sh/ord*',
      'https://www.ebay.it/sh/ord*',
      'https://www.ebay.es/sh/ord*',
      'https://www.ebay.com.au/sh/ord*',
      'https://www.etsy.com/your/orders/sold*',
    ]);
  });

  it('adapter ids are unique and an unparseable or foreign URL has no adapter', () => {
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
    expect(adapterForUrl('not a url', ADAPTERS)).toBeUndefined();
    expect(adapterForUrl('https://www.example.com/orders', ADAPTERS)).toBeUndefined();
  });

  it('Taobao orders read on trade.tmall.com are Tmall orders', () => {
    const taobao = ADAPTERS.find((a) => a.id === 'taobao')!;
    expect(taobao.marketplaceFor?.(new URL('https://trade.tmall.com/trade/itemlist/list_sold_items.htm'))).toBe('tmall');
    expect(taobao.marketplaceFor?.(new URL('https://trade.taobao.com/trade/itemlist/list_sold_items.htm'))).toBe('taobao');
  });
});
