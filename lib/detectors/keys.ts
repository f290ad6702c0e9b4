/**
 * The keys by which a detector's result on an order reads other orders (`readsOrdersSharing`):
 * an ingest reads the orders sharing them by an index (lib/db) instead of the whole shop, and
 * judges them again when a batch shares a key with them.
 */
import type { Order } from '../schema';
import { foldText } from './keyword-match';

/**
 * The shop and the buyer as shown, folded as keywords are (width, case, white space): buyer
 * names are per platform. Undefined without a buyer: no detector compares such orders.
 */
export function buyerKeyOf(order: Order): string | undefined {
  if (order.buyer === undefined) return undefined;
  const buyer = foldText(order.buyer);
  return buyer === '' ? undefined : `${order.marketplace}|${buyer}`;
}

/**
 * Where a parcel's time in transit starts (rate-spike's carrier stalls: its shipping, else its last
 * movement), for a shipped order with a carrier: the key its shop check reads recent parcels by
 * (`shopReadsRecent`). A parcel showing no time at all is measured from its status change, which
 * the order does not hold: it is always read (the largest key).
 */
export function inTransitSince(order: Order): number | undefined {
  if (order.status !== 'shipped' || order.carrier === undefined || order.carrier.trim() === '') return undefined;
  return order.shippedAt ?? order.lastTrackingAt ?? order.firstScanAt ?? Number.POSITIVE_INFINITY;
}

export const ORDER_KEYS = { buyer: buyerKeyOf } as const satisfies Record<string, (order: Order) => string | undefined>;
export type OrderKeyName = keyof typeof ORDER_KEYS;
