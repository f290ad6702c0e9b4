import { family, label } from './settings/cancel-pending';
import { type Bilingual, type Evidence, type Finding, type Order, type OrderStatus, orderKey } from '../schema';
import { formatHours, isoTime, msFromHours } from './explain';
import { findKeyword } from './keyword-match';
import type { Detector, DetectorResult } from './types';
import { inWindow, statusSeenWhere } from './window';
import type { ReplyTemplate } from '../templates/catalogue';

/**
 * The signal: the console's raw status says a cancellation was requested (Taobao/Douyin
 * 申请取消, Amazon "Cancellation requested"…), or a refund request's reason says cancel
 * (取消/cancel): on many consoles an unshipped cancel is filed as a refund.
 */
export const CANCEL_REQUEST_PHRASES: readonly string[] = [
  '取消申请',
  '申请取消',
  '取消中',
  '待取消',
  'cancellation requested',
  'cancel requested',
  'cancellation request',
  'requested cancellation',
  'requested to cancel',
  // Amazon's own words for it ("Buyer requested cancel", its order-report option; Sellercloud help, seen 2026-12-06).
  'requested cancel',
  // Manage Orders' line for a buyer's request, "Buyer cancellation …" (a seller extension tests the status cell for it:
  // hung303mc/chrome_extension_amz_bkteam scripts/sync_order.js, seen 2026-12-07).
  'buyer cancellation',
  'pending cancellation',
  'cancellation pending',
];
const CANCEL_REASON_WORDS: readonly string[] = ['取消', 'cancel'];
// "取消申请已拒绝", "Cancellation request declined": the request is over, not pending.
const SETTLED_WORDS: readonly string[] = ['拒绝', '驳回', '撤销', '关闭', 'rejected', 'declined', 'denied', 'withdrawn'];

/** Statuses where a cancellation can still be pending; cancelled, refunded or delivered orders are past it. */
const OPEN: ReadonlySet<OrderStatus> = new Set(['awaiting_payment', 'awaiting_shipment', 'shipped', 'refund_requested', 'unknown']);

/** The phrase that shows an open cancellation request on this order, else undefined. */
export function cancelRequestSignal(order: Order): string | undefined {
  if (!OPEN.has(order.status)) return undefined;
  if (findKeyword(order.statusRaw, SETTLED_WORDS) !== undefined) return undefined;
  const inStatus = findKeyword(order.statusRaw, CANCEL_REQUEST_PHRASES);
  if (inStatus !== undefined) return inStatus;
  const reason = order.afterSalesReason?.raw;
  if (order.status !== 'refund_requested' || findKeyword(reason, SETTLED_WORDS) !== undefined) return undefined;
  return findKeyword(reason, CANCEL_REASON_WORDS);
}

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'The buyer asked to cancel and nothing happened within the set hours; urgent at once when the order has already shipped and the parcel must be intercepted.',
  zh: '买家申请取消后在设定时间内未被处理；若订单已发货需拦截包裹，则立即列为紧急。',
};

