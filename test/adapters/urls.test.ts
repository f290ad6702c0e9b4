import { describe, expect, it } from 'vitest';
import { ADAPTERS, CONTENT_MATCHES, adapterForUrl, contentScriptOf } from '../../lib/adapters';
import { linkOfPattern } from '../../entrypoints/welcome/consoles';
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
  });

  it('asks for the console pages and no more: each pattern reaches a page its adapter reads, on a host it names', () => {
    // The host permissions are the adapters' patterns, each once (wxt.config.ts); least privilege is
    // held per pattern: a pattern that lets through none of its own adapter's order pages (its test
    // pages, or the address it names when the adapter's own check takes it for an order list) is
    // one too many, and a wildcard host beyond one named domain's subdomains is never asked for.
    expect(CONTENT_MATCHES).toEqual([...new Set(ADAPTERS.flatMap((a) => a.matches))]);
    const reaches = (adapter: (typeof ADAPTERS)[number], pattern: string): boolean => {
      const pages = [...testUrlsOf(adapter).match, ...(testUrlsOf(adapter).detail ?? [])].map((u) => new URL(u));
      const named = linkOfPattern(pattern);
      return pages.some((url) => matchesPattern(pattern, url)) || (named !== undefined && adapter.isOrderList(new URL(named)));
    };
    for (const adapter of ADAPTERS) {
      for (const pattern of adapter.matches) {
        expect([adapter.id, pattern, reaches(adapter, pattern)]).toEqual([adapter.id, pattern, true]);
        const [, scheme, host] = /^([^:]+):\/\/([^/]+)\//.exec(pattern) ?? [];
        expect([pattern, scheme]).toEqual([pattern, host?.endsWith('.localhost') ? 'http' : 'https']);
        expect([pattern, /^(?:\*\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}$/.test(host ?? '')]).toEqual([pattern, true]);
      }
    }
    // What a wrong manifest would look like, refused by the same checks.
    const taobao = ADAPTERS.find((a) => a.id === 'taobao')!;
    expect(reaches(taobao, 'https://seller.example.com/*')).toBe(false);
    expect(reaches(taobao, 'https://www.taobao.com/*')).toBe(false);
    expect(/^(?:\*\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}$/.test('*')).toBe(false);
    expect(/^(?:\*\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}$/.test('*.com')).toBe(false);
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
