import { family, label } from './settings/delivery-overdue';
import type { Bilingual, Finding, Order } from '../schema';
import { formatHours, isoTime, msFromHours } from './explain';
import type { Detector, DetectorResult } from './types';
import { inWindow } from './window';
import type { ReplyTemplate } from '../templates/catalogue';

/** A lateness for a sentence: hours under a day, else days to 0.1 (elapsed 24 h days). */
function formatLate(hours: number): Bilingual {
  if (hours < 24) return formatHours(hours);
  const days = Math.round((hours / 24) * 10) / 10;
  const text = Number.isInteger(days) ? String(days) : days.toFixed(1);
  return { en: `${text} ${days === 1 ? 'day' : 'days'}`, zh: `${text} 天` };
}

const parcelOf = (order: Order): Bilingual => {
  const parts = [order.carrier, order.trackingNo].filter((part): part is string => part !== undefined && part.trim() !== '');
  return parts.length === 0 ? { en: '', zh: '' } : { en: ` (${parts.join(' ')})`, zh: `（${parts.join(' ')}）` };
};

/**
 * Why the parcel is flagged, in words that stay true until its next threshold (the estimated
 * date, then urgent): "the estimated delivery date has passed", not "passed 1.5 days ago". The
 * pages show the live time from `dueAt` beside it, so the stored text never goes stale between
 * two alarms, and the alarm rewrites it only when the parcel turns urgent.
 */
function explain(order: Order, urgentAfterDays: number, urgent: boolean): Bilingual {
  const parcel = parcelOf(order);
  const limit = formatLate(urgentAfterDays * 24);
  return urgent
    ? {
        en: `Shipped${parcel.en} and not delivered at least ${limit.en} after the estimated delivery date, so it is urgent: ask the carrier to trace it.`,
        zh: `已发货${parcel.zh}但超过预计送达时间 ${limit.zh}以上仍未签收，已升级为紧急：请联系快递查件。`,
      }
    : {
        en: `Shipped${parcel.en} and not delivered: the estimated delivery date has passed (urgent from ${limit.en} late).`,
        zh: `已发货${parcel.zh}但未签收：已过预计送达时间（超过 ${limit.zh}即为紧急）。`,
      };
}

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'A shipped parcel not delivered by the estimated delivery date shown on the order; urgent once it is the set number of days late.',
  zh: '已发货的包裹超过订单显示的预计送达时间仍未签收；晚到设定天数后升级为紧急。',
};

export const deliveryOverdue = {
  id: 'delivery-overdue',
  family,
  label,
  description,
  changesWithTime: {
    statuses: ['shipped'],
    filter: () => (order) => order.deliveredAt === undefined && order.deliverBy !== undefined,
    // The result moves only at the estimated delivery time and when the parcel turns urgent.
    between: (settings, window) => {
      const urgentMs = msFromHours(settings.urgentAfterDays * 24);
      return (order) => {
        const deliverBy = order.deliverBy;
        if (order.deliveredAt !== undefined || deliverBy === undefined) return false;
        return inWindow(deliverBy, window) || inWindow(deliverBy + urgentMs, window);
      };
    },
  },
  run(order, _ctx, now, settings): DetectorResult {
    // Delivered, cancelled, refunded…: nothing left to chase.
    if (order.status !== 'shipped' || order.deliveredAt !== undefined) return { findings: [] };
    if (order.deliverBy === undefined) return { findings: [], silence: 'no estimated delivery date shown' };
    if (now < order.deliverBy) return { findings: [] };

    // Days are elapsed 24 h periods: the detector has instants, not the buyer's calendar.
    const urgentAt = order.deliverBy + msFromHours(settings.urgentAfterDays * 24);
    const urgent = now >= urgentAt;
    const finding: Finding = {
      detector: 'delivery-overdue',
      marketplace: order.marketplace,
      orderId: order.orderId,
      severity: urgent ? 'P1' : 'P2',
      dueAt: urgentAt,
      evidence: {
        deliverBy: isoTime(order.deliverBy),
        shippedAt: order.shippedAt === undefined ? null : isoTime(order.shippedAt),
        urgentAfterDays: settings.urgentAfterDays,
        carrier: order.carrier ?? null,
        trackingNo: order.trackingNo ?? null,
      },
      explanation: explain(order, settings.urgentAfterDays, urgent),
    };
    return { findings: [finding] };
  },
} satisfies Detector<'delivery-overdue'>;

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): the pages import this export alone, never the check above.
 */
export const replies: readonly ReplyTemplate[] = [
  // Delivery later than promised (delivery-overdue).
  {
    id: 'delivery-late-update',
    family: 'delivery',
    detectors: ['delivery-overdue'],
    audience: 'buyer',
    title: { en: 'Delivery late: what we know', zh: '配送延迟：最新情况' },
    body: {
      en: 'Hello {buyer}, your parcel for order {orderId} ({item}) is taking longer than promised, and I am sorry about that. It is with {carrier} under tracking number {trackingNo}; I have asked them where it is. I will tell you what they answer within one day. — {shop}',
      zh: '{buyer}您好，您订单{orderId}（{item}）的包裹比承诺的时间晚到了，很抱歉。包裹在{carrier}，运单号{trackingNo}，我们已经联系快递查询位置，一天内把结果告诉您。——{shop}',
    },
  },
  {
    id: 'delivery-late-remedy',
    family: 'delivery',
    detectors: ['delivery-overdue', 'tracking-stalled'],
    audience: 'buyer',
    title: { en: 'Delivery late: reship or refund if not there by a date', zh: '配送延迟：到期未到就补发或退款' },
    body: {
      en: 'Hello {buyer}, your order {orderId} has still not reached you. I am sorry for the trouble. If it has not arrived by {eta}, we will send a new {item} at our cost or refund {amount}, whichever you prefer; you do not need to return anything if the first parcel turns up later. I will check the tracking each day until then. — {shop}',
      zh: '{buyer}您好，您的订单{orderId}还没有送到，给您添麻烦了。如果{eta}前仍未收到，我们将免费为您补发{item}，或退款{amount}，由您选择；之后原包裹若送到，也不需要退回。在此之前我们每天都会跟进物流。——{shop}',
    },
  },
];
