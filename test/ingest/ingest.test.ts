import { afterEach, describe, expect, it } from 'vitest';
import { listNotes, listStatusHistory, loadCase, type SentinelDB } from '../../lib/db';
import {
  addNote,
  findingsForOrders,
  ingestBatch,
  ingestBatchJudged,
  openP1Count,
  reevaluateAsTimePasses,
  reevaluateOpen,
  setCaseStatus,
} from '../../lib/ingest';
import { type Case, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb, HOUR, paidOrder, seenAt, shipped, T0 } from './orders';

const settings = DEFAULT_SETTINGS;
const LATE_KEY = 'ship-deadline|taobao|3712345678901234567';

let db: SentinelDB;
afterEach(() => db?.close());

function fresh(): SentinelDB {
  db = freshDb().db;
  return db;
}

/** Ten paid orders, observed 50 h after payment: all past Taobao's 48 h deadline. */
function lateBatch(): Order[] {
  return Array.from({ length: 10 }, (_, i) =>
    paidOrder({ orderId: `10000${i}`, buyer: `buyer-${i}`, source: { url: 'https://trade.taobao.com/x', adapter: 'taobao', observedAt: T0 + 50 * HOUR } }),
  );
}

describe('ingestBatch', () => {
  it('stores new orders, records their first status, and opens a case per finding', async () => {
    fresh();
    const result = await ingestBatch(db, lateBatch(), T0 + 50 * HOUR, settings);
    expect(result).toEqual({ written: 10, changed: 10, findings: 10 });
    expect(await db.orders.count()).toBe(10);
    expect(await db.statusHistory.count()).toBe(10);
    const c = await loadCase(db, 'ship-deadline|taobao|100003');
    expect(c?.severity).toBe('P1');
    expect(c?.status).toBe('open');
    expect(c?.openedAt).toBe(T0 + 50 * HOUR);
  });

  it('changes nothing when the same batch is ingested 100 times', async () => {
    fresh();
    await ingestBatch(db, lateBatch(), T0 + 50 * HOUR, settings);
    const cases = await db.cases.toArray();
    const orders = await db.orders.toArray();
    const history = await db.statusHistory.toArray();
    expect(cases).toHaveLength(10);
    for (let i = 0; i < 100; i++) {
      expect(await ingestBatch(db, lateBatch(), T0 + 50 * HOUR, settings)).toEqual({ written: 0, changed: 0, findings: 0 });
    }
    expect(await db.cases.toArray()).toStrictEqual(cases);
    expect(await db.orders.toArray()).toStrictEqual(orders);
    expect(await db.statusHistory.toArray()).toStrictEqual(history);
  });

  it('leaves cases as they were when detection re-runs 100 times at the same moment', async () => {
    fresh();
    await ingestBatch(db, lateBatch(), T0 + 50 * HOUR, settings);
    const cases = await db.cases.toArray();
    for (let i = 0; i < 100; i++) await reevaluateOpen(db, T0 + 50 * HOUR, settings);
    expect(await db.cases.toArray()).toStrictEqual(cases);
  });

  it('leaves cases as they were when detection re-runs seconds later and the seller sees the same', async () => {
    fresh();
    await ingestBatch(db, lateBatch(), T0 + 50 * HOUR, settings);
    const cases = await db.cases.toArray();
    const events = await db.caseEvents.count();
    // 100 runs over 9.9 s: "2 h overdue" reads the same (evidence is rounded to 0.01 h).
    for (let i = 1; i <= 100; i++) await reevaluateOpen(db, T0 + 50 * HOUR + i * 99, settings);
    expect(await db.cases.toArray()).toStrictEqual(cases);
    expect(await db.caseEvents.count()).toBe(events);
  });

  it('moves only lastDetectedAt of a case whose finding reads the same, once an hour has passed', async () => {
    fresh();
    // The same buyer orders the same items twice, ten minutes apart: a duplicate, whatever the time.
    const twice = [paidOrder({ orderId: '7001', placedAt: T0 - 20 * 60_000 }), paidOrder({ orderId: '7002', placedAt: T0 - 10 * 60_000 })];
    await ingestBatch(db, twice, T0 + HOUR, settings);
    const duplicate = async () => db.cases.get('duplicate-order|taobao|7002');
    const first = await duplicate();
    expect(first?.lastDetectedAt).toBe(T0 + HOUR);
    await reevaluateOpen(db, T0 + 2 * HOUR - 1, settings);
    expect(await duplicate()).toStrictEqual(first);
    await reevaluateOpen(db, T0 + 2 * HOUR, settings);
    expect(await duplicate()).toStrictEqual({ ...first, lastDetectedAt: T0 + 2 * HOUR });
  });

  it('counts an order seen again later as written but not changed, and runs no detector on it', async () => {
    fresh();
    await ingestBatch(db, [paidOrder()], T0 + HOUR, settings);
    // 50 h later the order is late, but ingest only judges what changed; the alarm judges time.
    expect(await ingestBatch(db, [seenAt(paidOrder(), T0 + 50 * HOUR)], T0 + 50 * HOUR, settings)).toEqual({
      written: 1,
      changed: 0,
      findings: 0,
    });
    expect(await db.cases.count()).toBe(0);
    expect((await db.orders.get('taobao|3712345678901234567'))?.source.observedAt).toBe(T0 + 50 * HOUR);
  });

  it('appends a status history entry only when the status changes', async () => {
    fresh();
    const order = paidOrder();
    await ingestBatch(db, [order], T0 + HOUR, settings);
    await ingestBatch(db, [seenAt(order, T0 + 2 * HOUR)], T0 + 2 * HOUR, settings);
    await ingestBatch(db, [shipped(order, T0 + 3 * HOUR)], T0 + 3 * HOUR, settings);
    await ingestBatch(db, [{ ...shipped(order, T0 + 4 * HOUR), carrier: 'YTO' }], T0 + 4 * HOUR, settings);
    const history = await listStatusHistory(db, 'taobao|3712345678901234567');
    expect(history.map(({ status, statusRaw, observedAt }) => ({ status, statusRaw, observedAt }))).toEqual([
      { status: 'awaiting_shipment', statusRaw: '买家已付款', observedAt: T0 + HOUR },
      { status: 'shipped', statusRaw: '卖家已发货', observedAt: T0 + 3 * HOUR },
    ]);
  });

  it('ignores an observation older than the stored one (a stale tab cannot roll the order back)', async () => {
    fresh();
    const order = paidOrder();
    await ingestBatch(db, [shipped(order, T0 + 5 * HOUR)], T0 + 5 * HOUR, settings);
    expect(await ingestBatch(db, [seenAt(order, T0 + 2 * HOUR)], T0 + 6 * HOUR, settings)).toEqual({
      written: 0,
      changed: 0,
      findings: 0,
    });
    expect((await db.orders.get('taobao|3712345678901234567'))?.status).toBe('shipped');
  });

  it('marks the case condition cleared when the order ships, keeping the seller status and note', async () => {
    fresh();
    const order = paidOrder({ source: { url: 'u', adapter: 'taobao', observedAt: T0 + 50 * HOUR } });
    await ingestBatch(db, [order], T0 + 50 * HOUR, settings);
    await setCaseStatus(db, LATE_KEY, 'in_progress', T0 + 51 * HOUR);
    await addNote(db, LATE_KEY, '已联系买家，今天发货', T0 + 51 * HOUR);
    expect(await openP1Count(db)).toBe(1);

    await ingestBatch(db, [shipped(order, T0 + 53 * HOUR)], T0 + 53 * HOUR, settings);
    const c = await loadCase(db, LATE_KEY);
    expect(c?.conditionCleared).toBe(true);
    expect(c?.status).toBe('in_progress');
    expect(c?.statusChangedAt).toBe(T0 + 51 * HOUR);
    expect(c?.updatedAt).toBe(T0 + 53 * HOUR);
    expect((await listNotes(db, LATE_KEY)).map((n) => n.text)).toEqual(['已联系买家，今天发货']);
    expect(await openP1Count(db)).toBe(0);
    expect(await findingsForOrders(db, 'taobao', ['3712345678901234567'])).toEqual([]);
  });

  it('does not clear a case when the detector could not judge the order (it stayed silent)', async () => {
    fresh();
    const order = paidOrder({ source: { url: 'u', adapter: 'taobao', observedAt: T0 + 50 * HOUR } });
    await ingestBatch(db, [order], T0 + 50 * HOUR, settings);
    // The page stops showing the payment time: ship-deadline cannot compute a deadline.
    const { paidAt: _paid, ...withoutPayment } = seenAt(order, T0 + 51 * HOUR);
    await ingestBatch(db, [withoutPayment], T0 + 51 * HOUR, settings);
    expect((await loadCase(db, LATE_KEY))?.conditionCleared).toBe(false);
  });

  it('does not clear cases of a detector the seller turned off', async () => {
    fresh();
    const order = paidOrder({ source: { url: 'u', adapter: 'taobao', observedAt: T0 + 50 * HOUR } });
    await ingestBatch(db, [order], T0 + 50 * HOUR, settings);
    const off = { ...settings, detectors: { ...settings.detectors, 'ship-deadline': { ...settings.detectors['ship-deadline'], enabled: false } } };
    await ingestBatch(db, [shipped(order, T0 + 53 * HOUR)], T0 + 53 * HOUR, off);
    expect((await loadCase(db, LATE_KEY))?.conditionCleared).toBe(false);
  });
});

