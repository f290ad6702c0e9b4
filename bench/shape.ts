/**
 * The shape of generated orders, taken from the real Olist orders (../shared/data/olist):
 * order amounts, item prices and freight, items per order, and the delays between purchase,
 * approval, hand-over to the carrier, delivery and the estimated delivery day. The generator
 * draws from these empirical samples, so its orders look like a real shop's, not like
 * uniform noise. Parses only the three plain CSVs it needs (no quoted fields in them).
 */

export interface OrderShape {
  /** Where the samples came from (a directory, or "built-in" without the data). */
  source: string;
  /** Items per order, one sample per order. */
  itemsPerOrder: number[];
  /** Item prices. */
  itemPrices: number[];
  /** Freight per order. */
  freights: number[];
  /** Hours from purchase to approval (payment). */
  approvalHours: number[];
  /** Hours from approval to the carrier's hand-over. */
  handOverHours: number[];
  /** Hours from hand-over to delivery. */
  deliveryHours: number[];
  /** Hours from purchase to the estimated delivery day. */
  estimateHours: number[];
  /** Share of cancelled/unavailable orders. */
  cancelledShare: number;
}

const HOUR = 3_600_000;

/** Olist times are wall times without a zone; differences between them are all we use. */
const time = (text: string | undefined): number | undefined => {
  if (!text) return undefined;
  const t = Date.parse(`${text.replace(' ', 'T')}Z`);
  return Number.isNaN(t) ? undefined : t;
};

function rows(csv: string): string[][] {
  return csv
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l !== '')
    .map((l) => l.split(','));
}

/** Builds the shape from the text of olist_orders, olist_order_items and olist_order_payments. */
export function shapeFromOlist(source: string, ordersCsv: string, itemsCsv: string): OrderShape {
  const itemsPer = new Map<string, number>();
  const freightPer = new Map<string, number>();
  const itemPrices: number[] = [];
  for (const [orderId, , , , , price, freight] of rows(itemsCsv)) {
    if (!orderId) continue;
    itemsPer.set(orderId, (itemsPer.get(orderId) ?? 0) + 1);
    freightPer.set(orderId, (freightPer.get(orderId) ?? 0) + Number(freight));
    const p = Number(price);
    if (Number.isFinite(p) && p > 0) itemPrices.push(p);
  }
  const approvalHours: number[] = [];
  const handOverHours: number[] = [];
  const deliveryHours: number[] = [];
  const estimateHours: number[] = [];
  let cancelled = 0;
  let total = 0;
  for (const [, , status, purchase, approved, carrier, delivered, estimated] of rows(ordersCsv)) {
    total++;
    if (status === 'canceled' || status === 'unavailable') cancelled++;
    const p = time(purchase);
    const a = time(approved);
    const c = time(carrier);
    const d = time(delivered);
    const e = time(estimated);
    if (p === undefined) continue;
    if (a !== undefined && a >= p) approvalHours.push((a - p) / HOUR);
    if (a !== undefined && c !== undefined && c >= a) handOverHours.push((c - a) / HOUR);
    if (c !== undefined && d !== undefined && d >= c) deliveryHours.push((d - c) / HOUR);
    if (e !== undefined && e > p) estimateHours.push((e - p) / HOUR);
  }
  return {
    source,
    itemsPerOrder: [...itemsPer.values()],
    itemPrices,
    freights: [...freightPer.values()].filter((f) => Number.isFinite(f) && f >= 0),
    approvalHours,
    handOverHours,
    deliveryHours,
    estimateHours,
    cancelledShare: total > 0 ? cancelled / total : 0,
  };
}

/** A small stand-in with Olist's medians and spread, for a clone without the shared data. */
export const BUILT_IN_SHAPE: OrderShape = {
  source: 'built-in (Olist data not found)',
  itemsPerOrder: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3],
  itemPrices: [19.9, 29.9, 39.9, 49.9, 59.9, 74.9, 89.9, 109.9, 139.9, 179.9, 249.9, 499.9],
  freights: [7.8, 11.9, 14.1, 15.2, 16.3, 17.6, 19.2, 22.1, 27.4, 39.6],
  approvalHours: [0.2, 0.3, 0.4, 0.5, 1, 2, 10, 20, 30, 48],
  handOverHours: [20, 30, 45, 60, 70, 90, 110, 150, 200, 300],
  deliveryHours: [50, 80, 110, 140, 170, 200, 260, 330, 450, 700],
  estimateHours: [300, 400, 450, 500, 550, 600, 650, 700, 800, 1000],
  cancelledShare: 0.013,
};
