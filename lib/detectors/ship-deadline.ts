import { DETECTOR_LABELS } from './labels';
import type { Bilingual, Evidence, Finding, Order, Settings } from '../schema';
import { capitalize, formatHours, fromCents, hoursFromMs, isoTime, MARKETPLACE_NAMES, msFromHours, toCents } from './explain';
import { lateShipmentCompensationCents, SHIPPING_HOURS } from './platform-rules';
import type { Detector, DetectorResult } from './types';

type ShipDeadlineSettings = Settings['detectors']['ship-deadline'];
type DeadlineSource = 'console' | 'platform rule' | 'your setting' | 'order time';

export interface ShipDeadline {
  at: number;
  source: DeadlineSource;
  /** Hours after payment, when the deadline comes from a rule rather than the console. */
  ruleHours: number | null;
  /** Where the rule's clock starts: the payment, or the order time when no payment time is shown. */
  from?: number;
}

/** `shipDeadlineOf(order, settings).at` without building the record, for passes over a whole shop. */
export function shipDeadlineAt(order: Order, settings: ShipDeadlineSettings): number {
  if (order.shipBy !== undefined) return order.shipBy;
  const hours = settings.hoursByMarketplace[order.marketplace] ?? SHIPPING_HOURS[order.marketplace];
  return (order.paidAt ?? order.placedAt) + msFromHours(hours);
}

/** The shipping deadline as this detector judges it; reused where a case is due "before it ships" (address-issue). */
export function shipDeadlineOf(order: Order, settings: ShipDeadlineSettings): ShipDeadline {
  // The console's own promise is what the platform will judge, so it wins over any table.
  if (order.shipBy !== undefined) return { at: order.shipBy, source: 'console', ruleHours: null };
  const override = settings.hoursByMarketplace[order.marketplace];
  const ruleHours = override ?? SHIPPING_HOURS[order.marketplace];
  // Some lists (Taobao's 已卖出的宝贝) show only the order time. Payment comes at or after it,
  // so counting from the order time gives the earliest possible deadline: the seller is
  // warned early rather than late, and the evidence says the clock started at the order.
  const from = order.paidAt ?? order.placedAt;
  return {
    at: from + msFromHours(ruleHours),
    source: order.paidAt === undefined ? 'order time' : override === undefined ? 'platform rule' : 'your setting',
    ruleHours,
    from,
  };
}

function explain(order: Order, deadline: ShipDeadline, now: number): Bilingual {
  const name = MARKETPLACE_NAMES[order.marketplace];
  const delta = deadline.at - now;
  const gap = formatHours(hoursFromMs(Math.abs(delta)));
  const since = order.paidAt === undefined ? undefined : formatHours(hoursFromMs(now - order.paidAt));
  const ordered = formatHours(hoursFromMs(now - order.placedAt));
  const paid: Bilingual =
    deadline.source === 'order time'
      ? {
          en: `Ordered ${ordered.en} ago (no payment time shown, so counted from the order); `,
          zh: `下单已 ${ordered.zh}（页面未显示付款时间，按下单时间计算），`,
        }
      : since === undefined
        ? { en: '', zh: '' }
        : { en: `Paid ${since.en} ago; `, zh: `付款已 ${since.zh}，` };

  if (deadline.source === 'console' || deadline.ruleHours === null) {
    const where: Bilingual = { en: `the ship-by time shown on ${name.en}`, zh: `${name.zh}后台显示的发货时限` };
    const en =
      delta > 0 ? `${paid.en}ship within ${gap.en} to meet ${where.en}.`
      : delta === 0 ? `${paid.en}${where.en} is now.`
      : `${paid.en}${where.en} passed ${gap.en} ago.`;
    const zh =
      delta > 0 ? `${paid.zh}距${where.zh}还剩 ${gap.zh}。`
      : delta === 0 ? `${paid.zh}${where.zh}已到。`
      : `${paid.zh}${where.zh}已过 ${gap.zh}。`;
    return { en: capitalize(en), zh };
  }

  const rule = formatHours(deadline.ruleHours);
  const mine = deadline.source === 'your setting';
  if (delta > 0) {
    return mine
      ? { en: `${paid.en}ship within ${gap.en} to meet your ${rule.en} deadline for ${name.en}.`, zh: `${paid.zh}距你为${name.zh}设定的 ${rule.zh}发货时限还剩 ${gap.zh}。` }
      : { en: `${paid.en}ship within ${gap.en} to meet ${name.en}'s ${rule.en} deadline.`, zh: `${paid.zh}距${name.zh} ${rule.zh}发货时限还剩 ${gap.zh}。` };
  }
  const requires: Bilingual = mine
    ? { en: `your rule for ${name.en} is shipping within ${rule.en}`, zh: `你为${name.zh}设定 ${rule.zh}内发货` }
    : { en: `${name.en} requires shipping within ${rule.en}`, zh: `${name.zh}要求 ${rule.zh}内发货` };
  const late: Bilingual = delta === 0 ? { en: 'the deadline is now', zh: '现在已到时限' } : { en: `${gap.en} overdue`, zh: `已超时 ${gap.zh}` };
  return { en: `${paid.en}${requires.en} — ${late.en}.`, zh: `${paid.zh}${requires.zh}，${late.zh}。` };
}

