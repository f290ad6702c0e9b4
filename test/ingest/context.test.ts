// A batch is judged in a context read by index (lib/ingest `batchContext`): the orders sharing a
// key with it, a shop check's recent orders, and the figures ingest keeps. On random
// shops, with a buyer of hundreds of orders and a tracking number many orders share, it gives
// every judged order what a context of the whole shop gives; the figures kept batch by batch are
// those counted afresh; and an order it does not judge keeps its results.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrderRecord, SentinelDB } from '../../lib/db';
import { buildContext, DETECTORS, evaluateEach } from '../../lib/detectors';
import { countFigures } from '../../lib/detectors/figures';
import type { ShopFigures } from '../../lib/detectors/types';
import { apartKey, batchContext, ingestBatch, type Change } from '../../lib/ingest';
import { Order, orderKey, ORDER_STATUSES } from '../../lib/schema';
import { type Settings } from '../../lib/settings';
import { DAY, settingsArb, shopArb, T } from '../detectors/arbitraries';
import { HOUR } from '../detectors/make-order';
import { freshDb } from './orders';

/** The order a record holds (without what only the store keeps). */
function orderOf(record: OrderRecord): Order {
  const { key: _key, clockKey: _clockKey, clocks: _clocks, buyerKey: _buyer, recentAt: _recent, statusSince: _since, ...order } = record;
  return order;
}

/** The stored shop and when each order's status was first seen, as a whole-shop evaluation reads them. */
async function wholeShop(db: SentinelDB, before = Number.POSITIVE_INFINITY) {
  const orders = (await db.orders.toArray()).map(orderOf);
  const statusSince = new Map<string, number>();
  for (const change of await db.statusHistory.toArray()) {
    if (change.observedAt >= before) continue;
    if (change.observedAt > (statusSince.get(change.orderKey) ?? Number.NEGATIVE_INFINITY)) statusSince.set(change.orderKey, change.observedAt);
  }
  return { orders, statusSince };
}

const CROWD_BUYER = 'tb_林深见鹿';
const SHARED_TRACKING = 'SF1234567890123';

/** What a page read may show changed about an order. */
const changeArb = fc.record(
  {
    status: fc.constantFrom(...ORDER_STATUSES),
    buyer: fc.constantFrom(CROWD_BUYER, 'buyer one', '晴天小猪'),
    paid: fc.constantFrom(0, 9.9, 59.8, 999, 12_345),
    trackingNo: fc.constantFrom(SHARED_TRACKING, 'ZT7000000000000'),
    carrier: fc.constantFrom('SF', '中通'),
    requestedAt: fc.integer({ min: -30 * DAY, max: 0 }).map((d) => T + d),
  },
  { requiredKeys: [] },
);

/**
 * A shop of the random orders and a crowd: up to 300 copies of one of them, each with its own id,
 * the same buyer and the same tracking number. Then a batch: some of those orders changed, and
 * new ones; and when it is judged.
 */
const scenarioArb = fc
  .tuple(shopArb, fc.nat({ max: 300 }), fc.array(fc.tuple(fc.nat(), changeArb), { maxLength: 12 }), shopArb, fc.integer({ min: HOUR, max: 40 * DAY }), settingsArb)
  .map(([{ orders }, crowd, edits, { orders: fresh }, after, settings]) => {
    const crowded = Array.from({ length: crowd }, (_, i) =>
      Order.parse({ ...orders[i % orders.length]!, orderId: String(5000 + i), buyer: CROWD_BUYER, trackingNo: SHARED_TRACKING, carrier: 'SF' }),
    );
    const shop = [...orders, ...crowded];
    const seen = T + HOUR;
    const edited = new Map<string, Order>();
    for (const [at, edit] of edits) {
      const order = shop[at % shop.length]!;
      edited.set(order.orderId, Order.parse({ ...(edited.get(order.orderId) ?? order), ...edit, money: { ...order.money, ...(edit.paid !== undefined && { paid: edit.paid }) }, source: { ...order.source, observedAt: seen } }));
    }
    const added = fresh.slice(0, 5).map((o) => Order.parse({ ...o, marketplace: orders[0]!.marketplace, orderId: String(9000 + Number(o.orderId)), source: { ...o.source, observedAt: seen } }));
    return { shop, batch: [...edited.values(), ...added], now: T + after, settings };
  });

