// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../lib/i18n/bundled';
import { ADAPTERS, adapterById } from '../../lib/adapters';
import { CONSOLE_FIELDS, CONSOLES, consoleDetectorTable, DETECTOR_INPUTS, fieldsOf, notYetSeen, ORDER_FIELDS, silentDetectors, type OrderField } from '../../lib/detectors/consoles';
import { buildContext, DETECTORS, evaluate, type DetectorId } from '../../lib/detectors';
import { consolesTable } from '../../lib/detectors/docs';
import { orderKey, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { readOrders } from '../../lib/extract';
import { pageDataOrders } from '../../lib/pagedata/ingest';
import { testUrlsOf } from '../adapters/test-urls';
import { ANNOTATION_PAGES } from '../../lib/adapters/pages';
import { readEntries } from '../../lib/adapters/pages/read';
import { parseAnnotations, withAnnotation } from '../../lib/ingest/annotate';
import { mergeObserved } from '../../lib/ingest/merge';

const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);
const DAY = 86_400_000;

/** The address each console's saved own-data answers came from (lib/pagedata/sources.ts). */
const PAGE_DATA_SOURCE: Record<string, string> = {
  pinduoduo: 'https://mms.pinduoduo.com/mangkhut/mms/recentOrderList',
  taobao: 'https://trade.taobao.com/trade/itemlist/asyncSold.htm?event_submit_do_query=1',
  shopify: 'https://admin.shopify.com/api/shopify/sage-and-suds?operation=OrderListData&type=query',
  douyin: 'https://fxg.jinritemai.com/api/order/searchlist?page=0&pageSize=10',
};

/** Where each console's saved tracking answers came from: an order detail, asking for the parcel of the order its address names. */
const TRACK_SOURCE: Record<string, { page: string; source: string }> = {
  pinduoduo: {
    page: 'https://mms.pinduoduo.com/orders/detail?type=4399&sn=261201-112233445566778',
    source: 'https://mms.pinduoduo.com/express_base/mms/track/get?orderSn=261201-112233445566778&source=MMS_TRACK_STATUS',
  },
};

/** The address of a console's order detail page whose own data is read, by its order number. */
const DETAIL_PAGE: Record<string, (orderId: string) => string> = {
  taobao: (orderId) => `https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${orderId}`,
};

/** The orders with what the console's saved review and message pages say of them (lib/adapters/pages). */
function annotate(console: string, orders: Order[]): void {
  const adapter = adapterById(console)!;
  for (const page of ANNOTATION_PAGES.filter((p) => p.console === console)) {
    const rules = { marketplace: adapter.marketplace, timeZone: adapter.timeZone, dateOrder: adapter.dateOrder ?? 'MDY' } as const;
    for (const file of readdirSync(`test/fixtures/${page.id}`)) {
      const doc = new DOMParser().parseFromString(readFileSync(`test/fixtures/${page.id}/${file}`, 'utf8'), 'text/html');
      for (const { orderId, fields } of parseAnnotations(readEntries(page, doc).rows, rules, NOW).read) {
        const i = orders.findIndex((o) => o.orderId === orderId);
        if (i >= 0) orders[i] = withAnnotation(orders[i]!, fields);
      }
    }
  }
}

