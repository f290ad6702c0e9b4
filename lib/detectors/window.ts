/** Helpers for `changesWithTime.between`: which thresholds fall between the last alarm and now. */
import { type Order, orderKey } from '../schema';
import type { DetectorContext, TimeWindow } from './types';

/**
 * The test of a window where no order's result can change (no refund leaves, no status change
 * ends a wait): the alarm then runs no test at all for that detector, rather than one per order.
 */
export const NONE_IN_WINDOW = (_order: Order): boolean => false;

/** Whether `at` falls in the window: after the last evaluation, up to and including now. */
export const inWindow = (at: number, { since, now }: TimeWindow): boolean => since < at && at <= now;

/**
 * Which orders' status change (`ctx.statusSince`) passes `test`, worked out once per alarm: a
 * test per stored change instead of a key built for every order, so an order costs a lookup
 * only when some change passed.
 */
export function statusSeenWhere(ctx: DetectorContext, test: (seenAt: number) => boolean): (order: Order) => boolean {
  const keys = new Set<string>();
  for (const [key, seen] of ctx.statusSince) if (test(seen)) keys.add(key);
  return keys.size === 0 ? NONE_IN_WINDOW : (order) => keys.has(orderKey(order));
}
