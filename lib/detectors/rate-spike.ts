import { family, label } from './settings/rate-spike';
import { type Bilingual, type Evidence, type Finding, type Marketplace, type Order } from '../schema';
import { type Settings } from '../settings';
import { isoTime, msFromHours } from './explain';
import { marketplaceTimeZone, ZONE_NAMES, type MarketplaceProfile } from '../marketplaces';
import { foldText } from './keyword-match';
import { SHIPPING_HOURS } from './platform-rules';
import { compareOrderIds } from './order-order';
import { figureOf, shopsOf } from './figures';
import { inTransitSince } from './keys';
import type { Detector, DetectorResult, ShopFigure } from './types';
import type { ReplyTemplate } from '../templates/catalogue';

type RateSpikeSettings = Settings['detectors']['rate-spike'];

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Same-weekday values this many weeks back form the baseline; the most recent weighs most. */
const WEEK_WEIGHTS = [4, 3, 2, 1] as const;
export const HISTORY_DAYS = 7 * WEEK_WEIGHTS.length;
/** Days evaluated per run (today so far and the six before): a spike's case holds for a week. */
const LOOKBACK_DAYS = 7;
/** A refund or cancellation dated only by when a read saw it happen, this long after the order, is an old order seen late, not a new event. */
const SEEN_CHANGE_LIMIT = 30 * DAY;
/** Tracking tools call a parcel expired after 30 days without news: older ones are not "stalling together". */
const IN_TRANSIT_WINDOW = 30 * DAY;
/** MAD × 1.4826 estimates a standard deviation for normal data. */
const MAD_SCALE = 1.4826;

/**
 * A shop's days are counted where its marketplace keeps its time (lib/marketplaces: Beijing time
 * for the Chinese ones, UTC, the clock Etsy's and Amazon's metrics use, for the others).
 */
const OFFSETS: Readonly<Record<MarketplaceProfile['timeZone'], number>> = { 'Asia/Shanghai': 8 * HOUR, UTC: 0 };
/** The offsets of both zones a shop's days can be counted in. */
const CHINA_AND_UTC: readonly number[] = Object.values(OFFSETS);
const zoneOf = (marketplace: Marketplace) => {
  const id = marketplaceTimeZone(marketplace);
  return { id, offset: OFFSETS[id], name: ZONE_NAMES[id] };
};

export const METRICS = ['orders', 'refunds', 'cancellations', 'lateShipments'] as const;
export type Metric = (typeof METRICS)[number];
const METRIC_NAMES: Record<Metric, Bilingual> = {
  orders: { en: 'orders', zh: '订单' },
  refunds: { en: 'refunds and returns', zh: '退款/退货' },
  cancellations: { en: 'cancellations', zh: '取消' },
  lateShipments: { en: 'late shipments', zh: '延迟发货' },
};
const REFUND_STATUSES: ReadonlySet<Order['status']> = new Set(['refund_requested', 'refunded', 'return_requested', 'returned']);
const WEEKDAYS: readonly Bilingual[] = [
  { en: 'Sunday', zh: '周日' },
  { en: 'Monday', zh: '周一' },
  { en: 'Tuesday', zh: '周二' },
  { en: 'Wednesday', zh: '周三' },
  { en: 'Thursday', zh: '周四' },
  { en: 'Friday', zh: '周五' },
  { en: 'Saturday', zh: '周六' },
];


/** Days since 1970-01-01 in the zone; day 0 was a Thursday. */
const dayIndex = (ms: number, offset: number): number => Math.floor((ms + offset) / DAY);
export const dayLabel = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const weekdayOf = (day: number): Bilingual => WEEKDAYS[(((day + 4) % 7) + 7) % 7]!;

/** Days read by a run: the lookback week and, for each of its days, the 4 same weekdays before. */
const WINDOW_DAYS = LOOKBACK_DAYS - 1 + HISTORY_DAYS + 1;

interface ShopDays {
  /** Earliest order day: the history the baseline can stand on. */
  firstDay: number;
  /** The first day counted: today − WINDOW_DAYS + 1; older days are never read. */
  fromDay: number;
  /** Per metric, counts of the days fromDay … today (index 0 is fromDay). */
  counts: Record<Metric, Int32Array>;
}

