/**
 * Retention: orders the seller no longer needs are removed after N days. An order with any
 * case (open, resolved or dismissed) is kept with its history, and cases and notes are never
 * removed: they are the seller's record of what happened.
 */
import type { SentinelDB } from '../db';
import { orderKey } from '../schema';

const DAY = 86_400_000;

export type PruneResult = { orders: number; statusChanges: number };

/**
 * Keys of the orders no case refers to (of any status), oldest placed first; with
 * `placedBefore`, only those placed before it. Call inside a transaction over orders and cases.
 */
export async function ordersWithoutCases(db: SentinelDB, placedBefore?: number): Promise<string[]> {
  const withCase = new Set<string>();
  await db.cases.each((c) => withCase.add(orderKey(c)));
  const keys: string[] = [];
  const oldestFirst = placedBefore === undefined ? db.orders.orderBy('placedAt') : db.orders.where('placedAt').below(placedBefore);
  await oldestFirst.each((o) => {
    if (!withCase.has(o.key)) keys.push(o.key);
  });
  return keys;
}

/** Deletes these orders with their status history. Call inside a transaction over both. */
export async function deleteOrders(db: SentinelDB, keys: readonly string[]): Promise<PruneResult> {
  if (keys.length === 0) return { orders: 0, statusChanges: 0 };
  const statusChanges = await db.statusHistory.where('orderKey').anyOf([...keys]).delete();
  await db.orders.bulkDelete([...keys]);
  return { orders: keys.length, statusChanges };
}

/** Removes orders placed more than `retentionDays` days before `now` that have no case, with their status history. */
export async function pruneOrders(db: SentinelDB, now: number, retentionDays: number): Promise<PruneResult> {
  const cutoff = now - retentionDays * DAY;
  return db.transaction('rw', [db.orders, db.statusHistory, db.cases], async () =>
    deleteOrders(db, await ordersWithoutCases(db, cutoff)),
  );
}
