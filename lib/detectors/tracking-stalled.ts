import { DETECTOR_LABELS } from './labels';
import { type Bilingual, type Finding, type Order, orderKey } from '../schema';
import { formatHours, isoTime, msFromHours } from './explain';
import type { Detector, DetectorContext, DetectorResult } from './types';
import { statusSeenWhere } from './window';

type MovementSource = 'tracking' | 'status observed' | 'shipped at';

/** A duration in days for a sentence: hours under a day, else days to 0.1 (elapsed 24 h days). */
function formatDays(hours: number): Bilingual {
  if (hours < 24) return formatHours(hours);
  const days = Math.round((hours / 24) * 10) / 10;
  const text = Number.isInteger(days) ? String(days) : days.toFixed(1);
  return { en: `${text} ${days === 1 ? 'day' : 'days'}`, zh: `${text} 天` };
}

const NO_PARCEL: Bilingual = { en: '', zh: '' };
/** " (SF 1234…)" when the carrier or the number is shown. */
function parcelText(order: Order): Bilingual {
  const carrier = order.carrier !== undefined && order.carrier.trim() !== '' ? order.carrier : undefined;
  const number = order.trackingNo !== undefined && order.trackingNo.trim() !== '' ? order.trackingNo : undefined;
  if (carrier === undefined && number === undefined) return NO_PARCEL;
  const text = carrier === undefined ? number! : number === undefined ? carrier : `${carrier} ${number}`;
  return { en: ` (${text})`, zh: `（${text}）` };
}

/** A setting's day count as text: the same few values on every finding, so made once each. */
const dayTexts = new Map<number, Bilingual>();
function daysText(days: number): Bilingual {
  let text = dayTexts.get(days);
  if (text === undefined) {
    if (dayTexts.size >= 100) dayTexts.clear();
    dayTexts.set(days, (text = formatDays(days * 24)));
  }
  return text;
}

/** The last sign of life: the latest tracking event, else when 'shipped' was first seen, else the shipping time. */
function lastMovement(order: Order, ctx: DetectorContext): { at: number; source: MovementSource } | undefined {
  if (order.lastTrackingAt !== undefined) return { at: order.lastTrackingAt, source: 'tracking' };
  const since = ctx.statusSince.get(orderKey(order));
  if (since !== undefined) return { at: since, source: 'status observed' };
  if (order.shippedAt !== undefined) return { at: order.shippedAt, source: 'shipped at' };
  return undefined;
}

/**
 * Why the parcel is flagged, in words that stay true until its next threshold (stalled, lost,
 * tracking expired): "for at least 7 days", not "for 7.3 days". The pages show the live time
 * from `dueAt` beside it, so the stored text never goes stale between two alarms, and the alarm
 * rewrites it only when the parcel changes phase.
 */
function explain(
  order: Order,
  source: MovementSource,
  lost: boolean,
  thresholds: { stalledDays: number; lostDays: number; expireDays: number; expired: boolean },
): Bilingual {
  // The longest threshold already passed that the sentence names: idle at least that long.
  const { stalledDays, lostDays, expireDays, expired } = thresholds;
  const idle = daysText(lost ? Math.max(stalledDays, lostDays, expired ? expireDays : 0) : stalledDays);
  const parcel = parcelText(order);
  const what: Bilingual =
    source === 'tracking'
      ? { en: `No tracking movement for at least ${idle.en}${parcel.en}`, zh: `物流已 ${idle.zh}以上无更新${parcel.zh}` }
      : source === 'status observed'
        ? { en: `No tracking shown and the status unchanged for at least ${idle.en}${parcel.en}`, zh: `未显示物流${parcel.zh}，状态已 ${idle.zh}以上未变化` }
        : { en: `No tracking shown since shipping at least ${idle.en} ago${parcel.en}`, zh: `发货已 ${idle.zh}以上${parcel.zh}，未显示物流` };
  const stalledFrom = daysText(stalledDays);
  const lostFrom = daysText(lostDays);
  const expireAt = daysText(expireDays);
  const kind: Bilingual = order.crossBorder === true ? { en: 'a cross-border', zh: '跨境' } : { en: 'a domestic', zh: '国内' };
  if (!lost) {
    return {
      en: `${what.en}: stalled (from ${stalledFrom.en}), suspected lost at ${lostFrom.en} for ${kind.en} parcel.`,
      zh: `${what.zh}：包裹停滞（${stalledFrom.zh}起算），${kind.zh}包裹满 ${lostFrom.zh}视为疑似丢失。`,
    };
  }
  return expired
    ? {
        en: `${what.en}: suspected lost (from ${lostFrom.en} for ${kind.en} parcel), and tracking expires after ${expireAt.en} without information — claim from the carrier.`,
        zh: `${what.zh}：疑似丢失（${kind.zh}包裹 ${lostFrom.zh}起算），且物流信息超过 ${expireAt.zh}无更新即失效，请向快递索赔。`,
      }
    : {
        en: `${what.en}: suspected lost (from ${lostFrom.en} for ${kind.en} parcel) — ask the carrier to trace it before tracking expires at ${expireAt.en}.`,
        zh: `${what.zh}：疑似丢失（${kind.zh}包裹 ${lostFrom.zh}起算），请在物流信息 ${expireAt.zh}失效前联系快递查件。`,
      };
}