const countOn = (shop: ShopDays, metric: Metric, day: number): number => {
  const i = day - shop.fromDay;
  return i >= 0 && i < WINDOW_DAYS ? shop.counts[metric][i]! : 0;
};

/**
 * When a refund/return/cancellation happened: the console's request time, else when a read saw the
 * order change to it. An order first seen already refunded has no day: on a shop's first read
 * every such order would land on today and make a spike of old refunds.
 */
function eventTime(order: Order): number | undefined {
  if (order.requestedAt !== undefined) return order.requestedAt;
  const seen = order.statusChangeSeenAt;
  if (seen === undefined || seen - order.placedAt > SEEN_CHANGE_LIMIT) return undefined;
  return seen;
}

/** The start of `now`'s day in the zone: shop statistics are taken as of then (see `shopChangesWithTime`). */
const dayStartOf = (now: number, offset: number): number => dayIndex(now, offset) * DAY - offset;

/**
 * The figure of one shop: per day in its zone, the orders placed, the refunds and cancellations
 * (on the day of their event), the parcels that left after their deadline and the orders still
 * unshipped (both on the deadline's day). Unshipped orders count as late shipments once their
 * deadline's day is over (`daysOf`): within a day the counts move only with new observations,
 * and ship-deadline flags each overdue order the moment it is late. Days map to counts; a day
 * without any is left out, so a figure counted afresh and one kept up to date are the same.
 */
interface DayFigure {
  placed: Map<number, number>;
  refunds: Map<number, number>;
  cancellations: Map<number, number>;
  shippedLate: Map<number, number>;
  unshipped: Map<number, number>;
}

function addDay(days: Map<number, number>, day: number, sign: 1 | -1): void {
  const count = (days.get(day) ?? 0) + sign;
  if (count > 0) days.set(day, count);
  else if (count === 0) days.delete(day);
  else throw new Error(`figure out of step: nothing counted on day ${day}`);
}

const isRefundOrCancel = (order: Order): boolean => order.status === 'cancelled' || REFUND_STATUSES.has(order.status);

/** What an order counts for: its placement day, its refund or cancellation day, and its deadline's day if it left late or is still unshipped. */
interface DayPart {
  placed: number;
  refund?: number;
  cancellation?: number;
  shippedLate?: number;
  unshipped?: number;
}

const dayFigure: ShopFigure<DayFigure, DayPart> = {
  empty: () => ({ placed: new Map(), refunds: new Map(), cancellations: new Map(), shippedLate: new Map(), unshipped: new Map() }),
  part(order) {
    const offset = zoneOf(order.marketplace).offset;
    const part: DayPart = { placed: dayIndex(order.placedAt, offset) };
    if (isRefundOrCancel(order)) {
      const at = eventTime(order);
      if (at !== undefined) part[order.status === 'cancelled' ? 'cancellation' : 'refund'] = dayIndex(at, offset);
    }
    // The platform's deadline (console ship-by, else the table), not a seller's override.
    // Counting from the order time (no payment shown) would call on-time parcels late.
    if (order.shipBy === undefined && order.paidAt === undefined) return part;
    const deadline = order.shipBy ?? order.paidAt! + msFromHours(SHIPPING_HOURS[order.marketplace]);
    const shipped = order.firstScanAt ?? order.shippedAt;
    if (shipped !== undefined) {
      if (shipped > deadline) part.shippedLate = dayIndex(deadline, offset);
    } else if (order.status === 'awaiting_shipment') {
      part.unshipped = dayIndex(deadline, offset);
    }
    return part;
  },
  // A whole shop at once, as `part` and `add` count it, without a part per order: the first alarm
  // of a day counts every stored order.
  countAll(orders) {
    const figure = dayFigure.empty();
    const count = (days: Map<number, number>, day: number) => days.set(day, (days.get(day) ?? 0) + 1);
    let shop: Marketplace | undefined;
    let offset = 0;
    let ruleMs = 0;
    for (const order of orders) {
      if (order.marketplace !== shop) {
        shop = order.marketplace;
        offset = zoneOf(shop).offset;
        ruleMs = msFromHours(SHIPPING_HOURS[shop]);
      }
      count(figure.placed, dayIndex(order.placedAt, offset));
      if (isRefundOrCancel(order)) {
        const at = eventTime(order);
        if (at !== undefined) count(order.status === 'cancelled' ? figure.cancellations : figure.refunds, dayIndex(at, offset));
      }
      if (order.shipBy === undefined && order.paidAt === undefined) continue;
      const deadline = order.shipBy ?? order.paidAt! + ruleMs;
      const shipped = order.firstScanAt ?? order.shippedAt;
      if (shipped !== undefined) {
        if (shipped > deadline) count(figure.shippedLate, dayIndex(deadline, offset));
      } else if (order.status === 'awaiting_shipment') {
        count(figure.unshipped, dayIndex(deadline, offset));
      }
    }
    return figure;
  },
  add(figure, part, sign) {
    addDay(figure.placed, part.placed, sign);
    if (part.refund !== undefined) addDay(figure.refunds, part.refund, sign);
    if (part.cancellation !== undefined) addDay(figure.cancellations, part.cancellation, sign);
    if (part.shippedLate !== undefined) addDay(figure.shippedLate, part.shippedLate, sign);
    if (part.unshipped !== undefined) addDay(figure.unshipped, part.unshipped, sign);
  },
};

