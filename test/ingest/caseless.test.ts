// A page read reads no cases for an order sharing a buyer with its batch when the order's record
// says it has none (`caselessIn`, under its marketplace's figures epoch). On random sequences of
// reads (buyers shared and changed, amounts that raise and clear duplicates) the flags never lie,
// and the cases are those of a shop where no flag is ever trusted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SentinelDB } from '../../lib/db';
import { ingestBatch } from '../../lib/ingest';
import { type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb, HOUR, paidOrder, sameCasesAsUnflagged, T0 } from './orders';

const BUYERS = ['tb_林深见鹿', 'buyer one', '晴天小猪'];

/** One order seen on a read: which of 8 orders, its buyer, and its total. */
const seenArb = fc.record({ id: fc.nat({ max: 7 }), buyer: fc.constantFrom(...BUYERS), paid: fc.constantFrom(59.8, 120) });
const readsArb = fc.array(fc.array(seenArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });

/** Orders placed a minute apart, so two of one buyer with one total read as a duplicate. */
const orderOf = ({ id, buyer, paid }: { id: number; buyer: string; paid: number }, read: number): Order => ({
  ...paidOrder({
    orderId: String(100 + id),
    placedAt: T0 - HOUR + id * 60_000,
    paidAt: T0 - HOUR + id * 60_000 + 30_000,
    money: { currency: 'CNY', paid },
    source: { url: 'https://trade.taobao.com/x', adapter: 'taobao', observedAt: T0 + read * HOUR },
  }),
  buyer,
});

/** Every stored order flagged under its marketplace's epoch has no detector's case; returns how many are. */
async function flagsHold(db: SentinelDB): Promise<number> {
  const [records, cases] = await Promise.all([db.orders.toArray(), db.cases.toArray()]);
  const epoch = (await db.figures.get('taobao'))?.epoch;
  let flagged = 0;
  for (const record of records) {
    if (epoch === undefined || record.caselessIn !== epoch) continue;
    flagged++;
    expect(cases.filter((c) => c.orderId === record.orderId && c.detector !== 'seller-note').map((c) => c.key)).toEqual([]);
  }
  return flagged;
}

describe('orders known to have no case (caselessIn)', () => {
  it('are flagged only while they have no detector case, and leave the cases those of a shop that trusts no flag', async () => {
    await fc.assert(
      fc.asyncProperty(readsArb, (reads) => sameCasesAsUnflagged(reads, orderOf, flagsHold)),
      { numRuns: 40 },
    );
  }, 120_000);

  it('lose the flag when a case opens on them, so a later read clears that case when its buyer changes', async () => {
    const { db } = freshDb();
    try {
      await ingestBatch(db, [orderOf({ id: 0, buyer: 'buyer one', paid: 59.8 }, 0)], T0, DEFAULT_SETTINGS);
      expect(await flagsHold(db)).toBe(1);
      // The same buyer's same total a minute later: a duplicate on the new order, which loses the flag written with it.
      await ingestBatch(db, [orderOf({ id: 1, buyer: 'buyer one', paid: 59.8 }, 1)], T0 + HOUR, DEFAULT_SETTINGS);
      const opened = (await db.cases.toArray()).filter((c) => c.detector === 'duplicate-order').map((c) => [c.orderId, c.status, c.conditionCleared]);
      expect(opened).toEqual([['101', 'open', false]]);
      expect((await db.orders.get('taobao|101'))?.caselessIn).toBeUndefined();
      expect(await flagsHold(db)).toBe(1);
      // Order 101's buyer corrected: its duplicate case is cleared (order 100, sharing the old buyer, is read without its cases).
      await ingestBatch(db, [orderOf({ id: 1, buyer: '晴天小猪', paid: 59.8 }, 2)], T0 + 2 * HOUR, DEFAULT_SETTINGS);
      expect((await db.cases.toArray()).map((c) => [c.orderId, c.detector, c.conditionCleared])).toEqual([['101', 'duplicate-order', true]]);
      expect(await flagsHold(db)).toBe(1);
    } finally {
      db.close();
    }
  });
});
