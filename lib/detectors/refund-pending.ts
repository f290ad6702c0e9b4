import { DETECTOR_LABELS } from './labels';
import { type Bilingual, type Evidence, type Finding, type Order, orderKey, type Settings as AllSettings } from '../schema';
import { cancelRequestSignal } from './cancel-pending';
import { formatHours, formatMoney, hoursFromMs, isoTime, MARKETPLACE_NAMES, msFromHours, toCents } from './explain';
import { REFUND_AUTO_DECISION_HOURS } from './platform-rules';
import type { Detector, DetectorResult } from './types';

type Settings = AllSettings['detectors']['refund-pending'];
type RuleKind = 'platform auto-decision' | 'reply target' | 'your setting';

/** What the buyer stands to get back: the amount asked for when shown, else everything paid. */
const amountAtStakeOf = (order: Order): number => order.refundRequested ?? order.money.paid;

/** "in 8 h" / "just now" / "2 h ago", for the moment the clock runs out. */
function whenText(at: number, now: number): { en: string; zh: string; passed: boolean; gap: Bilingual } {
  const gap = formatHours(hoursFromMs(Math.abs(at - now)));
  if (at > now) return { en: `in ${gap.en}`, zh: `还剩 ${gap.zh}`, passed: false, gap };
  if (at === now) return { en: 'just now', zh: '刚到', passed: true, gap };
  return { en: `${gap.en} ago`, zh: `已过 ${gap.zh}`, passed: true, gap };
}

function timing(at: number, now: number): Evidence {
  return now >= at ? { hoursOverdue: hoursFromMs(now - at) } : { hoursLeft: hoursFromMs(at - now) };
}

/** Refund or return request: the clock runs from the request to the platform's own decision. */
function openRequest(order: Order, observed: number | undefined, now: number, settings: Settings): DetectorResult {
  const since = order.requestedAt ?? observed;
  if (since === undefined) return { findings: [], silence: 'no request time shown or observed' };
  const rule = REFUND_AUTO_DECISION_HOURS[order.marketplace];
  // A return means the buyer has the item; a shipping time or tracking number means it left.
  const afterShipping = order.status === 'return_requested' || order.shippedAt !== undefined || order.trackingNo !== undefined;
  const override = settings.hoursByMarketplace[order.marketplace];
  const hours = override ?? (afterShipping ? rule.afterShipping : rule.beforeShipping);
  const kind: RuleKind = override !== undefined ? 'your setting' : rule.automatic ? 'platform auto-decision' : 'reply target';
  const decisionAt = since + msFromHours(hours);
  if (now < decisionAt - msFromHours(settings.warnHours)) return { findings: [] };

  const amount = amountAtStakeOf(order);
  const money = formatMoney(toCents(amount), order.money.currency);
  const name = MARKETPLACE_NAMES[order.marketplace];
  const ago = formatHours(hoursFromMs(now - since));
  const limit = formatHours(hours);
  const when = whenText(decisionAt, now);
  const isReturn = order.status === 'return_requested';
  const stage: Bilingual = afterShipping ? { en: 'after shipping', zh: '发货后' } : { en: 'before shipping', zh: '发货前' };
  const what: Bilingual = isReturn ? { en: 'Return', zh: '退货退款' } : { en: 'Refund', zh: '退款' };
  const asked: Bilingual =
    order.requestedAt !== undefined
      ? { en: `${what.en} of ${money} requested ${ago.en} ago`, zh: `买家 ${ago.zh}前申请${what.zh} ${money}` }
      : { en: `${what.en} request of ${money} first seen ${ago.en} ago`, zh: `${ago.zh}前首次看到${what.zh}申请 ${money}` };
  const clock: Bilingual =
    kind === 'platform auto-decision'
      ? when.passed
        ? { en: `${name.en}'s ${limit.en} limit ${stage.en} ran out ${when.en} — it may already be agreed automatically`, zh: `${name.zh}${stage.zh} ${limit.zh}处理时限${when.zh}，平台可能已自动同意` }
        : { en: `${name.en} agrees to it automatically ${when.en} (${limit.en} rule ${stage.en}) — answer the buyer first`, zh: `${name.zh}将在 ${when.gap.zh}后自动同意（${stage.zh} ${limit.zh}规则），请先处理` }
      : kind === 'your setting'
        ? { en: `your ${limit.en} limit for ${name.en} ${when.passed ? `ran out ${when.en}` : `ends ${when.en}`}`, zh: `你为${name.zh}设定的 ${limit.zh}时限${when.zh}` }
        : { en: `${name.en} does not decide on its own; the ${limit.en} reply target ${when.passed ? `ran out ${when.en}` : `ends ${when.en}`}`, zh: `${name.zh}不会自动处理，${limit.zh}回复目标${when.zh}` };

  const finding: Finding = {
    detector: 'refund-pending',
    marketplace: order.marketplace,
    orderId: order.orderId,
    severity: now >= decisionAt ? 'P1' : 'P2',
    dueAt: decisionAt,
    evidence: {
      requestedAt: isoTime(since),
      requestedAtSource: order.requestedAt !== undefined ? 'console' : 'first observed',
      stage: stage.en,
      decisionAt: isoTime(decisionAt),
      decisionHours: hours,
      decisionRule: kind,
      ...timing(decisionAt, now),
      amountAtStake: amount,
    },
    explanation: { en: `${asked.en}; ${clock.en}.`, zh: `${asked.zh}，${clock.zh}。` },
  };
  return { findings: [finding] };
}