/** The counts a run reads (the 5 weeks up to today in the shop's zone) out of its figure. */
function daysOf(figure: DayFigure, marketplace: Marketplace, now: number): ShopDays {
  const today = dayIndex(now, zoneOf(marketplace).offset);
  const fromDay = today - WINDOW_DAYS + 1;
  const counts = { orders: new Int32Array(WINDOW_DAYS), refunds: new Int32Array(WINDOW_DAYS), cancellations: new Int32Array(WINDOW_DAYS), lateShipments: new Int32Array(WINDOW_DAYS) };
  let firstDay = Number.POSITIVE_INFINITY;
  for (const day of figure.placed.keys()) if (day < firstDay) firstDay = day;
  const into = (days: Map<number, number>, to: Int32Array, before = Number.POSITIVE_INFINITY) => {
    for (const [day, count] of days) if (day >= fromDay && day <= today && day < before) to[day - fromDay]! += count;
  };
  into(figure.placed, counts.orders);
  into(figure.refunds, counts.refunds);
  into(figure.cancellations, counts.cancellations);
  into(figure.shippedLate, counts.lateShipments);
  into(figure.unshipped, counts.lateShipments, today);
  return { firstDay, fromDay, counts };
}

/** Weighted median: the value where the cumulative weight reaches half (the mean of two on an exact half). */
export function weightedMedian(values: readonly number[], weights: readonly number[]): number {
  const pairs = values.map((value, i) => ({ value, weight: weights[i]! })).sort((a, b) => a.value - b.value);
  const half = pairs.reduce((sum, p) => sum + p.weight, 0) / 2;
  let cumulative = 0;
  for (let i = 0; i < pairs.length; i++) {
    cumulative += pairs[i]!.weight;
    if (cumulative > half) return pairs[i]!.value;
    if (cumulative === half) return (pairs[i]!.value + pairs[i + 1]!.value) / 2;
  }
  return Number.NaN;
}

export interface Baseline {
  /** Same weekday 1, 2, 3 and 4 weeks back, most recent first. */
  weeks: number[];
  usual: number;
  /** The spread the z is measured in: scaled MAD, at least √usual (a count's own noise) and at least 1. */
  spread: number;
}

/**
 * Robust z of a day's count against its 4 same-weekday predecessors. The spread has a floor so
 * a tiny shop going from 0 to 1 refund is not "infinitely" unusual: counts vary by about
 * √mean by chance alone (Poisson), so the spread is never below √usual, nor below 1.
 */
