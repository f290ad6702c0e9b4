import { family, label } from './settings/duplicate-order';
import type { Bilingual, Finding, Order, OrderStatus } from '../schema';
import { formatHours, hoursFromMs, isoTime, msFromHours } from './explain';
import { foldCached, foldText } from './keyword-match';
import { compareByPlacement } from './order-order';
import { SHIPPING_HOURS } from './platform-rules';
import type { Detector, DetectorContext, DetectorResult, Tuning } from './types';
import type { ReplyTemplate } from '../templates/catalogue';

/** Orders that can still be shipped twice: a paid-and-shipped or cancelled one is history. */
const LIVE: ReadonlySet<OrderStatus> = new Set(['awaiting_payment', 'awaiting_shipment']);

/**
 * Marketplace + buyer + item set (title, sku, quantity; order-insensitive). Undefined when the
 * page shows no buyer or no items: two orders could then look alike for no reason. Text is
 * folded as keywords are (NFKC, case, white space); titles repeat across orders, so theirs is cached.
 */
export function duplicateFingerprint(order: Order): string | undefined {
  if (order.buyer === undefined || order.items.length === 0) return undefined;
  const buyer = foldText(order.buyer);
  if (buyer === '') return undefined;
  const items = order.items.map((item) => JSON.stringify([foldCached(item.title), foldCached(item.sku ?? ''), item.quantity])).sort();
  return JSON.stringify([order.marketplace, buyer, items]);
}

/**
 * Live orders grouped by fingerprint, each group sorted by placement so a group is searched,
 * not scanned. Only live orders: a shipped or cancelled one is never a duplicate's other
 * half (see `run`), and fingerprinting a shop's whole history would dominate the run.
 */
const byBuyerItems = (ctx: DetectorContext): ReadonlyMap<string, readonly Order[]> =>
  ctx.memo('duplicate-order:by-buyer-items', () => {
    const groups = new Map<string, Order[]>();
    for (const order of ctx.orders) {
      if (!LIVE.has(order.status)) continue;
      const fingerprint = duplicateFingerprint(order);
      if (fingerprint === undefined) continue;
      const group = groups.get(fingerprint);
      if (group === undefined) groups.set(fingerprint, [order]);
      else group.push(order);
    }
    for (const group of groups.values()) if (group.length > 1) group.sort(compareByPlacement);
    return groups;
  });

// An address is only a reason to say "not the same" when both orders show one.
const sameAddress = (a: Order, b: Order): boolean =>
  a.addressFingerprint === undefined || b.addressFingerprint === undefined || a.addressFingerprint === b.addressFingerprint;

/**
 * The duplicate should be cancelled before it ships: due by its shipping deadline when known
 * (console ship-by, else payment + the platform's hours), else a day after it was placed.
 */
function dueAtOf(order: Order): number {
  if (order.shipBy !== undefined) return order.shipBy;
  if (order.paidAt !== undefined) return order.paidAt + msFromHours(SHIPPING_HOURS[order.marketplace]);
  return order.placedAt + msFromHours(24);
}

/** Binary search: index of the first order placed after `order` in a group sorted by placement. */
function upperBound(group: readonly Order[], order: Order): number {
  let lo = 0;
  let hi = group.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareByPlacement(group[mid]!, order) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'Two live orders from the same buyer with the same items (and the same address when shown) placed within the window; flagged on the later one.',
  zh: '同一买家在时间窗口内下了两笔商品相同（显示地址时地址也相同）且都未完结的订单；标记在较晚的一笔上。',
};

// Two orders count as duplicates within `windowHours`: propose shrinking it below the closest pair dismissed.
export const tuning: Tuning<'windowHours'> = {
  setting: 'windowHours',
  tune: (cases) => {
    const apart = cases.map((c) => c.evidence.minutesApart).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    if (apart.length === 0) return undefined;
    // Quarter hours, strictly below the closest pair (the window's edge counts as inside).
    const proposed = Math.floor(((Math.min(...apart) - 1) / 60) * 4) / 4;
    return proposed > 0 ? { proposed, quieted: apart.length } : undefined;
  },
};

