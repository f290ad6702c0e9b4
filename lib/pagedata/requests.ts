/**
 * Buyers' requests read from a console's own after-sales answer (lib/pagedata/douyin-aftersale.ts):
 * each gives its stored order the time the request was made, and the order is judged again through
 * the one ingest path, so refund-pending and dispute-open time it from the request instead of from
 * when a read first saw it. A request for an order not read yet is counted, not stored: the answer
 * names no order time or amount to store an order by.
 */
import type { SentinelDB } from '../db';
import type { IngestResult } from '../ingest';
import { changeStored } from '../ingest/stored';
import { Order, type Marketplace } from '../schema';
import { type Settings } from '../settings';
import type { RequestEntry } from './douyin-aftersale';

export interface Request {
  readonly marketplace: Marketplace;
  readonly orderId: string;
  readonly requestedAt: number;
}

/** The entries as requests of `marketplace`; their times carry their zone, so none is guessed. */
export const requestsOf = (marketplace: Marketplace, entries: readonly RequestEntry[]): Request[] =>
  entries.map((e) => ({ marketplace, orderId: e.orderId, requestedAt: Date.parse(e.requestedAt) }));

export interface RequestsResult extends IngestResult {
  /** Orders given their request time. */
  applied: number;
  /** Requests of orders not read yet (open the order list first). */
  unknown: number;
}

/** Sets each stored order's request time and judges the orders it changed again. */
export async function applyRequests(db: SentinelDB, requests: readonly Request[], now: number, settings: Settings): Promise<RequestsResult> {
  const { updated, missing, ...result } = await changeStored(db, requests, (order, r) => {
    if (order.requestedAt === r.requestedAt) return undefined;
    const next = Order.safeParse({ ...order, requestedAt: r.requestedAt });
    return next.success ? next.data : undefined;
  }, now, settings);
  return { ...result, applied: updated, unknown: missing.length };
}
