import { family, label } from './settings/dispute-open';
import { type Bilingual, type Finding, type Order, ORDER_STATUSES, type OrderStatus, orderKey } from '../schema';
import { formatHours, isoTime, msFromHours } from './explain';
import { MARKETPLACE_NAMES } from '../marketplaces';
import { keywordMatcher, withExtra } from './keyword-match';
import type { Detector, DetectorResult } from './types';
import { inWindow, statusSeenWhere } from './window';
import type { ReplyTemplate } from '../templates/catalogue';

/** Complaint, dispute and chargeback words as consoles and carriers show them. The seller adds their own. */
export const DISPUTE_KEYWORDS: readonly string[] = [
  '投诉',
  '纠纷',
  '平台介入',
  '小二介入',
  '客服介入',
  '仲裁',
  '维权',
  'complaint',
  'dispute',
  'chargeback',
  'a-to-z',
  'money back guarantee',
  'escalated',
];
// "投诉已撤销", "Dispute closed", "Chargeback won": over, nothing left to answer.
const SETTLED_WORDS: readonly string[] = ['撤销', '撤回', '已结束', '已关闭', '已完结', 'withdrawn', 'closed', 'resolved', 'dispute won', 'chargeback won'];

/** On a finished order only the console's current status text is trusted: a reason or tracking line may be old. */
const CLOSED: ReadonlySet<OrderStatus> = new Set(['cancelled', 'refunded', 'completed']);

type SignalField = 'status' | 'status text' | 'after-sales reason' | 'tracking event';

type Signal = { text: string; field: SignalField };
type SignalIn = (text: string | undefined, field: SignalField) => Signal | undefined;

/** A test for a complaint keyword in a text that does not also say it is settled. */
function signalFinder(keywords: readonly string[]): SignalIn {
  const find = keywordMatcher(keywords);
  const settled = keywordMatcher(SETTLED_WORDS);
  return (text, field) => {
    const keyword = find(text);
    return keyword !== undefined && settled(text) === undefined ? { text: keyword, field } : undefined;
  };
}

const finders = new WeakMap<readonly string[], SignalIn>();
/** One finder per keyword list (per settings): `run` is called on every order of a full evaluation. */
function finderFor(keywords: readonly string[]): SignalIn {
  let finder = finders.get(keywords);
  if (finder === undefined) finders.set(keywords, (finder = signalFinder(keywords)));
  return finder;
}

function disputeSignal(order: Order, signalIn: SignalIn): Signal | undefined {
  if (order.status === 'disputed') return { text: order.statusRaw, field: 'status' };
  const inStatus = signalIn(order.statusRaw, 'status text');
  if (inStatus !== undefined || CLOSED.has(order.status)) return inStatus;
  return signalIn(order.afterSalesReason?.raw, 'after-sales reason') ?? signalIn(order.trackingEvent, 'tracking event');
}

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'A complaint, dispute, chargeback, A-to-z claim or platform intervention is shown: reply by the due date the console shows, else within the reply window.',
  zh: '订单出现投诉、纠纷、信用卡拒付、亚马逊交易保障索赔或平台介入：按后台显示的截止时间回复，否则在回复时限内回复。',
};

export const disputeOpen = {
  id: 'dispute-open',
  family,
  label,
  description,
  // A complaint signal in the order's text (the reply clock then runs), in any status.
  // Only a complaint the console shows no time for waits from its status change.
  readsStatusSince: (order) => order.requestedAt === undefined,
  changesWithTime: {
    statuses: ORDER_STATUSES,
    filter: (settings) => {
      const signalIn = finderFor(withExtra(DISPUTE_KEYWORDS, settings.extraKeywords));
      return (order) => disputeSignal(order, signalIn) !== undefined;
    },
    // The seller's extra keywords decide which orders carry a complaint.
    clockSettings: (settings) => settings.extraKeywords,
    // Its only threshold is the due time; the keyword test is left to `run` (err on the side of true).
    between: (settings, window, ctx) => {
      const replyMs = msFromHours(settings.replyHours);
      // A complaint with no time shown waits from its status change.
      const seenEnding = statusSeenWhere(ctx, (seen) => inWindow(seen + replyMs, window));
      return (order) => {
        const from = order.requestedAt;
        const dueAt = order.disputeDueAt ?? (from === undefined ? undefined : from + replyMs);
        return dueAt !== undefined ? inWindow(dueAt, window) : seenEnding(order);
      };
    },
  },
  run(order, ctx, now, settings): DetectorResult {
    const signal = disputeSignal(order, finderFor(withExtra(DISPUTE_KEYWORDS, settings.extraKeywords)));
    if (signal === undefined) return { findings: [] };
    const observed = ctx.statusSince.get(orderKey(order));
    const since = order.requestedAt ?? observed;
    // A due date on the page (Shopify chargebacks) is the platform's and cannot be extended: it wins.
    const dueAt = order.disputeDueAt ?? (since === undefined ? undefined : since + msFromHours(settings.replyHours));
    if (dueAt === undefined) return { findings: [], silence: 'no complaint time or due date shown or observed' };
    const source = order.disputeDueAt !== undefined ? 'console' : order.requestedAt !== undefined ? 'request time' : 'first observed';

    // Said in words that hold until the due time (the only threshold): the pages count the time
    // left or overdue live from `dueAt`, so the stored text never goes stale between alarms.
    const overdue = now >= dueAt;
    const name = MARKETPLACE_NAMES[order.marketplace];
    let explanation: Bilingual;
    if (source === 'console') {
      explanation = overdue
        ? { en: `A dispute is open ("${signal.text}") and the response due date ${name.en} shows has passed.`, zh: `订单有投诉/纠纷（“${signal.text}”），${name.zh}后台显示的回复截止时间已过。` }
        : { en: `A dispute is open ("${signal.text}"): respond by the due date ${name.en} shows, which cannot be extended.`, zh: `订单有投诉/纠纷（“${signal.text}”），请在${name.zh}后台显示的回复截止时间前回复，且不能延期。` };
    } else {
      const window = formatHours(settings.replyHours);
      const raised: Bilingual =
        source === 'request time'
          ? { en: `A complaint or dispute ("${signal.text}") was raised`, zh: `买家发起投诉/纠纷（“${signal.text}”）` }
          : { en: `A complaint or dispute ("${signal.text}") is shown (timed from when it was first seen)`, zh: `看到投诉/纠纷（“${signal.text}”），按首次看到的时间计算` };
      explanation = overdue
        ? { en: `${raised.en}; the ${window.en} reply window has passed.`, zh: `${raised.zh}，${window.zh}回复时限已过。` }
        : { en: `${raised.en}; reply within the ${window.en} window.`, zh: `${raised.zh}，请在 ${window.zh}回复时限内回复。` };
    }

    const finding: Finding = {
      detector: 'dispute-open',
      marketplace: order.marketplace,
      orderId: order.orderId,
      severity: 'P1',
      dueAt,
      evidence: {
        signal: signal.text,
        signalIn: signal.field,
        requestedAt: since === undefined ? null : isoTime(since),
        replyDueAt: isoTime(dueAt),
        dueSource: source,
        replyHours: source === 'console' ? null : settings.replyHours,
      },
      explanation,
    };
    return { findings: [finding] };
  },
} satisfies Detector<'dispute-open'>;

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): the pages import this export alone, never the check above.
 */
