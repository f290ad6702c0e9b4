import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DB_NAME,
  listCases,
  listNotes,
  listStatusHistory,
  loadCase,
  loadOrder,
  loadSettings,
  openDb,
  saveSettings,
  SETTINGS_ID,
  UNDECIDED_CLOCKS,
  type SentinelDB,
} from '../../lib/db';
import { orderKey, type Case } from '../../lib/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { freshDb, paidOrder, T0 } from '../ingest/orders';
import { demoCase, T, tiesAndFinished } from './cases';

const late: Case = {
  key: 'ship-deadline|taobao|3712345678901234567',
  detector: 'ship-deadline',
  marketplace: 'taobao',
  orderId: '3712345678901234567',
  severity: 'P1',
  dueAt: T0 + 48 * 3_600_000,
  evidence: { deadline: '2026-11-22T08:00:00.000Z', hoursOverdue: 2 },
  explanation: { en: 'Taobao requires shipping within 48 h — 2 h overdue.', zh: '淘宝要求 48 小时内发货，已超时 2 小时。' },
  status: 'in_progress',
  conditionCleared: false,
  openedAt: T0 + 50 * 3_600_000,
  updatedAt: T0 + 50 * 3_600_000,
  lastDetectedAt: T0 + 50 * 3_600_000,
  statusChangedAt: T0 + 51 * 3_600_000,
};

let open: SentinelDB[] = [];
afterEach(async () => {
  for (const db of open) db.close();
  open = [];
});

function track(db: SentinelDB): SentinelDB {
  open.push(db);
  return db;
}

