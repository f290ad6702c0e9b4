import { afterEach, describe, expect, it } from 'vitest';
import { loadCase, loadOrder, type SentinelDB } from '../../lib/db';
import { annotateOrders, answeredWhere, keepPending, parseAnnotations, parseRating, serialized, withPendingAnnotations, type AnnotationRules, type PendingStore } from '../../lib/ingest/annotate';
import { ingestBatch } from '../../lib/ingest';
import { type Order, type PendingAnnotation } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb, HOUR, paidOrder, T0 } from './orders';

const PDD: AnnotationRules = { marketplace: 'pinduoduo', timeZone: 'Asia/Shanghai', dateOrder: 'MDY' };
const AMAZON: AnnotationRules = { marketplace: 'amazon', timeZone: 'America/Los_Angeles', dateOrder: 'MDY' };
const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);
const EXPLAINED = {
  en: 'A negative review on Pinduoduo: rated 1 of 5 stars (negative at 2 or fewer) and the review says “破损”, “失望”; answer or explain it while the buyer can still change it.',
  zh: '拼多多差评：评分 1 星（2 星及以下为差评），评价中有“破损”、“失望”；请在买家还能修改评价时回复或解释。',
};

let db: SentinelDB;
afterEach(() => db?.close());

/** A store kept in memory, as browser storage keeps it in the extension. */
function memoryStore(initial: PendingAnnotation[] = []) {
  let value = initial;
  const store: PendingStore = { get: async () => value, set: async (v) => void (value = v) };
  return { store: serialized(store), value: () => value };
}

/** A delivered Pinduoduo order, as the order list shows it. */
const delivered = (orderId: string, overrides: Partial<Order> = {}): Order =>
  paidOrder({
    marketplace: 'pinduoduo',
    orderId,
    status: 'delivered',
    statusRaw: '已签收',
    buyer: '木子李',
    money: { currency: 'CNY', paid: 78 },
    source: { url: 'https://mms.pinduoduo.com/orders/list', adapter: 'pinduoduo', observedAt: T0 + HOUR },
    ...overrides,
  });