export function baselineOf(weeks: readonly number[]): Baseline {
  const usual = weightedMedian(weeks, WEEK_WEIGHTS);
  const mad = weightedMedian(weeks.map((w) => Math.abs(w - usual)), WEEK_WEIGHTS);
  return { weeks: [...weeks], usual, spread: Math.max(MAD_SCALE * mad, Math.sqrt(usual), 1) };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const signed = (x: number): string => (x < 0 ? `−${Math.abs(x)}` : String(x));

interface MetricHit {
  metric: Metric;
  count: number;
  baseline: Baseline;
  z: number;
}

function dayFinding(marketplace: Marketplace, day: number, partial: boolean, hits: readonly MetricHit[], settings: RateSpikeSettings): Finding {
  const zone = zoneOf(marketplace);
  const weekday = weekdayOf(day);
  const label = dayLabel(day);
  const evidence: Evidence = {
    day: label,
    timeZone: zone.id,
    partialDay: partial,
    metrics: hits.map((h) => h.metric).join(', '),
  };
  for (const { metric, count, baseline, z } of hits) {
    evidence[metric] = count;
    evidence[`${metric}Usual`] = baseline.usual;
    evidence[`${metric}Z`] = z;
    evidence[`${metric}LastWeeks`] = baseline.weeks.join(', ');
  }
  evidence['zThreshold'] = settings.zThreshold;
  evidence['minCount'] = settings.minCount;
  const en = hits.map((h) => `${METRIC_NAMES[h.metric].en} ${h.count}, usually ${h.baseline.usual} (z = ${signed(h.z)})`);
  const zh = hits.map((h) => `${METRIC_NAMES[h.metric].zh} ${h.count} 笔，平时约 ${h.baseline.usual} 笔（z = ${signed(h.z)}）`);
  return {
    detector: 'rate-spike',
    marketplace,
    orderId: `@${label}`,
    severity: 'P2',
    evidence,
    explanation: {
      en: `${partial ? 'So far on' : 'On'} ${weekday.en} ${label} (${zone.name.en}): ${en.join('; ')} — far from the last 4 ${weekday.en}s (robust z beyond ${settings.zThreshold}).`,
      zh: `${label}（${zone.name.zh}，${weekday.zh}${partial ? '，截至目前' : ''}）：${zh.join('；')}，与前 4 个${weekday.zh}相比明显异常（稳健 z 超过 ${settings.zThreshold}）。`,
    },
  };
}

function daySpikes(marketplace: Marketplace, shop: ShopDays, now: number, settings: RateSpikeSettings): { findings: Finding[]; silence?: string } {
  const today = dayIndex(now, zoneOf(marketplace).offset);
  if (today - shop.firstDay < HISTORY_DAYS) {
    return { findings: [], silence: `needs ${HISTORY_DAYS} days of order history (have ${Math.max(0, today - shop.firstDay)})` };
  }
  const findings: Finding[] = [];
  for (let day = today - LOOKBACK_DAYS + 1; day <= today; day++) {
    // Older days in the lookback may lack their own 4 weeks of history: judged only once they have them.
    if (day - shop.firstDay < HISTORY_DAYS) continue;
    const partial = day === today;
    const hits: MetricHit[] = [];
    for (const metric of METRICS) {
      const count = countOn(shop, metric, day);
      const baseline = baselineOf(WEEK_WEIGHTS.map((_, i) => countOn(shop, metric, day - 7 * (i + 1))));
      const z = round2((count - baseline.usual) / baseline.spread);
      const above = count >= settings.minCount && z > settings.zThreshold;
      // A drop needs a whole day, and a usual volume big enough for "far below" to mean something.
      const below = metric === 'orders' && !partial && baseline.usual >= settings.minCount && z < -settings.zThreshold;
      if (above || below) hits.push({ metric, count, baseline, z });
    }
    if (hits.length > 0) findings.push(dayFinding(marketplace, day, partial, hits, settings));
  }
  return { findings };
}

/**
 * Parcels of one carrier stalling together, as of the start of today in the shop's zone: the
 * finding is the day's (its id carries the date), so it holds all day and the alarm re-counts
 * only when a new day starts.
 */
function carrierStalls(marketplace: Marketplace, orders: readonly Order[], now: number, settings: RateSpikeSettings): Finding[] {
  const zone = zoneOf(marketplace);
  const asOf = dayStartOf(now, zone.offset);
  const groups = new Map<string, { name: string; inTransit: number; stalled: Order[]; oldestMove: number }>();
  for (const order of orders) {
    if (order.marketplace !== marketplace || order.status !== 'shipped') continue;
    const carrier = order.carrier?.trim();
    if (carrier === undefined || carrier === '') continue;
    // Only parcels whose tracking was read count, stalled or not: a shipping time or an unchanged
    // status is no sign of a stop, and untracked parcels would only dilute the share.
    const lastMove = order.lastTrackingAt;
    if (lastMove === undefined) continue;
    if (asOf - (order.shippedAt ?? lastMove) > IN_TRANSIT_WINDOW) continue;
    const key = foldText(carrier);
    let group = groups.get(key);
    if (group === undefined) {
      group = { name: carrier, inTransit: 0, stalled: [], oldestMove: Number.POSITIVE_INFINITY };
      groups.set(key, group);
    }
    group.inTransit++;
    if (asOf - lastMove >= settings.stallDays * DAY) {
      group.stalled.push(order);
      group.oldestMove = Math.min(group.oldestMove, lastMove);
    }
  }
  const today = dayLabel(dayIndex(now, zone.offset));
  const findings: Finding[] = [];
  for (const { name, inTransit, stalled, oldestMove } of groups.values()) {
    const share = stalled.length / inTransit;
    if (stalled.length < settings.minStalledParcels || share <= settings.stalledShare) continue;
    const ids = stalled.map((o) => o.orderId).sort(compareOrderIds);
    const percent = Math.round(share * 100);
    const threshold = Math.round(settings.stalledShare * 100);
    findings.push({
      detector: 'rate-spike',
      marketplace,
      orderId: `@${today}/carrier:${name.slice(0, 60)}`,
      severity: 'P2',
      evidence: {
        carrier: name,
        stalledParcels: stalled.length,
        parcelsInTransit: inTransit,
        stalledShare: round2(share),
        stallDays: settings.stallDays,
        minStalledParcels: settings.minStalledParcels,
        shareThreshold: settings.stalledShare,
        oldestMovementAt: isoTime(oldestMove),
        stalledOrders: ids.length > 10 ? `${ids.slice(0, 10).join(', ')}, …` : ids.join(', '),
      },
      explanation: {
        en: `At the start of today (${zone.name.en}), ${stalled.length} of ${name}'s ${inTransit} parcels in transit with tracking shown (${percent}%) had had no tracking movement for ${settings.stallDays} days or more — at least ${settings.minStalledParcels} and over ${threshold}%: the carrier may have a problem; ask it and tell the buyers.`,
        zh: `截至今日零点（${zone.name.zh}），${name}在途且显示物流的 ${inTransit} 个包裹中有 ${stalled.length} 个（${percent}%）已 ${settings.stallDays} 天以上没有物流更新，达到 ${settings.minStalledParcels} 个且超过 ${threshold}%：可能是配送渠道故障，请联系快递并告知买家。`,
      },
    });
  }
  return findings;
}

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'Daily refunds, cancellations, late shipments or orders far from the same weekday of the last 4 weeks (robust z), and many parcels of one carrier stalling together.',
  zh: '每日退款、取消、延迟发货或订单量与前 4 周同一天相比明显异常（远超平时的波动），或同一快递的大量包裹同时停滞。',
};

