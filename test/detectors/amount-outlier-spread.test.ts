// A batch that moves a shop's spread judges again the open orders outside it whose result can move
// with it (those beyond the bounds before or after, found by their amount's index): an open order is
// always judged against the shop's current median and spread, as a whole-shop evaluation judges it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext, evaluateEach } from '../../lib/detectors';
import type { SentinelDB } from '../../lib/db';
import { ingestBatch, ingestBatchJudged } from '../../lib/ingest';
import { isLiveCaseStatus, type Order, type OrderStatus } from '../../lib/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { freshDb } from '../ingest/orders';
import { makeOrder } from './make-order';

const PLACED = Date.UTC(2026, 10, 20, 6, 0);
const HOUR = 3_600_000;

function order(orderId: string, paid: number, status: OrderStatus = 'completed', at = PLACED): Order {
  return makeOrder({
    orderId,
    status,
    statusRaw: status === 'completed' ? '交易成功' : '买家已付款',
    buyer: `buyer ${orderId}`,
    items: [{ title: '手工皂', quantity: 1, unitPrice: paid }],
    money: { currency: 'CNY', paid },
    source: { url: 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm', adapter: 'taobao', observedAt: at },
  });
}

/** The orders with a live amount-outlier case whose condition holds, with what it says. */
async function outlierCases(db: SentinelDB) {
  const cases = await db.cases.where('detector').equals('amount-outlier').toArray();
  return cases.filter((c) => isLiveCaseStatus(c.status) && !c.conditionCleared).map((c) => ({ orderId: c.orderId, evidence: c.evidence })).sort((a, b) => a.orderId.localeCompare(b.orderId));
}

/** What a whole-shop evaluation finds, every stored order judged against every other. */
async function wholeShopFindings(db: SentinelDB, now: number, settings: Settings) {
  const orders = (await db.orders.toArray()).map(({ key: _k, clockKey: _c, clocks: _cl, buyerKey: _b, recentAt: _r, statusSince: _s, aloneIn: _a, checkPaid: _p, checkQuantity: _q, ...o }) => o as Order);
  const result = evaluateEach((id) => (id === 'amount-outlier' ? orders : []), buildContext(orders), now, settings, 'taobao');
  return result.findings.map((f) => ({ orderId: f.orderId, evidence: f.evidence })).sort((a, b) => a.orderId.localeCompare(b.orderId));
}

describe('amount-outlier on open orders outside a batch', () => {
  it('clears the case of an open order that new orders make usual, without the order being read again', async () => {
    const { db } = freshDb();
    try {
      const usual = Array.from({ length: 40 }, (_, i) => order(`u${i}`, 45 + (i % 11)));
      const open = order('open', 300, 'awaiting_shipment');
      await ingestBatch(db, [...usual, open], PLACED, DEFAULT_SETTINGS);
      expect((await outlierCases(db)).map((c) => c.orderId)).toEqual(['open']);
      expect((await outlierCases(db))[0]!.evidence['medianPaid']).toBe(50);
      // Forty more orders around 300: 300 is now as usual as 50, and the open order's case clears.
      const dearer = Array.from({ length: 40 }, (_, i) => order(`d${i}`, 290 + (i % 21), 'completed', PLACED + HOUR));
      const { judged } = await ingestBatchJudged(db, dearer, PLACED + HOUR, DEFAULT_SETTINGS);
      expect(await outlierCases(db)).toEqual([]);
      expect((await db.cases.get('amount-outlier|taobao|open'))?.conditionCleared).toBe(true);
      // The batch, and of the others only the open order beyond the bounds then.
      expect(judged).toBe(41);
    } finally {
      db.close();
    }
  });

  it('opens a case on an open order that new orders make unusual, with the new median and spread in its evidence', async () => {
    const { db } = freshDb();
    try {
      const spread = Array.from({ length: 40 }, (_, i) => order(`s${i}`, 60 + 2 * i));
      const open = order('open', 200, 'awaiting_shipment');
      await ingestBatch(db, [...spread, open], PLACED, DEFAULT_SETTINGS);
      expect(await outlierCases(db)).toEqual([]);
      // Sixty orders of about 100 each: the shop's totals tighten, and 200 is now far out.
      const tight = Array.from({ length: 60 }, (_, i) => order(`t${i}`, 98 + (i % 5), 'completed', PLACED + HOUR));
      await ingestBatch(db, tight, PLACED + HOUR, DEFAULT_SETTINGS);
      const cases = await outlierCases(db);
      expect(cases.map((c) => c.orderId)).toEqual(['open']);
      expect(cases[0]!.evidence['medianPaid']).toBe(100);
      expect(cases[0]!.evidence['ordersCompared']).toBe(101);
      expect(cases).toEqual(await wholeShopFindings(db, PLACED + HOUR, DEFAULT_SETTINGS));
    } finally {
      db.close();
    }
  });

  it('leaves every open order, batch after batch, with the cases a whole-shop evaluation gives', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, detectors: { ...DEFAULT_SETTINGS.detectors, 'amount-outlier': { enabled: true, zThreshold: 2, minOrders: 10 } } };
    const seenArb = fc.record({ id: fc.nat({ max: 39 }), paid: fc.constantFrom(9.9, 19.9, 29.9, 30, 31, 59.8, 99, 120, 999), open: fc.boolean() });
    const readsArb = fc.array(fc.array(seenArb, { minLength: 1, maxLength: 25 }), { minLength: 2, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(readsArb, async (reads) => {
        const { db } = freshDb();
        try {
          for (const [i, read] of reads.entries()) {
            const at = PLACED + i * HOUR;
            await ingestBatch(db, read.map(({ id, paid, open }) => order(`o${id}`, paid, open ? 'awaiting_shipment' : 'completed', at)), at, settings);
            expect(await outlierCases(db)).toEqual(await wholeShopFindings(db, at, settings));
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
