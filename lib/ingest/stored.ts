/**
 * Pages that show fields of orders already read (reviews, messages, an order's tracking) add them
 * to the stored orders and judge those again; an entry whose order is not stored yet cannot make
 * one (it names no order time or amount), and is handed back.
 */
import { ingestBatch, type IngestResult } from './index';
import { loadOrder, type SentinelDB } from '../db';
import type { Marketplace, Order } from '../schema';
import type { Settings } from '../settings';

export interface StoredChange<E> extends IngestResult {
  /** Orders changed and judged again. */
  updated: number;
  /** The entries whose order is not stored. */
  missing: E[];
}

/**
 * Each entry's stored order changed by `change` (undefined leaves it as it is), the changed ones
 * judged again in one ingest batch.
 */
export async function changeStored<E extends { readonly marketplace: Marketplace; readonly orderId: string }>(
  db: SentinelDB,
  entries: readonly E[],
  change: (order: Order, entry: E) => Order | undefined,
  now: number,
  settings: Settings,
): Promise<StoredChange<E>> {
  const stored = await Promise.all(entries.map((e) => loadOrder(db, e.marketplace, e.orderId)));
  const updated: Order[] = [];
  const missing: E[] = [];
  entries.forEach((entry, i) => {
    const order = stored[i];
    if (order === undefined) missing.push(entry);
    else {
      const next = change(order, entry);
      if (next !== undefined) updated.push(next);
    }
  });
  const result = updated.length === 0 ? { written: 0, changed: 0, findings: 0 } : await ingestBatch(db, updated, now, settings);
  return { ...result, updated: updated.length, missing };
}