describe('reevaluateOpen', () => {
  it('makes an unshipped order late as time passes: nothing, then P2 six hours before, then P1', async () => {
    fresh();
    await ingestBatch(db, [paidOrder()], T0 + HOUR, settings);
    expect(await db.cases.count()).toBe(0);

    expect(await reevaluateOpen(db, T0 + 41 * HOUR, settings)).toEqual({ evaluated: 1, findings: 0 });
    expect(await db.cases.count()).toBe(0);

    await reevaluateOpen(db, T0 + 43 * HOUR, settings);
    expect((await loadCase(db, LATE_KEY))?.severity).toBe('P2');
    expect(await openP1Count(db)).toBe(0);

    expect(await reevaluateOpen(db, T0 + 49 * HOUR, settings)).toEqual({ evaluated: 1, findings: 1 });
    const c = await loadCase(db, LATE_KEY);
    expect(c?.severity).toBe('P1');
    expect(c?.dueAt).toBe(T0 + 48 * HOUR);
    expect(c?.openedAt).toBe(T0 + 43 * HOUR);
    expect(await openP1Count(db)).toBe(1);
  });

  it('skips orders that are no longer live', async () => {
    fresh();
    await ingestBatch(db, [{ ...paidOrder(), status: 'completed', statusRaw: '交易成功' }], T0 + HOUR, settings);
    expect(await reevaluateOpen(db, T0 + 100 * HOUR, settings)).toEqual({ evaluated: 0, findings: 0 });
  });
});