/**
 * Marked shipped, but what the platform counts is the carrier's first scan (DOMAIN.md: on
 * Taobao/Tmall the time that counts is the first scan, not the click on 发货). A first scan
 * after the deadline is a late shipment even though the order shows "shipped".
 */
function lateFirstScan(order: Order, settings: ShipDeadlineSettings): DetectorResult {
  const deadline = shipDeadlineOf(order, settings);
  const scan = order.firstScanAt!;
  if (scan <= deadline.at) return { findings: [] };
  const late = formatHours(hoursFromMs(scan - deadline.at));
  const name = MARKETPLACE_NAMES[order.marketplace];
  const evidence: Evidence = {
    shippedAt: order.shippedAt === undefined ? null : isoTime(order.shippedAt),
    firstScanAt: isoTime(scan),
    deadline: isoTime(deadline.at),
    deadlineSource: deadline.source,
    hoursLate: hoursFromMs(scan - deadline.at),
  };
  const compensation = lateShipmentCompensationCents(order.marketplace, toCents(order.money.paid));
  if (compensation !== undefined) evidence['compensation'] = fromCents(compensation);
  return {
    findings: [
      {
        detector: 'ship-deadline',
        marketplace: order.marketplace,
        orderId: order.orderId,
        severity: 'P1',
        dueAt: deadline.at,
        evidence,
        explanation: {
          en: `Marked shipped, but the carrier's first scan came ${late.en} after the shipping deadline; ${name.en} counts the first scan, so this is a late shipment.`,
          zh: `虽已点击发货，但快递首次揽收比发货时限晚了 ${late.zh}；${name.zh}以揽收时间为准，属于延迟发货。`,
        },
      },
    ],
  };
}

export const shipDeadline = {
  id: 'ship-deadline',
  family: 'shipping',
  label: DETECTOR_LABELS['ship-deadline'],
  description: {
    en: 'A paid order not yet shipped: warns before the shipping deadline (the console’s ship-by time, else the platform’s hours after payment) and turns urgent when it passes.',
    zh: '已付款未发货的订单：发货时限（后台显示的时限，否则按平台规定的付款后小时数）临近时提醒，超时后升级为紧急。',
  },
  // A late first scan is judged against a fixed deadline; only a paid, unshipped order's clock runs.
  changesWithTime: { statuses: ['awaiting_shipment'] },
  run(order, _ctx, now, settings): DetectorResult {
    if (order.status === 'shipped' && order.firstScanAt !== undefined) return lateFirstScan(order, settings);
    if (order.status !== 'awaiting_shipment') return { findings: [] };
    const deadline = shipDeadlineOf(order, settings);
    if (now < deadline.at - msFromHours(settings.warnHours)) return { findings: [] };

    const overdue = now >= deadline.at;
    const evidence: Evidence = {
      paidAt: order.paidAt === undefined ? null : isoTime(order.paidAt),
      ...(deadline.source === 'order time' ? { placedAt: isoTime(order.placedAt) } : {}),
      deadline: isoTime(deadline.at),
      deadlineSource: deadline.source,
      hoursSincePaid: order.paidAt === undefined ? null : hoursFromMs(now - order.paidAt),
      shippingHours: deadline.ruleHours,
      ...(overdue ? { hoursOverdue: hoursFromMs(now - deadline.at) } : { hoursLeft: hoursFromMs(deadline.at - now) }),
    };
    const compensation = lateShipmentCompensationCents(order.marketplace, toCents(order.money.paid));
    if (compensation !== undefined) evidence['compensation'] = fromCents(compensation);

    const finding: Finding = {
      detector: 'ship-deadline',
      marketplace: order.marketplace,
      orderId: order.orderId,
      severity: overdue ? 'P1' : 'P2',
      dueAt: deadline.at,
      evidence,
      explanation: explain(order, deadline, now),
    };
    return { findings: [finding] };
  },
} satisfies Detector<'ship-deadline'>;
