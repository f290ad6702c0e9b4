import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterById } from '../../lib/adapters';
import { loadOrder, type SentinelDB } from '../../lib/db';
import { ingestBatch } from '../../lib/ingest';
import { keepPending, serialized, withPendingAnnotations, type PendingStore } from '../../lib/ingest/annotate';
import { pageDataOrders } from '../../lib/pagedata/ingest';
import { applyRequests, requestsHealth } from '../../lib/pagedata/requests';
import { PendingAnnotations, type PendingAnnotation } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb } from './orders';

const AFTERSALE_SOURCE = 'https://fxg.jinritemai.com/after_sale/pc/list?appid=1&_bid=ffa_aftersale&aid=4272&aftersale_platform_source=fxg';
const AFTERSALE_PAGE = 'https://fxg.jinritemai.com/ffa/merchant-aftersale-workbench/aftersale/list';
const LIST_SOURCE = 'https://fxg.jinritemai.com/api/order/searchlist?page=0';
const LIST_PAGE = 'https://fxg.jinritemai.com/ffa/morder/order/list';
/** 2026-12-07 02:00 UTC: the seller opens 售后工作台; 订单管理 an hour later. */
const AT = Date.UTC(2026, 11, 7, 2, 0);
const HOUR = 3_600_000;
const REFUNDING = '6938812345678907002';
const NEVER_LISTED = '6938812345678909901';

let db: SentinelDB | undefined;
afterEach(() => db?.close());

function memoryStore(initial: PendingAnnotation[] = []) {
  let value = initial;
  const store: PendingStore = { get: async () => value, set: async (v) => void (value = v) };
  return { store: serialized(store), value: () => value };
}

function afterSales() {
  const body = readFileSync('test/fixtures/douyin-aftersale/aftersale-list.2026-12.json', 'utf8');
  const found = pageDataOrders({ url: AFTERSALE_PAGE, source: AFTERSALE_SOURCE, observedAt: AT, body }, (id) => adapterById(id), []);
  if (found.kind !== 'requests') throw new Error(found.kind);
  return found;
}

function orderList(observedAt: number) {
  const body = readFileSync('test/fixtures/pagedata/douyin-searchlist.2026-12.json', 'utf8');
  const found = pageDataOrders({ url: LIST_PAGE, source: LIST_SOURCE, observedAt, body }, (id) => adapterById(id), []);
  if (found.kind !== 'read') throw new Error(found.kind);
  return found.orders;
}

