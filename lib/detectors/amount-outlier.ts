import { DETECTOR_LABELS } from './labels';
import type { Bilingual, Finding, Order, OrderStatus } from '../schema';
import { formatMoney, fromCents, MARKETPLACE_NAMES, toCents } from './explain';
import { addCounted, countedOf, emptyCounted, spreadOf, type Counted, type Spread } from './counted';
import { figureOf } from './figures';
import type { Detector, DetectorContext, DetectorResult, ShopFigure } from './types';

/** Orders a seller can still check before the parcel leaves: an outlier later is history. */
const CHECKABLE: ReadonlySet<OrderStatus> = new Set(['awaiting_payment', 'awaiting_shipment']);

interface ShopSpread {
  paidCents: Spread;
  quantity: Spread;
}

const totalQuantity = (order: Order): number => order.items.reduce((sum, item) => sum + item.quantity, 0);

/**
 * The figure of one shop: per currency (amounts in different currencies do not compare) the
 * amounts paid and the quantities. Orders with nothing paid say nothing about prices. Its
 * multisets grow with the shop's distinct amounts, so the detector reads only their spreads.
 */
type AmountFigure = Record<string, { paidCents: Counted; quantity: Counted }>;
/** What an order counts for: its currency, cents paid and quantity (none without items). */
type AmountPart = [currency: string, cents: number, quantity: number | null];

const amountFigure: ShopFigure<AmountFigure, AmountPart, Record<string, ShopSpread>> = {
  empty: () => ({}),
  part(order) {
    const cents = toCents(order.money.paid);
    return cents > 0 ? [order.money.currency, cents, order.items.length > 0 ? totalQuantity(order) : null] : undefined;
  },
  add(figure, [currency, cents, quantity], sign) {
    const group = (figure[currency] ??= { paidCents: emptyCounted(), quantity: emptyCounted() });
    addCounted(group.paidCents, cents, sign);
    if (quantity !== null) addCounted(group.quantity, quantity, sign);
    if (group.paidCents.values.length === 0) delete figure[currency];
  },
  countAll(orders) {
    const lists: Record<string, { paidCents: number[]; quantity: number[] }> = {};
    for (const order of orders) {
      const cents = toCents(order.money.paid);
      if (cents <= 0) continue;
      const list = (lists[order.money.currency] ??= { paidCents: [], quantity: [] });
      list.paidCents.push(cents);
      if (order.items.length > 0) list.quantity.push(totalQuantity(order));
    }
    const figure: AmountFigure = {};
    for (const [currency, list] of Object.entries(lists)) figure[currency] = { paidCents: countedOf(list.paidCents), quantity: countedOf(list.quantity) };
    return figure;
  },
  summary(figure) {
    const spreads: Record<string, ShopSpread> = {};
    for (const [currency, group] of Object.entries(figure)) spreads[currency] = { paidCents: spreadOf(group.paidCents), quantity: spreadOf(group.quantity) };
    return spreads;
  },
};

/** The spreads of the order's shop and currency. */
const shopSpread = (ctx: DetectorContext, order: Order): ShopSpread | undefined => figureOf(ctx, amountOutlier, order.marketplace)?.[order.money.currency];

/**
 * Modified z-score (Iglewicz & Hoaglin): 0.6745·(x − median)/MAD. When more than half the
 * orders are identical the MAD is 0 — a shop where every order has quantity 1 and one has
 * 50 — so the mean absolute deviation takes its place, scaled by 1.253314 to match.
 */
const robustZ = (value: number, spread: Spread): number =>
  spread.mad > 0 ? (0.6745 * (value - spread.median)) / spread.mad : (value - spread.median) / (1.253314 * spread.meanAd);
const round2 = (value: number): number => Math.round(value * 100) / 100;

interface Measure {
  z: number | null;
  fires: boolean;
  reason?: string;
}

interface Reasons {
  missing: string;
  flat: string;
}
const PAID_REASONS: Reasons = { missing: 'no amount paid shown', flat: "the shop's order totals do not vary" };
const QUANTITY_REASONS: Reasons = { missing: 'no items shown', flat: "the shop's order quantities do not vary" };

function measure(value: number | undefined, spread: Spread | undefined, reasons: Reasons, settings: { zThreshold: number; minOrders: number }): Measure {
  if (value === undefined) return { z: null, fires: false, reason: reasons.missing };
  if (spread === undefined || spread.n < settings.minOrders) return { z: null, fires: false, reason: `fewer than ${settings.minOrders} orders to compare with` };
  if (spread.mad === 0 && spread.meanAd === 0) return { z: null, fires: false, reason: reasons.flat };
  const z = robustZ(value, spread);
  return { z: round2(z), fires: Math.abs(z) > settings.zThreshold };
}

