/**
 * The one order builder: what a reader parsed of one order (a page row, a report's rows) → the
 * canonical Order. Both readers parse their own texts (a page's cells, a report's columns) and
 * hand the values here, so the rules of an order's shape live once: texts cut to the schema's
 * limits, an items total from priced lines when none is shown, a discount kept positive, and
 * keys assigned in the schema's order without spreads (a page read builds thousands per read).
 */
import type { Order, OrderItem } from '../schema';

/** One item line as read: no title reads as an empty one, no quantity as 1. */
export type ReadItem = Partial<OrderItem>;

/** Fields copied as read (absent ones left out): buildOrder copies each in the schema's order, cut to the schema's length. */
type Copied =
  | 'paidAt' | 'shipBy' | 'shippedAt' | 'deliveredAt' | 'deliverBy' | 'status' | 'statusRaw' | 'buyer'
  | 'carrier' | 'trackingNo' | 'lastTrackingAt' | 'buyerMessage' | 'sellerRemark' | 'buyerMessageAt' | 'rating' | 'review' | 'stockShort' | 'afterSales' | 'source';

/**
 * An order's values as a reader parsed them; absent values are left out of the order. `subtotal`
 * as shown (absent: summed from the lines when every line has a price), `discount` as shown
 * ("-¥5.00" or "¥5.00": the order keeps it positive), `refunded` so far (zero is left out).
 */
export interface ReadOrder extends Pick<Order, 'marketplace' | 'orderId' | 'placedAt' | Copied>, Partial<Pick<Order['money'], 'subtotal' | 'shipping' | 'discount' | 'refunded'>> {
  readonly items: readonly ReadItem[];
  readonly currency: string;
  readonly paid: number;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Cents-exact sum of the lines' prices, or undefined when some line shows none. */
export function itemsTotal(items: readonly OrderItem[]): number | undefined {
  if (items.length === 0) return undefined;
  let total = 0;
  for (const item of items) {
    if (item.unitPrice === undefined) return undefined;
    total += item.quantity * item.unitPrice;
  }
  return round2(total);
}

function itemOf(line: ReadItem): OrderItem {
  const item = { title: (line.title ?? '').slice(0, 2000) } as OrderItem;
  if (line.sku !== undefined) item.sku = line.sku.slice(0, 200);
  item.quantity = line.quantity ?? 1;
  if (line.unitPrice !== undefined) item.unitPrice = line.unitPrice;
  return item;
}

/**
 * The Order of `read`. It is not checked against the schema here: the page reader checks it by
 * `orderShapeProblem` (a zod parse per row costs too much there), the import by `Order.safeParse`.
 */
export function buildOrder(read: ReadOrder): Order {
  const order = { marketplace: read.marketplace, orderId: read.orderId, placedAt: read.placedAt } as Order;
  // One statement per field, in the schema's order: a loop over (field, length) pairs was a
  // fifth of a 500-row parse (each pair read back and each key looked up by name).
  if (read.paidAt !== undefined) order.paidAt = read.paidAt;
  if (read.shipBy !== undefined) order.shipBy = read.shipBy;
  if (read.shippedAt !== undefined) order.shippedAt = read.shippedAt;
  if (read.deliveredAt !== undefined) order.deliveredAt = read.deliveredAt;
  if (read.deliverBy !== undefined) order.deliverBy = read.deliverBy;
  if (read.status !== undefined) order.status = read.status;
  if (read.statusRaw !== undefined) order.statusRaw = read.statusRaw.slice(0, 200);
  if (read.buyer !== undefined) order.buyer = read.buyer.slice(0, 200);
  const items = read.items.map(itemOf);
  order.items = items;
  const money: Order['money'] = { currency: read.currency, paid: read.paid };
  const subtotal = read.subtotal ?? itemsTotal(items);
  if (subtotal !== undefined) money.subtotal = subtotal;
  if (read.shipping !== undefined) money.shipping = read.shipping;
  if (read.discount !== undefined) money.discount = Math.abs(read.discount);
  if (read.refunded !== undefined && read.refunded !== 0) money.refunded = read.refunded;
  order.money = money;
  if (read.carrier !== undefined) order.carrier = read.carrier.slice(0, 100);
  if (read.trackingNo !== undefined) order.trackingNo = read.trackingNo.slice(0, 100);
  if (read.lastTrackingAt !== undefined) order.lastTrackingAt = read.lastTrackingAt;
  if (read.buyerMessage !== undefined) order.buyerMessage = read.buyerMessage.slice(0, 2000);
  if (read.sellerRemark !== undefined) order.sellerRemark = read.sellerRemark.slice(0, 2000);
  if (read.buyerMessageAt !== undefined) order.buyerMessageAt = read.buyerMessageAt;
  if (read.rating !== undefined) order.rating = read.rating;
  if (read.review !== undefined) order.review = read.review.slice(0, 2000);
  if (read.stockShort !== undefined) order.stockShort = read.stockShort;
  if (read.afterSales !== undefined) order.afterSales = read.afterSales;
  if (read.source !== undefined) order.source = read.source;
  return order;
}
