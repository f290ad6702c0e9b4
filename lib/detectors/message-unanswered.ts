import { family, label } from './settings/message-unanswered';
import { type Bilingual, type Evidence, type Finding, type Order, ORDER_STATUSES } from '../schema';
import { type Settings } from '../settings';
import { formatHours, isoTime, msFromHours } from './explain';
import { MARKETPLACE_NAMES } from '../marketplaces';
import { REPLY_WINDOW_HOURS } from './platform-rules';
import type { Detector, DetectorResult } from './types';
import { inWindow } from './window';
import type { ReplyTemplate } from '../templates/catalogue';

type MessageUnansweredSettings = Settings['detectors']['message-unanswered'];

/** Enough of the buyer's words for the seller to recognise the message in the case list. */
const PREVIEW_CHARS = 120;
const preview = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= PREVIEW_CHARS ? flat : `${flat.slice(0, PREVIEW_CHARS - 1)}…`;
};

/** The reply window for the order's marketplace: the seller's hours, else the platform's. */
const windowHoursOf = (order: Order, settings: MessageUnansweredSettings): number =>
  settings.hoursByMarketplace[order.marketplace] ?? REPLY_WINDOW_HOURS[order.marketplace];

/**
 * In words that stay true until the next threshold (the window's end): the pages show the live
 * countdown from `dueAt` beside it, so the stored text never goes stale between two alarms.
 */
function explain(marketplace: keyof typeof MARKETPLACE_NAMES, windowHours: number, mine: boolean, overdue: boolean, warnHours: number): Bilingual {
  const name = MARKETPLACE_NAMES[marketplace];
  const window = formatHours(windowHours);
  const near = formatHours(warnHours);
  const rule: Bilingual = mine
    ? { en: `your reply window for ${name.en} is ${window.en}`, zh: `您为${name.zh}设定 ${window.zh}内回复` }
    : { en: `${name.en} expects a reply within ${window.en}`, zh: `${name.zh}要求 ${window.zh}内回复` };
  const state: Bilingual = overdue
    ? { en: ' — the window has passed', zh: '，已超过时限' }
    : { en: `, and the window ends in less than ${near.en}`, zh: `，距时限已不到 ${near.zh}` };
  return {
    en: `The buyer wrote with no reply since; ${rule.en}${state.en}.`,
    zh: `买家留言后没有回复；${rule.zh}${state.zh}。`,
  };
}

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'A buyer message with no seller reply after it: warns before the marketplace’s reply window (24 h on most, every hour counted) ends and turns urgent when it passes.',
  zh: '买家留言之后卖家没有回复：在平台回复时限（多数为 24 小时，周末节假日照算）结束前提醒，超时后升级为紧急。',
};

export const messageUnanswered = {
  id: 'message-unanswered',
  family,
  label,
  description,
  // Any status but cancelled: a buyer message with no reply after it.
  changesWithTime: {
    statuses: ORDER_STATUSES.filter((status) => status !== 'cancelled'),
    filter: () => (order) => order.buyerMessageAt !== undefined && !(order.sellerReplyAt !== undefined && order.sellerReplyAt >= order.buyerMessageAt),
    // Its result moves at the warning and at the window's end.
    between: (settings, window) => {
      const warnMs = msFromHours(settings.warnHours);
      return (order) => {
        const messageAt = order.buyerMessageAt;
        if (messageAt === undefined || (order.sellerReplyAt !== undefined && order.sellerReplyAt >= messageAt)) return false;
        // Absolute hours, as in `run`.
        const dueAt = messageAt + msFromHours(windowHoursOf(order, settings));
        const warn = dueAt - warnMs;
        return inWindow(warn, window) || inWindow(dueAt, window);
      };
    },
  },
  run(order, _ctx, now, settings: MessageUnansweredSettings): DetectorResult {
    if (order.status === 'cancelled') return { findings: [] };
    const messageAt = order.buyerMessageAt;
    if (messageAt === undefined) {
      // A message without its time cannot be put on the reply clock; saying nothing would hide it.
      const shown = order.buyerMessage !== undefined && order.buyerMessage.trim() !== '';
      return shown ? { findings: [], silence: 'message time not shown' } : { findings: [] };
    }
    // A reply at or after the message answers it (same minute on consoles that show minutes).
    if (order.sellerReplyAt !== undefined && order.sellerReplyAt >= messageAt) return { findings: [] };

    const windowHours = windowHoursOf(order, settings);
    const mine = settings.hoursByMarketplace[order.marketplace] !== undefined;
    // Absolute hours: the marketplace's clock runs through nights, weekends and DST changes.
    const dueAt = messageAt + msFromHours(windowHours);
    if (now < dueAt - msFromHours(settings.warnHours)) return { findings: [] };

    const overdue = now >= dueAt;
    const evidence: Evidence = {
      buyerMessageAt: isoTime(messageAt),
      sellerReplyAt: order.sellerReplyAt === undefined ? null : isoTime(order.sellerReplyAt),
      replyWindowHours: windowHours,
      windowSource: mine ? 'your setting' : 'platform rule',
      ...(order.buyerMessage === undefined ? {} : { buyerMessage: preview(order.buyerMessage) }),
    };
    const finding: Finding = {
      detector: 'message-unanswered',
      marketplace: order.marketplace,
      orderId: order.orderId,
      severity: overdue ? 'P1' : 'P2',
      dueAt,
      evidence,
      explanation: explain(order.marketplace, windowHours, mine, overdue, settings.warnHours),
    };
    return { findings: [finding] };
  },
} satisfies Detector<'message-unanswered'>;

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): the pages import this export alone, never the check above.
 */
export const replies: readonly ReplyTemplate[] = [
  // Unanswered buyer message (message-unanswered).
  {
    id: 'message-answer',
    family: 'after-sales',
    detectors: ['message-unanswered', 'seller-note'],
    audience: 'buyer',
    title: { en: 'Reply to a message', zh: '回复买家留言' },
    body: {
      en: 'Hello {buyer}, thank you for your message about order {orderId} ({item}), and sorry for the slow reply. [Answer the question plainly.] If anything else comes up, reply here and we will answer within 24 hours. — {shop}',
      zh: '{buyer}您好，感谢您关于订单{orderId}（{item}）的留言，回复晚了，抱歉。[在这里直接回答问题。] 还有其他问题随时回复这里，我们24小时内答复。——{shop}',
    },
  },
  {
    id: 'message-holding',
    family: 'after-sales',
    detectors: ['message-unanswered'],
    audience: 'buyer',
    title: { en: 'Message received, checking', zh: '已收到留言，正在核实' },
    body: {
      en: 'Hello {buyer}, we have your message about order {orderId}. I need to check a detail before answering properly, and I will reply with a full answer by {eta}. Thank you for your patience. — {shop}',
      zh: '{buyer}您好，已收到您关于订单{orderId}的留言。有个细节需要先核实，才能准确答复您，我们会在{eta}前给您完整回复，感谢耐心等待。——{shop}',
    },
  },
];
