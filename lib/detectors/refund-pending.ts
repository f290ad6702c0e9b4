import { family, label } from './settings/refund-pending';
import { type Bilingual, type Finding, type Order, orderKey } from '../schema';
import { type Settings as AllSettings } from '../settings';
import { cancelEndsAt, isCancellationAt } from './cancel-pending';
import { formatHours, formatMoney, isoTime, msFromHours, toCents } from './explain';
import { findKeyword } from './keyword-match';
import { MARKETPLACE_NAMES } from '../marketplaces';
import { REFUND_AUTO_DECISION_HOURS } from './platform-rules';
import type { Detector, DetectorResult } from './types';
import { inWindow } from './window';
import type { ReplyTemplate } from '../templates/catalogue';

type Settings = AllSettings['detectors']['refund-pending'];

/** The Chinese consoles' words for an order that has left, shown beside a refund in progress (no English: "Unshipped" holds "shipped"). */
const SHIPPED_WORDS: readonly string[] = ['已发货', '待收货', '待签收', '等待确认收货', '等待买家确认收货', '运输中', '已出库'];
type RuleKind = 'platform auto-decision' | 'reply target' | 'your setting';

/** What the buyer stands to get back: the amount asked for when shown, else everything paid. */
const amountAtStakeOf = (order: Order): number => order.refundRequested ?? order.money.paid;

/** The request's clock: from the request (else when it was first seen) to the platform's decision. */
interface RequestClock {
  since: number;
  hours: number;
  kind: RuleKind;
  afterShipping: boolean;
  decisionAt: number;
}

function requestClock(order: Order, observed: number | undefined, settings: Settings): RequestClock | undefined {
  const since = order.requestedAt ?? observed;
  if (since === undefined) return undefined;
  const rule = REFUND_AUTO_DECISION_HOURS[order.marketplace];
  // A return means the buyer has the item; a shipping time, a tracking number or the order's own state beside the
  // request (Taobao 卖家已发货, Douyin 已发货, Pinduoduo 已发货，待签收) means it left.
  const afterShipping =
    order.status === 'return_requested' || order.shippedAt !== undefined || order.trackingNo !== undefined || findKeyword(order.statusRaw, SHIPPED_WORDS) !== undefined;
  const override = settings.hoursByMarketplace[order.marketplace];
  const hours = override ?? (afterShipping ? rule.afterShipping : rule.beforeShipping);
  const kind: RuleKind = override !== undefined ? 'your setting' : rule.automatic ? 'platform auto-decision' : 'reply target';
  return { since, hours, kind, afterShipping, decisionAt: since + msFromHours(hours) };
}

/** When a returned parcel's window ends: the seller's return window from when it was first seen back. */
const returnEndOf = (observed: number, settings: Settings): number => observed + msFromHours(settings.returnWindowDays * 24);

/**
 * Refund or return request: the clock runs from the request to the platform's own decision. The
 * text says the phase (the decision less than warnHours away, or passed), which holds until the
 * next threshold: the pages count the live time from `dueAt`.
 */
function openRequest(order: Order, observed: number | undefined, now: number, settings: Settings): DetectorResult {
  const clock = requestClock(order, observed, settings);
  if (clock === undefined) return { findings: [], silence: 'no request time shown or observed' };
  const { since, hours, kind, afterShipping, decisionAt } = clock;
  if (now < decisionAt - msFromHours(settings.warnHours)) return { findings: [] };

  const passed = now >= decisionAt;
  const amount = amountAtStakeOf(order);
  const money = formatMoney(toCents(amount), order.money.currency);
  const name = MARKETPLACE_NAMES[order.marketplace];
  const limit = formatHours(hours);
  const near = formatHours(settings.warnHours);
  const isReturn = order.status === 'return_requested';
  const stage: Bilingual = afterShipping ? { en: 'after shipping', zh: '发货后' } : { en: 'before shipping', zh: '发货前' };
  const what: Bilingual = isReturn ? { en: 'Return', zh: '退货退款' } : { en: 'Refund', zh: '退款' };
  const asked: Bilingual =
    order.requestedAt !== undefined
      ? { en: `${what.en} of ${money} requested`, zh: `买家申请${what.zh} ${money}` }
      : { en: `${what.en} request of ${money} (timed from when it was first seen)`, zh: `看到${what.zh}申请 ${money}（按首次看到的时间计算）` };
  const state: Bilingual =
    kind === 'platform auto-decision'
      ? passed
        ? { en: `${name.en}'s ${limit.en} limit ${stage.en} has run out — it may already be agreed automatically`, zh: `${name.zh}${stage.zh} ${limit.zh}处理时限已过，平台可能已自动同意` }
        : { en: `${name.en} agrees to it automatically in less than ${near.en} (${limit.en} rule ${stage.en}) — answer the buyer first`, zh: `${name.zh}将在不到 ${near.zh}后自动同意（${stage.zh} ${limit.zh}规则），请先处理` }
      : kind === 'your setting'
        ? passed
          ? { en: `your ${limit.en} limit for ${name.en} has run out`, zh: `您为${name.zh}设定的 ${limit.zh}时限已过` }
          : { en: `your ${limit.en} limit for ${name.en} ends in less than ${near.en}`, zh: `距您为${name.zh}设定的 ${limit.zh}时限已不到 ${near.zh}` }
        : passed
          ? { en: `${name.en} does not decide on its own; the ${limit.en} reply target has run out`, zh: `${name.zh}不会自动处理，${limit.zh}回复目标已过` }
          : { en: `${name.en} does not decide on its own; the ${limit.en} reply target ends in less than ${near.en}`, zh: `${name.zh}不会自动处理，距 ${limit.zh}回复目标已不到 ${near.zh}` };

  const finding: Finding = {
    detector: 'refund-pending',
    marketplace: order.marketplace,
    orderId: order.orderId,
    severity: passed ? 'P1' : 'P2',
    dueAt: decisionAt,
    evidence: {
      requestedAt: isoTime(since),
      requestedAtSource: order.requestedAt !== undefined ? 'console' : 'first observed',
      stage: stage.en,
      decisionAt: isoTime(decisionAt),
      decisionHours: hours,
      decisionRule: kind,
      amountAtStake: amount,
    },
    explanation: { en: `${asked.en}; ${state.en}.`, zh: `${asked.zh}，${state.zh}。` },
  };
  return { findings: [finding] };
}