export const trackingStalled = {
  id: 'tracking-stalled',
  family: 'tracking',
  label: DETECTOR_LABELS['tracking-stalled'],
  description: {
    en: 'A shipped parcel with no tracking movement (or no status change) for days: stalled first, then suspected lost (longer for cross-border parcels).',
    zh: '已发货的包裹多日无物流更新（或状态无变化）：先提示停滞，再提示疑似丢失（跨境包裹时限更长）。',
  },
  // Only a parcel without tracking times is measured from its status change.
  readsStatusSince: (order) => order.lastTrackingAt === undefined,
  changesWithTime: {
    statuses: ['shipped'],
    filter: () => (order) => order.deliveredAt === undefined,
    // The result moves only when the idle time since the last movement reaches the stalled, the
    // lost (domestic or cross-border) or the expiry threshold: a threshold t = at + d lies in
    // (since, now] exactly when at lies in (since − d, now − d].
    between: (settings, { since, now }, ctx) => {
      const stalled = msFromHours(settings.stalledDays * 24);
      const lostDomestic = msFromHours(settings.lostDaysDomestic * 24);
      const lostCrossBorder = msFromHours(settings.lostDaysCrossBorder * 24);
      const expire = msFromHours(settings.expireDays * 24);
      const crosses = (at: number, lost: number) => (since - stalled < at && at <= now - stalled) || (since - lost < at && at <= now - lost) || (since - expire < at && at <= now - expire);
      // A parcel without tracking times is measured from its status change: the keys whose
      // change crosses a threshold, found once per alarm, so most parcels cost a few number
      // tests and no key. (Either lost threshold: erring on the side of judging.)
      const seenCrossing = statusSeenWhere(ctx, (seen) => crosses(seen, lostDomestic) || crosses(seen, lostCrossBorder));
      return (order) => {
        if (order.deliveredAt !== undefined) return false;
        const lost = order.crossBorder === true ? lostCrossBorder : lostDomestic;
        if (order.lastTrackingAt !== undefined) return crosses(order.lastTrackingAt, lost);
        // Measured from the status change if one is known, else from the shipping time: testing
        // both errs on the side of judging.
        return (order.shippedAt !== undefined && crosses(order.shippedAt, lost)) || seenCrossing(order);
      };
    },
  },
  run(order, ctx, now, settings): DetectorResult {
    if (order.status !== 'shipped' || order.deliveredAt !== undefined) return { findings: [] };
    const movement = lastMovement(order, ctx);
    if (movement === undefined) return { findings: [], silence: 'no tracking time, status history or shipping time to measure from' };

    const idleMs = now - movement.at;
    if (idleMs < msFromHours(settings.stalledDays * 24)) return { findings: [] };
    const lostDays = order.crossBorder === true ? settings.lostDaysCrossBorder : settings.lostDaysDomestic;
    const lostAt = movement.at + msFromHours(lostDays * 24);
    const lost = now >= lostAt;
    const expired = idleMs >= msFromHours(settings.expireDays * 24);
    const finding: Finding = {
      detector: 'tracking-stalled',
      marketplace: order.marketplace,
      orderId: order.orderId,
      severity: lost ? 'P1' : 'P2',
      dueAt: lostAt,
      evidence: {
        stage: lost ? 'suspected lost' : 'stalled',
        lastMovementAt: isoTime(movement.at),
        lastMovementSource: movement.source,
        stalledDays: settings.stalledDays,
        lostDays,
        crossBorder: order.crossBorder ?? null,
        trackingExpired: expired,
        expireDays: settings.expireDays,
        trackingEvent: order.trackingEvent ?? null,
        carrier: order.carrier ?? null,
        trackingNo: order.trackingNo ?? null,
      },
      explanation: explain(order, movement.source, lost, { stalledDays: settings.stalledDays, lostDays, expireDays: settings.expireDays, expired }),
    };
    return { findings: [finding] };
  },
} satisfies Detector<'tracking-stalled'>;