export const rateSpike = {
  id: 'rate-spike',
  family,
  label,
  description,
  figure: dayFigure,
  // Parcels of a carrier in transit: shipped within the last 30 days as of today's start.
  shopReadsRecent: {
    key: inTransitSince,
    from: (now, marketplace) => dayStartOf(now, zoneOf(marketplace).offset) - IN_TRANSIT_WINDOW,
    // Stalls are measured from read tracking times only.
    readsStatusSince: () => false,
  },
  // Every count is taken by the day (unshipped-and-late and stalled as of the day's start), so
  // only a new day, in Beijing time or UTC, changes the result.
  shopChangesWithTime: {
    statuses: [],
    atShop: (_settings, { since, now }) => CHINA_AND_UTC.some((offset) => dayIndex(since, offset) !== dayIndex(now, offset)),
  },
  runShop(ctx, now, settings): DetectorResult {
    const shops = shopsOf(ctx);
    const findings: Finding[] = [];
    const silences: string[] = [];
    for (const marketplace of shops) {
      const figure = figureOf(ctx, rateSpike, marketplace);
      if (figure === undefined) continue;
      const result = daySpikes(marketplace, daysOf(figure, marketplace, now), now, settings);
      findings.push(...result.findings);
      if (result.silence !== undefined) silences.push(shops.length > 1 ? `${marketplace}: ${result.silence}` : result.silence);
      findings.push(...carrierStalls(marketplace, ctx.orders, now, settings));
    }
    return silences.length > 0 ? { findings, silence: silences.join('; ') } : { findings };
  },
} satisfies Detector<'rate-spike'>;

/** A shop-wide check with no buyer to answer: no replies of its own. */
export const replies: readonly ReplyTemplate[] = [];