/** A parcel came back and no refund is shown: the seller's own return window runs from its arrival. */
function returnedNotRefunded(order: Order, observed: number | undefined, now: number, settings: Settings): DetectorResult {
  if (order.money.refunded !== undefined && order.money.refunded > 0) return { findings: [] };
  if (observed === undefined) return { findings: [], silence: 'return arrival not observed' };
  const endAt = returnEndOf(observed, settings);
  if (now < endAt - msFromHours(settings.warnHours)) return { findings: [] };
  const passed = now >= endAt;
  const amount = amountAtStakeOf(order);
  const money = formatMoney(toCents(amount), order.money.currency);
  const near = formatHours(settings.warnHours);
  const days = settings.returnWindowDays;
  const window: Bilingual = passed
    ? { en: `your ${days}-day return window (from when it was first seen back) has run out`, zh: `您的 ${days} 天退货处理时限（从首次看到退回起算）已过` }
    : { en: `your ${days}-day return window (from when it was first seen back) ends in less than ${near.en}`, zh: `距您的 ${days} 天退货处理时限（从首次看到退回起算）结束已不到 ${near.zh}` };
  const finding: Finding = {
    detector: 'refund-pending',
    marketplace: order.marketplace,
    orderId: order.orderId,
    severity: passed ? 'P1' : 'P2',
    dueAt: endAt,
    evidence: {
      returnedAt: isoTime(observed),
      returnWindowDays: days,
      refundDueAt: isoTime(endAt),
      amountAtStake: amount,
    },
    explanation: {
      en: `Returned parcel with no refund shown; ${window.en} — refund ${money} or tell the buyer why not.`,
      zh: `包裹已退回，尚未显示退款；${window.zh}，请退款 ${money} 或告知买家原因。`,
    },
  };
  return { findings: [finding] };
}

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'A refund or return request not answered as the platform’s automatic decision (or a 48 h reply target) nears (a refund asked before shipping is a cancellation until then, and only past it a refund case), and a returned parcel not refunded within your return window.',
  zh: '退款或退货申请临近平台自动处理时间（无自动处理的平台按 48 小时回复目标）仍未处理（发货前的退款申请在此之前按取消申请处理，过后才列为退款），或退回的包裹超过您的退货处理时限仍未退款。',
};

export const refundPending = {
  id: 'refund-pending',
  family,
  label,
  description,
  // Each clock moves the result at two instants: the warning and the decision (or the end of
  // the return window).
  // A return waits from when it was seen returned; a request the console shows no time for, from when it was seen.
  readsStatusSince: (order) => order.status === 'returned' || order.requestedAt === undefined,
  changesWithTime: {
    statuses: ['refund_requested', 'return_requested', 'returned'],
    between: (settings, window, ctx) => {
      const warnMs = msFromHours(settings.warnHours);
      return (order) => {
        let at: number;
        if (order.status === 'returned') {
          // A refunded return is settled: no key to build for the long tail of past returns.
          if (order.money.refunded !== undefined && order.money.refunded > 0) return false;
          const observed = ctx.statusSince.get(orderKey(order));
          if (observed === undefined) return false;
          at = returnEndOf(observed, settings);
        } else {
          // The status history is read only when the console shows no request time.
          const observed = order.requestedAt === undefined ? ctx.statusSince.get(orderKey(order)) : undefined;
          const clock = requestClock(order, observed, settings);
          if (clock === undefined) return false;
          at = clock.decisionAt;
          // A refund asked before shipping becomes this detector's when cancel-pending hands it over.
          const handover = cancelEndsAt(order, observed);
          if (handover !== undefined && inWindow(handover, window)) return true;
        }
        const warn = at - warnMs;
        return inWindow(warn, window) || inWindow(at, window);
      };
    },
  },
  run(order, ctx, now, settings): DetectorResult {
    const observed = ctx.statusSince.get(orderKey(order));
    if (order.status === 'returned') return returnedNotRefunded(order, observed, now, settings);
    if (order.status !== 'refund_requested' && order.status !== 'return_requested') return { findings: [] };
    // A cancellation filed as a refund, or a refund asked before shipping until the platform's own decision, is
    // cancel-pending's case: one case per problem.
    if (isCancellationAt(order, observed, now)) return { findings: [] };
    return openRequest(order, observed, now, settings);
  },
} satisfies Detector<'refund-pending'>;

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): the pages import this export alone, never the check above.
 */