/** Every order read from every saved page of a console, by its adapter, and from its saved own-data answers. */
function ordersReadOn(console: string): Order[] {
  const adapter = adapterById(console)!;
  const url = testUrlsOf(adapter).match[0]!;
  const orders: Order[] = [];
  for (const file of readdirSync(`test/fixtures/${console}`)) {
    const doc = new DOMParser().parseFromString(readFileSync(`test/fixtures/${console}/${file}`, 'utf8'), 'text/html');
    // An order shown on several saved pages (a month's page repeats the week's orders) is one stored
    // order, as a read stores it; saved pages of different made-up shops may give another buyer its number.
    for (const { order } of readOrders(adapter, doc, { url, now: NOW }).rows) {
      const i = orders.findIndex((known) => orderKey(known) === orderKey(order) && known.buyer === order.buyer);
      if (i >= 0) orders[i] = mergeObserved(orders[i]!, order);
      else orders.push(order);
    }
  }
  annotate(console, orders);
  const source = PAGE_DATA_SOURCE[console];
  if (source === undefined) return orders;
  for (const file of readdirSync('test/fixtures/pagedata').filter((f) => f.startsWith(`${console}-`))) {
    const body = readFileSync(`test/fixtures/pagedata/${file}`, 'utf8');
    // A saved tracking answer adds its parcel's latest event to the order its address names.
    const track = TRACK_SOURCE[console];
    if (file.includes('-track-') && track !== undefined) {
      const found = pageDataOrders({ url: track.page, source: track.source, observedAt: NOW, body }, adapterById, []);
      for (const t of found.kind === 'tracking' ? found.tracking : []) {
        const i = orders.findIndex((o) => o.orderId === t.orderId);
        if (i >= 0) orders[i] = { ...orders[i]!, lastTrackingAt: t.lastTrackingAt, ...(t.trackingEvent === undefined ? {} : { trackingEvent: t.trackingEvent }) };
      }
      continue;
    }
    // A saved order detail page is read at its own address, which names its order (lib/pagedata/sources.ts).
    const detail = DETAIL_PAGE[console];
    const orderId = /\\"id\\":\\"(\d+)\\"/.exec(body)?.[1];
    const at = file.includes('-detail-') && detail !== undefined && orderId !== undefined ? detail(orderId) : undefined;
    const read = pageDataOrders(at === undefined ? { url, source, observedAt: NOW, body } : { url: at, source: at, observedAt: NOW, body }, adapterById, []);
    // As a read stores them: an order already read takes what this read shows and keeps the rest (lib/ingest/merge.ts).
    for (const o of read.kind === 'read' ? read.orders : []) {
      const i = orders.findIndex((known) => known.orderId === o.orderId);
      if (i >= 0) orders[i] = mergeObserved(orders[i]!, o);
      else orders.push(o);
    }
  }
  return orders;
}

/** Every field read with a value from every saved page of a console. */
function fieldsReadOn(console: string): Set<OrderField> {
  const found = new Set<OrderField>();
  for (const order of ordersReadOn(console)) for (const field of fieldsOf(order)) found.add(field);
  return found;
}

