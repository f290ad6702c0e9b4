/**
 * Two reads of one order rarely show the same fields: the console's own data (lib/pagedata)
 * carries SKUs, tracking times and discounts the list's text does not. A later read replaces
 * what it shows and keeps what only the earlier one knew, so reading the page's text after its
 * data never loses the richer record.
 */
import type { Money, Order, OrderItem } from '../schema';

/** `shown` with each field it lacks taken from `known`. */
function fill<T extends object>(known: T, shown: T): T {
  const out: Record<string, unknown> = {};
  for (const field in shown) if (shown[field] !== undefined) out[field] = shown[field];
  for (const field in known) if (out[field] === undefined && known[field] !== undefined) out[field] = known[field];
  return out as T;
}

/** The amounts of `shown`, with those it lacks from `known` when both are in one currency (else they would not add up). */
const mergeMoney = (known: Money, shown: Money): Money => (known.currency === shown.currency ? fill(known, shown) : shown);

/**
 * Item by item when both reads list as many items (the same lines, in the console's order); the
 * known lines when the newer read shows none (a detail page whose data names no item); else the newer list.
 */
const mergeItems = (known: readonly OrderItem[], shown: readonly OrderItem[]): OrderItem[] =>
  shown.length === 0 ? [...known] : known.length === shown.length ? shown.map((item, i) => fill(known[i]!, item)) : [...shown];

/**
 * The order as the newer read `shown` shows it, with what it does not show kept from the stored
 * `known`: a field it shows replaces the stored one (a new status, a new amount), a field it
 * lacks keeps its known value; where it was seen is always the newer read's, and a new status
 * records when this read saw it change.
 */
export function mergeObserved(known: Order, shown: Order): Order {
  const merged = fill(known, shown);
  merged.money = mergeMoney(known.money, shown.money);
  merged.items = mergeItems(known.items, shown.items);
  merged.source = shown.source;
  // The day a refund or cancellation is counted on when the console shows no request time: a
  // status change this read saw, never a status an order was first seen in.
  if (known.status !== shown.status) merged.statusChangeSeenAt = shown.source.observedAt;
  return merged;
}
