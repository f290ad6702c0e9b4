import { afterEach, describe, expect, it } from 'vitest';
import { pruneOrders } from '../../lib/backup/retention';
import { UNDECIDED_CLOCKS, type SentinelDB } from '../../lib/db';
import { orderKey, type Order } from '../../lib/schema';
import { freshDb, paidOrder, T0 } from '../ingest/orders';
import { DAY, lateCase, shopCase } from './data';

let db: SentinelDB;
afterEach(() => db.close());

const NOW = T0 + 200 * DAY;
const placed = (orderId: string, daysAgo: number): Order => paidOrder({ orderId, placedAt: NOW - daysAgo * DAY, paidAt: NOW - daysAgo * DAY });

describe('pruneOrders', () => {
  it('removes orders older than the retention without a case, with their status history; keeps cases and notes', async () => {
    db = freshDb().db;
    const orders = [
      placed('old-no-case-1', 181),
      placed('old-no-case-2', 400),
      placed('old-with-resolved-case', 300),
      placed('old-with-dismissed-case', 190),
      placed('recent', 179),
      placed('exactly-180', 180),
    ];
    await db.orders.bulkPut(orders.map((o) => ({ ...o, key: orderKey(o), ...UNDECIDED_CLOCKS })));
    await db.statusHistory.bulkAdd(
      orders.flatMap((o) => [
        { orderKey: orderKey(o), status: 'awaiting_payment' as const, statusRaw: '等待买家付款', observedAt: o.placedAt },
        { orderKey: orderKey(o), status: 'awaiting_shipment' as const, statusRaw: '买家已付款', observedAt: o.placedAt + 1 },
      ]),
    );
    await db.cases.bulkPut([
      { ...lateCase, key: 'ship-deadline|taobao|old-with-resolved-case', orderId: 'old-with-resolved-case', status: 'resolved' },
      { ...lateCase, key: 'keyword-match|taobao|old-with-dismissed-case', orderId: 'old-with-dismissed-case', status: 'dismissed' },
      shopCase,
    ]);
    await db.notes.add({ caseKey: 'ship-deadline|taobao|old-with-resolved-case', text: '已退款', createdAt: NOW - 290 * DAY });

    expect(await pruneOrders(db, NOW, 180)).toEqual({ orders: 2, statusChanges: 4 });
    expect((await db.orders.orderBy('key').primaryKeys()).sort()).toEqual([
      'taobao|exactly-180',
      'taobao|old-with-dismissed-case',
      'taobao|old-with-resolved-case',
      'taobao|recent',
    ]);
    expect(await db.statusHistory.count()).toBe(8);
    expect(await db.statusHistory.where('orderKey').equals('taobao|old-no-case-1').count()).toBe(0);
    expect(await db.cases.count()).toBe(3);
    expect(await db.notes.count()).toBe(1);

    // A shorter retention reaches the recent orders too.
    expect(await pruneOrders(db, NOW, 7)).toEqual({ orders: 2, statusChanges: 4 });
    expect(await db.orders.count()).toBe(2);
  });

  it('does nothing when no order is old enough', async () => {
    db = freshDb().db;
    const o = placed('fresh', 1);
    await db.orders.put({ ...o, key: orderKey(o), ...UNDECIDED_CLOCKS });
    expect(await pruneOrders(db, NOW, 7)).toEqual({ orders: 0, statusChanges: 0 });
    expect(await db.orders.count()).toBe(1);
  });
});