describe('the fields each console gives the detectors', () => {
  it.each(CONSOLES)('%s: the declared fields are exactly those its adapter reads with a value from its saved pages', (console) => {
    const order = (fields: Iterable<OrderField>) => [...fields].sort((a, b) => ORDER_FIELDS.indexOf(a) - ORDER_FIELDS.indexOf(b));
    expect(order(fieldsReadOn(console))).toEqual(order(CONSOLE_FIELDS[console]));
  });

  it.each(CONSOLES)("%s: its saved pages fire exactly the detectors the table gives a plain ✓, when read, a day or a month on", (console) => {
    const orders = ordersReadOn(console);
    // Seen a day before, so clocks that start when a status is first seen have run too: when read, a refund asked
    // before shipping is a day old (a cancellation to answer); a day on, the platform may have refunded it (48 h).
    const statusSince = new Map(orders.map((o) => [orderKey(o), NOW - DAY]));
    const fired = new Set<string>();
    for (const now of [NOW, NOW + DAY, NOW + 30 * DAY]) {
      const { findings } = evaluate(orders, buildContext(orders, { statusSince }), now, DEFAULT_SETTINGS);
      for (const f of findings) fired.add(f.detector);
    }
    const silent = new Set<string>(silentDetectors(console).map((s) => s.detector));
    const unseen = new Set<string>(notYetSeen(console));
    const ticked = DETECTORS.map((d) => d.id).filter((d) => !silent.has(d) && !unseen.has(d));
    // A ✓ with no saved page firing it, or a page firing a detector the table marks otherwise, fails here.
    expect(DETECTORS.map((d) => d.id).filter((d) => fired.has(d))).toEqual(ticked);
  });

  it("gives Amazon's buyer cancel request and repeated order a ✓, each from a saved Manage Orders page", () => {
    const orders = ordersReadOn('amazon');
    const statusSince = new Map(orders.map((o) => [orderKey(o), NOW - DAY]));
    const { findings } = evaluate(orders, buildContext(orders, { statusSince }), NOW + DAY, DEFAULT_SETTINGS);
    expect(findings.filter((f) => f.detector === 'cancel-pending' || f.detector === 'duplicate-order').map((f) => `${f.detector} ${f.orderId} ${f.severity}`)).toEqual([
      'cancel-pending 113-7001122-3344556 P2',
      'duplicate-order 112-2030405-0607999 P2',
    ]);
    expect(consoleDetectorTable().split('\n').filter((row) => /`(cancel-pending|dispute-open|refund-pending|delivery-overdue)`/.test(row))).toEqual([
      '| `delivery-overdue` | ✓ | — an estimated delivery date: not shown | an estimated delivery date: detail page | an estimated delivery date: detail page | — an estimated delivery date: not shown | — an estimated delivery date: not shown | ✓ | — an estimated delivery date: not shown | — an estimated delivery date: not shown |',
      '| `cancel-pending` | ✓ | ✓ | ✓ | — a buyer\'s cancellation request: not shown | — a buyer\'s cancellation request: not shown | ✓ | — a buyer\'s cancellation request: not shown | ✓ | — a buyer\'s cancellation request: not shown |',
      '| `refund-pending` | — a refund or return request: not read here | ✓ | ✓ | — a refund or return request: not read here | ✓ | ✓ | ✓ | ✓ | — a refund or return request: not shown |',
      '| `dispute-open` | — a complaint or claim: not read here | ✓ | ✓ | ✓ not yet on a saved page | ✓ not yet on a saved page | ✓ not yet on a saved page | — a complaint or claim: not read here | ✓ not yet on a saved page | — a complaint or claim: not shown |',
    ]);
  });

  it('gives Douyin, Pinduoduo and Taobao a buyer cancelling by a refund asked before shipping, and refund-pending the same request only once the platform may have refunded it', () => {
    const raised = (console: string, now: number) => {
      const orders = ordersReadOn(console);
      const statusSince = new Map(orders.map((o) => [orderKey(o), NOW - DAY]));
      return evaluate(orders, buildContext(orders, { statusSince }), now, DEFAULT_SETTINGS)
        .findings.filter((f) => f.detector === 'cancel-pending' || f.detector === 'refund-pending')
        .map((f) => `${f.detector} ${f.orderId} ${f.severity} ${new Date(f.dueAt ?? 0).toISOString()}`);
    };
    // When read, each such request was first seen a day ago: past the 12 h wait, before the platform's 48 h.
    expect(raised('douyin', NOW)).toEqual([
      'cancel-pending 6938812345678904002 P2 2026-11-24T16:00:00.000Z',
      'cancel-pending 6938812345678907002 P2 2026-11-24T16:00:00.000Z',
    ]);
    expect(raised('pinduoduo', NOW)).toEqual(['cancel-pending 241122-258312233445566 P2 2026-11-24T16:00:00.000Z']);
    // Taobao's second: a refund asked on the second item of a trade still to ship (the multi-item page's 售后 per item).
    expect(raised('taobao', NOW)).toEqual([
      'cancel-pending 3712866600033344405 P2 2026-11-24T16:00:00.000Z',
      'cancel-pending 3712877700055566605 P2 2026-11-24T16:00:00.000Z',
    ]);
    // A day on, the 48 h are over: each is refund-pending's P1, and the refunds asked after shipping stay refund-pending's.
    expect(raised('pinduoduo', NOW + DAY).filter((line) => line.includes('241122-258312233445566'))).toEqual([
      'refund-pending 241122-258312233445566 P1 2026-11-26T04:00:00.000Z',
    ]);
    expect(raised('taobao', NOW + DAY).filter((line) => line.startsWith('cancel-pending'))).toEqual([]);
  });

  it("lists every console's adapter but the demo's, each with its profile's fields", () => {
    expect([...CONSOLES].sort()).toEqual(ADAPTERS.map((a) => a.id).filter((id) => id !== 'demo').sort());
  });

  it("names each console in docs/features.md in both languages with the pages it reads, from its adapter", () => {
    const rows = consolesTable().split('\n');
    expect(rows).toHaveLength(2 + ADAPTERS.length);
    expect(rows[2]).toBe('| Amazon Seller Central orders (亚马逊卖家平台 管理订单) | `sellercentral.amazon.com/orders-v3` and the same page on 14 more sites |');
    expect(rows).toContain('| Shopify admin orders (Shopify 后台订单) | `admin.shopify.com/store/`, `*.myshopify.com/admin/` |');
    expect(rows).toContain('| WooCommerce orders (WooCommerce 订单) | your own site, once you allow it from the popup |');
    expect(rows.at(-1)).toBe(
      "| any other order table | **teach mode**: point at the table, confirm the columns (and what the shop's own status words mean, when the shared words do not know them), saved for that site |",
    );
    expect(rows.join('\n')).not.toContain('Demo');
  });

  it('declares the inputs of every registered detector', () => {
    expect(Object.keys(DETECTOR_INPUTS).sort()).toEqual(DETECTORS.map((d) => d.id).sort());
  });
});

