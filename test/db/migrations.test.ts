// Every schema version opens a database written by the version before it (STYLE.md rule 10).
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { listCaseEvents, listCases, listNotes, openDb, UNDECIDED_CLOCKS, urgentSummary, V1_STORES, V3_CASES, V4_ORDERS, V5_FIGURES, V5_ORDERS, type SentinelDB } from '../../lib/db';
import { ingestBatch, reevaluateAsTimePasses } from '../../lib/ingest';
import { orderKey, type Case } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { ShopFigures } from '../../lib/detectors/types';
import { makeOrder } from '../detectors/make-order';

const T0 = Date.UTC(2026, 10, 20, 6, 0);
const HOUR = 3_600_000;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const baseCase = (orderId: string, patch: Partial<Case>): Case => ({
  key: `ship-deadline|taobao|${orderId}`,
  detector: 'ship-deadline',
  marketplace: 'taobao',
  orderId,
  severity: 'P1',
  dueAt: T0 + 48 * HOUR,
  evidence: { hoursOverdue: 3 },
  explanation: { en: 'Paid 51 h ago; 3 h overdue.', zh: '付款已 51 小时，已超时 3 小时。' },
  status: 'open',
  conditionCleared: false,
  openedAt: T0,
  updatedAt: T0,
  lastDetectedAt: T0,
  ...patch,
});

/** A database named `name` exactly as schema `version` declared it, before the extension opens it. */
function writtenBy(version: 1 | 2 | 3 | 4 | 5, name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores(V1_STORES);
  if (version >= 2) db.version(2).stores({ ...V1_STORES, caseEvents: '++id, caseKey, at' });
  if (version >= 3) db.version(3).stores({ cases: V3_CASES });
  if (version >= 4) db.version(4).stores({ orders: V4_ORDERS });
  if (version >= 5) db.version(5).stores({ orders: V5_ORDERS, figures: V5_FIGURES });
  return db;
}

describe('schema version 1 → 2 (case timeline)', () => {
  it('keeps every order, case and note, and starts each timeline with what the seller had done', async () => {
    const name = `migrate-v1-${Math.random()}`;
    const v1 = writtenBy(1, name);
    const working = baseCase('1', { status: 'in_progress', statusChangedAt: T0 + HOUR, updatedAt: T0 + HOUR });
    const dismissed = baseCase('2', { status: 'dismissed', statusChangedAt: T0 + 2 * HOUR, dismissReason: 'false_positive', dismissedSeverity: 'P1' });
    const untouched = baseCase('3', {});
    await v1.table('cases').bulkAdd([working, dismissed, untouched]);
    await v1.table('notes').add({ caseKey: working.key, text: '已联系买家', createdAt: T0 + 90 * 60_000 });
    await v1.table('orders').add({ key: 'taobao|1', marketplace: 'taobao', orderId: '1' });
    v1.close();

    const db: SentinelDB = openDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await listCases(db)).toHaveLength(3);
    expect((await listCases(db)).find((c) => c.orderId === '1')).toEqual(working);
    expect(await listNotes(db, working.key)).toEqual([{ id: 1, caseKey: working.key, text: '已联系买家', createdAt: T0 + 90 * 60_000 }]);
    expect(await db.orders.count()).toBe(1);

    const strip = (events: Awaited<ReturnType<typeof listCaseEvents>>) => events.map(({ id: _id, ...e }) => e);
    expect(strip(await listCaseEvents(db, working.key))).toEqual([
      { caseKey: working.key, at: T0, kind: 'detection', change: 'opened', severity: 'P1' },
      { caseKey: working.key, at: T0 + HOUR, kind: 'status', to: 'in_progress' },
    ]);
    expect(strip(await listCaseEvents(db, dismissed.key))).toEqual([
      { caseKey: dismissed.key, at: T0, kind: 'detection', change: 'opened', severity: 'P1' },
      { caseKey: dismissed.key, at: T0 + 2 * HOUR, kind: 'status', to: 'dismissed', dismissReason: 'false_positive' },
    ]);
    expect(strip(await listCaseEvents(db, untouched.key))).toEqual([
      { caseKey: untouched.key, at: T0, kind: 'detection', change: 'opened', severity: 'P1' },
    ]);
  });
});

describe('schema version 2 → 3 (indexes for the popup and the first screen)', () => {
  it('keeps every case as it was, indexes them, and gives a cleared case without its cleared time one', async () => {
    const name = `migrate-v2-${Math.random()}`;
    const v2 = writtenBy(2, name);
    const open = baseCase('1', {});
    const working = baseCase('2', { status: 'in_progress', severity: 'P2', statusChangedAt: T0 + HOUR, updatedAt: T0 + HOUR });
    const clearedOld = baseCase('3', { conditionCleared: true, updatedAt: T0 + 2 * HOUR }); // before clearedAt existed
    const clearedNew = baseCase('4', { conditionCleared: true, clearedAt: T0 + 3 * HOUR, updatedAt: T0 + 3 * HOUR });
    const staleClear = baseCase('5', { clearedAt: T0 + HOUR, severity: 'P3', dueAt: T0 });
    const resolved = baseCase('6', { status: 'resolved', statusChangedAt: T0 + HOUR });
    await v2.table('cases').bulkAdd([open, working, clearedOld, clearedNew, staleClear, resolved]);
    v2.close();

    const db: SentinelDB = openDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    const byId = new Map((await listCases(db)).map((c) => [c.orderId, c]));
    expect(byId.size).toBe(6);
    expect(byId.get('1')).toEqual(open);
    expect(byId.get('2')).toEqual(working);
    expect(byId.get('3')).toEqual({ ...clearedOld, clearedAt: T0 + 2 * HOUR });
    expect(byId.get('4')).toEqual(clearedNew);
    const { clearedAt: _stale, ...notCleared } = staleClear;
    expect(byId.get('5')).toEqual(notCleared);
    expect(byId.get('6')).toEqual(resolved);
    const summary = await urgentSummary(db, 5);
    expect(summary.counts).toEqual({ P1: 1, P2: 1, P3: 1 });
    expect(summary.urgent.map((c) => c.orderId)).toEqual(['1', '2', '5']);
  });
});

