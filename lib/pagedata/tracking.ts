/**
 * A parcel's tracking read from the console's own answer (lib/pagedata/pinduoduo-track.ts): its
 * latest event's time in the console's zone, added to the order as stored and judged again
 * through the one ingest path. Tracking for an order not read yet is skipped with why: the
 * answer names no order time or amount to store an order by.
 */
import type { Adapter } from '../adapters/types';
import type { SentinelDB } from '../db';
import type { IngestResult } from '../ingest';
import { changeStored } from '../ingest/stored';
import { parseDateTime } from '../normalize';
import { Order, type Marketplace, type SkippedRow } from '../schema';
import { type Settings } from '../settings';
import type { TrackingEntry } from './pinduoduo-track';

export interface Tracking {
  readonly marketplace: Marketplace;
  readonly orderId: string;
  readonly lastTrackingAt: number;
  readonly trackingEvent?: string;
}

/** The entries' times read in the console's zone and date order, as its list's are; an unreadable one skipped. */
export function trackingOf(adapter: Adapter, page: URL, entries: readonly TrackingEntry[], now: number): { tracking: Tracking[]; skipped: SkippedRow[] } {
  const marketplace = adapter.marketplaceFor?.(page) ?? adapter.marketplace;
  const timeZone = adapter.timeZoneFor?.(page) ?? adapter.timeZone;
  const tracking: Tracking[] = [];
  const skipped: SkippedRow[] = [];
  entries.forEach((entry, i) => {
    const at = parseDateTime(entry.lastTrackingAt, { now, timeZone, dateOrder: adapter.dateOrder ?? 'MDY' });
    if (!at.ok) skipped.push({ row: i + 1, orderId: entry.orderId, reason: `tracking time '${entry.lastTrackingAt.slice(0, 40)}' is not a date and time` });
    else tracking.push({ marketplace, orderId: entry.orderId, lastTrackingAt: at.value, ...(entry.trackingEvent === undefined ? {} : { trackingEvent: entry.trackingEvent }) });
  });
  return { tracking, skipped };
}

export interface TrackingResult extends IngestResult {
  /** Orders whose tracking was added. */
  applied: number;
  /** Tracking of orders not read yet (open the order list first). */
  unknown: number;
}

/**
 * Adds each parcel's latest event to its stored order and judges those orders again; an event
 * older than the one stored (a cached answer) leaves the order as it is.
 */
export async function applyTracking(db: SentinelDB, tracking: readonly Tracking[], now: number, settings: Settings): Promise<TrackingResult> {
  const { updated, missing, ...result } = await changeStored(db, tracking, (order, t) => {
    if (order.lastTrackingAt !== undefined && order.lastTrackingAt > t.lastTrackingAt) return undefined;
    const next = Order.safeParse({ ...order, lastTrackingAt: t.lastTrackingAt, ...(t.trackingEvent === undefined ? {} : { trackingEvent: t.trackingEvent }) });
    return next.success ? next.data : undefined;
  }, now, settings);
  return { ...result, applied: updated, unknown: missing.length };
}
