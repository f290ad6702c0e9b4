import { family, label } from './settings/cancel-pending';
import { type Bilingual, type Evidence, type Finding, type Order, type OrderStatus, orderKey } from '../schema';
import { formatHours, isoTime, msFromHours } from './explain';
import { findKeyword } from './keyword-match';
import { MARKETPLACE_NAMES } from '../marketplaces';
import { REFUND_AUTO_DECISION_HOURS } from './platform-rules';
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

/** The phrase that shows a cancellation request in so many words (status or refund reason), else undefined. */
function namedCancelSignal(order: Order): string | undefined {
  if (!OPEN.has(order.status)) return undefined;
  if (findKeyword(order.statusRaw, SETTLED_WORDS) !== undefined) return undefined;
  const inStatus = findKeyword(order.statusRaw, CANCEL_REQUEST_PHRASES);
  if (inStatus !== undefined) return inStatus;
  const reason = order.afterSalesReason?.raw;
  if (order.status !== 'refund_requested' || findKeyword(reason, SETTLED_WORDS) !== undefined) return undefined;
  return findKeyword(reason, CANCEL_REASON_WORDS);
}

/*
 * A refund asked before shipping is how a buyer cancels a paid order on the Chinese consoles: they have no
 * cancel request of their own once an order is paid, and before shipping the only after-sale a buyer can file is
 * a refund alone (searched code/docs 2026-12-07; file ids are the session search index's):
 * - Douyin 抖店's after-sale types are 0 退货退款, 1 已发货仅退款, 2 未发货仅退款, 3 换货 (the open platform's
 *   AfterSaleListParam.aftersale_type, file 67481725728), and 售后工作台's own list answer says per request whether the
 *   goods had shipped (text_part.logistics_shipped_text, 商品发货状态, beside after_sale_type_text, 售后类型: file
 *   36532761829); its buyers' reasons for a refund before shipping are 我不想要了, 买错了/买多了, 地址/电话填写错误
 *   (发货前仅退款 reason codes, developer.open-douyin.com mini-app plugin-refund-life).
 * - Taobao: WAIT_SELLER_AGREE 买家已经申请退款，等待卖家同意 on a trade still 买家已付款 (file 47189090667).
 * - Order ERPs treat an unshipped refund as a cancellation to stop at the warehouse: one pushes "未发货仅退款订单的拦截取消
 *   结果" back to Taobao's AliGenius (file 475071346); JD's 售前退款 audit list has 6 拦截并退款, 7 青龙拦截成功 (file
 *   43263323640).
 * The lists show it as the order's state to ship beside a refund in progress: Taobao's 买家已付款 with 退款中 in its 售后
 * column, Pinduoduo's 待发货 with 售后状态 退款中, Douyin's 待发货 with the item's after_sale_text 退款中 (each
 * adapter cites its source). Until the platform settles the refund on its own (its profile's hours before shipping:
 * 48 h on all four), the seller's job is a cancellation's: do not ship, agree the refund. From then it may already be
 * refunded, which refund-pending says (P1): one case at a time for one request.
 */
/** Words for an order's own state still to ship (the lists' words for WAIT_SELLER_SEND_GOODS and its kin). */
const TO_SHIP_WORDS: readonly string[] = ['待发货', '等待发货', '买家已付款', '等待出库', '待出库', '未发货'];
/** Words for a refund asked and not yet settled. */
const REFUND_ASKED_WORDS: readonly string[] = ['退款中', '申请退款', '退款申请'];

/** "待发货 / 退款中" when the order shows a refund asked before it shipped, else undefined. */
export function refundBeforeShippingSignal(order: Order): string | undefined {
  if (order.status !== 'refund_requested' || order.shippedAt !== undefined || order.trackingNo !== undefined) return undefined;
  if (findKeyword(order.statusRaw, SETTLED_WORDS) !== undefined) return undefined;
  const toShip = findKeyword(order.statusRaw, TO_SHIP_WORDS);
  if (toShip === undefined) return undefined;
  const refund = findKeyword(order.statusRaw, REFUND_ASKED_WORDS);
  return refund === undefined ? undefined : `${toShip} / ${refund}`;
}

/** Hours from a refund asked before shipping to the platform's own decision (its reply target where it has none). */
const platformHoursOf = (order: Order): number => REFUND_AUTO_DECISION_HOURS[order.marketplace].beforeShipping;

/** The phrase that shows an open cancellation request on this order, else undefined. */
export function cancelRequestSignal(order: Order): string | undefined {
  return namedCancelSignal(order) ?? refundBeforeShippingSignal(order);
}

/**
 * When a refund asked before shipping stops being a cancellation to answer and becomes refund-pending's: the
 * platform's own decision time, from the request (else from when it was first seen). Undefined for any other
 * request (a cancellation named as such is cancel-pending's for good) or with no time to count from.
 */