export const replies: readonly ReplyTemplate[] = [
  // Complaints and disputes (dispute-open): acknowledge within 24 h, investigate, resolve, report back.
  {
    id: 'dispute-ack',
    family: 'complaints',
    detectors: ['dispute-open', 'negative-review', 'refund-pending'],
    step: 'acknowledge',
    audience: 'buyer',
    title: { en: 'Complaint acknowledged', zh: '已受理投诉' },
    body: {
      en: 'Hello {buyer}, thank you for telling us about the problem with order {orderId} ({item}). I am sorry it happened. I am checking the order, the packing and the tracking now, and I will come back to you with what I found and a proposed solution within 24 hours. If you have photos, please add them here; they help us settle it faster. — {shop}',
      zh: '{buyer}您好，感谢您告诉我们订单{orderId}（{item}）的问题，给您带来不便，非常抱歉。我们正在核查订单、打包和物流记录，24小时内把核查结果和解决方案回复给您。如有照片，请一并发在这里，能帮我们更快处理。——{shop}',
    },
  },
  {
    id: 'dispute-resolution',
    family: 'complaints',
    detectors: ['dispute-open'],
    step: 'remedy',
    audience: 'buyer',
    title: { en: 'Complaint: what we found and what we do', zh: '投诉：核查结果与处理方案' },
    body: {
      en: 'Hello {buyer}, I have looked into order {orderId}. What happened: [explain in one or two sentences]. We are sorry for our part in it. To put it right we will [reship / refund {amount} / partial refund]; this is done by {eta}. I will check with you after that to make sure the problem is solved. — {shop}',
      zh: '{buyer}您好，订单{orderId}的情况我们已核查清楚：[用一两句话说明原因]。我们这边有做得不好的地方，向您致歉。处理方案是[补发 / 退款{amount} / 部分退款]，将在{eta}前完成。完成后我们会再联系您，确认问题已经解决。——{shop}',
    },
  },
  {
    id: 'complaint-evidence',
    family: 'complaints',
    detectors: ['dispute-open', 'refund-pending', 'negative-review'],
    step: 'evidence',
    audience: 'buyer',
    title: { en: 'Complaint: photos, please', zh: '投诉：请您提供照片' },
    body: {
      en: 'Hello {buyer}, to settle the problem with order {orderId} ({item}) quickly, could you send us here a photo of the item, a photo of the box and its shipping label, and a few words on what is wrong? If you can send them by {eta}, I will give you our answer the same day. — {shop}',
      zh: '{buyer}您好，为了尽快解决订单{orderId}（{item}）的问题，麻烦您在这里发给我们：商品照片、外包装和快递面单的照片，并简单说明问题。如果您能在{eta}前发来，我们当天就给您答复。——{shop}',
    },
  },
  {
    id: 'complaint-close',
    family: 'complaints',
    detectors: ['dispute-open', 'refund-pending', 'negative-review'],
    step: 'close',
    audience: 'buyer',
    title: { en: 'Complaint: done, and checking with you', zh: '投诉：已处理，向您确认' },
    body: {
      en: 'Hello {buyer}, what we promised for order {orderId} is done: {amount} has been refunded (or the replacement has shipped). Please check that it reached you. If anything about {item} is still not right, reply here and we will take it up again at once. Thank you for your patience. — {shop}',
      zh: '{buyer}您好，订单{orderId}答应您的处理已经完成：已退款{amount}（或补发已寄出），请您查收。如果{item}还有任何问题，回复这里，我们马上继续处理。感谢您的耐心。——{shop}',
    },
  },
];
