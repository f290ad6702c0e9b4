import { family, label } from './settings/amount-outlier';
import type { Bilingual, Finding, Marketplace, Order } from '../schema';
import { formatMoney, fromCents, toCents } from './explain';
import { MARKETPLACE_NAMES } from '../marketplaces';
import { addCounted, countedOf, emptyCounted, spreadOf, type Counted, type Spread } from './counted';
import { figureOf } from './figures';
import { CHECKABLE, totalQuantity, type AmountKey } from './outlier-keys';
import type { Detector, DetectorContext, DetectorResult, ShopFigure } from './types';
import type { ReplyTemplate } from '../templates/catalogue';

/**
 * What the detector reads of a shop, per currency. Totals are compared by ratio (`logPaid`, the
 * spread of ln cents): a shop's prices spread by multiples, and on cents its dearer half would
 * sit "far" from the median. A value is an outlier only beyond the z limit and among the rarest
 * orders (`rare`), so a shop's normal spread — 10% of orders with two items — never fires.
 */
interface ShopSpread {
  paidCents: Spread;
  quantity: Spread;
  /** Absent in summaries kept before totals were compared by ratio: judged once recounted. */
  logPaid?: Spread;
  rare?: { paidCents: Rare; quantity: Rare };
}

/** Values strictly beyond these are among the rarest orders of the shop (at most RARE_SHARE of them, or only one). */
interface Rare {
  below: number;
  above: number;
}

/** An outlier is rarer than this share of the shop's orders (or the only one that far). */
export const RARE_SHARE = 0.01;

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
    for (const [currency, group] of Object.entries(figure)) {
      // ln keeps the order of the values, so the multiset of logs is the same Counted relabelled.
      const logs: Counted = { values: group.paidCents.values.map(Math.log), counts: group.paidCents.counts };
      spreads[currency] = {
        paidCents: spreadOf(group.paidCents),
        quantity: spreadOf(group.quantity),
        logPaid: spreadOf(logs),
        rare: { paidCents: rareOf(group.paidCents), quantity: rareOf(group.quantity) },
      };
    }
    return spreads;
  },
};

/** The value at `position` of the sorted list of every value of `counted`. */
function valueAt(counted: Counted, position: number): number {
  let seen = 0;
  for (let i = 0; i < counted.counts.length; i++) {
    seen += counted.counts[i]!;
    if (position < seen) return counted.values[i]!;
  }
  return Number.NaN;
}

/** The bounds beyond which at most max(1, RARE_SHARE of n) of the values lie, on each side. */
function rareOf(counted: Counted): Rare {
  let n = 0;
  for (const count of counted.counts) n += count;
  const m = Math.max(1, Math.floor(n * RARE_SHARE));
  if (n <= m) return { below: Number.NEGATIVE_INFINITY, above: Number.POSITIVE_INFINITY };
  return { below: valueAt(counted, m), above: valueAt(counted, n - 1 - m) };
}

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

function measure(
  value: number | undefined,
  spread: Spread | undefined,
  reasons: Reasons,
  settings: { zThreshold: number; minOrders: number },
  rare: Rare | undefined,
  scale: (x: number) => number = (x) => x,
): Measure {
  if (value === undefined) return { z: null, fires: false, reason: reasons.missing };
  if (spread === undefined || spread.n < settings.minOrders) return { z: null, fires: false, reason: `fewer than ${settings.minOrders} orders to compare with` };
  if (spread.mad === 0 && spread.meanAd === 0) return { z: null, fires: false, reason: reasons.flat };
  const z = robustZ(scale(value), spread);
  const beyond = rare === undefined || (z > 0 ? value > rare.above : value < rare.below);
  return { z: round2(z), fires: Math.abs(z) > settings.zThreshold && beyond };
}

/** The z-score's divisor per unit of z: the MAD scaled, or the mean absolute deviation where the MAD is 0 (`robustZ`). */
const zUnit = (spread: Spread): number => (spread.mad > 0 ? spread.mad / 0.6745 : 1.253314 * spread.meanAd);

/**
 * The values (raw: cents or a quantity) beyond which `measure` may fire under `spread` and `rare`,
 * widened a little against rounding: none when it judges nothing (too few orders, or flat).
 */
