/**
 * Storage pressure: when the browser refuses a write for lack of space, the oldest orders the
 * seller does not need (no case of any status) are pruned and the write is tried once more.
 * Cases and notes are never removed: they are the seller's record.
 */
import type { SentinelDB } from '../db';
import { deleteOrders, ordersWithoutCases } from '../backup/retention';

/** Share of the unneeded orders pruned at once (oldest first) when space runs out. */
export const PRUNE_SHARE = 0.25;

export function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  return names.some((n) => n === 'QuotaExceededError');
}

export class StorageFullError extends Error {
  constructor(readonly pruned: number) {
    super(
      pruned > 0
        ? `the browser's storage for Order Sentinel is full even after removing ${pruned} old orders without cases; export a backup and erase old data`
        : "the browser's storage for Order Sentinel is full and no old orders without cases are left to remove; export a backup and erase old data",
    );
    this.name = 'StorageFullError';
  }
}

/** Removes the oldest `share` of orders that have no case, with their status history. */
export async function pruneForSpace(db: SentinelDB, share = PRUNE_SHARE): Promise<number> {
  return db.transaction('rw', [db.orders, db.statusHistory, db.cases], async () => {
    const unneeded = await ordersWithoutCases(db);
    const keys = unneeded.slice(0, Math.max(1, Math.ceil(unneeded.length * share)));
    return (await deleteOrders(db, keys)).orders;
  });
}

/** Runs a write; on a quota error prunes once and retries, else reports clearly. */
export async function withStoragePressure<T>(
  db: SentinelDB,
  write: () => Promise<T>,
  onPruned?: (count: number) => void,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    const pruned = await pruneForSpace(db);
    onPruned?.(pruned);
    try {
      return await write();
    } catch (again) {
      if (isQuotaError(again)) throw new StorageFullError(pruned);
      throw again;
    }
  }
}
