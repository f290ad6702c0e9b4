/**
 * Buyers' requests read from a console's own after-sales answer (lib/pagedata/douyin-aftersale.ts):
 * each gives its stored order the time the request was made, and the order is judged again through
 * the one ingest path, so refund-pending and dispute-open time it from the request instead of from
 * when a read first saw it. A request for an order not read yet cannot make one (the answer names no
 * order time or amount): its time waits with the review and message entries (lib/ingest/annotate.ts)
 * and is applied when the order list first shows that order.
 */
import type { SentinelDB } from '../db';
import type { IngestResult } from '../ingest';
import { keepWaiting, type SerializedPendingStore } from '../ingest/annotate';
import { changeStored } from '../ingest/stored';
import { Order, type Marketplace } from '../schema';
import { type Settings } from '../settings';
import type { RequestEntry } from './douyin-aftersale';
import type { PageDataHealth } from './ingest';

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
  /** Requests of orders not read yet, kept until the order list shows them. */
  waiting: number;
}

/** Sets each stored order's request time and judges the orders it changed again; the others' times wait in `pending`. */
export async function applyRequests(
  db: SentinelDB,
  requests: readonly Request[],
  observedAt: number,
  now: number,
  settings: Settings,
  pending: SerializedPendingStore,
): Promise<RequestsResult> {
  const { updated, missing, ...result } = await changeStored(db, requests, (order, r) => {
    if (order.requestedAt === r.requestedAt) return undefined;
    const next = Order.safeParse({ ...order, requestedAt: r.requestedAt });
    return next.success ? next.data : undefined;
  }, now, settings);
  const waiting = await keepWaiting(pending, missing.map((r) => ({ marketplace: r.marketplace, orderId: r.orderId, fields: { requestedAt: r.requestedAt } })), observedAt);
  return { ...result, applied: updated, waiting };
}

/** A requests answer's read health once applied: only the requests of orders read count as read; the rest are said to wait. */
export function requestsHealth(health: PageDataHealth, waiting: number): PageDataHealth {
  return waiting === 0 ? health : { ...health, ordersRead: Math.max(0, health.ordersRead - waiting), waiting };
}