export const replies: readonly ReplyTemplate[] = [
  // Refunds and returns (refund-pending; repeat-refunder cases get the same neutral replies).
  {
    id: 'refund-ack',
    family: 'refund',
    detectors: ['refund-pending', 'repeat-refunder'],
    audience: 'buyer',
    title: { en: 'Refund request received', zh: '已收到退款申请' },
    body: {
      en: 'Hello {buyer}, we have your refund request for order {orderId} ({item}). I am sorry the item did not work out. Could you send a photo of the item and, if there is one, of the problem? We will decide within 24 hours of receiving it and tell you the outcome here. — {shop}',
      zh: '{buyer}您好，已收到您订单{orderId}（{item}）的退款申请，商品让您不满意，很抱歉。麻烦您拍一张商品照片，如有问题也请拍下问题部位。收到后24小时内给您处理结果，并在这里回复您。——{shop}',
    },
  },
  {
    id: 'refund-return-steps',
    family: 'refund',
    detectors: ['refund-pending'],
    audience: 'buyer',
    title: { en: 'Return accepted: how to send it back', zh: '同意退货：寄回方式' },
    body: {
      en: 'Hello {buyer}, your return for order {orderId} ({item}) is accepted. Please send the item back using the return address shown in the order, and enter the return tracking number there. If the fault is ours, the return postage is on us. We refund {amount} within one business day of receiving the parcel and will let you know when it arrives. — {shop}',
      zh: '{buyer}您好，您订单{orderId}（{item}）的退货申请已同意。请按订单中显示的退货地址寄回，并在订单里填写退货运单号。如果是我们的问题，退货运费由我们承担。收到包裹后一个工作日内退款{amount}，到货时会通知您。——{shop}',
    },
  },
  // Stage updates, with a clear time expectation.
  {
    id: 'stage-return-received',
    family: 'stage',
    detectors: ['refund-pending', 'repeat-refunder', 'dispute-open'],
    audience: 'buyer',
    title: { en: 'Update: return received', zh: '进度：退货已收到' },
    body: {
      en: 'Hello {buyer}, the item you sent back for order {orderId} has arrived. We are checking it today, and your refund of {amount} will be issued within one business day. I will write again as soon as it is issued. — {shop}',
      zh: '{buyer}您好，您订单{orderId}寄回的商品我们已收到，今天完成验收，一个工作日内为您退款{amount}，退款后会再通知您。——{shop}',
    },
  },
  {
    id: 'stage-refund-issued',
    family: 'stage',
    detectors: ['refund-pending', 'cancel-pending', 'dispute-open', 'repeat-refunder'],
    audience: 'buyer',
    title: { en: 'Update: refund issued', zh: '进度：退款已完成' },
    body: {
      en: 'Hello {buyer}, the refund of {amount} for order {orderId} has been issued today. It normally appears on your original payment method within 1–3 business days (some banks take up to 5). If it has not arrived after that, reply here and I will chase it for you. — {shop}',
      zh: '{buyer}您好，您订单{orderId}的退款{amount}今天已退出，一般1–3个工作日原路到账（部分银行最长5个工作日）。超过时间仍未到账，回复这里，我们帮您跟进。——{shop}',
    },
  },
  {
    id: 'stage-replacement-shipped',
    family: 'stage',
    detectors: ['tracking-stalled', 'delivery-overdue', 'refund-pending', 'dispute-open', 'address-issue'],
    audience: 'buyer',
    title: { en: 'Update: replacement shipped', zh: '进度：补发已寄出' },
    body: {
      en: 'Hello {buyer}, your replacement {item} for order {orderId} has shipped with {carrier}, tracking number {trackingNo}. It should reach you by {eta}. I will keep an eye on the tracking and write if it stalls. — {shop}',
      zh: '{buyer}您好，您订单{orderId}的补发商品{item}已通过{carrier}寄出，运单号{trackingNo}，预计{eta}前送达。我们会持续关注物流，如有停滞会及时告诉您。——{shop}',
    },
  },
];