describe('schema version 3 → 4 (orders indexed by their clocks)', () => {
  it('keeps every order, gives it undecided clocks, and the next alarm told the last run still judges it', async () => {
    const name = `migrate-v3-${Math.random()}`;
    const v3 = writtenBy(3, name); // its orders have no clocks
    const waiting = makeOrder({
      orderId: '3712000000000000042',
      placedAt: T0 - 48 * HOUR,
      status: 'completed',
      statusRaw: '交易成功',
      buyerMessage: '在吗？',
      buyerMessageAt: T0 - 18 * HOUR - 5 * 60_000, // the 6 h warning falls 5 minutes before T0
    });
    await v3.table('orders').add({ ...waiting, key: orderKey(waiting) });
    v3.close();

    const db: SentinelDB = openDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.orders.toArray()).toEqual([{ ...waiting, key: orderKey(waiting), ...UNDECIDED_CLOCKS, buyerKey: 'taobao|tb_buyer_01' }]);
    // Told the last run (15 minutes ago, same settings), the alarm reads the order by its clocks.
    expect(await reevaluateAsTimePasses(db, T0, DEFAULT_SETTINGS, T0 - 15 * 60_000)).toEqual({ evaluated: 1, findings: 1 });
    expect((await db.cases.get(`message-unanswered|taobao|${waiting.orderId}`))?.severity).toBe('P2');
  });
});

describe('schema version 4 → 5 (orders indexed by buyer and by parcels in transit; shop figures)', () => {
  it('gives every stored order its index fields, and the first ingest counts the figures from the stored shop', async () => {
    const name = `migrate-v4-${Math.random()}`;
    const v4 = writtenBy(4, name);
    const first = makeOrder({ orderId: '1', placedAt: T0 - 2 * HOUR, buyer: 'Ｂｕｙｅｒ One', source: { url: 'https://trade.taobao.com/', adapter: 'taobao', observedAt: T0 - 2 * HOUR } });
    const parcel = makeOrder({ orderId: '2', status: 'shipped', statusRaw: '卖家已发货', carrier: 'SF', trackingNo: 'SF1234567890123', shippedAt: T0 - HOUR, source: { url: 'https://trade.taobao.com/', adapter: 'taobao', observedAt: T0 - HOUR } });
    await v4.table('orders').bulkAdd([first, parcel].map((o) => ({ ...o, key: orderKey(o), ...UNDECIDED_CLOCKS })));
    v4.close();

    const db: SentinelDB = openDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.orders.where('buyerKey').equals('taobao|buyer one').primaryKeys()).toEqual(['taobao|1']);
    expect(await db.orders.where('[marketplace+recentAt]').equals(['taobao', T0 - HOUR]).primaryKeys()).toEqual(['taobao|2']);
    expect(await db.figures.count()).toBe(0);

    // The same buyer orders the same again: the stored order is read by its buyer, and judged with it.
    const again = makeOrder({ orderId: '3', placedAt: T0 - HOUR, buyer: 'buyer one', source: { url: 'https://trade.taobao.com/', adapter: 'taobao', observedAt: T0 } });
    await ingestBatch(db, [again], T0, DEFAULT_SETTINGS);
    expect((await db.cases.get('duplicate-order|taobao|3'))?.evidence['otherOrderId']).toBe('1');
    expect(((await db.figures.get('taobao'))?.value as ShopFigures)['tracking-invalid']).toEqual({ numbered: 1 });
  });
});

describe('schema version 5 → 6 (orders amount-outlier judges, indexed by what it measures)', () => {
  it('gives every stored order it judges its amount keys, and none to an order past checking', async () => {
    const name = `migrate-v5-${Math.random()}`;
    const v5 = writtenBy(5, name);
    const unshipped = makeOrder({ orderId: '1', items: [{ title: '手工皂', quantity: 3, unitPrice: 20 }], money: { currency: 'CNY', paid: 59.8 } });
    const parcel = makeOrder({ orderId: '2', status: 'shipped', statusRaw: '卖家已发货', shippedAt: T0 - HOUR });
    await v5.table('orders').bulkAdd([unshipped, parcel].map((o) => ({ ...o, key: orderKey(o), ...UNDECIDED_CLOCKS })));
    v5.close();

    const db: SentinelDB = openDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.orders.get('taobao|1')).toMatchObject({ checkPaid: ['taobao', 'CNY', 5980], checkQuantity: ['taobao', 'CNY', 3] });
    expect(await db.orders.where('checkPaid').between(['taobao', 'CNY', 5000], ['taobao', 'CNY', 6000]).primaryKeys()).toEqual(['taobao|1']);
    expect(await db.orders.where('checkQuantity').between(['taobao', '', -Infinity], ['taobao', '\uffff', Infinity]).primaryKeys()).toEqual(['taobao|1']);
  });
});