/** A parcel came back and no refund is shown: the seller's own return window runs from its arrival. */
function returnedNotRefunded(order: Order, observed: number | undefined, now: number, settings: Settings): DetectorResult {
  if (order.money.refunded !== undefined && order.money.refunded > 0) return { findings: [] };
  if (observed === undefined) return { findings: [], silence: 'return arrival not observed' };
  const endAt = observed + msFromHours(settings.returnWindowDays * 24);
  if (now < endAt - msFromHours(settings.warnHours)) return { findings: [] };
  const amount = amountAtStakeOf(order);
  const money = formatMoney(toCents(amount), order.money.currency);
  const ago = formatHours(hoursFromMs(now - observed));
  const when = whenText(endAt, now);
  const days = settings.returnWindowDays;
  const finding: Finding = {
    detector: 'refund-pending',
    marketplace: order.marketplace,
    orderId: order.orderId,
    severity: now >= endAt ? 'P1' : 'P2',
    dueAt: endAt,
    evidence: {
      returnedAt: isoTime(observed),
      returnWindowDays: days,
      refundDueAt: isoTime(endAt),
      ...timing(endAt, now),
      amountAtStake: amount,
    },
    explanation: {
      en: `Returned parcel first seen ${ago.en} ago with no refund shown; your ${days}-day return window ${when.passed ? `ran out ${when.en}` : `ends ${when.en}`} — refund ${money} or tell the buyer why not.`,
      zh: `${ago.zh}前首次看到退回的包裹，尚未显示退款；你的 ${days} 天退货处理时限${when.zh}，请退款 ${money} 或告知买家原因。`,
    },
  };
  return { findings: [finding] };
}

export const refundPending = {
  id: 'refund-pending',
  family: 'refund',
  label: DETECTOR_LABELS['refund-pending'],
  description: {
    en: 'A refund or return request not answered as the platform’s automatic decision (or a 48 h reply target) nears, and a returned parcel not refunded within your return window.',
    zh: '退款或退货申请临近平台自动处理时间（无自动处理的平台按 48 小时回复目标）仍未处理，或退回的包裹超过你的退货处理时限仍未退款。',
  },
  changesWithTime: { statuses: ['refund_requested', 'return_requested', 'returned'] },
  run(order, ctx, now, settings): DetectorResult {
    const observed = ctx.statusSince.get(orderKey(order));
    if (order.status === 'returned') return returnedNotRefunded(order, observed, now, settings);
    if (order.status !== 'refund_requested' && order.status !== 'return_requested') return { findings: [] };
    // A cancellation filed as a refund is cancel-pending's case: one case per problem.
    if (cancelRequestSignal(order) !== undefined) return { findings: [] };
    return openRequest(order, observed, now, settings);
  },
} satisfies Detector<'refund-pending'>;