describe('an after-sales request seen before its order is read', () => {
  it('waits with the page entries, and times refund-pending from the request once 订单管理 is read: P1, due 48 h after the request', async () => {
    db = freshDb().db;
    const pending = memoryStore();
    const found = afterSales();
    const result = await applyRequests(db, found.requests, AT, AT, DEFAULT_SETTINGS, pending.store);
    // Nothing stored yet: both requests wait, none is counted read.
    expect([result.applied, result.waiting, result.written]).toEqual([0, 2, 0]);
    expect(await db.orders.count()).toBe(0);
    expect(pending.value()).toEqual([
      { marketplace: 'douyin', orderId: REFUNDING, fields: { requestedAt: Date.UTC(2026, 11, 4, 1, 30) }, at: AT },
      { marketplace: 'douyin', orderId: NEVER_LISTED, fields: { requestedAt: Date.UTC(2026, 11, 6, 12, 0) }, at: AT },
    ]);
    expect(requestsHealth(found.health, result.waiting)).toEqual({ ordersRead: 0, skipped: 0, waiting: 2, at: AT });

    // 订单管理 an hour later: the list shows 7002 as 退款中 and not 9901, whose request keeps waiting.
    const orders = await withPendingAnnotations(orderList(AT + HOUR), pending.store);
    await ingestBatch(db, orders, AT + HOUR, DEFAULT_SETTINGS);
    expect((await loadOrder(db, 'douyin', REFUNDING))?.requestedAt).toBe(Date.UTC(2026, 11, 4, 1, 30));
    expect(pending.value().map((p) => p.orderId)).toEqual([NEVER_LISTED]);
    const refund = (await db.cases.toArray()).filter((c) => c.detector === 'refund-pending');
    expect(refund.map((c) => [c.orderId, c.severity, c.dueAt])).toEqual([[REFUNDING, 'P1', Date.UTC(2026, 11, 6, 1, 30)]]);
    expect(refund[0]!.evidence).toMatchObject({ requestedAt: '2026-12-04T01:30:00.000Z', requestedAtSource: 'console', decisionAt: '2026-12-06T01:30:00.000Z', decisionHours: 48 });
    expect(refund[0]!.explanation.en).toBe("Refund of ¥45.00 requested; Douyin's 48 h limit before shipping has run out — it may already be agreed automatically.");

    // The after-sales page again: the order is read now, so it counts as read and only 9901 waits.
    const again = await applyRequests(db, found.requests, AT + 2 * HOUR, AT + 2 * HOUR, DEFAULT_SETTINGS, pending.store);
    expect([again.applied, again.waiting]).toEqual([0, 1]);
    expect(requestsHealth(found.health, again.waiting)).toEqual({ ordersRead: 1, skipped: 0, waiting: 1, at: AT });
    expect(pending.value()).toEqual([{ marketplace: 'douyin', orderId: NEVER_LISTED, fields: { requestedAt: Date.UTC(2026, 11, 6, 12, 0) }, at: AT + 2 * HOUR }]);
  });

  it('without the request seen first, the same list read starts the 48 h at the read: nothing to say yet', async () => {
    db = freshDb().db;
    const orders = await withPendingAnnotations(orderList(AT + HOUR), memoryStore().store);
    await ingestBatch(db, orders, AT + HOUR, DEFAULT_SETTINGS);
    expect((await db.cases.toArray()).filter((c) => c.detector === 'refund-pending')).toEqual([]);
  });

  it('joins a review waiting for the same order, and the oldest entries still go first past the cap', () => {
    const review: PendingAnnotation = { marketplace: 'douyin', orderId: REFUNDING, fields: { rating: 1 }, at: AT - HOUR };
    const request: PendingAnnotation = { marketplace: 'douyin', orderId: REFUNDING, fields: { requestedAt: Date.UTC(2026, 11, 4, 1, 30) }, at: AT };
    expect(keepPending([review], [request])).toEqual([{ ...request, fields: { rating: 1, requestedAt: Date.UTC(2026, 11, 4, 1, 30) } }]);
    const other: PendingAnnotation = { marketplace: 'douyin', orderId: NEVER_LISTED, fields: { requestedAt: AT }, at: AT + 1 };
    expect(keepPending([review], [other], 1)).toEqual([other]);
  });

  it('reads entries kept before request times were kept unchanged, and a request time kept now', () => {
    const before = [{ marketplace: 'pinduoduo', orderId: '241118-258288801122334', fields: { rating: 2, review: '破损' }, at: AT }];
    expect(PendingAnnotations.parse(before)).toEqual(before);
    const now = [{ marketplace: 'douyin', orderId: REFUNDING, fields: { requestedAt: Date.UTC(2026, 11, 4, 1, 30) }, at: AT }];
    expect(PendingAnnotations.parse(now)).toEqual(now);
    expect(PendingAnnotations.safeParse([{ ...now[0], fields: { requestedAt: 'yesterday' } }]).success).toBe(false);
  });
});

describe('requestsHealth', () => {
  it('counts only the requests of orders read, and says how many wait', () => {
    expect(requestsHealth({ ordersRead: 3, skipped: 1, at: AT }, 0)).toEqual({ ordersRead: 3, skipped: 1, at: AT });
    expect(requestsHealth({ ordersRead: 3, skipped: 1, at: AT }, 2)).toEqual({ ordersRead: 1, skipped: 1, waiting: 2, at: AT });
  });
});
