/**
 * Retention: orders the seller no longer needs are removed after N days. An order with any
 * case (open, resolved or dismissed) is kept with its history, and cases and notes are never
 * removed: they are the seller's record of what happened.
 */
import type { SentinelDB } from '../db';
import { orderKey } from '../schema';

const DAY = 86_400_000;

export type PruneResult = { orders: number; statusChanges: number };

/** Removes orders placed more than `retentionDays` days before `now` that have no case, with their status history. */
export async function pruneOrders(db: SentinelDB, now: number, retentionDays: number): Promise<PruneResult> {
  const cutoff = now - retentionDays * DAY;
  return db.transaction('rw', [db.orders, db.statusHistory, db.cases], async () => {
    const old = await db.orders.where('placedAt').below(cutoff).toArray();
    if (old.length === 0) return { orders: 0, statusChanges: 0 };
    const withCase = new Set<string>();
    await db.cases.each((c) => withCase.add(orderKey(c)));
    const keys = old.map((o) => o.key).filter((key) => !withCase.has(key));
    const statusChanges = await db.statusHistory.where('orderKey').anyOf(keys).delete();
    await db.orders.bulkDelete(keys);
    return { orders: keys.length, statusChanges };
  });
}
