import { family, label } from './settings/repeat-refunder';
import type { Bilingual, Finding, Order, OrderStatus } from '../schema';
import { isoTime, msFromHours } from './explain';
import { foldText } from './keyword-match';
import type { Detector, DetectorContext, DetectorResult } from './types';
import { NONE_IN_WINDOW } from './window';
import type { ReplyTemplate } from '../templates/catalogue';

const REFUND_STATUSES: ReadonlySet<OrderStatus> = new Set(['refund_requested', 'refunded', 'return_requested', 'returned']);
/** Orders the seller can still act on (hold, check, ask for proof); finished ones are history. */
const LIVE: ReadonlySet<OrderStatus> = new Set(['awaiting_payment', 'awaiting_shipment', 'shipped', 'refund_requested', 'return_requested', 'disputed']);

/** A refund or return, of the whole order or of some of its items (Taobao's 售后 per item: the order keeps its parcel's status). */
const isRefundLike = (order: Order): boolean => REFUND_STATUSES.has(order.status) || (order.money.refunded ?? 0) > 0 || (order.afterSales?.refunded ?? 0) > 0;

interface RefundEvent {
  at: number;
  orderId: string;
}

/**
 * Buyer → their refunds/returns, oldest first. Keyed by marketplace and the buyer as shown
 * (width and case folded): buyer ids are per platform. The list shows no refund time, so a refund counts
 * at its request time when shown, else at the order time.
 */
function refundsByBuyer(ctx: DetectorContext): ReadonlyMap<string, readonly RefundEvent[]> {
  return ctx.memo('repeat-refunder:refunds-by-buyer', () => {
    const index = new Map<string, RefundEvent[]>();
    for (const order of ctx.orders) {
      // The cheap status test first: most orders are no refund, and folding a name costs.
      if (!isRefundLike(order) || order.buyer === undefined) continue;
      const buyer = foldText(order.buyer);
      if (buyer === '') continue;
      const key = `${order.marketplace}|${buyer}`;
      const event = { at: order.requestedAt ?? order.placedAt, orderId: order.orderId };
      const list = index.get(key);
      if (list === undefined) index.set(key, [event]);
      else list.push(event);
    }
    for (const list of index.values()) list.sort((a, b) => a.at - b.at || (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0));
    return index;
  });
}

/** Index of the first event at or after `from` (binary search in a list sorted by time). */
function firstAtOrAfter(events: readonly RefundEvent[], from: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.at < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** At most this many order ids are listed in the evidence and the sentence (the most recent). */
const LISTED = 5;

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'A live order from a buyer with many refunds or returns in this shop within the window, or on your block list.',
  zh: '下单买家在本店时间窗口内多次退款或退货，或在您的黑名单中。',
};

export const repeatRefunder = {
  id: 'repeat-refunder',
  family,
  label,
  description,
  readsOrdersSharing: ['buyer'],
  // The refund window ends at now, and a blocked buyer's finding counts refunds in it. Nothing
  // else moves with the clock: the result changes only when a refund leaves the window.
  changesWithTime: {
    statuses: [...LIVE],
    between: (settings, { since, now }, ctx) => {
      // A refund at `at` counts at time x while at ≥ x − window: it leaves between `since` and
      // `now` when since − window ≤ at < now − window. One pass (over the orders whose clock runs) finds the buyers
      // with such a refund, testing the time first (in an alarm's 15 minutes, almost none), so
      // most alarms fold no name and build no index; then a live order costs a buyer lookup at most.
      const windowMs = msFromHours(settings.windowDays * 24);
      const from = since - windowMs;
      const to = now - windowMs;
      let leaving: Set<string> | undefined;
      // Its refunds are among the orders whose clock runs (`scans`).
      const orders = ctx.clocked?.orders ?? ctx.orders;
      // An index loop: this pass is most of what the alarm spends on this detector.
      for (let i = 0; i < orders.length; i++) {
        const order = orders[i]!;
        const at = order.requestedAt ?? order.placedAt;
        if (at < from || at > to || !isRefundLike(order) || order.buyer === undefined) continue;
        (leaving ??= new Set()).add(`${order.marketplace}|${foldText(order.buyer)}`);
      }
      if (leaving === undefined) return NONE_IN_WINDOW;
      const buyers = leaving;
      return (order) => order.buyer !== undefined && buyers.has(`${order.marketplace}|${foldText(order.buyer)}`);
    },
    // A refund, in whatever status, may leave the window of the buyer's live orders.
    scans: () => (order) => order.buyer !== undefined && isRefundLike(order),
  },
  run(order, ctx, now, settings): DetectorResult {
    if (!LIVE.has(order.status)) return { findings: [] };
    const folded = order.buyer === undefined ? '' : foldText(order.buyer);
    if (folded === '') return { findings: [], silence: 'no buyer shown' };
    const buyer = order.buyer!.trim();
    const blocked = ctx.memo('repeat-refunder:block-list', () => new Set(settings.blockList.map(foldText))).has(folded);
    const events = refundsByBuyer(ctx).get(`${order.marketplace}|${folded}`) ?? [];
    const first = firstAtOrAfter(events, now - msFromHours(settings.windowDays * 24));
    const repeat = events.length - first >= settings.minRefunds;
    if (!repeat && !blocked) return { findings: [] };
    const recent = events.slice(first);

    const listed = recent.slice(-LISTED).map((event) => event.orderId);
    const count = recent.length;
    const days = settings.windowDays;
    const history = {
      en: `had ${count} refunds or returns in the last ${days} days (orders ${listed.join(', ')}; your threshold ${settings.minRefunds})`,
      zh: `近 ${days} 天有 ${count} 次退款或退货（订单 ${listed.join('、')}；您的阈值 ${settings.minRefunds} 次）`,
    };
    const explanation = repeat
      ? blocked
        ? { en: `Buyer ${buyer} is on your block list and ${history.en} — keep an eye on this order.`, zh: `买家 ${buyer} 在您的黑名单中，且${history.zh}，请留意此订单。` }
        : { en: `Buyer ${buyer} ${history.en} — keep an eye on this order.`, zh: `买家 ${buyer} ${history.zh}，请留意此订单。` }
      : { en: `Buyer ${buyer} is on your block list — keep an eye on this order.`, zh: `买家 ${buyer} 在您的黑名单中，请留意此订单。` };

    const finding: Finding = {
      detector: 'repeat-refunder',
      marketplace: order.marketplace,
      orderId: order.orderId,
      severity: 'P3',
      evidence: {
        buyer,
        refundCount: count,
        minRefunds: settings.minRefunds,
        windowDays: days,
        refundOrders: listed.length > 0 ? listed.join(', ') : null,
        lastRefundAt: recent.length > 0 ? isoTime(recent[recent.length - 1]!.at) : null,
        onBlockList: blocked,
      },
      explanation,
    };
    return { findings: [finding] };
  },
} satisfies Detector<'repeat-refunder'>;

/** A buyer's refund history is the seller's to weigh, not to raise with them: its cases list refund-pending's neutral replies, which name it. */
export const replies: readonly ReplyTemplate[] = [];