/**
 * The shop stored, then the batch ingested, and the batch's context read by index: after the batch
 * is written, or (`readFirst`) before, as ingest reads it in the wave that reads the stored orders,
 * told the batch's status changes.
 */
async function judgedBothWays(shop: readonly Order[], batch: readonly Order[], now: number, settings: Settings, readFirst = false) {
  const { db } = freshDb();
  try {
    await ingestBatch(db, shop, T, settings);
    const before = await wholeShop(db);
    const marketplace = shop[0]!.marketplace;
    const stored = new Map(shop.map((o) => [orderKey(o), o]));
    const changes: Change[] = batch.map((order) => ({ key: orderKey(order), prev: stored.get(orderKey(order)), order }));
    const knownSince = new Map(changes.filter(({ prev, order }) => prev?.status !== order.status).map(({ key, order }) => [key, order.source.observedAt]));
    const read = (kept: ShopFigures) => db.transaction('r', [db.orders, db.statusHistory, db.cases], () => batchContext(db, marketplace, changes, kept, now, settings, { knownSince }));
    // Read first, the context is given the figures as the batch leaves them (read below).
    const early = readFirst ? read({}) : undefined;
    await early;
    await ingestBatch(db, batch, now, settings);
    const kept = (await db.figures.get(marketplace))!.value as ShopFigures;
    const apart = (await db.figures.get(apartKey(marketplace, 'amount-outlier')))?.value;
    const { ctx: readCtx, targets } = readFirst ? (await early)! : await read(kept);
    const ctx = readFirst ? buildContext(readCtx.orders, { statusSince: readCtx.statusSince, figures: new Map([[marketplace, kept]]) }) : readCtx;
    const after = await wholeShop(db);
    return { db, marketplace, before, after, kept, apart, ctx, targets };
  } catch (error) {
    db.close();
    throw error;
  }
}

describe('the context a batch is judged in (read by index, with the kept figures)', () => {
  it.each([
    ['after the batch is written', false],
    ['before the batch is written, as ingest reads it', true],
  ])('read %s, gives every judged order, and the shop checks, the results of the whole shop; its figures are those counted afresh', async (_when, readFirst) => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ shop, batch, now, settings }) => {
        const { db, marketplace, after, kept, apart, ctx, targets } = await judgedBothWays(shop, batch, now, settings, readFirst);
        try {
          const indexed = evaluateEach((id) => targets.get(id) ?? [], ctx, now, settings, marketplace);
          const whole = evaluateEach((id) => targets.get(id) ?? [], buildContext(after.orders, { statusSince: after.statusSince }), now, settings, marketplace);
          expect(indexed).toEqual(whole);
          const counted = countFigures(DETECTORS, after.orders, (order) => after.statusSince.get(orderKey(order)));
          expect(kept).toEqual(counted.read);
          expect(apart).toEqual(counted.apart['amount-outlier']);
        } finally {
          db.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('leaves an order it does not judge with the results it had, for every detector that reads no shop figure', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ shop, batch, now, settings }) => {
        const { db, marketplace, before, after, targets } = await judgedBothWays(shop, batch, now, settings);
        try {
          const changed = new Set(batch.map(orderKey));
          const untouched = after.orders.filter((o) => !changed.has(orderKey(o)));
          for (const detector of DETECTORS) {
            if (detector.figure !== undefined || !detector.run || !settings.detectors[detector.id].enabled) continue;
            const judged = new Set((targets.get(detector.id) ?? []).map(orderKey));
            const others = untouched.filter((o) => !judged.has(orderKey(o)));
            const only = (id: string) => (id === detector.id ? others : []);
            const was = evaluateEach(only, buildContext(before.orders, { statusSince: before.statusSince }), now, settings, marketplace);
            const is = evaluateEach(only, buildContext(after.orders, { statusSince: after.statusSince }), now, settings, marketplace);
            const own = (e: typeof was) => ({ findings: e.findings.filter((f) => f.detector === detector.id), silences: e.silences.filter((s) => s.detector === detector.id) });
            expect(own(is)).toEqual(own(was));
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
