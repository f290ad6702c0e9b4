/**
 * The Olist public orders (Brazilian marketplace, 2016–2018) → canonical orders as a seller
 * console would have shown them at any instant. Pure: takes the CSV texts, reads no files.
 *
 * Mapping decisions (docs/evaluation.md):
 * - marketplace 'custom': the schema has no Olist and the evaluation adds nothing to it.
 * - Every Olist timestamp is Brazil wall time (America/Sao_Paulo, with the 2016–2018 DST).
 * - shipBy = the earliest item `shipping_limit_date` (the first seller deadline of the order).
 * - deliverBy = the last millisecond of the estimated delivery day: the estimate is a date,
 *   and a parcel delivered on that day is on time.
 * - canceled and unavailable are `cancelled` at every instant: the data has no cancellation time.
 */
import Papa from 'papaparse';
import { parseDateTime, instantOfWallTime, wallTimeAt } from '../normalize';
import type { Money, Order, OrderItem, OrderStatus } from '../schema';

export const OLIST_TIME_ZONE = 'America/Sao_Paulo';
export const OLIST_MARKETPLACE = 'custom' satisfies Order['marketplace'];
export const OLIST_ADAPTER = 'olist-eval';

/** Olist's order_status → canonical; the status at an instant then follows the timestamps. */
export const OLIST_STATUSES: Readonly<Record<string, OrderStatus>> = {
  delivered: 'delivered',
  shipped: 'shipped',
  canceled: 'cancelled',
  unavailable: 'cancelled',
  invoiced: 'awaiting_shipment',
  processing: 'awaiting_shipment',
  approved: 'awaiting_shipment',
  created: 'awaiting_payment',
};

export interface OlistReview {
  /** review_creation_date: when the rating becomes visible. */
  at: number;
  score: number;
  text?: string;
}

/** One order with every recorded milestone; `orderAsOf` cuts it at an instant. */
export interface OlistTimeline {
  orderId: string;
  statusRaw: string;
  finalStatus: OrderStatus;
  placedAt: number;
  paidAt?: number;
  shipBy?: number;
  /** order_delivered_carrier_date: the carrier's hand-over. */
  handedOverAt?: number;
  deliveredAt?: number;
  deliverBy?: number;
  buyer?: string;
  items: OrderItem[];
  money: Money;
  /** Sorted by creation; the console shows the latest created so far. */
  reviews: OlistReview[];
  /** A final status whose milestone has no time (e.g. delivered without a delivery date): excluded from the exact checks. */
  gaps: string[];
}

export interface OlistProblem {
  file: string;
  /** 1-based data row (the header is row 0). */
  row: number;
  orderId?: string;
  reason: string;
}

export interface OlistTables {
  orders: string;
  items?: string;
  payments?: string;
  reviews?: string;
  customers?: string;
}

export interface OlistRead {
  timelines: OlistTimeline[];
  problems: OlistProblem[];
}

type Row = Record<string, string | undefined>;

function rowsOf(text: string | undefined): Row[] {
  if (text === undefined) return [];
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

const DAY_MS = 86_400_000;

/** "2018-06-12 20:07:44" (Brazil wall time) → instant; undefined for an empty cell, a string reason when unreadable. */
export function olistInstant(text: string | undefined): number | undefined | string {
  if (text === undefined || text.trim() === '') return undefined;
  // Every Olist cell is an absolute date, so the observation time `now` plays no part.
  const parsed = parseDateTime(text, { now: 0, timeZone: OLIST_TIME_ZONE });
  return parsed.ok ? parsed.value : parsed.reason;
}

/** The last millisecond of the Brazil calendar day containing `instant` (DST days included). */
export function endOfOlistDay(instant: number): number {
  const wall = wallTimeAt(instant, OLIST_TIME_ZONE);
  const next = new Date(Date.UTC(wall.year, wall.month - 1, wall.day) + DAY_MS);
  const nextMidnight = instantOfWallTime(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0, second: 0, millisecond: 0 },
    OLIST_TIME_ZONE,
  );
  return nextMidnight - 1;
}

const cents = (amount: number): number => Math.round(amount * 100);