function storedCase(orderId: string, patch: Partial<Case>): Case {
  return {
    key: `ship-deadline|taobao|${orderId}`,
    detector: 'ship-deadline',
    marketplace: 'taobao',
    orderId,
    severity: 'P1',
    dueAt: T0,
    evidence: {},
    explanation: { en: `late ${orderId}`, zh: `超时 ${orderId}` },
    status: 'open',
    conditionCleared: false,
    openedAt: T0,
    updatedAt: T0,
    lastDetectedAt: T0,
    ...patch,
  };
}

describe('openP1Count and findingsForOrders', () => {
  it('count and show only live cases whose condition still holds', async () => {
    fresh();
    await db.cases.bulkPut([
      storedCase('1', {}),
      storedCase('2', { status: 'waiting' }),
      storedCase('3', { status: 'resolved' }),
      storedCase('4', { status: 'dismissed' }),
      storedCase('5', { conditionCleared: true }),
      storedCase('6', { severity: 'P2' }),
      { ...storedCase('7', {}), key: 'ship-deadline|tmall|7', marketplace: 'tmall' },
    ]);
    expect(await openP1Count(db)).toBe(3);
    expect(await findingsForOrders(db, 'taobao', ['6', '1', '3', '5', '7', '404'])).toEqual([
      { orderId: '1', caseKey: 'ship-deadline|taobao|1', detector: 'ship-deadline', label: { en: 'Shipping deadline', zh: '发货时限' }, severity: 'P1', dueAt: T0, explanation: { en: 'late 1', zh: '超时 1' } },
      { orderId: '6', caseKey: 'ship-deadline|taobao|6', detector: 'ship-deadline', label: { en: 'Shipping deadline', zh: '发货时限' }, severity: 'P2', dueAt: T0, explanation: { en: 'late 6', zh: '超时 6' } },
    ]);
  });
});

describe('seller edits', () => {
  it('refuse a note or a status for a case that does not exist', async () => {
    fresh();
    await expect(addNote(db, 'ship-deadline|taobao|404', 'hello', T0)).rejects.toThrow(
      'cannot add a note: no case with key "ship-deadline|taobao|404"',
    );
    await expect(setCaseStatus(db, 'ship-deadline|taobao|404', 'resolved', T0)).rejects.toThrow(
      'cannot change status: no case with key "ship-deadline|taobao|404"',
    );
    expect(await db.notes.count()).toBe(0);
  });

  it('record the status change time, and a note trimmed with its time', async () => {
    fresh();
    await db.cases.put(storedCase('1', {}));
    const updated = await setCaseStatus(db, 'ship-deadline|taobao|1', 'dismissed', T0 + HOUR, { dismissReason: 'false_positive' });
    expect(updated).toEqual({
      ...storedCase('1', {}),
      status: 'dismissed',
      dismissedSeverity: storedCase('1', {}).severity,
      dismissReason: 'false_positive',
      statusChangedAt: T0 + HOUR,
      updatedAt: T0 + HOUR,
    });
    const note = await addNote(db, 'ship-deadline|taobao|1', '  false alarm: shipped offline  ', T0 + 2 * HOUR);
    expect(note).toEqual({ id: 1, caseKey: 'ship-deadline|taobao|1', text: 'false alarm: shipped offline', createdAt: T0 + 2 * HOUR });
  });
});

