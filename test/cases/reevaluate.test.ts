// The alarm's re-evaluation as the background runs it, against the database: after the same
// ingest and full evaluation, an alarm (each detector only where time can change its result)
// leaves exactly the cases and case events that a full re-evaluation of every order leaves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SentinelDB } from '../../lib/db';
import { ingestBatch, reevaluateAll, reevaluateAsTimePasses } from '../../lib/ingest';
import { Order } from '../../lib/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { DETECTORS } from '../../lib/detectors';
import { clockKey } from '../../lib/detectors/clock';
import { DAY, later, SELLER, settingsArb, shopArb, T, windowArb } from '../detectors/arbitraries';
import { makeOrder } from '../detectors/make-order';
import { freshDb } from '../ingest/orders';

/** Cases and events as the seller sees them; `lastDetectedAt` only says a detector looked again. */
async function state(db: SentinelDB) {
  const cases = (await db.cases.toArray()).map(({ lastDetectedAt: _seen, ...c }) => c).sort((a, b) => (a.key < b.key ? -1 : 1));
  const events = (await db.caseEvents.toArray()).map(({ id: _id, ...e }) => JSON.stringify(e)).sort();
  return { cases, events };
}

describe('reevaluateAsTimePasses (the alarm)', () => {
  /**
   * Two databases holding `orders` as evaluated at `from`; after each time of `alarms`, the
   * alarm's cases (with what it is told of the last run) must be those of a full re-evaluation.
   */
  async function alarmMatchesFull(orders: readonly Order[], from: number, alarms: readonly number[], settings: Settings, countsFromLast: boolean, storedUnder = settings) {
    const alarm = freshDb().db;
    const full = freshDb().db;
    try {
      for (const db of [alarm, full]) {
        await ingestBatch(db, orders, from, storedUnder);
        await reevaluateAll(db, from, settings);
      }
      let last = from;
      for (const at of alarms) {
        await reevaluateAsTimePasses(alarm, at, settings, countsFromLast ? last : undefined);
        await reevaluateAll(full, at, settings);
        expect(await state(alarm)).toEqual(await state(full));
        last = at;
      }
    } finally {
      alarm.close();
      full.close();
    }
  }

  it('leaves the cases a full re-evaluation of every stored order leaves, alarm after alarm', async () => {
    await fc.assert(
      fc.asyncProperty(shopArb, later, fc.integer({ min: 0, max: 5 * DAY }), settingsArb, ({ orders }, [t0, t1], gap, settings) =>
        alarmMatchesFull(orders, t0, [t1, t1 + gap], settings, false),
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('leaves the same cases when each alarm counts from the last one (only thresholds in between are judged)', async () => {
    await fc.assert(
      fc.asyncProperty(shopArb, windowArb, fc.integer({ min: 1, max: 2 * DAY }), settingsArb, ({ orders }, { since, now }, gap, settings) =>
        alarmMatchesFull(orders, since, [now, now + gap], settings, true),
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('trusts no order\'s clock kept under other settings: after the seller changes them, alarms still leave a full re-evaluation\'s cases', async () => {
    await fc.assert(
      fc.asyncProperty(shopArb, windowArb, fc.integer({ min: 1, max: 2 * DAY }), fc.boolean(), ({ orders }, { since, now }, gap, countsFromLast) =>
        // Stored under the defaults; the alarms run under a seller's settings (other complaint keywords).
        alarmMatchesFull(orders, since, [now, now + gap], SELLER, countsFromLast, DEFAULT_SETTINGS),
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('judges an order settled under other settings: a complaint only the seller\'s own keyword finds comes due', async () => {
    const replyMs = SELLER.detectors['dispute-open'].replyHours * 3_600_000;
    const now = T;
    // Due 10 minutes before now.
    const complaint = makeOrder({ orderId: '3712000000000000009', status: 'completed', statusRaw: '交易成功 买家反馈少发', placedAt: now - 10 * DAY, requestedAt: now - replyMs - 10 * 60_000 });
    // Stored under the defaults ('少发' is no complaint there: settled), judged under the seller's.
    await alarmMatchesFull([complaint], now - 15 * 60_000, [now], SELLER, true, DEFAULT_SETTINGS);
  });

  it('keeps with each stored order whether its clock runs, and decides it again when an alarm does not know the last run', async () => {
    const { db } = freshDb();
    const order = (orderId: string, status: Order['status'], extra: Parameters<typeof makeOrder>[0] = {}) => makeOrder({ orderId, status, statusRaw: status, placedAt: T - 10 * DAY, ...extra });
    await ingestBatch(db, [order('1', 'completed'), order('2', 'completed', { buyerMessage: '在吗', buyerMessageAt: T - DAY }), order('3', 'awaiting_shipment', { paidAt: T - DAY })], T - DAY, DEFAULT_SETTINGS);
    // Per order: the key of the settings its clocks were decided under, and the detectors whose clock runs.
    const clocks = async () =>
      Object.fromEntries((await db.orders.toArray()).map((r) => [r.orderId, [r.clockKey, DETECTORS.filter((_, place) => ((r.clocks ?? 0) & (1 << place)) !== 0).map((d) => d.id)]]));
    const defaults = clockKey(DEFAULT_SETTINGS);
    expect(await clocks()).toEqual({ '1': [defaults, []], '2': [defaults, ['message-unanswered']], '3': [defaults, ['ship-deadline', 'repeat-refunder']] });
    // With unanswered messages switched off, the completed order with a message has nothing left to wait for.
    const quiet: Settings = { ...DEFAULT_SETTINGS, detectors: { ...DEFAULT_SETTINGS.detectors, 'message-unanswered': { ...DEFAULT_SETTINGS.detectors['message-unanswered'], enabled: false } } };
    await reevaluateAsTimePasses(db, T - DAY + 15 * 60_000, quiet, T - DAY); // told the last run: nothing decided again
    expect(await clocks()).toEqual({ '1': [defaults, []], '2': [defaults, ['message-unanswered']], '3': [defaults, ['ship-deadline', 'repeat-refunder']] });
    await reevaluateAsTimePasses(db, T, quiet);
    const quietKey = clockKey(quiet);
    expect(await clocks()).toEqual({ '1': [quietKey, []], '2': [quietKey, []], '3': [quietKey, ['ship-deadline', 'repeat-refunder']] });
    db.close();
  });

  it('updates a completed order whose buyer message is still unanswered, which live statuses alone would miss', async () => {
    const { db } = freshDb();
    const order = Order.parse({
      marketplace: 'taobao',
      orderId: '3712000000000000001',
      placedAt: T - 10 * DAY,
      paidAt: T - 10 * DAY,
      status: 'completed',
      statusRaw: '交易成功',
      buyer: 'tb_buyer',
      items: [{ title: '手工皂', quantity: 1 }],
      money: { currency: 'CNY', paid: 29.9 },
      buyerMessage: '东西坏了，怎么处理？',
      buyerMessageAt: T - 20 * 3_600_000,
      source: { url: 'https://trade.taobao.com/', adapter: 'taobao', observedAt: T - 20 * 3_600_000 },
    });
    await ingestBatch(db, [order], T - 20 * 3_600_000, DEFAULT_SETTINGS);
    const key = 'message-unanswered|taobao|3712000000000000001';
    expect(await db.cases.get(key)).toBeUndefined(); // 4 h left of 24: not yet warned (6 h before)
    expect(await reevaluateAsTimePasses(db, T, DEFAULT_SETTINGS)).toEqual({ evaluated: 1, findings: 1 });
    expect((await db.cases.get(key))?.severity).toBe('P2'); // 20 h after the message: 4 h left
    await reevaluateAsTimePasses(db, T + 5 * 3_600_000, DEFAULT_SETTINGS);
    const overdue = await db.cases.get(key);
    expect(overdue?.severity).toBe('P1');
    expect(overdue?.explanation.en).toBe('The buyer wrote with no reply since; Taobao expects a reply within 24 h — the window has passed.');
    db.close();
  });
});