/** Reads the Olist tables joined on order_id. Rows that cannot be read are reported, never guessed. */
export function readOlist(tables: OlistTables): OlistRead {
  const problems: OlistProblem[] = [];
  const timeOf = (file: string, row: number, orderId: string | undefined, column: string, cell: string | undefined): number | undefined => {
    const value = olistInstant(cell);
    if (typeof value === 'string') {
      problems.push({ file, row, ...(orderId === undefined ? {} : { orderId }), reason: `${column}: ${value}` });
      return undefined;
    }
    return value;
  };
  const amountOf = (file: string, row: number, orderId: string, column: string, cell: string | undefined): number | undefined => {
    const value = Number(cell);
    if (cell === undefined || cell.trim() === '' || !Number.isFinite(value)) {
      problems.push({ file, row, orderId, reason: `${column}: not a number ("${cell ?? ''}")` });
      return undefined;
    }
    return value;
  };

  const buyers = new Map<string, string>();
  for (const row of rowsOf(tables.customers)) {
    if (row['customer_id'] && row['customer_unique_id']) buyers.set(row['customer_id'], row['customer_unique_id']);
  }

  interface ItemsOf { items: OrderItem[]; subtotalCents: number; shippingCents: number; shipBy?: number }
  const itemsByOrder = new Map<string, ItemsOf>();
  rowsOf(tables.items).forEach((row, i) => {
    const orderId = row['order_id'] ?? '';
    const file = 'olist_order_items_dataset.csv';
    const price = amountOf(file, i + 1, orderId, 'price', row['price']);
    const freight = amountOf(file, i + 1, orderId, 'freight_value', row['freight_value']);
    const limit = timeOf(file, i + 1, orderId, 'shipping_limit_date', row['shipping_limit_date']);
    if (price === undefined || freight === undefined) return;
    let entry = itemsByOrder.get(orderId);
    if (entry === undefined) itemsByOrder.set(orderId, (entry = { items: [], subtotalCents: 0, shippingCents: 0 }));
    // One row per unit: Olist repeats a product on several rows rather than counting it.
    entry.items.push({ title: row['product_id'] ?? '', quantity: 1, unitPrice: price });
    entry.subtotalCents += cents(price);
    entry.shippingCents += cents(freight);
    if (limit !== undefined && (entry.shipBy === undefined || limit < entry.shipBy)) entry.shipBy = limit;
  });

  const paidCents = new Map<string, number>();
  /** The most instalments of the order's card payments: the console shows the plan. */
  const installmentsOf = new Map<string, number>();
  rowsOf(tables.payments).forEach((row, i) => {
    const orderId = row['order_id'] ?? '';
    const value = amountOf('olist_order_payments_dataset.csv', i + 1, orderId, 'payment_value', row['payment_value']);
    if (value !== undefined) paidCents.set(orderId, (paidCents.get(orderId) ?? 0) + cents(value));
    const installments = Number(row['payment_installments']);
    if (row['payment_type'] === 'credit_card' && Number.isInteger(installments) && installments > 1 && installments <= 120) {
      installmentsOf.set(orderId, Math.max(installmentsOf.get(orderId) ?? 1, installments));
    }
  });

  const reviewsByOrder = new Map<string, OlistReview[]>();
  rowsOf(tables.reviews).forEach((row, i) => {
    const orderId = row['order_id'] ?? '';
    const file = 'olist_order_reviews_dataset.csv';
    const at = timeOf(file, i + 1, orderId, 'review_creation_date', row['review_creation_date']);
    const score = Number(row['review_score']);
    if (at === undefined || !Number.isInteger(score) || score < 1 || score > 5) {
      if (at !== undefined) problems.push({ file, row: i + 1, orderId, reason: `review_score: not 1–5 ("${row['review_score'] ?? ''}")` });
      return;
    }
    const text = [row['review_comment_title'], row['review_comment_message']]
      .map((part) => part?.trim() ?? '')
      .filter((part) => part !== '')
      .join(' — ')
      .slice(0, 2000);
    const list = reviewsByOrder.get(orderId) ?? [];
    list.push({ at, score, ...(text === '' ? {} : { text }) });
    reviewsByOrder.set(orderId, list);
  });

  const timelines: OlistTimeline[] = [];
  rowsOf(tables.orders).forEach((row, i) => {
    const file = 'olist_orders_dataset.csv';
    const orderId = row['order_id']?.trim() ?? '';
    if (orderId === '') {
      problems.push({ file, row: i + 1, reason: 'order_id is empty' });
      return;
    }
    const statusRaw = row['order_status']?.trim() ?? '';
    const finalStatus = Object.prototype.hasOwnProperty.call(OLIST_STATUSES, statusRaw) ? OLIST_STATUSES[statusRaw]! : undefined;
    if (finalStatus === undefined) problems.push({ file, row: i + 1, orderId, reason: `order_status "${statusRaw}" is not an Olist status` });
    const placedAt = timeOf(file, i + 1, orderId, 'order_purchase_timestamp', row['order_purchase_timestamp']);
    if (placedAt === undefined) {
      problems.push({ file, row: i + 1, orderId, reason: 'no purchase time: the order cannot be placed on the timeline' });
      return;
    }
    const paidAt = timeOf(file, i + 1, orderId, 'order_approved_at', row['order_approved_at']);
    const handedOverAt = timeOf(file, i + 1, orderId, 'order_delivered_carrier_date', row['order_delivered_carrier_date']);
    const deliveredAt = timeOf(file, i + 1, orderId, 'order_delivered_customer_date', row['order_delivered_customer_date']);
    const estimate = timeOf(file, i + 1, orderId, 'order_estimated_delivery_date', row['order_estimated_delivery_date']);
    const items = itemsByOrder.get(orderId);
    const buyer = buyers.get(row['customer_id'] ?? '');
    const gaps: string[] = [];
    if (finalStatus === undefined) gaps.push(`unknown status "${statusRaw}"`);
    if ((finalStatus === 'shipped' || finalStatus === 'delivered') && handedOverAt === undefined) gaps.push(`${statusRaw} without a carrier hand-over time`);
    if (finalStatus === 'delivered' && deliveredAt === undefined) gaps.push('delivered without a delivery time');
    const reviews = (reviewsByOrder.get(orderId) ?? []).sort((a, b) => a.at - b.at);
    timelines.push({
      orderId,
      statusRaw,
      finalStatus: finalStatus ?? 'unknown',
      placedAt,
      ...(paidAt === undefined ? {} : { paidAt }),
      ...(items?.shipBy === undefined ? {} : { shipBy: items.shipBy }),
      ...(handedOverAt === undefined ? {} : { handedOverAt }),
      ...(deliveredAt === undefined ? {} : { deliveredAt }),
      ...(estimate === undefined ? {} : { deliverBy: endOfOlistDay(estimate) }),
      ...(buyer === undefined ? {} : { buyer }),
      items: items?.items ?? [],
      money: {
        currency: 'BRL',
        // An order without a payment row shows 0 paid, as the data says (reported by amount-mismatch, not hidden).
        paid: (paidCents.get(orderId) ?? 0) / 100,
        // Without item rows the console shows no items, so no item total or freight: not zeros.
        ...(items === undefined ? {} : { subtotal: items.subtotalCents / 100, shipping: items.shippingCents / 100 }),
        discount: 0,
        ...(installmentsOf.has(orderId) ? { installments: installmentsOf.get(orderId)! } : {}),
      },
      reviews,
      gaps,
    });
  });
  return { timelines, problems };
}