describe('silentDetectors', () => {
  it('says why tracking-stalled cannot fire on Taobao and Tmall, in both languages, with its message keys', () => {
    const stalled = silentDetectors('tmall').find((s) => s.detector === 'tracking-stalled');
    expect(stalled).toEqual({
      detector: 'tracking-stalled',
      input: 'trackingEvents',
      // Its detail page is read and shows no trace: the trace is on 查看物流, which no part reads.
      where: 'unread',
      message: { key: 'silentNotRead', params: { input: 'silentInputTrackingEvents' } },
      reason: { en: "needs tracking events: not read from this console's pages", zh: '需要物流轨迹：尚未从该后台的页面读取' },
    });
    expect(silentDetectors('taobao')).toEqual(silentDetectors('tmall'));
  });

  it('says "this console does not show it" where the console has no such page', () => {
    expect(silentDetectors('woocommerce').find((s) => s.detector === 'negative-review')!.reason).toEqual({
      en: 'needs a buyer rating: this console does not show it',
      zh: '需要买家评价：该后台不显示此信息',
    });
    expect(silentDetectors('shopify').find((s) => s.detector === 'message-unanswered')!.reason.en).toBe('needs buyer messages: this console does not show it');
  });

  it('counts stock-risk as read on WooCommerce, whose order edit page marks a backordered item, and silent where no console shows it', () => {
    expect(silentDetectors('woocommerce').find((s) => s.detector === 'stock-risk')).toBeUndefined();
    expect(silentDetectors('shopify').find((s) => s.detector === 'stock-risk')!.reason.en).toBe('needs a stock flag: this console does not show it');
  });

  it("names the first missing input: Taobao's list shows buyer messages without their time; Douyin's 飞鸽 workbench gives it", () => {
    expect(silentDetectors('taobao').find((s) => s.detector === 'message-unanswered')!.reason).toEqual({
      en: 'needs the message time: the console shows it on the buyer messages page, which Order Sentinel does not read yet',
      zh: '需要留言时间：后台在买家消息页面显示，订单哨兵暂未读取该页面',
    });
    expect(silentDetectors('douyin').find((s) => s.detector === 'message-unanswered')).toBeUndefined();
  });

  it('lists exactly the detectors that lack an input on a console', () => {
    // Of the detectors this list was written for: a newer one's silences are in the docs' console table.
    const written = new Set(DETECTORS.slice(0, 17).map((d) => d.id));
    expect(silentDetectors('ebay').filter((s) => written.has(s.detector)).map((s) => `${s.detector}: ${s.reason.en}`)).toEqual([
      "amount-mismatch: needs the discount: the console shows it on an order's detail page, which Order Sentinel does not read yet",
      'message-unanswered: needs buyer messages: the console shows it on the buyer messages page, which Order Sentinel does not read yet',
      'negative-review: needs a buyer rating: the console shows it on the reviews page, which Order Sentinel does not read yet',
      'stock-risk: needs a stock flag: this console does not show it',
      "delivery-overdue: needs an estimated delivery date: the console shows it on an order's detail page, which Order Sentinel does not read yet",
      "tracking-stalled: needs tracking events: the console shows it on an order's detail page, which Order Sentinel does not read yet",
      "address-issue: needs the address state: the console shows it on an order's detail page, which Order Sentinel does not read yet",
    ]);
  });

  it('knows nothing of a shop site without a built-in console, and claims nothing', () => {
    expect(silentDetectors('custom')).toEqual([]);
    expect(silentDetectors('demo')).toEqual([]);
  });
});

describe('docs/features.md', () => {
  it('holds the console × detector table generated from the declarations', () => {
    // The table sits in a list item, two spaces in.
    const docs = readFileSync('docs/features.md', 'utf8').replace(/^ {2}/gm, '');
    expect(docs).toContain(`\n${consoleDetectorTable()}\n`);
  });
});
