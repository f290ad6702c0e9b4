/**
 * The orders amount-outlier judges (those a seller can still check before the parcel leaves), as
 * an index finds them (lib/db `orderIndexes`): by marketplace, currency, and the cents paid or the
 * quantity. A batch that moves a shop's spread judges again only the orders beyond its bounds.
 */
import type { Marketplace, Order, OrderStatus } from '../schema';
import { toCents } from './explain';

/** Orders a seller can still check before the parcel leaves: an outlier later is history. */
export const CHECKABLE: ReadonlySet<OrderStatus> = new Set(['awaiting_payment', 'awaiting_shipment']);

export const totalQuantity = (order: Order): number => order.items.reduce((sum, item) => sum + item.quantity, 0);

/** An index key of a checkable order: its marketplace, its currency and the value measured. */
export type AmountKey = [marketplace: Marketplace, currency: string, value: number];

/** What amount-outlier measures on a checkable order, as index keys: the cents paid (when any) and the quantity (when items show). */
export function amountKeys(order: Order): { checkPaid?: AmountKey; checkQuantity?: AmountKey } {
  if (!CHECKABLE.has(order.status)) return {};
  const keys: { checkPaid?: AmountKey; checkQuantity?: AmountKey } = {};
  const cents = toCents(order.money.paid);
  if (cents > 0) keys.checkPaid = [order.marketplace, order.money.currency, cents];
  if (order.items.length > 0) keys.checkQuantity = [order.marketplace, order.money.currency, totalQuantity(order)];
  return keys;
}
