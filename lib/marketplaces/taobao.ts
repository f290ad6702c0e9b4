import { chinese } from './china';
import type { OrderField } from './fields';

export const taobao = /* @__PURE__ */ chinese({
  id: 'taobao',
  name: { en: 'Taobao', zh: '淘宝' },
  rules: {
    // Taobao rules (淘宝规则, 发货时间): ship within 48 h of payment unless the listing promises otherwise.
    shipWithinHours: 48,
    // Taobao: the order page counts down and closes the trade unpaid; ordinary items are often
    // closed within 24 h, some listings and big sales keep them up to 3 days (public help pages,
    // e.g. fqmxn.com/1/775942.html). 72 h, the longest common window: never advise cancelling
    // an order the platform would still keep open.
    unpaidCloseHours: 72,
    // Taobao refund rules (淘宝 退款/售后 超时规则): unshipped refund request unanswered for 48 h is
    // refunded by the system; after shipping the seller has 5 days before it is agreed automatically.
    refundDecision: { beforeShipping: 48, afterShipping: 120, automatic: true },
    // Taobao/Tmall score 旺旺 response times in minutes (客服响应时长, 回复率) but publish no
    // per-message deadline; 24 h is the outer limit before a buyer escalates.
    replyWithinHours: 24,
    // Taobao/Tmall: a shipment without a real number counts as 虚假发货 (false shipping) and is penalised.
    trackingRequired: true,
  },
});

/**
 * The fields its console's read pages give an order, status aside (every console shows it):
 * test/detectors/consoles.test.ts holds the list to what the adapter reads from its saved pages.
 */
export const shows: readonly OrderField[] = ['placedAt', 'paidAt', 'buyer', 'items.title', 'items.sku', 'items.quantity', 'items.unitPrice', 'money.paid', 'money.subtotal', 'money.shipping', 'money.discount', 'carrier', 'trackingNo', 'buyerMessage'];
