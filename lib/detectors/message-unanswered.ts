import { DETECTOR_LABELS } from './labels';
import { type Bilingual, type Evidence, type Finding, ORDER_STATUSES, type Settings } from '../schema';
import { formatHours, hoursFromMs, isoTime, MARKETPLACE_NAMES, msFromHours } from './explain';
import { REPLY_WINDOW_HOURS } from './platform-rules';
import type { Detector, DetectorResult } from './types';

type MessageUnansweredSettings = Settings['detectors']['message-unanswered'];

/** Enough of the buyer's words for the seller to recognise the message in the case list. */
const PREVIEW_CHARS = 120;
const preview = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= PREVIEW_CHARS ? flat : `${flat.slice(0, PREVIEW_CHARS - 1)}…`;
};

function explain(
  marketplace: keyof typeof MARKETPLACE_NAMES,
  windowHours: number,
  mine: boolean,
  messageAt: number,
  dueAt: number,
  now: number,
): Bilingual {
  const name = MARKETPLACE_NAMES[marketplace];
  const since = formatHours(hoursFromMs(now - messageAt));
  const gap = formatHours(hoursFromMs(Math.abs(dueAt - now)));
  const window = formatHours(windowHours);
  const rule: Bilingual = mine
    ? { en: `your reply window for ${name.en} is ${window.en}`, zh: `你为${name.zh}设定 ${window.zh}内回复` }
    : { en: `${name.en} expects a reply within ${window.en}`, zh: `${name.zh}要求 ${window.zh}内回复` };
  const state: Bilingual =
    now < dueAt
      ? { en: `${gap.en} left`, zh: `还剩 ${gap.zh}` }
      : now === dueAt
        ? { en: 'the window ends now', zh: '现在已到时限' }
        : { en: `${gap.en} overdue`, zh: `已超时 ${gap.zh}` };
  return {
    en: `The buyer wrote ${since.en} ago with no reply since; ${rule.en} — ${state.en}.`,
    zh: `买家留言已 ${since.zh}，之后没有回复；${rule.zh}，${state.zh}。`,
  };
}

export const messageUnanswered = {
  id: 'message-unanswered',
  family: 'after-sales',
  label: DETECTOR_LABELS['message-unanswered'],
  description: {
    en: 'A buyer message with no seller reply after it: warns before the marketplace’s reply window (24 h on most, every hour counted) ends and turns urgent when it passes.',
    zh: '买家留言之后卖家没有回复：在平台回复时限（多数为 24 小时，周末节假日照算）结束前提醒，超时后升级为紧急。',
  },
  // Any status but cancelled: a buyer message with no reply after it.
  changesWithTime: {
    statuses: ORDER_STATUSES.filter((status) => status !== 'cancelled'),
    filter: () => (order) => order.buyerMessageAt !== undefined && !(order.sellerReplyAt !== undefined && order.sellerReplyAt >= order.buyerMessageAt),
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

    const override = settings.hoursByMarketplace[order.marketplace];
    const windowHours = override ?? REPLY_WINDOW_HOURS[order.marketplace];
    // Absolute hours: the marketplace's clock runs through nights, weekends and DST changes.
    const dueAt = messageAt + msFromHours(windowHours);
    if (now < dueAt - msFromHours(settings.warnHours)) return { findings: [] };

    const overdue = now >= dueAt;
    const evidence: Evidence = {
      buyerMessageAt: isoTime(messageAt),
      sellerReplyAt: order.sellerReplyAt === undefined ? null : isoTime(order.sellerReplyAt),
      replyWindowHours: windowHours,
      windowSource: override === undefined ? 'platform rule' : 'your setting',
      hoursSinceMessage: hoursFromMs(now - messageAt),
      ...(overdue ? { hoursOverdue: hoursFromMs(now - dueAt) } : { hoursLeft: hoursFromMs(dueAt - now) }),
      ...(order.buyerMessage === undefined ? {} : { buyerMessage: preview(order.buyerMessage) }),
    };
    const finding: Finding = {
      detector: 'message-unanswered',
      marketplace: order.marketplace,
      orderId: order.orderId,
      severity: overdue ? 'P1' : 'P2',
      dueAt,
      evidence,
      explanation: explain(order.marketplace, windowHours, override !== undefined, messageAt, dueAt, now),
    };
    return { findings: [finding] };
  },
} satisfies Detector<'message-unanswered'>;
