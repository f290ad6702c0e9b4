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

/** Fields copied as read (absent ones left out), in the schema's order, each with the length a text is cut to (0: kept whole). */
const BEFORE_ITEMS = [['paidAt', 0], ['shipBy', 0], ['shippedAt', 0], ['deliveredAt', 0], ['deliverBy', 0], ['status', 0], ['statusRaw', 200], ['buyer', 200]] as const;
const AFTER_MONEY = [
  ['carrier', 100], ['trackingNo', 100], ['lastTrackingAt', 0], ['buyerMessage', 2000], ['sellerRemark', 2000],
  ['buyerMessageAt', 0], ['rating', 0], ['review', 2000], ['stockShort', 0], ['afterSales', 0], ['source', 0],
] as const;
type Copied = (typeof BEFORE_ITEMS)[number][0] | (typeof AFTER_MONEY)[number][0];

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

function copy(order: Order, read: ReadOrder, fields: readonly (readonly [Copied, number])[]): void {
  const from = read as unknown as Record<Copied, unknown>;
  const to = order as unknown as Record<Copied, unknown>;
  for (const [key, max] of fields) {
    const value = from[key];
    if (value !== undefined) to[key] = max > 0 ? (value as string).slice(0, max) : value;
  }
}

/**
 * The Order of `read`. It is not checked against the schema here: the page reader checks it by
 * `orderShapeProblem` (a zod parse per row costs too much there), the import by `Order.safeParse`.
 */
export function buildOrder(read: ReadOrder): Order {
  const order = { marketplace: read.marketplace, orderId: read.orderId, placedAt: read.placedAt } as Order;
  copy(order, read, BEFORE_ITEMS);
  const items = read.items.map(itemOf);
  order.items = items;
  const money: Order['money'] = { currency: read.currency, paid: read.paid };
  const subtotal = read.subtotal ?? itemsTotal(items);
  if (subtotal !== undefined) money.subtotal = subtotal;
  if (read.shipping !== undefined) money.shipping = read.shipping;
  if (read.discount !== undefined) money.discount = Math.abs(read.discount);
  if (read.refunded !== undefined && read.refunded !== 0) money.refunded = read.refunded;
  order.money = money;
  copy(order, read, AFTER_MONEY);
  return order;
}