function firingBounds(spread: Spread | undefined, rare: Rare | undefined, settings: { zThreshold: number; minOrders: number }, unscale: (x: number) => number): Rare | undefined {
  if (spread === undefined || spread.n < settings.minOrders || (spread.mad === 0 && spread.meanAd === 0)) return undefined;
  const reach = settings.zThreshold * zUnit(spread);
  const above = Math.max(unscale(spread.median + reach), rare?.above ?? Number.NEGATIVE_INFINITY);
  const below = Math.min(unscale(spread.median - reach), rare?.below ?? Number.POSITIVE_INFINITY);
  return { above: Math.floor(above * (1 - 1e-9)) - 1, below: Math.ceil(below * (1 + 1e-9)) + 1 };
}

/** A range of an index of checkable orders (lib/detectors/outlier-keys): `index` from `lower` to `upper`, both included. */
export interface AmountRange {
  index: 'checkPaid' | 'checkQuantity';
  lower: AmountKey;
  upper: AmountKey;
}

/**
 * The checkable orders of `marketplace` whose result can differ between the shop's spreads
 * `before` and `after` (what the detector reads of its figure), as index ranges: those beyond the
 * bounds under either (firing then or now, or firing now with other figures in their evidence).
 * `before` unknown (a recount): every checkable order.
 */
export function amountRangesToJudge(before: Record<string, ShopSpread> | undefined, after: Record<string, ShopSpread>, settings: { zThreshold: number; minOrders: number }, marketplace: Marketplace, recounted: boolean): AmountRange[] {
  const ranges: AmountRange[] = [];
  const add = (index: AmountRange['index'], currency: string, lower: number, upper: number) => {
    if (lower <= upper) ranges.push({ index, lower: [marketplace, currency, lower], upper: [marketplace, currency, upper] });
  };
  if (recounted) {
    // Every checkable order of the marketplace, whatever its currency and value.
    return (['checkPaid', 'checkQuantity'] as const).map((index) => ({ index, lower: [marketplace, '', Number.NEGATIVE_INFINITY], upper: [marketplace, '\uffff', Number.POSITIVE_INFINITY] }));
  }
  for (const currency of new Set([...Object.keys(before ?? {}), ...Object.keys(after)])) {
    for (const spreads of [before?.[currency], after[currency]]) {
      if (spreads === undefined) continue;
      const paid = firingBounds(spreads.logPaid, spreads.rare?.paidCents, settings, Math.exp);
      if (paid !== undefined) {
        add('checkPaid', currency, paid.above, Number.POSITIVE_INFINITY);
        add('checkPaid', currency, Number.NEGATIVE_INFINITY, paid.below);
      }
      const quantity = firingBounds(spreads.quantity, spreads.rare?.quantity, settings, (x) => x);
      if (quantity !== undefined) {
        add('checkQuantity', currency, quantity.above, Number.POSITIVE_INFINITY);
        add('checkQuantity', currency, Number.NEGATIVE_INFINITY, quantity.below);
      }
    }
  }
  return ranges;
}

/** How many times the usual total: "13", "1.6", "0.0001" (two significant digits below 1). */
function timesText(cents: number, medianCents: number): string {
  const ratio = cents / medianCents;
  if (ratio >= 10) return String(Math.round(ratio));
  if (ratio >= 1) return String(Math.round(ratio * 10) / 10);
  return String(Number(ratio.toPrecision(2)));
}

