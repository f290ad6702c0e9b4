// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageHandler } from '../../../entrypoints/background/router';
import { pinduoduoReviews } from '../../../lib/adapters/pages/pinduoduo-reviews';
import { readEntries } from '../../../lib/adapters/pages/read';
import { loadCase, type SentinelDB } from '../../../lib/db';
import { ingestBatch } from '../../../lib/ingest';
import { pendingAnnotationsItem } from '../../../lib/storage/items';
import { type Order, type ReadStatus } from '../../../lib/schema';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { freshDb } from '../../ingest/orders';

const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);
const REVIEWS = 'https://mms.pinduoduo.com/goods/evaluation/index?msfrom=mms_sidenav';
const fromTab = { tab: { id: 9 }, id: 'ext-id', url: REVIEWS };

const opened: SentinelDB[] = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function setup(settings = DEFAULT_SETTINGS) {
  const { db } = freshDb();
  opened.push(db);
  const tabs = new Map<number, ReadStatus>();
  const onCasesChanged = vi.fn();
  const handler = createMessageHandler({
    db,
    now: () => NOW,
    settings: async () => settings,
    onCasesChanged,
    tabStatus: { get: (id) => tabs.get(id), set: (id, s) => void tabs.set(id, s) },
    extensionId: 'ext-id',
    mayReadPage: async (url) => url.startsWith('https://mms.pinduoduo.com/') || url.startsWith('https://im.jinritemai.com/'),
    sites: { enable: vi.fn(async () => {}), disable: vi.fn(async () => {}), saveMapping: vi.fn(async () => {}) },
  });
  return { db, handler, tabs, onCasesChanged };
}

const listed = (orderId: string, status: Order['status'], statusRaw: string): Order => ({
  marketplace: 'pinduoduo',
  orderId,
  placedAt: Date.UTC(2026, 10, 18, 3, 2, 45),
  status,
  statusRaw,
  items: [{ title: '山茶花洁面皂 120g', quantity: 1 }],
  money: { currency: 'CNY', paid: 78 },
  source: { url: 'https://mms.pinduoduo.com/orders/list', adapter: 'pinduoduo', observedAt: NOW - 3_600_000 },
});

/** The saved review page, as its content script reads and sends it. */
function reviewPage() {
  const doc = new DOMParser().parseFromString(readFileSync('test/fixtures/pinduoduo-reviews/evaluation.2026-12.html', 'utf8'), 'text/html');
  const { rows, unnumbered } = readEntries(pinduoduoReviews, doc);
  return { type: 'orders.annotated', page: pinduoduoReviews.id, url: REVIEWS, observedAt: NOW, rows, unnumbered };
}

