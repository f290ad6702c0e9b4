import { family, label } from './settings/unpaid-stale';
import { type Bilingual, type Finding, type Marketplace, MARKETPLACES, type Order } from '../schema';
import { type Settings } from '../settings';
import { formatHours, isoTime, msFromHours } from './explain';
import { MARKETPLACE_NAMES } from '../marketplaces';
import { UNPAID_AUTO_CLOSE_HOURS } from './platform-rules';
import type { Detector, DetectorResult } from './types';
import { inWindow } from './window';
import type { ReplyTemplate } from '../templates/catalogue';

type UnpaidStaleSettings = Settings['detectors']['unpaid-stale'];

function cancelRule(order: Pick<Order, 'marketplace'>, settings: UnpaidStaleSettings): { hours: number; source: 'platform rule' | 'your setting' } {
  const override = settings.cancelHoursByMarketplace[order.marketplace];
  return override === undefined
    ? { hours: UNPAID_AUTO_CLOSE_HOURS[order.marketplace], source: 'platform rule' }
    : { hours: override, source: 'your setting' };
}

/**
 * Why the order is flagged, in words that stay true until the next threshold (the reminder, the
 * auto-close time): "placed at least 24 h ago", not "placed 30.5 h ago". The pages show the live
 * countdown from `dueAt` beside it, so the stored text never goes stale between two alarms, and
 * the alarm rewrites it only when the suggestion changes.
 */
function explain(order: Order, suggestion: 'remind' | 'cancel', remindHours: number, cancelHours: number): Bilingual {
  const name = MARKETPLACE_NAMES[order.marketplace];
  const remind = formatHours(remindHours);
  const cancelAt = formatHours(cancelHours);
  return suggestion === 'remind'
    ? {
        en: `Placed at least ${remind.en} ago and still unpaid: send a payment reminder (cancelling is suggested at ${cancelAt.en} on ${name.en}).`,
        zh: `下单已 ${remind.zh}以上仍未付款：可发送付款提醒（${name.zh}订单满 ${cancelAt.zh}建议取消）。`,
      }
    : {
        en: `Still unpaid past the ${cancelAt.en} after which ${name.en} orders can be closed: cancel it to release the stock.`,
        zh: `仍未付款，已超过${name.zh} ${cancelAt.zh}的关闭时限：建议取消订单以释放库存。`,
      };
}

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'An order still awaiting payment: suggests a payment reminder after the reminder hours, and cancelling once the platform’s auto-close time (or yours) has passed.',
  zh: '仍在等待付款的订单：超过提醒时限后建议发送付款提醒，超过平台（或您设定的）自动关闭时限后建议取消。',
};

export const unpaidStale = {
  id: 'unpaid-stale',
  family,
  label,
  description,
  changesWithTime: {
    statuses: ['awaiting_payment'],
    filter: () => (order) => order.paidAt === undefined,
    // The result moves only at the reminder time and at the auto-close time.
    between: (settings, window) => {
      const remindMs = msFromHours(settings.remindHours);
      const cancelMs: Partial<Record<Marketplace, number>> = {};
      for (const marketplace of MARKETPLACES) cancelMs[marketplace] = msFromHours(cancelRule({ marketplace }, settings).hours);
      return (order) => {
        if (order.paidAt !== undefined) return false;
        const remindAt = order.placedAt + remindMs;
        const ms = cancelMs[order.marketplace];
        // A marketplace without a table entry errs on the side of judging the order.
        if (ms === undefined) return true;
        const cancelAt = order.placedAt + ms;
        return inWindow(remindAt, window) || inWindow(cancelAt, window);
      };
    },
  },
  run(order, _ctx, now, settings): DetectorResult {
    // A payment time means the money came in, whatever the status text still says.
    if (order.status !== 'awaiting_payment' || order.paidAt !== undefined) return { findings: [] };
    const remindAt = order.placedAt + msFromHours(settings.remindHours);
    const rule = cancelRule(order, settings);
    const cancelAt = order.placedAt + msFromHours(rule.hours);
    if (now < remindAt && now < cancelAt) return { findings: [] };

    const suggestion = now >= cancelAt ? 'cancel' : 'remind';
    const finding: Finding = {
      detector: 'unpaid-stale',
      marketplace: order.marketplace,
      orderId: order.orderId,
      // Both steps stay P3 (watch): nothing is owed or fined while an order is unpaid, and the
      // platform closes it on its own; only the suggested action changes.
      severity: 'P3',
      dueAt: cancelAt,
      evidence: {
        placedAt: isoTime(order.placedAt),
        remindHours: settings.remindHours,
        cancelHours: rule.hours,
        cancelHoursSource: rule.source,
        suggestion,
        orderTotal: order.money.paid,
      },
      explanation: explain(order, suggestion, settings.remindHours, rule.hours),
    };
    return { findings: [finding] };
  },
} satisfies Detector<'unpaid-stale'>;

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): the pages import this export alone, never the check above.
 */
export const replies: readonly ReplyTemplate[] = [
  // Payment reminder (unpaid-stale): gentle, no pressure.
  {
    id: 'payment-reminder',
    family: 'payment',
    detectors: ['unpaid-stale'],
    audience: 'buyer',
    title: { en: 'Payment reminder', zh: '付款提醒' },
    body: {
      en: 'Hello {buyer}, your order {orderId} ({item}, {amount}) is waiting for payment. We are holding the item for you; once it is paid, it ships within our usual handling time. If you changed your mind, no need to do anything: the order closes by itself. — {shop}',
      zh: '{buyer}您好，您的订单{orderId}（{item}，{amount}）还在等待付款。商品已为您预留，付款后按时发货。如果您改变主意，无需任何操作，订单会自动关闭。——{shop}',
    },
  },
  {
    id: 'payment-closing-soon',
    family: 'payment',
    detectors: ['unpaid-stale'],
    audience: 'buyer',
    title: { en: 'Unpaid order closing soon', zh: '未付款订单即将关闭' },
    body: {
      en: 'Hello {buyer}, your order {orderId} ({item}) is still unpaid and will close soon, after which the item is released to other buyers. If you still want it, please complete payment of {amount} in the order. If you had a problem paying, reply here and I will help. — {shop}',
      zh: '{buyer}您好，您的订单{orderId}（{item}）仍未付款，即将自动关闭，关闭后商品将不再为您保留。如仍需要，请在订单中完成付款{amount}。如果付款遇到问题，回复这里，我们帮您看看。——{shop}',
    },
  },
];
