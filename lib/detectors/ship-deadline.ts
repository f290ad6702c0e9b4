import { family, label } from './settings/ship-deadline';
import type { Bilingual, Evidence, Finding, Order } from '../schema';
import type { Settings } from '../settings';
import { formatHours, fromCents, hoursFromMs, isoTime, msFromHours, toCents } from './explain';
import { MARKETPLACE_NAMES } from '../marketplaces';
import { lateShipmentCompensationCents, SHIPPING_HOURS } from './platform-rules';
import type { Detector, DetectorResult, Tuning } from './types';
import { inWindow } from './window';
import type { ReplyTemplate } from '../templates/catalogue';

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

/**
 * Why the order is flagged, in words that stay true until the next threshold (the warning, the
 * deadline): the pages show the live countdown from `dueAt` beside it, so the stored text never
 * goes stale between two alarms, and the alarm rewrites it only when the order changes phase.
 */
function explain(order: Order, deadline: ShipDeadline, overdue: boolean, warnHours: number): Bilingual {
  const name = MARKETPLACE_NAMES[order.marketplace];
  const head: Bilingual = overdue ? { en: 'Not shipped', zh: '尚未发货' } : { en: 'Not shipped yet', zh: '尚未发货' };
  const near = formatHours(warnHours);
  let body: Bilingual;
  if (deadline.source === 'console' || deadline.ruleHours === null) {
    body = overdue
      ? { en: `the ship-by time shown on ${name.en} has passed`, zh: `${name.zh}后台显示的发货时限已过` }
      : { en: `the ship-by time shown on ${name.en} is less than ${near.en} away`, zh: `距${name.zh}后台显示的发货时限已不到 ${near.zh}` };
  } else {
    const rule = formatHours(deadline.ruleHours);
    const requires: Bilingual =
      deadline.source === 'your setting'
        ? { en: `your rule for ${name.en} is shipping within ${rule.en}`, zh: `您为${name.zh}设定 ${rule.zh}内发货` }
        : { en: `${name.en} requires shipping within ${rule.en}`, zh: `${name.zh}要求 ${rule.zh}内发货` };
    body = overdue
      ? { en: `${requires.en} — the deadline has passed`, zh: `${requires.zh}，已超过时限` }
      : { en: `${requires.en}, and the deadline is less than ${near.en} away`, zh: `${requires.zh}，距时限已不到 ${near.zh}` };
  }
  const from: Bilingual =
    deadline.source === 'order time'
      ? { en: ' No payment time is shown, so the clock starts at the order time.', zh: '页面未显示付款时间，按下单时间计算。' }
      : { en: '', zh: '' };
  return { en: `${head.en}: ${body.en}.${from.en}`, zh: `${head.zh}：${body.zh}。${from.zh}` };
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

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'A paid order not yet shipped: warns before the shipping deadline (the console’s ship-by time, else the platform’s hours after payment, counted from the order time when no payment time is shown) and turns urgent when it passes; on Taobao/Tmall it names the compensation at stake (5 %, ¥5–¥30).',
  zh: '已付款未发货的订单：发货时限（后台显示的时限，否则按平台规定的付款后小时数；未显示付款时间时从下单时间算起）临近时提醒，超时后升级为紧急；淘宝/天猫订单会注明可能的赔付（5%，¥5–¥30）。',
};

// Warnings come `warnHours` before the deadline: propose warning later than the earliest one dismissed.
export const tuning: Tuning<'warnHours'> = {
  setting: 'warnHours',
  tune: (cases, dismissedAt) => {
    // Hours left when the seller dismissed the warning (the case keeps its deadline as dueAt).
    const left = cases.flatMap((c) => (c.dueAt !== undefined && c.dueAt > dismissedAt(c) ? [(c.dueAt - dismissedAt(c)) / 3_600_000] : []));
    if (left.length === 0) return undefined;
    const proposed = Math.floor(Math.min(...left) * 2 - 1e-9) / 2; // half hours, strictly below
    return proposed > 0 ? { proposed, quieted: left.length } : undefined;
  },
};

export const shipDeadline = {
  id: 'ship-deadline',
  family,
  label,
  description,
  tuning,
  // A late first scan is judged against a fixed deadline; only a paid, unshipped order's clock
  // runs, and its result moves only at the warning and at the deadline.
  changesWithTime: {
    statuses: ['awaiting_shipment'],
    between: (settings, window) => {
      const warnMs = msFromHours(settings.warnHours);
      return (order) => {
        const deadline = shipDeadlineAt(order, settings);
        const warn = deadline - warnMs;
        return inWindow(warn, window) || inWindow(deadline, window);
      };
    },
  },
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
      shippingHours: deadline.ruleHours,
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
      explanation: explain(order, deadline, overdue, settings.warnHours),
    };
    return { findings: [finding] };
  },
} satisfies Detector<'ship-deadline'>;

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): the pages import this export alone, never the check above.
 */
export const replies: readonly ReplyTemplate[] = [
  // Late shipment (ship-deadline): the seller is at fault, so apologise, give a time, offer something.
  {
    id: 'ship-late-apology',
    family: 'shipping',
    detectors: ['ship-deadline'],
    audience: 'buyer',
    title: { en: 'Late shipment: apology and new time', zh: '延迟发货：致歉并告知新时间' },
    body: {
      en: 'Hello {buyer}, I am sorry: your order {orderId} ({item}) has not left us on time. The delay is on our side. It will be handed to the carrier by {eta}, and I will send you the tracking number the same day. If you would rather not wait, reply here and I will cancel it with a full refund of {amount}. — {shop}',
      zh: '{buyer}您好，非常抱歉，您的订单{orderId}（{item}）没能按时发出，责任在我们。我们会在{eta}前交给快递，当天把运单号发给您。如果您不想再等，直接回复这里，我们马上为您取消并全额退款{amount}。——{shop}',
    },
  },
  {
    id: 'ship-late-compensation',
    family: 'shipping',
    detectors: ['ship-deadline'],
    audience: 'buyer',
    title: { en: 'Late shipment: shipped now, with compensation', zh: '延迟发货：已发出并补偿' },
    body: {
      en: 'Hello {buyer}, your order {orderId} ({item}) went out later than we promised, and I apologise. It is now with {carrier}, tracking number {trackingNo}. To make up for the wait we can refund part of the price; reply here and tell me if you would like that. I will check the tracking again tomorrow and write if anything looks wrong. — {shop}',
      zh: '{buyer}您好，您的订单{orderId}（{item}）比承诺的时间晚发了，向您道歉。包裹已交给{carrier}，运单号{trackingNo}。为弥补等待，我们可以为您退还部分货款，需要的话回复这里告诉我们即可。明天我们会再查一次物流，有异常第一时间告诉您。——{shop}',
    },
  },
];