export const duplicateOrder = {
  id: 'duplicate-order',
  family,
  label,
  description,
  tuning,
  readsOrdersSharing: ['buyer'],
  // Two orders and a window between their placements: no clock.
  changesWithTime: { statuses: [] },
  run(order, ctx, _now, settings): DetectorResult {
    if (!LIVE.has(order.status)) return { findings: [] };
    if (order.buyer === undefined || order.buyer.trim() === '') return { findings: [], silence: 'no buyer shown' };
    const fingerprint = duplicateFingerprint(order);
    if (fingerprint === undefined) return { findings: [], silence: 'no items shown' };

    const group = byBuyerItems(ctx).get(fingerprint) ?? [];
    const windowMs = msFromHours(settings.windowHours);
    // Walk back from this order to the nearest earlier one that is still within the window.
    for (let i = upperBound(group, order) - 1; i >= 0; i--) {
      const other = group[i]!;
      if (order.placedAt - other.placedAt > windowMs) break;
      if (other.orderId === order.orderId || !LIVE.has(other.status) || !sameAddress(order, other)) continue;

      const apartMs = order.placedAt - other.placedAt;
      const apart = formatHours(hoursFromMs(apartMs));
      const window = formatHours(settings.windowHours);
      const finding: Finding = {
        detector: 'duplicate-order',
        marketplace: order.marketplace,
        orderId: order.orderId,
        severity: 'P2',
        dueAt: dueAtOf(order),
        evidence: {
          otherOrderId: other.orderId,
          otherPlacedAt: isoTime(other.placedAt),
          minutesApart: Math.round(apartMs / 60_000),
          windowHours: settings.windowHours,
          sameAddress: order.addressFingerprint !== undefined && other.addressFingerprint !== undefined ? true : null,
        },
        explanation:
          apartMs === 0
            ? {
                en: `Same buyer and same items as order ${other.orderId}, placed at the same time.`,
                zh: `与订单 ${other.orderId} 同时下单，买家和商品相同。`,
              }
            : {
                en: `Same buyer and same items as order ${other.orderId}, placed ${apart.en} earlier (window ${window.en}).`,
                zh: `与 ${apart.zh}前的订单 ${other.orderId} 买家和商品相同（时间窗口 ${window.zh}）。`,
              },
      };
      return { findings: [finding] };
    }
    return { findings: [] };
  },
} satisfies Detector<'duplicate-order'>;

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): the pages import this export alone, never the check above.
 */
export const replies: readonly ReplyTemplate[] = [
  // Duplicate order (duplicate-order).
  {
    id: 'duplicate-check',
    family: 'creation',
    detectors: ['duplicate-order'],
    audience: 'buyer',
    title: { en: 'Two identical orders: intended?', zh: '两笔相同订单：是否有意？' },
    body: {
      en: 'Hello {buyer}, we received two identical orders for {item}, one of them {orderId}. Did you mean to order twice? Reply here before {eta}: if it was a mistake, we cancel the extra one and refund {amount} in full; if not, both ship as usual. — {shop}',
      zh: '{buyer}您好，我们收到了两笔相同的订单（{item}），其中一笔是{orderId}。请问是否需要两份？请在{eta}前回复这里：如果是误下单，我们取消多出的一笔并全额退款{amount}；如果需要，两单都会正常发货。——{shop}',
    },
  },
  {
    id: 'duplicate-ship-one',
    family: 'creation',
    detectors: ['duplicate-order'],
    audience: 'buyer',
    title: { en: 'Two identical orders: shipping one', zh: '两笔相同订单：先发一单' },
    body: {
      en: 'Hello {buyer}, you placed the same order for {item} twice. To be safe we are shipping one now and holding order {orderId}. If you do want both, reply here and the second ships the same day; otherwise we cancel it and refund {amount}, and I will confirm when that is done. — {shop}',
      zh: '{buyer}您好，您对{item}下了两笔相同的订单。为稳妥起见，我们先发出一单，订单{orderId}暂缓。如果两份都需要，回复这里，第二单当天发出；否则我们取消这单并退款{amount}，完成后通知您。——{shop}',
    },
  },
];
