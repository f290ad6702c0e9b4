/**
 * The buyer's history in this shop, beside each case (DOMAIN.md "Beside each case"): how
 * many orders, refunds and disputes, so the seller can judge good faith at a glance.
 */
import type { Order } from '../schema';

export interface BuyerHistory {
  /** Orders by this buyer in this marketplace, this one included. */
  orders: number;
  /** Orders with a refund or return (asked, done, or money refunded). */
  refunds: number;
  /** Orders in dispute. */
  disputes: number;
  /** Cancelled orders. */
  cancelled: number;
  /** The buyer is on the seller's block list. */
  blocked: boolean;
}

const REFUND_STATUSES: ReadonlySet<Order['status']> = new Set(['refund_requested', 'refunded', 'return_requested', 'returned']);

/** Names compare as the block list does: case and character width ignored. */
export const sameBuyer = (a: string, b: string): boolean => a.normalize('NFKC').toLowerCase().trim() === b.normalize('NFKC').toLowerCase().trim();

/** History of `buyer` over `orders` (the marketplace's orders; others are ignored by buyer). */
export function buyerHistory(orders: readonly Order[], buyer: string, blockList: readonly string[] = []): BuyerHistory {
  const history: BuyerHistory = { orders: 0, refunds: 0, disputes: 0, cancelled: 0, blocked: blockList.some((b) => sameBuyer(b, buyer)) };
  for (const o of orders) {
    if (o.buyer === undefined || !sameBuyer(o.buyer, buyer)) continue;
    history.orders++;
    if (REFUND_STATUSES.has(o.status) || (o.money.refunded ?? 0) > 0) history.refunds++;
    if (o.status === 'disputed') history.disputes++;
    if (o.status === 'cancelled') history.cancelled++;
  }
  return history;
}