describe('ingestBatch: what a batch judges beyond its orders', () => {
  const seen = (at: number) => ({ source: { url: 'https://trade.taobao.com/x', adapter: 'taobao', observedAt: at } });

  it('keeps with each stored order when its status was first seen, so the next read finds it without the history, and fills it in for an order stored without it', async () => {
    fresh();
    const order = paidOrder({ orderId: '1', ...seen(T0) });
    await ingestBatch(db, [order], T0, settings);
    expect((await db.orders.get('taobao|1'))?.statusSince).toBe(T0);
    // A remark changes no status: the time stays that of the payment seen first.
    await ingestBatch(db, [{ ...order, sellerRemark: 'checked', ...seen(T0 + HOUR) }], T0 + HOUR, settings);
    expect((await db.orders.get('taobao|1'))?.statusSince).toBe(T0);
    await ingestBatch(db, [{ ...shipped(order, T0 + 2 * HOUR), ...seen(T0 + 2 * HOUR) }], T0 + 2 * HOUR, settings);
    expect((await db.orders.get('taobao|1'))?.statusSince).toBe(T0 + 2 * HOUR);
    // Stored by an older build (or restored): the history is read, and the time kept from then on.
    const { statusSince: _since, ...legacy } = (await db.orders.get('taobao|1'))!;
    await db.transaction('rw', [db.orders, db.figures], () => db.orders.put(legacy));
    await ingestBatch(db, [{ ...shipped(order, T0 + 2 * HOUR), sellerRemark: 'sent', ...seen(T0 + 3 * HOUR) }], T0 + 3 * HOUR, settings);
    expect((await db.orders.get('taobao|1'))?.statusSince).toBe(T0 + 2 * HOUR);
  });

  it('keeps the shop figures through an alarm, which writes only clocks: the read after it judges its orders and their buyers\' alone', async () => {
    fresh();
    const orders = Array.from({ length: 40 }, (_, i) => paidOrder({ orderId: String(i), buyer: `buyer ${i}`, ...seen(T0) }));
    await ingestBatch(db, orders, T0, settings);
    const epoch = (await db.figures.get('taobao'))?.epoch;
    // The first alarm of a session decides every order's clocks again, and writes them.
    await reevaluateAsTimePasses(db, T0 + 2 * HOUR, { ...settings, detectors: { ...settings.detectors, 'ship-deadline': { ...settings.detectors['ship-deadline'], enabled: false } } });
    expect((await db.figures.get('taobao'))?.epoch).toBe(epoch);
    const read = orders.slice(0, 5).map((o) => ({ ...o, sellerRemark: 'checked', ...seen(T0 + 3 * HOUR) }));
    expect((await ingestBatchJudged(db, read, T0 + 3 * HOUR, settings)).judged).toBe(5);
  });

  it('judges the orders sharing a buyer with the batch: a later same order makes the earlier none, and its removal clears nothing else', async () => {
    fresh();
    const first = paidOrder({ orderId: '1', placedAt: T0 - HOUR, ...seen(T0) });
    const other = paidOrder({ orderId: '2', buyer: 'someone else', placedAt: T0 - HOUR, ...seen(T0) });
    await ingestBatch(db, [first, other], T0, settings);
    const again = paidOrder({ orderId: '3', placedAt: T0, ...seen(T0 + HOUR) });
    const { judged } = await ingestBatchJudged(db, [again], T0 + HOUR, settings);
    // The new order, and the stored one sharing its buyer; not the other buyer's.
    expect(judged).toBe(2);
    expect((await loadCase(db, 'duplicate-order|taobao|3'))?.evidence).toEqual({
      otherOrderId: '1',
      otherPlacedAt: '2026-11-20T07:00:00.000Z',
      minutesApart: 60,
      windowHours: 24,
      sameAddress: null,
    });
  });

  it('judges the shop\'s shipped orders again when the console shows its first tracking number: an empty one is now missing', async () => {
    fresh();
    // Shipped, with neither a carrier nor a number: a console that shows none says nothing.
    const { carrier: _carrier, trackingNo: _number, ...parcel } = shipped(paidOrder({ orderId: '1', ...seen(T0 + HOUR) }), T0 + HOUR);
    await ingestBatch(db, [parcel], T0 + HOUR, settings);
    expect(await loadCase(db, 'tracking-invalid|taobao|1')).toBeUndefined();
    const numbered = { ...shipped(paidOrder({ orderId: '2', buyer: 'someone else', ...seen(T0 + 2 * HOUR) }), T0 + 2 * HOUR), carrier: 'SF', trackingNo: 'SF1234567890123' };
    const { judged } = await ingestBatchJudged(db, [numbered], T0 + 2 * HOUR, settings);
    expect(judged).toBe(2);
    expect((await loadCase(db, 'tracking-invalid|taobao|1'))?.evidence['check']).toBe('missing');
  });
});
