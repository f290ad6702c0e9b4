import { family, label } from './settings/stock-risk';
import { type Bilingual, type Evidence, type Finding, type OrderStatus } from '../schema';
import { DEFAULT_SETTINGS } from '../settings';
import { isoTime } from './explain';
import { MARKETPLACE_NAMES } from '../marketplaces';
import { shipDeadlineAt, shipDeadlineOf } from './ship-deadline';
import type { Detector, DetectorResult } from './types';
import { inWindow } from './window';
import type { ReplyTemplate } from '../templates/catalogue';

/** Orders that can still be shipped or cancelled cleanly: later ones are past a stock problem. */
const LIVE: ReadonlySet<OrderStatus> = new Set(['awaiting_payment', 'awaiting_shipment']);

/**
 * This detector sees only its own settings, so the deadline follows the console's ship-by
 * time, else the platform table (not the seller's ship-deadline overrides).
 */
const PLATFORM_DEADLINES = { ...DEFAULT_SETTINGS.detectors['ship-deadline'], hoursByMarketplace: {} };

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'The console flags an item of a live order as out of stock or oversold: restock, substitute or cancel with the buyer before the shipping deadline.',
  zh: '后台标出未完结订单的商品缺货或超卖：在发货时限前补货、与买家协商换货或取消。',
};

export const stockRisk = {
  id: 'stock-risk',
  family,
  label,
  description,
  // Its only threshold is the shipping deadline: the text says whether it has passed.
  changesWithTime: {
    statuses: [...LIVE],
    filter: () => (order) => order.stockShort === true,
    between: (_settings, window) => (order) => {
      if (order.stockShort !== true) return false;
      const at = shipDeadlineAt(order, PLATFORM_DEADLINES);
      return inWindow(at, window);
    },
  },
  run(order, _ctx, now, _settings): DetectorResult {
    if (!LIVE.has(order.status) || order.stockShort !== true) return { findings: [] };
    const deadline = shipDeadlineOf(order, PLATFORM_DEADLINES);
    const overdue = now >= deadline.at;
    const name = MARKETPLACE_NAMES[order.marketplace];
    // Pinduoduo bills 缺货 as its own deduction, apart from late shipment (DOMAIN.md).
    const chargedSeparately = order.marketplace === 'pinduoduo';

    const evidence: Evidence = {
      items: order.items.map((item) => `${item.title} ×${item.quantity}`).join('; '),
      deadline: isoTime(deadline.at),
      deadlineSource: deadline.source,
      paid: order.money.paid,
      ...(chargedSeparately ? { outOfStockCharge: true } : {}),
    };
    // Whether the deadline has passed holds until the next threshold; the pages count the time
    // left or overdue live from `dueAt`.
    const when: Bilingual = overdue
      ? { en: 'the shipping deadline already passed', zh: '发货时限已过' }
      : { en: 'the shipping deadline still ahead', zh: '发货时限未到' };
    const charge: Bilingual = chargedSeparately
      ? { en: ` (${name.en} charges out-of-stock on its own)`, zh: `（${name.zh}对缺货单独扣款）` }
      : { en: '', zh: '' };
    const finding: Finding = {
      detector: 'stock-risk',
      marketplace: order.marketplace,
      orderId: order.orderId,
      severity: 'P2',
      dueAt: deadline.at,
      evidence,
      explanation: {
        en: `${name.en} shows this order's item out of stock with ${when.en}${charge.en}: restock, offer a substitute or agree a cancellation with the buyer.`,
        zh: `${name.zh}显示该订单商品缺货，${when.zh}${charge.zh}：请补货、与买家协商换货或取消。`,
      },
    };
    return { findings: [finding] };
  },
} satisfies Detector<'stock-risk'>;

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): the pages import this export alone, never the check above.
 */
export const replies: readonly ReplyTemplate[] = [
  // Stock: the item ran out after the order was paid.
  {
    id: 'stock-out-options',
    family: 'stock',
    detectors: ['stock-risk', 'ship-deadline'],
    audience: 'buyer',
    title: { en: 'Out of stock: your choice', zh: '缺货：请您选择' },
    body: {
      en: 'Hello {buyer}, I am sorry: {item} in your order {orderId} sold out before we could pack it, which is our mistake. You can choose: wait for new stock (expected by {eta}), take a similar item we suggest, or cancel with a full refund of {amount}. Reply here with your choice and I will act on it the same day. — {shop}',
      zh: '{buyer}您好，非常抱歉，您订单{orderId}中的{item}在打包前已售完，是我们库存没核对好。您可以选择：等待到货（预计{eta}前）、换成我们推荐的相近商品，或取消订单并全额退款{amount}。回复这里告诉我们您的选择，我们当天处理。——{shop}',
    },
  },
  {
    id: 'stock-restock-date',
    family: 'stock',
    detectors: ['stock-risk'],
    audience: 'buyer',
    title: { en: 'Out of stock: restock date', zh: '缺货：到货时间' },
    body: {
      en: 'Hello {buyer}, a short update on order {orderId}: {item} is being restocked and will ship by {eta}. I am sorry for the wait. If that date does not suit you, reply here and I will refund {amount} in full straight away. I will write again as soon as it ships. — {shop}',
      zh: '{buyer}您好，关于订单{orderId}：{item}正在补货，将在{eta}前发出，让您久等了，抱歉。如果这个时间不合适，回复这里，我们立即全额退款{amount}。发货后我们会再通知您。——{shop}',
    },
  },
];