/** Statuses the timestamps can move: the others (cancelled, awaiting payment, unknown) hold at every instant. */
const TIMED: ReadonlySet<OrderStatus> = new Set(['awaiting_shipment', 'shipped', 'delivered']);

const reached = (at: number | undefined, t: number): at is number => at !== undefined && at <= t;

/** The status the console shows at `t`, and since when (undefined when the data has no time for it). */
export function statusAsOf(timeline: OlistTimeline, t: number): { status: OrderStatus; since?: number } {
  const { finalStatus } = timeline;
  if (!TIMED.has(finalStatus)) return { status: finalStatus };
  if (finalStatus === 'delivered' && reached(timeline.deliveredAt, t)) return { status: 'delivered', since: timeline.deliveredAt };
  if (finalStatus !== 'awaiting_shipment' && reached(timeline.handedOverAt, t)) return { status: 'shipped', since: timeline.handedOverAt };
  // Paid once approved; an order that went on to ship without an approval time was paid too (time not shown).
  if (timeline.paidAt === undefined) return { status: 'awaiting_shipment', since: timeline.placedAt };
  return reached(timeline.paidAt, t) ? { status: 'awaiting_shipment', since: timeline.paidAt } : { status: 'awaiting_payment', since: timeline.placedAt };
}

/** Olist's own word for a status an order passes through before its final one. */
const OLIST_WORDS: Partial<Record<OrderStatus, string>> = { awaiting_payment: 'created', awaiting_shipment: 'approved', shipped: 'shipped' };

/** The order as the console would show it at `t`: nothing recorded after `t` is visible. */
export function orderAsOf(timeline: OlistTimeline, t: number): Order {
  const { status } = statusAsOf(timeline, t);
  // The raw text follows the shown status: a delivered order read before delivery said "shipped".
  const statusRaw = status === timeline.finalStatus ? timeline.statusRaw : OLIST_WORDS[status] ?? timeline.statusRaw;
  let review: OlistReview | undefined;
  for (const r of timeline.reviews) if (r.at <= t) review = r;
  return {
    marketplace: OLIST_MARKETPLACE,
    orderId: timeline.orderId,
    placedAt: timeline.placedAt,
    ...(reached(timeline.paidAt, t) ? { paidAt: timeline.paidAt } : {}),
    ...(timeline.shipBy === undefined ? {} : { shipBy: timeline.shipBy }),
    ...(reached(timeline.handedOverAt, t) ? { shippedAt: timeline.handedOverAt } : {}),
    ...(reached(timeline.deliveredAt, t) ? { deliveredAt: timeline.deliveredAt } : {}),
    ...(timeline.deliverBy === undefined ? {} : { deliverBy: timeline.deliverBy }),
    status,
    statusRaw,
    ...(timeline.buyer === undefined ? {} : { buyer: timeline.buyer }),
    items: timeline.items,
    money: timeline.money,
    ...(review === undefined ? {} : { rating: review.score, ...(review.text === undefined ? {} : { review: review.text }) }),
    source: { url: 'olist_orders_dataset.csv', adapter: OLIST_ADAPTER, observedAt: t },
  };
}
