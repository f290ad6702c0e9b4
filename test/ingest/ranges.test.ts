// A page read finds its orders' stored records and cases as one capped key range when their
// keys lie together, and one read per key when they lie far apart: both give every order of the
// batch, and nothing of the orders between them.
import { afterEach, describe, expect, it } from 'vitest';
import type { SentinelDB } from '../../lib/db';
import { ingestBatch, openP1Count } from '../../lib/ingest';
import { type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb, HOUR, paidOrder, shipped, T0 } from './orders';

let db: SentinelDB;
afterEach(() => db?.close());

/** 200 paid orders seen 50 h after payment: each past Taobao's 48 h deadline, each with a P1 case. */
const late: Order[] = Array.from({ length: 200 }, (_, i) =>
  paidOrder({ orderId: String(1000 + i), buyer: `buyer-${i}`, source: { url: 'https://trade.taobao.com/x', adapter: 'taobao', observedAt: T0 + 50 * HOUR } }),
);

async function shopOfLateOrders(): Promise<void> {
  db = freshDb().db;
  await ingestBatch(db, late, T0 + 50 * HOUR, DEFAULT_SETTINGS);
  expect(await openP1Count(db)).toBe(200);
}

/** The order ids whose late-shipping case is cleared. */
async function cleared(): Promise<string[]> {
  return (await db.cases.toArray()).filter((c) => c.detector === 'ship-deadline' && c.conditionCleared).map((c) => c.orderId).sort();
}

describe('a batch read by key range or key by key', () => {
  it('clears the cases of ten neighbouring orders seen shipped, and no case of the orders around them', async () => {
    await shopOfLateOrders();
    const batch = late.slice(100, 110).map((o) => shipped(o, T0 + 53 * HOUR));
    expect(await ingestBatch(db, batch, T0 + 53 * HOUR, DEFAULT_SETTINGS)).toMatchObject({ written: 10, changed: 10 });
    expect(await cleared()).toEqual(batch.map((o) => o.orderId));
    expect(await openP1Count(db)).toBe(190);
  });

  it('clears the cases of ten orders spread over the shop, whose range holds more cases than the read takes at once', async () => {
    await shopOfLateOrders();
    const batch = late.filter((_, i) => i % 20 === 0).map((o) => shipped(o, T0 + 53 * HOUR));
    expect(batch.map((o) => o.orderId)).toEqual(['1000', '1020', '1040', '1060', '1080', '1100', '1120', '1140', '1160', '1180']);
    expect(await ingestBatch(db, batch, T0 + 53 * HOUR, DEFAULT_SETTINGS)).toMatchObject({ written: 10, changed: 10 });
    expect(await cleared()).toEqual(batch.map((o) => o.orderId));
    expect(await openP1Count(db)).toBe(190);
  });
});
