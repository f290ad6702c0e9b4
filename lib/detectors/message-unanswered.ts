import { label } from './settings/message-unanswered';
import { type Bilingual, type Evidence, type Finding, type Order, ORDER_STATUSES } from '../schema';
import { type Settings } from '../settings';
import { formatHours, isoTime, msFromHours } from './explain';
import { MARKETPLACE_NAMES } from '../marketplaces';
import { REPLY_WINDOW_HOURS } from './platform-rules';
import type { Detector, DetectorResult } from './types';
import { inWindow } from './window';

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

export const messageUnanswered = {
  id: 'message-unanswered',
  family: 'after-sales',
  label,
  description: {
    en: 'A buyer message with no seller reply after it: warns before the marketplace’s reply window (24 h on most, every hour counted) ends and turns urgent when it passes.',
    zh: '买家留言之后卖家没有回复：在平台回复时限（多数为 24 小时，周末节假日照算）结束前提醒，超时后升级为紧急。',
  },
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
