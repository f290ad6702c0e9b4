// A page read looks up no order by the buyer of an order known to share it with none (the record's
// `aloneIn` flag, under its marketplace's figures epoch). On random sequences of reads (new orders,
// buyers changed, orders seen again, a buyer of many orders) the flags never lie, and the cases are
// those of a shop where no flag is ever trusted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SentinelDB } from '../../lib/db';
import { ingestBatch, ingestBatchJudged } from '../../lib/ingest';
import { type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb, HOUR, paidOrder, sameCasesAsUnflagged, T0 } from './orders';

const BUYERS = ['tb_林深见鹿', 'buyer one', 'buyer two', '晴天小猪', 'solo'];

/** One order seen on a read: which of 12 orders, its buyer (none: the read does not show it), and its total. */
const seenArb = fc.record({ id: fc.nat({ max: 11 }), buyer: fc.option(fc.constantFrom(...BUYERS), { nil: undefined }), paid: fc.constantFrom(19.9, 59.8, 120) });
const readsArb = fc.array(fc.array(seenArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });

function orderOf({ id, buyer, paid }: { id: number; buyer: string | undefined; paid: number }, read: number): Order {
  const { buyer: _shown, ...order } = paidOrder({
    orderId: String(100 + id),
    placedAt: T0 - id * HOUR,
    paidAt: T0 - id * HOUR + 60_000,
    money: { currency: 'CNY', paid },
    source: { url: 'https://trade.taobao.com/x', adapter: 'taobao', observedAt: T0 + read * HOUR },
  });
  return buyer === undefined ? order : { ...order, buyer };
}

/** Every stored order flagged under its marketplace's epoch shares its buyer with no other stored order. */
async function flagsHold(db: SentinelDB): Promise<number> {
  const records = await db.orders.toArray();
  const epoch = (await db.figures.get('taobao'))?.epoch;
  let flagged = 0;
  for (const record of records) {
    if (epoch === undefined || record.aloneIn !== epoch) continue;
    flagged++;
    expect(records.filter((other) => other.key !== record.key && other.buyerKey !== undefined && other.buyerKey === record.buyerKey)).toEqual([]);
  }
  return flagged;
}

describe('orders known to share no buyer (aloneIn)', () => {
  it('are flagged only while no other stored order has their buyer, and leave the cases those of a shop that trusts no flag', async () => {
    await fc.assert(
      fc.asyncProperty(readsArb, (reads) => sameCasesAsUnflagged(reads, orderOf, flagsHold)),
      { numRuns: 40 },
    );
  }, 120_000);

  it('spare the lookup of a read of orders seen again, and a new order sharing a flagged one\'s buyer clears its flag', async () => {
    const { db } = freshDb();
    try {
      const orders = [0, 1, 2].map((id) => orderOf({ id, buyer: `buyer ${id}`, paid: 59.8 }, 0));
      await ingestBatch(db, orders, T0, DEFAULT_SETTINGS);
      expect(await flagsHold(db)).toBe(3);
      // Seen again with a remark: still alone, and judged as before.
      const again = orders.map((o) => ({ ...o, sellerRemark: 'checked', source: { ...o.source, observedAt: T0 + HOUR } }));
      expect((await ingestBatchJudged(db, again, T0 + HOUR, DEFAULT_SETTINGS)).judged).toBe(3);
      expect(await flagsHold(db)).toBe(3);
      // Order 1's buyer orders again: both share a buyer now, and a duplicate is judged.
      const repeat = orderOf({ id: 5, buyer: 'buyer 1', paid: 59.8 }, 2);
      expect((await ingestBatchJudged(db, [{ ...repeat, placedAt: T0 - HOUR + 60_000 }], T0 + 2 * HOUR, DEFAULT_SETTINGS)).judged).toBe(2);
      expect(await flagsHold(db)).toBe(2);
      expect((await db.orders.get('taobao|101'))?.aloneIn).toBeUndefined();
      expect((await db.cases.get('duplicate-order|taobao|105'))?.evidence['otherOrderId']).toBe('101');
    } finally {
      db.close();
    }
  });
});
