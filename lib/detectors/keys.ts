/**
 * The keys by which a detector's result on an order reads other orders (`readsOrdersSharing`):
 * an ingest reads the orders sharing them by an index (lib/db) instead of the whole shop, and
 * judges them again when a batch shares a key with them (issue 21).
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

export const ORDER_KEYS = { buyer: buyerKeyOf } as const satisfies Record<string, (order: Order) => string | undefined>;
export type OrderKeyName = keyof typeof ORDER_KEYS;