describe('parseRating', () => {
  it('reads stars as review pages draw them, and nothing else', () => {
    expect(['★☆☆☆☆', '★★★★★', '2', '4.0', '3星', '1 out of 5 stars', '5 stars'].map(parseRating)).toEqual([1, 5, 2, 4, 3, 1, 5]);
    expect(['☆☆☆☆☆', '★★★★★★', '0', '7', '4.5', 'good', ''].map(parseRating)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('parseAnnotations', () => {
  it('parses each entry with the console\'s zone, and skips a malformed one with its reason', () => {
    const { read, skipped } = parseAnnotations(
      [
        { position: 1, orderId: '241118-258288801122334', texts: { rating: '★☆☆☆☆', review: ' 收到就是坏的，\n外壳破损 ', reviewedAt: '2026-11-24 19:05:12' } },
        { position: 2, orderId: '241117-258280099887766', texts: { rating: '★★★★☆', reviewedAt: '2026-13-45 25:00:00' } },
        { position: 3, orderId: '241116-258270000000001', texts: { rating: '7' } },
        { position: 4, orderId: '<b>x</b>', texts: { rating: '1' } },
        { position: 5, orderId: '241115-258260000000002', texts: {} },
        { position: 6, orderId: '241118-258288801122334', texts: { rating: '★★★★★' } },
        { position: 7, orderId: '241114-258250000000003', texts: { buyerMessage: '什么时候发货？', buyerMessageAt: '2026-11-24 22:10', sellerReplyAt: '2026-11-24 23:00' } },
      ],
      PDD,
      NOW,
    );
    expect(read).toEqual([
      { position: 1, orderId: '241118-258288801122334', fields: { rating: 1, review: '收到就是坏的， 外壳破损', reviewedAt: Date.UTC(2026, 10, 24, 11, 5, 12) } },
      { position: 7, orderId: '241114-258250000000003', fields: { buyerMessage: '什么时候发货？', buyerMessageAt: Date.UTC(2026, 10, 24, 14, 10), sellerReplyAt: Date.UTC(2026, 10, 24, 15, 0) } },
    ]);
    expect(skipped).toEqual([
      { row: 2, orderId: '241117-258280099887766', reason: "review time '2026-13-45 25:00:00' is not a date and time" },
      { row: 3, orderId: '241116-258270000000001', reason: "rating '7' is not 1–5 stars" },
      { row: 4, orderId: '<b>x</b>', reason: "'<b>x</b>' is not an order number" },
      { row: 5, orderId: '241115-258260000000002', reason: 'shows no rating, review or message' },
    ]);
  });

  it('reads a US message time with its zone written out', () => {
    expect(parseAnnotations([{ position: 1, orderId: '113-1112223-3344455', texts: { buyerMessageAt: '11/24/2026 10:15 PM PST' } }], AMAZON, NOW).read[0]!.fields).toEqual({
      buyerMessageAt: Date.UTC(2026, 10, 25, 6, 15, 0),
    });
  });

  it('reads a US date in the marketplace\'s zone', () => {
    expect(parseAnnotations([{ position: 1, orderId: '113-1112223-3344455', texts: { rating: '1', reviewedAt: '11/25/2026' } }], AMAZON, NOW).read[0]!.fields).toEqual({
      rating: 1,
      reviewedAt: Date.UTC(2026, 10, 25, 8, 0, 0),
    });
  });
});

describe('keepPending', () => {
  const entry = (orderId: string, at: number, rating = 2): PendingAnnotation => ({ marketplace: 'pinduoduo', orderId, fields: { rating }, at });

  it('keeps one entry per order, the newer fields over the older, and drops the oldest past the cap', () => {
    const kept = keepPending([entry('a', 1), entry('b', 2)], [entry('a', 3, 1), entry('c', 4), entry('d', 5)], 3);
    expect(kept.map((p) => [p.orderId, p.fields.rating, p.at])).toEqual([
      ['a', 1, 3],
      ['c', 2, 4],
      ['d', 2, 5],
    ]);
  });

  it('holds at most 2,000 entries by default', () => {
    const many = Array.from({ length: 2_050 }, (_, i) => entry(`o${i}`, i));
    const kept = keepPending([], many);
    expect([kept.length, kept[0]!.orderId, kept.at(-1)!.orderId]).toEqual([2_000, 'o50', 'o2049']);
  });
});

describe('annotateOrders', () => {
  it('gives a stored order its 1-star review and judges it again: a negative-review case; the list\'s fields stay', async () => {
    db = freshDb().db;
    const order = delivered('241118-258288801122334');
    await ingestBatch(db, [order], NOW, DEFAULT_SETTINGS);
    const pending = memoryStore();
    const { read } = parseAnnotations([{ position: 1, orderId: order.orderId, texts: { rating: '★☆☆☆☆', review: '收到就是坏的，外壳破损，很失望', reviewedAt: '2026-11-24 19:05:12' } }], PDD, NOW);
    const result = await annotateOrders(db, read, 'pinduoduo', NOW, NOW, DEFAULT_SETTINGS, pending.store);
    expect(result).toEqual({ written: 1, changed: 1, findings: 1, applied: 1, waiting: 0 });
    const stored = await loadOrder(db, 'pinduoduo', order.orderId);
    expect(stored).toEqual({ ...order, rating: 1, review: '收到就是坏的，外壳破损，很失望', reviewedAt: Date.UTC(2026, 10, 24, 11, 5, 12) });
    const c = await loadCase(db, `negative-review|pinduoduo|${order.orderId}`);
    expect([c?.severity, c?.evidence['negativeWords'], c?.explanation]).toEqual(['P2', '破损, 失望', EXPLAINED]);
    // The same page read again changes nothing.
    expect(await annotateOrders(db, read, 'pinduoduo', NOW, NOW, DEFAULT_SETTINGS, pending.store)).toEqual({ written: 0, changed: 0, findings: 0, applied: 1, waiting: 0 });
  });

  it('keeps the entry of an order not read yet and applies it when the order is first read', async () => {
    db = freshDb().db;
    const pending = memoryStore();
    const { read } = parseAnnotations([{ position: 1, orderId: '241110-258200011122233', texts: { rating: '★★☆☆☆', review: '发错颜色了' } }], PDD, NOW);
    expect(await annotateOrders(db, read, 'pinduoduo', NOW, NOW, DEFAULT_SETTINGS, pending.store)).toEqual({ written: 0, changed: 0, findings: 0, applied: 0, waiting: 1 });
    expect(await db.orders.count()).toBe(0);
    expect(pending.value()).toEqual([{ marketplace: 'pinduoduo', orderId: '241110-258200011122233', fields: { rating: 2, review: '发错颜色了' }, at: NOW }]);

    // The order list is read: the order arrives with its review, and the entry is used up.
    const other = delivered('241121-258309912233445');
    const orders = await withPendingAnnotations([delivered('241110-258200011122233'), other], pending.store);
    expect(orders).toEqual([{ ...delivered('241110-258200011122233'), rating: 2, review: '发错颜色了' }, other]);
    expect(pending.value()).toEqual([]);
    await ingestBatch(db, orders, NOW, DEFAULT_SETTINGS);
    expect((await loadCase(db, 'negative-review|pinduoduo|241110-258200011122233'))?.severity).toBe('P2');
  });

  it('puts a message on the reply clock, and a reply after it stops it', async () => {
    db = freshDb().db;
    const order = delivered('241114-258250000000003', { status: 'shipped', statusRaw: '已发货，待签收' });
    await ingestBatch(db, [order], NOW, DEFAULT_SETTINGS);
    const pending = memoryStore();
    // Written 2026-11-24 10:00 Shanghai: past Pinduoduo's reply window by the time it is read.
    const asked = parseAnnotations([{ position: 1, orderId: order.orderId, texts: { buyerMessage: '什么时候发货？', buyerMessageAt: '2026-11-23 10:00' } }], PDD, NOW).read;
    await annotateOrders(db, asked, 'pinduoduo', NOW, NOW, DEFAULT_SETTINGS, pending.store);
    const key = `message-unanswered|pinduoduo|${order.orderId}`;
    expect([(await loadCase(db, key))?.severity, (await loadCase(db, key))?.explanation.en]).toEqual(['P1', 'The buyer wrote with no reply since; Pinduoduo expects a reply within 24 h — the window has passed.']);
    const replied = parseAnnotations([{ position: 1, orderId: order.orderId, texts: { buyerMessageAt: '2026-11-23 10:00', sellerReplyAt: '2026-11-25 11:30' } }], PDD, NOW + HOUR).read;
    await annotateOrders(db, replied, 'pinduoduo', NOW + HOUR, NOW + HOUR, DEFAULT_SETTINGS, pending.store);
    expect((await loadCase(db, key))?.conditionCleared).toBe(true);
  });

  it('takes an order a whole inbox view of threads awaiting a reply no longer lists as answered, and clears its case', async () => {
    db = freshDb().db;
    const rules = AMAZON;
    const amazonOrder = (orderId: string): Order => ({ ...delivered(orderId), marketplace: 'amazon', money: { currency: 'USD', paid: 20.97 }, source: { url: 'https://sellercentral.amazon.com/orders-v3', adapter: 'amazon', observedAt: T0 } });
    await ingestBatch(db, [amazonOrder('113-1112223-3344455'), amazonOrder('114-2233445-5566778')], NOW, DEFAULT_SETTINGS);
    const pending = memoryStore();
    const asked = parseAnnotations(
      [
        { position: 1, orderId: '113-1112223-3344455', texts: { buyerMessageAt: '11/23/2026 10:15 PM PST' } },
        { position: 2, orderId: '114-2233445-5566778', texts: { buyerMessageAt: '11/23/2026 11:00 PM PST' } },
      ],
      rules,
      NOW,
    ).read;
    await annotateOrders(db, asked, 'amazon', NOW, NOW, DEFAULT_SETTINGS, pending.store);
    // Written 21¾ and 21 hours before: within 6 hours of Amazon's 24.
    expect((await db.cases.toArray()).map((c) => [c.orderId, c.detector, c.severity])).toEqual([
      ['113-1112223-3344455', 'message-unanswered', 'P2'],
      ['114-2233445-5566778', 'message-unanswered', 'P2'],
    ]);
    // An hour later the view lists only the second thread: the first buyer was answered by then.
    const later = NOW + HOUR;
    expect(await answeredWhere(db, 'amazon', (id) => id !== '114-2233445-5566778', later, later, DEFAULT_SETTINGS)).toEqual({ written: 1, changed: 1, findings: 0, answered: 1 });
    expect((await loadOrder(db, 'amazon', '113-1112223-3344455'))?.sellerReplyAt).toBe(later);
    expect((await loadCase(db, 'message-unanswered|amazon|113-1112223-3344455'))?.conditionCleared).toBe(true);
    expect((await loadCase(db, 'message-unanswered|amazon|114-2233445-5566778'))?.conditionCleared).toBe(false);
    // Read again: nothing more to answer; another marketplace's orders are never touched.
    expect(await answeredWhere(db, 'amazon', (id) => id !== '114-2233445-5566778', later, later, DEFAULT_SETTINGS)).toEqual({ written: 0, changed: 0, findings: 0, answered: 0 });
    expect(await answeredWhere(db, 'ebay', () => true, later, later, DEFAULT_SETTINGS)).toEqual({ written: 0, changed: 0, findings: 0, answered: 0 });
  });

  it('keeps the list\'s buyer note (留言) and takes a message page\'s text only where the list shows none', async () => {
    const pending = memoryStore([{ marketplace: 'pinduoduo', orderId: '1', fields: { buyerMessage: '在吗', buyerMessageAt: T0 }, at: T0 }, { marketplace: 'pinduoduo', orderId: '2', fields: { buyerMessage: '在吗', buyerMessageAt: T0 }, at: T0 }]);
    const [withNote, without] = await withPendingAnnotations([delivered('1', { buyerMessage: '请用顺丰' }), delivered('2')], pending.store);
    expect([withNote!.buyerMessage, withNote!.buyerMessageAt, without!.buyerMessage]).toEqual(['请用顺丰', T0, '在吗']);
  });
});