export const cancelPending = {
  id: 'cancel-pending',
  family,
  label,
  description,
  // Its only threshold is the end of the wait (a shipped order's finding is there at once).
  // Only a request the console shows no time for is measured from when its status was first seen.
  readsStatusSince: (order) => order.requestedAt === undefined,
  changesWithTime: {
    statuses: [...OPEN],
    // Without a request shown nothing is pending (findKeyword remembers each status text's
    // match, so this costs a lookup or two per order).
    filter: () => (order) => cancelRequestSignal(order) !== undefined,
    between: (settings, window, ctx) => {
      const waitMs = msFromHours(settings.waitHours);
      // A request first seen (no time shown) waits from its status change.
      const seenEnding = statusSeenWhere(ctx, (seen) => inWindow(seen + waitMs, window));
      return (order) => (order.requestedAt !== undefined ? inWindow(order.requestedAt + waitMs, window) : seenEnding(order));
    },
  },
  run(order, ctx, now, settings): DetectorResult {
    const signal = cancelRequestSignal(order);
    if (signal === undefined) return { findings: [] };
    const observed = ctx.statusSince.get(orderKey(order));
    const since = order.requestedAt ?? observed;
    const source = order.requestedAt !== undefined ? 'console' : since !== undefined ? 'first observed' : null;
    const shipped = order.status === 'shipped' || order.shippedAt !== undefined;
    const base: Evidence = {
      signal,
      requestedAt: since === undefined ? null : isoTime(since),
      requestedAtSource: source,
      shipped,
    };

    if (shipped) {
      // Every hour the parcel travels makes interception harder: no grace period.
      const finding: Finding = {
        detector: 'cancel-pending',
        marketplace: order.marketplace,
        orderId: order.orderId,
        severity: 'P1',
        // Due at once. With no request time, the shipping time (else the order time) stands in:
        // already past, so the case sorts as overdue, and it stays put between alarms.
        dueAt: since ?? order.shippedAt ?? order.placedAt,
        evidence: {
          ...base,
          shippedAt: order.shippedAt === undefined ? null : isoTime(order.shippedAt),
          carrier: order.carrier ?? null,
          trackingNo: order.trackingNo ?? null,
        },
        explanation: {
          en: `The buyer asked to cancel ("${signal}") but the order has already shipped — ask the carrier to intercept the parcel now.`,
          zh: `买家申请取消（“${signal}”），但订单已发货，请立即联系快递拦截包裹。`,
        },
      };
      return { findings: [finding] };
    }

    if (since === undefined) return { findings: [], silence: 'no request time shown or observed' };
    const dueAt = since + msFromHours(settings.waitHours);
    if (now < dueAt) return { findings: [] };
    // "More than the limit": true until the request is handled, so the text never goes stale
    // between alarms; the pages count the time since from `dueAt`.
    const limit = formatHours(settings.waitHours);
    const finding: Finding = {
      detector: 'cancel-pending',
      marketplace: order.marketplace,
      orderId: order.orderId,
      severity: 'P2',
      dueAt,
      evidence: { ...base, waitHours: settings.waitHours },
      explanation:
        source === 'console'
          ? {
              en: `The buyer asked to cancel ("${signal}") more than ${limit.en} ago and nothing has happened since — confirm the cancellation and refund before the order ships.`,
              zh: `买家申请取消（“${signal}”）已超过 ${limit.zh}，至今未处理，请在发货前确认取消并退款。`,
            }
          : {
              en: `A cancellation request ("${signal}") was first seen more than ${limit.en} ago and nothing has happened since — confirm the cancellation and refund before the order ships.`,
              zh: `首次看到取消申请（“${signal}”）已超过 ${limit.zh}，至今未处理，请在发货前确认取消并退款。`,
            },
    };
    return { findings: [finding] };
  },
} satisfies Detector<'cancel-pending'>;

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): the pages import this export alone, never the check above.
 */
export const replies: readonly ReplyTemplate[] = [
  // Cancellation (cancel-pending).
  {
    id: 'cancel-confirmed',
    family: 'cancellation',
    detectors: ['cancel-pending'],
    audience: 'buyer',
    title: { en: 'Cancellation confirmed', zh: '已确认取消' },
    body: {
      en: 'Hello {buyer}, your order {orderId} ({item}) is cancelled as you asked and nothing will be shipped. The refund of {amount} is on its way; it usually reaches your original payment method within 1–3 business days. If you do not see it by then, reply here and I will look into it. — {shop}',
      zh: '{buyer}您好，已按您的要求取消订单{orderId}（{item}），不会再发货。退款{amount}已提交，一般1–3个工作日原路退回。如果到时还没收到，回复这里，我们帮您查。——{shop}',
    },
  },
  {
    id: 'cancel-intercept',
    family: 'cancellation',
    detectors: ['cancel-pending'],
    audience: 'buyer',
    title: { en: 'Cancellation after shipping: intercepting', zh: '已发货后取消：拦截包裹' },
    body: {
      en: 'Hello {buyer}, your cancellation for order {orderId} arrived after the parcel left with {carrier} ({trackingNo}). I have asked the carrier to stop it and send it back. If it still reaches you, you can refuse it at the door. Either way we refund {amount} as soon as the parcel is on its way back to us, and I will tell you when. — {shop}',
      zh: '{buyer}您好，您申请取消订单{orderId}时，包裹已由{carrier}发出（运单号{trackingNo}）。我们已联系快递拦截退回。如果仍然送到，您可以直接拒收。包裹一旦退回途中，我们就为您退款{amount}，届时通知您。——{shop}',
    },
  },
];