export function cancelEndsAt(order: Order, observed: number | undefined): number | undefined {
  if (namedCancelSignal(order) !== undefined || refundBeforeShippingSignal(order) === undefined) return undefined;
  const since = order.requestedAt ?? observed;
  return since === undefined ? undefined : since + msFromHours(platformHoursOf(order));
}

/** Whether the request shown on the order is cancel-pending's to raise at `now` (so refund-pending raises none). */
export function isCancellationAt(order: Order, observed: number | undefined, now: number): boolean {
  if (cancelRequestSignal(order) === undefined) return false;
  const endsAt = cancelEndsAt(order, observed);
  return endsAt === undefined || now < endsAt;
}

/**
 * The case of a refund asked before shipping: a cancellation to answer before the platform settles it on its
 * own, said with the platform's hours (or, where it decides nothing itself, its reply target).
 */
function refundBeforeShipping(order: Order, signal: string, fromRequest: boolean, base: Evidence, dueAt: number, endsAt: number, wait: Bilingual): Finding {
  const hours = platformHoursOf(order);
  const limit = formatHours(hours);
  const name = MARKETPLACE_NAMES[order.marketplace];
  const from: Bilingual = fromRequest ? { en: 'after the request', zh: '申请后' } : { en: 'from when it was first seen', zh: '自首次看到起' };
  const before: Bilingual = REFUND_AUTO_DECISION_HOURS[order.marketplace].automatic
    ? { en: `before ${name.en} refunds it on its own (${limit.en} ${from.en})`, zh: `在${name.zh}自动退款（${from.zh} ${limit.zh}）前同意退款` }
    : { en: `within the ${limit.en} reply target (${from.en})`, zh: `在 ${limit.zh}回复目标内（${from.zh}）同意退款` };
  const asked: Bilingual = fromRequest
    ? { en: `The buyer asked for a refund before the order shipped ("${signal}") more than ${wait.en} ago`, zh: `买家在发货前申请退款（“${signal}”）已超过 ${wait.zh}` }
    : { en: `A refund asked before the order shipped ("${signal}") was first seen more than ${wait.en} ago`, zh: `首次看到发货前的退款申请（“${signal}”）已超过 ${wait.zh}` };
  return {
    detector: 'cancel-pending',
    marketplace: order.marketplace,
    orderId: order.orderId,
    severity: 'P2',
    dueAt,
    evidence: { ...base, refundDecisionAt: isoTime(endsAt), refundDecisionHours: hours },
    explanation: {
      en: `${asked.en}: the buyer is cancelling — do not ship it, and agree the refund ${before.en}.`,
      zh: `${asked.zh}，即买家要取消订单：请勿发货，并${before.zh}。`,
    },
  };
}

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'The buyer asked to cancel (on the Chinese consoles: asked for a refund before the order shipped) and nothing happened within the set hours; urgent at once when the order has already shipped and the parcel must be intercepted.',
  zh: '买家申请取消（国内平台上即发货前申请退款）后在设定时间内未被处理；若订单已发货需拦截包裹，则立即列为紧急。',
};

export const cancelPending = {
  id: 'cancel-pending',
  family,
  label,
  description,
  // Its thresholds are the end of the wait (a shipped order's finding is there at once) and, for a refund asked
  // before shipping, the platform's own decision, where it hands the request to refund-pending.
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
      // A refund asked before shipping also ends at the platform's own decision (refund-pending's from then):
      // first the changes whose end could fall in the window at any platform's hours, then the order's own.
      const platformMs = [...new Set(Object.values(REFUND_AUTO_DECISION_HOURS).map((r) => msFromHours(r.beforeShipping)))];
      const seenHandedOver = statusSeenWhere(ctx, (seen) => platformMs.some((ms) => inWindow(seen + ms, window)));
      const handedOver = (order: Order): boolean => {
        if (order.requestedAt === undefined && !seenHandedOver(order)) return false;
        const endsAt = cancelEndsAt(order, order.requestedAt === undefined ? ctx.statusSince.get(orderKey(order)) : undefined);
        return endsAt !== undefined && inWindow(endsAt, window);
      };
      return (order) => (order.requestedAt !== undefined ? inWindow(order.requestedAt + waitMs, window) : seenEnding(order)) || handedOver(order);
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
    // A refund asked before shipping is refund-pending's once the platform may have settled it on its own.
    const endsAt = cancelEndsAt(order, observed);
    if (endsAt !== undefined && now >= endsAt) return { findings: [] };
    const dueAt = since + msFromHours(settings.waitHours);
    if (now < dueAt) return { findings: [] };
    // "More than the limit": true until the request is handled, so the text never goes stale
    // between alarms; the pages count the time since from `dueAt`.
    const limit = formatHours(settings.waitHours);
    if (endsAt !== undefined) return { findings: [refundBeforeShipping(order, signal, source === 'console', { ...base, waitHours: settings.waitHours }, dueAt, endsAt, limit)] };
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