describe('a review page in the background', () => {
  it('merges its reviews into the stored orders, raises the 1-star one, keeps the unread order\'s and says what it skipped', async () => {
    const { db, handler, tabs, onCasesChanged } = setup();
    await ingestBatch(db, [listed('241118-258288801122334', 'delivered', '已签收'), listed('241121-258309912233445', 'shipped', '已发货，待签收'), listed('241117-258280099887766', 'refunded', '未发货，退款成功')], NOW, DEFAULT_SETTINGS);
    expect(await handler(reviewPage(), fromTab)).toEqual({ ok: true, applied: 2, waiting: 1, skipped: 2, findings: 1 });
    expect((await db.cases.toArray()).map((c) => [c.orderId, c.detector, c.severity])).toEqual([['241118-258288801122334', 'negative-review', 'P2']]);
    expect((await db.orders.get('pinduoduo|241121-258309912233445'))?.rating).toBe(5);
    expect(onCasesChanged).toHaveBeenCalledTimes(1);
    expect(await pendingAnnotationsItem.getValue()).toEqual([
      { marketplace: 'pinduoduo', orderId: '241110-258200011122233', fields: { rating: 2, review: '发错颜色了，要的是薰衣草', reviewedAt: Date.UTC(2026, 10, 23, 13, 40) }, at: NOW },
    ]);
    expect(tabs.get(9)).toEqual({
      kind: 'read',
      adapter: 'pinduoduo-reviews',
      marketplace: 'pinduoduo',
      url: REVIEWS,
      ordersRead: 3,
      rowsSkipped: 2,
      skipped: [{ row: 4, orderId: '241117-258280099887766', reason: "review time '2026-13-45 25:00:00' is not a date and time" }],
      at: NOW,
    });
  });

  it('gives the waiting review to the order when its list row is first read, and raises its case then', async () => {
    const { db, handler } = setup();
    await handler(reviewPage(), fromTab);
    expect(await db.orders.count()).toBe(0);
    const row = { position: 1, orderId: '241110-258200011122233', cells: { placedAt: '2026-11-10 12:00:00', paid: '¥39.90', status: '已签收', buyer: '小北' }, items: [{ item: '手工冷制皂 薰衣草 100g', quantity: '1' }] };
    const list = 'https://mms.pinduoduo.com/orders/list?msfrom=mms_sidenav';
    const status: ReadStatus = { kind: 'read', adapter: 'pinduoduo', url: list, ordersRead: 1, rowsSkipped: 0, skipped: [], at: NOW };
    expect(await handler({ type: 'orders.observed', adapter: 'pinduoduo', url: list, observedAt: NOW, labels: {}, rows: [row], status }, { tab: { id: 3 }, id: 'ext-id', url: list })).toMatchObject({ ok: true, written: 1 });
    expect((await loadCase(db, 'negative-review|pinduoduo|241110-258200011122233'))?.severity).toBe('P2');
    // The reviews of orders still unread keep waiting.
    expect((await pendingAnnotationsItem.getValue()).map((p) => p.orderId)).toEqual(['241118-258288801122334', '241121-258309912233445']);
  });

  it('refuses a page part that does not read the page named, and a message of rows that are no rows', async () => {
    const { db, handler } = setup();
    expect(await handler({ ...reviewPage(), url: 'https://mms.pinduoduo.com/orders/list' }, fromTab)).toEqual({ ok: false, error: "no page part 'pinduoduo-reviews' reads https://mms.pinduoduo.com/orders/list" });
    expect(await handler({ ...reviewPage(), page: 'taobao-reviews' }, fromTab)).toMatchObject({ ok: false });
    expect(await handler({ ...reviewPage(), rows: [{ position: 1, orderId: '1', texts: { rating: 2 } }] }, fromTab)).toMatchObject({ ok: false });
    expect(await handler({ ...reviewPage(), rows: [{ position: 1, orderId: '1', texts: { html: '<b>' } }] }, fromTab)).toMatchObject({ ok: false });
    expect(await handler({ ...reviewPage(), rows: [{ position: 1, orderId: '1', texts: { rating: '1' } }], unnumbered: 0 }, fromTab)).toEqual({ ok: true, applied: 0, waiting: 0, skipped: 1, findings: 0 });
    expect([await db.orders.count(), await pendingAnnotationsItem.getValue()]).toEqual([0, []]);
  });

  it('reads nothing for a console the seller switched off', async () => {
    const { db, handler, tabs } = setup({ ...DEFAULT_SETTINGS, disabledAdapters: ['pinduoduo'] });
    expect(await handler(reviewPage(), fromTab)).toEqual({ ok: true, applied: 0, waiting: 0, skipped: 0, findings: 0 });
    expect([await db.orders.count(), await pendingAnnotationsItem.getValue(), tabs.get(9)?.kind]).toEqual([0, [], 'unsupported']);
  });
});

describe('a message page in the background', () => {
  const FEIGE = 'https://im.jinritemai.com/pc_seller_v2/main/workspace';
  const waiting = (orderId: string): Order => ({ ...listed(orderId, 'shipped', '已发货'), marketplace: 'douyin', buyerMessageAt: NOW - 26 * 3_600_000, source: { url: 'https://fxg.jinritemai.com/ffa/morder/order/list', adapter: 'douyin', observedAt: NOW - 3_600_000 } });

  it('marks the orders whose thread the page shows answered as answered at the read, and clears their case; a thread it lists waiting stays open', async () => {
    const { db, handler, onCasesChanged } = setup();
    await ingestBatch(db, [waiting('6938812345678901002'), waiting('6938812345678901001')], NOW - 60_000, DEFAULT_SETTINGS);
    expect((await db.cases.toArray()).map((c) => [c.orderId, c.detector, c.severity])).toEqual([
      ['6938812345678901001', 'message-unanswered', 'P1'],
      ['6938812345678901002', 'message-unanswered', 'P1'],
    ]);
    const rows = [{ position: 1, orderId: '6938812345678901001', texts: { buyerMessageAt: '26小时前' } }];
    const message = { type: 'orders.annotated', page: 'douyin-messages', url: FEIGE, observedAt: NOW, rows, unnumbered: 0, answered: ['6938812345678901002', '6938812345678901001'] };
    expect(await handler(message, { tab: { id: 4 }, id: 'ext-id', url: FEIGE })).toMatchObject({ ok: true, applied: 1 });
    expect([(await db.orders.get('douyin|6938812345678901002'))?.sellerReplyAt, (await db.orders.get('douyin|6938812345678901001'))?.sellerReplyAt]).toEqual([NOW, undefined]);
    expect([(await loadCase(db, 'message-unanswered|douyin|6938812345678901002'))?.conditionCleared, (await loadCase(db, 'message-unanswered|douyin|6938812345678901001'))?.conditionCleared]).toEqual([true, false]);
    expect(onCasesChanged).toHaveBeenCalled();
  });
});