describe('SentinelDB', () => {
  it('is named order-sentinel with the stores the demo script reads by name, at version 6', async () => {
    const db = track(openDb());
    await db.open();
    expect(db.name).toBe(DB_NAME);
    expect(DB_NAME).toBe('order-sentinel');
    expect(db.tables.map((t) => t.name).sort()).toEqual(['caseEvents', 'cases', 'figures', 'notes', 'orders', 'settings', 'statusHistory']);
    expect(db.verno).toBe(6);
  });

  it('gives back an order, a case, its notes and status history after the database is reopened', async () => {
    const { db, name } = freshDb();
    const order = paidOrder();
    await db.orders.put({ ...order, key: orderKey(order), ...UNDECIDED_CLOCKS });
    await db.cases.put(late);
    await db.notes.add({ caseKey: late.key, text: '已联系快递', createdAt: T0 + 52 * 3_600_000 });
    await db.notes.add({ caseKey: late.key, text: 'Buyer told: ships today', createdAt: T0 + 51 * 3_600_000 });
    await db.statusHistory.add({ orderKey: orderKey(order), status: 'awaiting_shipment', statusRaw: '买家已付款', observedAt: T0 + 3_600_000 });
    db.close();

    const again = track(openDb(name));
    expect(await loadOrder(again, 'taobao', '3712345678901234567')).toEqual(order);
    expect(await loadCase(again, late.key)).toEqual(late);
    expect((await listNotes(again, late.key)).map((n) => n.text)).toEqual(['Buyer told: ships today', '已联系快递']);
    expect(await listStatusHistory(again, 'taobao|3712345678901234567')).toEqual([
      { id: 1, orderKey: 'taobao|3712345678901234567', status: 'awaiting_shipment', statusRaw: '买家已付款', observedAt: T0 + 3_600_000 },
    ]);
  });

  it('lists cases most urgent first and skips a stored case that no longer matches the schema', async () => {
    const db = track(freshDb().db);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const p2 = { ...late, key: 'ship-deadline|taobao|2', orderId: '2', severity: 'P2' as const };
    const p1Later = { ...late, key: 'ship-deadline|taobao|3', orderId: '3', dueAt: late.dueAt! + 1 };
    await db.cases.bulkPut([p2, p1Later, late]);
    await db.cases.put({ ...late, key: 'broken', severity: 'P0' } as unknown as Case);
    expect((await listCases(db)).map((c) => c.key)).toEqual([late.key, p1Later.key, p2.key]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('settings', () => {
  it('are the defaults before anything is saved', async () => {
    const db = track(freshDb().db);
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('survive a reopen, with defaults filled for what was not set', async () => {
    const { db, name } = freshDb();
    const mine: Settings = { ...DEFAULT_SETTINGS, language: 'en', reevaluateMinutes: 5 };
    await saveSettings(db, mine);
    db.close();
    const loaded = await loadSettings(track(openDb(name)));
    expect(loaded).toEqual(mine);
    expect(loaded.detectors['ship-deadline'].warnHours).toBe(6);
  });

  it('fall back to the defaults when the stored record is invalid, and saving invalid settings throws', async () => {
    const db = track(freshDb().db);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await db.settings.put({ ...DEFAULT_SETTINGS, id: SETTINGS_ID, reevaluateMinutes: 0 });
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    await expect(saveSettings(db, { ...DEFAULT_SETTINGS, reevaluateMinutes: -1 })).rejects.toThrow();
  });
});

describe('urgentSummary (the popup)', () => {
  it('counts live cases whose condition holds per severity and lists the most urgent first', async () => {
    const { urgentSummary } = await import('../../lib/db');
    const db = track(openDb(`urgent-${Math.random()}`));
    await db.cases.bulkAdd([
      demoCase('a', 'P2', T + 5), demoCase('b', 'P1', T + 9), demoCase('c', 'P1', T + 1), demoCase('d', 'P3', undefined),
      demoCase('e', 'P1', T, { status: 'resolved' }), demoCase('f', 'P1', T, { conditionCleared: true }),
      demoCase('g', 'P2', T + 2, { status: 'waiting' }), demoCase('h', 'P3', T + 1), demoCase('i', 'P2', undefined),
    ]);
    const summary = await urgentSummary(db, 5);
    expect(summary.counts).toEqual({ P1: 2, P2: 3, P3: 2 });
    expect(summary.urgent.map((c) => c.orderId)).toEqual(['c', 'b', 'g', 'a', 'i']);
  });
});

describe('the indexed reads of the popup and the inbox first screen (schema version 3)', () => {

  it('breaks a due-time tie by the newest opened, skips cleared and finished cases that are due sooner', async () => {
    const { urgentSummary } = await import('../../lib/db');
    const db = track(openDb(`urgent-ties-${Math.random()}`));
    await db.cases.bulkAdd([
      ...tiesAndFinished(),
      demoCase('cleared', 'P1', T - 5, { conditionCleared: true, clearedAt: T }),
    ]);
    const summary = await urgentSummary(db, 4);
    // t2 and t4 share the due time and the opening time: key order.
    expect(summary.urgent.map((c) => c.orderId)).toEqual(['soon', 't2', 't4', 't3']);
    expect(summary.counts).toEqual({ P1: 6, P2: 1, P3: 0 });
  });

  it('counts a cleared case written without its cleared time as cleared, and a stale cleared time as not', async () => {
    const { urgentSummary } = await import('../../lib/db');
    const db = track(openDb(`urgent-cleared-${Math.random()}`));
    await db.cases.bulkPut([demoCase('a', 'P1', T, { conditionCleared: true }), demoCase('b', 'P1', T + 1, { clearedAt: T - 9 }), demoCase('c', 'P3', undefined)]);
    expect((await db.cases.get('ship-deadline|demo|a'))?.clearedAt).toBe(T);
    expect(await db.cases.get('ship-deadline|demo|b')).toEqual(demoCase('b', 'P1', T + 1));
    await db.cases.update('ship-deadline|demo|c', { conditionCleared: true });
    expect((await db.cases.get('ship-deadline|demo|c'))?.clearedAt).toBe(T);
    const summary = await urgentSummary(db, 5);
    expect(summary.counts).toEqual({ P1: 1, P2: 0, P3: 0 });
    expect(summary.urgent.map((c) => c.orderId)).toEqual(['b']);
  });

  it('give the same counts, most urgent and inbox prefix as reading every case, over 600 mixed cases', async () => {
    const { urgentSummary, firstLiveCases, listCases } = await import('../../lib/db');
    const { byDueThenSeverity } = await import('../../lib/inbox/filter');
    const db = track(openDb(`urgent-many-${Math.random()}`));
    const statuses = ['open', 'in_progress', 'waiting', 'resolved', 'dismissed'] as const;
    const severities = ['P1', 'P2', 'P3'] as const;
    const cases = Array.from({ length: 600 }, (_, i) =>
      demoCase(`o${String(i).padStart(3, '0')}`, severities[(i * 7) % 3]!, i % 11 === 0 ? undefined : T + ((i * 37) % 50) * 60_000, {
        status: statuses[(i * 13) % 5]!,
        openedAt: T - ((i * 17) % 9),
        ...(i % 9 === 0 ? { conditionCleared: true, clearedAt: T } : {}),
      }),
    );
    await db.cases.bulkAdd(cases);
    const live = cases.filter((c) => ['open', 'in_progress', 'waiting'].includes(c.status));
    const holding = live.filter((c) => !c.conditionCleared);
    const summary = await urgentSummary(db, 5);
    expect(summary.counts).toEqual({
      P1: holding.filter((c) => c.severity === 'P1').length,
      P2: holding.filter((c) => c.severity === 'P2').length,
      P3: holding.filter((c) => c.severity === 'P3').length,
    });
    expect(summary.counts).toEqual({ P1: 79, P2: 120, P3: 120 });
    // listCases is in the popup's order (severity, due, newest, key).
    expect(summary.urgent).toEqual((await listCases(db)).filter((c) => holding.some((h) => h.key === c.key)).slice(0, 5));
    expect(summary.urgent.map((c) => c.orderId)).toEqual(['o150', 'o300', 'o069', 'o519', 'o219']);
    const first = await firstLiveCases(db, 40, byDueThenSeverity);
    expect(first).toEqual([...live].sort(byDueThenSeverity).slice(0, 40));
    expect(first).toHaveLength(40);
  });
});

describe('reading every case for the inbox without one long task', () => {
  const row = (id: string, patch: Record<string, unknown> = {}) => demoCase(id, 'P2', T, patch as Partial<Case>);

  it('allCaseRows reads every case page by page, in key order', async () => {
    const { allCaseRows } = await import('../../lib/db');
    const db = track(openDb(`pages-${Math.random()}`));
    await db.cases.bulkAdd(Array.from({ length: 25 }, (_, i) => row(`o${String(24 - i).padStart(2, '0')}`) as Case));
    const rows = (await allCaseRows(db, 10)) as Case[];
    expect(rows.map((c) => c.orderId)).toEqual(Array.from({ length: 25 }, (_, i) => `o${String(i).padStart(2, '0')}`));
    expect(await allCaseRows(track(openDb(`pages-empty-${Math.random()}`)), 10)).toEqual([]);
  });

  it('parseRowsInSlices parses every row across slices, skips and reports an invalid one, and stops when aborted', async () => {
    const { parseRowsInSlices } = await import('../../lib/db');
    const { Case: CaseSchema } = await import('../../lib/schema');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const rows = Array.from({ length: 300 }, (_, i) => (i === 123 ? row('bad', { severity: 'P9' }) : row(`o${i}`)));
    const parsed = await parseRowsInSlices(CaseSchema, rows, 'case', { sliceMs: 0 });
    expect(parsed).toHaveLength(299);
    expect(parsed[123]!.orderId).toBe('o124');
    expect(parsed.some((c) => c.orderId === 'bad')).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    const abort = new AbortController();
    const run = parseRowsInSlices(CaseSchema, rows, 'case', { sliceMs: 0, signal: abort.signal });
    abort.abort(new Error('newer rows'));
    await expect(run).rejects.toThrow('newer rows');
  });

  it('searchableOrders reads the orders of order-level cases only, parsed, and skips missing ones', async () => {
    const { searchableOrders } = await import('../../lib/db');
    const { db } = freshDb();
    track(db);
    const order = paidOrder();
    await db.orders.put({ ...order, key: orderKey(order), ...UNDECIDED_CLOCKS });
    const found = await searchableOrders(db, [
      { marketplace: order.marketplace, orderId: order.orderId },
      { marketplace: order.marketplace, orderId: order.orderId },
      { marketplace: order.marketplace, orderId: 'missing' },
      { marketplace: order.marketplace, orderId: '@2026-11-25' },
    ]);
    expect(found).toEqual([{ marketplace: order.marketplace, orderId: order.orderId, buyer: order.buyer, items: order.items }]);
  });
});

describe('orders: index fields and shop figures', () => {
  it('derives each written order\'s index fields from the order, whoever writes it, and drops stale ones', async () => {
    const { db } = freshDb();
    track(db);
    const order = paidOrder({ buyer: ' Ｔｂ_Buyer_01 ' });
    // As a restored backup writes it: no index fields, and a stale one.
    await db.orders.bulkPut([{ ...order, key: orderKey(order), ...UNDECIDED_CLOCKS, recentAt: 5 }]);
    expect(await db.orders.get(orderKey(order))).toEqual({
      ...order,
      key: orderKey(order),
      ...UNDECIDED_CLOCKS,
      buyerKey: 'taobao|tb_buyer_01',
      checkPaid: ['taobao', 'CNY', 5980],
      checkQuantity: ['taobao', 'CNY', 2],
    });
    const inTransit = { ...order, status: 'shipped' as const, carrier: '中通', shippedAt: T0 + 3_600_000 };
    await db.orders.put({ ...inTransit, key: orderKey(order), ...UNDECIDED_CLOCKS });
    expect(await db.orders.where('[marketplace+recentAt]').equals(['taobao', T0 + 3_600_000]).primaryKeys()).toEqual([orderKey(order)]);
    // Shipped: past checking, so out of amount-outlier's indexes.
    expect(await db.orders.where('checkPaid').between(['taobao', '', -Infinity], ['taobao', '\uffff', Infinity]).count()).toBe(0);
  });

  it('drops every kept figure when orders are written by anything but ingest (which keeps them), in the same transaction', async () => {
    const { db } = freshDb();
    track(db);
    const order = paidOrder();
    await db.figures.put({ key: 'taobao', value: { 'tracking-invalid': { numbered: 1 } } });
    // A transaction naming the figures keeps them: the writer keeps them itself.
    await db.transaction('rw', [db.orders, db.figures], () => db.orders.put({ ...order, key: orderKey(order), ...UNDECIDED_CLOCKS }));
    expect(await db.figures.count()).toBe(1);
    // Pruning, a restore: the orders alone.
    await db.transaction('rw', [db.orders, db.statusHistory], () => db.orders.bulkDelete([orderKey(order)]));
    expect(await db.figures.count()).toBe(0);
    await db.figures.put({ key: 'taobao', value: {} });
    await db.orders.put({ ...order, key: orderKey(order), ...UNDECIDED_CLOCKS });
    expect(await db.figures.count()).toBe(0);
  });

  it("clears an order's no-case flag when anything but ingest (a restore) writes a case on it, keeping the rest of the record", async () => {
    const { db } = freshDb();
    track(db);
    const order = paidOrder();
    await db.transaction('rw', [db.orders, db.figures], () => db.orders.put({ ...order, key: orderKey(order), ...UNDECIDED_CLOCKS, caselessIn: 7 }));
    const { caselessIn, ...flagless } = (await db.orders.get(orderKey(order)))!;
    expect(caselessIn).toBe(7);
    // A case on another order: this one keeps its flag.
    await db.transaction('rw', [db.orders, db.cases], () => db.cases.put({ ...late, key: 'ship-deadline|taobao|1', orderId: '1' }));
    expect((await db.orders.get(orderKey(order)))?.caselessIn).toBe(7);
    await db.transaction('rw', [db.orders, db.cases], () => db.cases.bulkPut([late]));
    expect(await db.orders.get(orderKey(order))).toEqual(flagless);
  });
});