function explain(order: Order, paid: Measure, quantity: Measure, spread: ShopSpread, threshold: number): Bilingual {
  const money = (cents: number): string => formatMoney(Math.round(cents), order.money.currency);
  const name = MARKETPLACE_NAMES[order.marketplace];
  const zText = (z: number | null): string => String(z).replace('-', '−');
  const qty = totalQuantity(order);
  const qtyMedian = spread.quantity.median;
  const paidCents = toCents(order.money.paid);
  const usual = money(spread.paidCents.median);
  const times = timesText(paidCents, spread.paidCents.median);
  const tail = { en: `beyond the limit of ${threshold} — check it before shipping.`, zh: `超出 ${threshold} 的界限，发货前请核对。` };
  if (paid.fires && quantity.fires) {
    return {
      en: `Paid ${money(paidCents)}, ${times}× the usual ${usual}, and quantity ${qty} against a usual ${qtyMedian} (medians of ${spread.paidCents.n} ${name.en} orders): robust z-scores ${zText(paid.z)} (on the ratio) and ${zText(quantity.z)}, ${tail.en}`,
      zh: `实付 ${money(paidCents)}，是常见金额 ${usual} 的 ${times} 倍，数量 ${qty}，常见数量为 ${qtyMedian}（本店 ${spread.paidCents.n} 笔${name.zh}订单的中位数）：稳健 z 值 ${zText(paid.z)}（按倍数）、${zText(quantity.z)}，${tail.zh}`,
    };
  }
  if (paid.fires) {
    return {
      en: `Paid ${money(paidCents)}, ${times}× the usual ${usual} (median of ${spread.paidCents.n} ${name.en} orders): robust z-score ${zText(paid.z)} on the ratio, ${tail.en}`,
      zh: `实付 ${money(paidCents)}，是本店 ${spread.paidCents.n} 笔${name.zh}订单中位数 ${usual} 的 ${times} 倍：按倍数计算的稳健 z 值 ${zText(paid.z)}，${tail.zh}`,
    };
  }
  return {
    en: `Quantity ${qty} against a usual ${qtyMedian} (median of ${spread.quantity.n} ${name.en} orders): robust z-score ${zText(quantity.z)}, ${tail.en}`,
    zh: `数量 ${qty}，本店 ${spread.quantity.n} 笔${name.zh}订单的中位数为 ${qtyMedian}：稳健 z 值 ${zText(quantity.z)}，${tail.zh}`,
  };
}

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'An order whose total or quantity is far from the shop’s own usual orders and among its rarest (robust z-score on median and MAD, totals compared by ratio; needs enough orders to compare with): check it before shipping.',
  zh: '订单金额或数量远离本店平时的水平且极少见（与本店订单的中位数和常见波动相比，金额按倍数比较；需有足够的订单可比）：发货前请核对。',
};

export const amountOutlier = {
  id: 'amount-outlier',
  family,
  label,
  description,
  // The shop's spread changes with its orders (an ingest), never with the clock.
  changesWithTime: { statuses: [] },
  figure: amountFigure,
  run(order, ctx, _now, settings): DetectorResult {
    if (!CHECKABLE.has(order.status)) return { findings: [] };
    const spread = shopSpread(ctx, order);
    // A summary kept before totals were compared by ratio: judged once the shop's figure is recounted.
    if (spread !== undefined && (spread.logPaid === undefined || spread.rare === undefined)) return { findings: [], silence: 'shop figures not recounted yet' };
    const paidCents = toCents(order.money.paid);
    const paid = measure(paidCents > 0 ? paidCents : undefined, spread?.logPaid, PAID_REASONS, settings, spread?.rare?.paidCents, Math.log);
    const quantity = measure(order.items.length > 0 ? totalQuantity(order) : undefined, spread?.quantity, QUANTITY_REASONS, settings, spread?.rare?.quantity);
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

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): the pages import this export alone, never the check above.
 */
export const replies: readonly ReplyTemplate[] = [
  {
    id: 'quantity-confirm',
    family: 'amount',
    detectors: ['amount-outlier', 'amount-mismatch'],
    audience: 'buyer',
    title: { en: 'Unusual quantity or amount: please confirm', zh: '数量或金额异常：请确认' },
    body: {
      en: 'Hello {buyer}, thank you for order {orderId}. The quantity or total ({amount}) is much larger than usual, so we want to be sure before packing: is {item} in this quantity what you intended? Reply here and we ship by {eta}; if it was a slip, we correct it and refund the difference. — {shop}',
      zh: '{buyer}您好，感谢您的订单{orderId}。这笔订单的数量或金额（{amount}）比平常大很多，打包前想跟您确认：{item}的数量是否正确？回复这里后我们在{eta}前发货；如果是误操作，我们帮您更正并退还差额。——{shop}',
    },
  },
];
