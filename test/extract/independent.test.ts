// @vitest-environment happy-dom
// Pages of Taobao's 已卖出的宝贝, Pinduoduo's 订单查询 and JD's 订单管理 that the project did not write
// to fit its adapters (test/fixtures/independent, made by make.mjs from public descriptions, each
// page beside a .json of its truth): what a seller gets from them, exactly, through each console's
// adapter with the reader by meaning behind it (readOrders, what the content script runs) and
// through the reader by meaning alone (layout 'meaning', no cell parts: the console's rules kept).
//
// Measured 2026-12-07 (orders read exactly / shown, false orders; through the built extension at
// the real URLs the same as the first column, test/e2e/independent.test.mjs). Before that morning's
// fixes (639ac51 and 700de53 blockGroups and orderLists, f2e8d6f row.ts and pinduoduo.ts, d67db2a
// jd.ts, a04fe7c status.ts, 87ff585 a request beside the state) the first column read 20 of 54
// and the second 33; since 87ff585 every page reads every order on both paths:
//   page               adapter+meaning   meaning alone
//   taobao-table       10/10, 0 false    10/10, 0 false
//   taobao-grid         8/8,  0 false     8/8,  0 false
//   pinduoduo-table    12/12, 0 false    12/12, 0 false
//   pinduoduo-blocks    7/7,  0 false     7/7,  0 false
//   jd-blocks           9/9,  0 false     9/9,  0 false
//   jd-grid             8/8,  0 false     8/8,  0 false
//   all                54/54             54/54
// These pages were read while the fixes were made, so they are no longer never-seen: they hold
// what was fixed, not how the reader does on the next page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/adapters';
import type { Adapter } from '../../lib/adapters/types';
import { readOrders } from '../../lib/extract';
import type { Order } from '../../lib/schema';

// Every page's times are from 2026-12-01 to 12-07, some without a year: read on 2026-12-07, 10:00 Beijing.
const NOW = Date.parse('2026-12-07T10:00:00+08:00');
const URLS = {
  taobao: 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm',
  pinduoduo: 'https://mms.pinduoduo.com/orders/list',
  jd: 'https://shop.jd.com/jdm/trade/orders/order-list',
} as const;
type Console = keyof typeof URLS;

interface Truth {
  readonly orders: readonly { id: string; total: number; currency: string; placedAtMs: number; status: string }[];
}

const PAGES: readonly (readonly [string, Console])[] = [
  ['taobao-table', 'taobao'],
  ['taobao-grid', 'taobao'],
  ['pinduoduo-table', 'pinduoduo'],
  ['pinduoduo-blocks', 'pinduoduo'],
  ['jd-blocks', 'jd'],
  ['jd-grid', 'jd'],
];

const load = (name: string): Document =>
  new DOMParser().parseFromString(readFileSync(`test/fixtures/independent/${name}.html`, 'utf8'), 'text/html');
const truthOf = (name: string): Truth => JSON.parse(readFileSync(`test/fixtures/independent/${name}.json`, 'utf8')) as Truth;
const adapterOf = (id: Console): Adapter => {
  const adapter = ADAPTERS.find((a) => a.id === id);
  if (!adapter) throw new Error(`no adapter ${id}`);
  return adapter;
};
/**
 * The reader by meaning alone, as it reads a console whose selectors and cell parts no longer fit:
 * no layout, no cell parts, no header words of the console's own; its marketplace, status words and
 * rules kept (the currency, the zone, 待发货).
 */
const meaningOnly = (adapter: Adapter): Adapter => {
  const { cellParts: _parts, headerSynonyms: _words, ...rules } = adapter;
  return { ...rules, layout: { kind: 'meaning' } };
};
const truthRows = (name: string) => truthOf(name).orders.map(({ id, total, currency, placedAtMs, status }) => ({ id, total, currency, placedAtMs, status }));

/** What a seller checks of an order: its number, total, currency, time and status. */
const essentials = (o: Order) => ({ id: o.orderId, total: o.money.paid, currency: o.money.currency, placedAtMs: o.placedAt, status: o.status });

const read = (name: string, adapter: Adapter) => readOrders(adapter, load(name), { url: URLS[adapter.id as Console], now: NOW }).rows.map((r) => essentials(r.order));

/** Every page by both paths. */
const EXACT: readonly (readonly [string, Console, 'adapter' | 'meaning'])[] = PAGES.flatMap(([name, id]) => [
  [name, id, 'adapter'] as const,
  [name, id, 'meaning'] as const,
]);

describe('independent console pages read exactly', () => {
  it.each(EXACT)('%s (%s) through %s: every order with its number, total, currency, time and status', (name, id, path) => {
    const adapter = path === 'adapter' ? adapterOf(id) : meaningOnly(adapterOf(id));
    expect(read(name, adapter)).toEqual(truthRows(name));
  });
});

describe('independent console pages: no false order on any page, by any path', () => {
  it.each(PAGES)('%s reads only orders it shows', (name, id) => {
    const shown = new Set(truthOf(name).orders.map((t) => t.id));
    for (const adapter of [adapterOf(id), meaningOnly(adapterOf(id))]) {
      const ids = read(name, adapter).map((o) => o.id);
      expect(ids.filter((x) => !shown.has(x))).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