function explain(order: Order, paid: Measure, quantity: Measure, spread: ShopSpread, threshold: number): Bilingual {
  const money = (cents: number): string => formatMoney(Math.round(cents), order.money.currency);
  const name = MARKETPLACE_NAMES[order.marketplace];
  const zText = (z: number | null): string => String(z).replace('-', '−');
  const qty = totalQuantity(order);
  const qtyMedian = spread.quantity.median;
  const tail = { en: `beyond the limit of ${threshold} — check it before shipping.`, zh: `超出 ${threshold} 的界限，发货前请核对。` };
  if (paid.fires && quantity.fires) {
    return {
      en: `Paid ${money(toCents(order.money.paid))} and quantity ${qty} against a usual ${money(spread.paidCents.median)} and ${qtyMedian} (medians of ${spread.paidCents.n} ${name.en} orders): robust z-scores ${zText(paid.z)} and ${zText(quantity.z)}, ${tail.en}`,
      zh: `实付 ${money(toCents(order.money.paid))}、数量 ${qty}，本店 ${spread.paidCents.n} 笔${name.zh}订单的中位数为 ${money(spread.paidCents.median)}、${qtyMedian}：稳健 z 值 ${zText(paid.z)}、${zText(quantity.z)}，${tail.zh}`,
    };
  }
  if (paid.fires) {
    return {
      en: `Paid ${money(toCents(order.money.paid))} against a usual ${money(spread.paidCents.median)} (median of ${spread.paidCents.n} ${name.en} orders): robust z-score ${zText(paid.z)}, ${tail.en}`,
      zh: `实付 ${money(toCents(order.money.paid))}，本店 ${spread.paidCents.n} 笔${name.zh}订单的中位数为 ${money(spread.paidCents.median)}：稳健 z 值 ${zText(paid.z)}，${tail.zh}`,
    };
  }
  return {
    en: `Quantity ${qty} against a usual ${qtyMedian} (median of ${spread.quantity.n} ${name.en} orders): robust z-score ${zText(quantity.z)}, ${tail.en}`,
    zh: `数量 ${qty}，本店 ${spread.quantity.n} 笔${name.zh}订单的中位数为 ${qtyMedian}：稳健 z 值 ${zText(quantity.z)}，${tail.zh}`,
  };
}

export const amountOutlier = {
  id: 'amount-outlier',
  family: 'outliers',
  label: DETECTOR_LABELS['amount-outlier'],
  description: {
    en: 'An order whose total or quantity is far from the shop’s own usual orders (robust z-score on median and MAD, needs enough orders to compare with): check it before shipping.',
    zh: '订单金额或数量远离本店平时的水平（基于中位数和 MAD 的稳健 z 值，需有足够的订单可比）：发货前请核对。',
  },
  // The shop's spread changes with its orders (an ingest), never with the clock.
  changesWithTime: { statuses: [] },
  figure: amountFigure,
  run(order, ctx, _now, settings): DetectorResult {
    if (!CHECKABLE.has(order.status)) return { findings: [] };
    const spread = shopSpread(ctx, order);
    const paidCents = toCents(order.money.paid);
    const paid = measure(paidCents > 0 ? paidCents : undefined, spread?.paidCents, PAID_REASONS, settings);
    const quantity = measure(order.items.length > 0 ? totalQuantity(order) : undefined, spread?.quantity, QUANTITY_REASONS, settings);
    if (!paid.fires && !quantity.fires) {
      // Silent only when neither measure could be judged; one judged and usual is simply fine.
      if (paid.reason === undefined || quantity.reason === undefined) return { findings: [] };
      const reasons = [...new Set([paid.reason, quantity.reason])];
      return { findings: [], silence: reasons.join('; ') };
    }
    const shop = spread!;
    const finding: Finding = {
      detector: 'amount-outlier',
      marketplace: order.marketplace,
      orderId: order.orderId,
      severity: 'P3',
      evidence: {
        paid: order.money.paid,
        medianPaid: fromCents(Math.round(shop.paidCents.median)),
        madPaid: fromCents(Math.round(shop.paidCents.mad)),
        zPaid: paid.z,
        quantity: order.items.length > 0 ? totalQuantity(order) : null,
        medianQuantity: shop.quantity.n > 0 ? shop.quantity.median : null,
        madQuantity: shop.quantity.n > 0 ? shop.quantity.mad : null,
        zQuantity: quantity.z,
        zThreshold: settings.zThreshold,
        ordersCompared: shop.paidCents.n,
      },
      explanation: explain(order, paid, quantity, shop, settings.zThreshold),
    };
    return { findings: [finding] };
  },
} satisfies Detector<'amount-outlier'>;
