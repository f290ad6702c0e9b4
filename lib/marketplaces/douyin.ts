import { chinese } from './china';
import type { OrderField } from './fields';

export const douyin = /* @__PURE__ */ chinese({
  id: 'douyin',
  name: { en: 'Douyin', zh: '抖店' },
  rules: {
    // Douyin shop (抖店): 48 h after payment unless a faster promise was made on the listing.
    shipWithinHours: 48,
    // Douyin shop: no public figure found: 72 h default.
    unpaidCloseHours: 72,
    // Douyin shop (抖店 售后超时规则): a refund/return request unanswered for 48 h is agreed automatically.
    refundDecision: { beforeShipping: 48, afterShipping: 48, automatic: true },
    // JD (咚咚) and Douyin (飞鸽) score response times too, no public per-message deadline: 24 h.
    replyWithinHours: 24,
    // Douyin 抖店: a shipment without a real number counts as 虚假发货 (false shipping).
    trackingRequired: true,
  },
});

/**
 * The fields its console's read pages give an order, status aside (every console shows it):
 * test/detectors/consoles.test.ts holds the list to what the adapter reads from its saved pages.
 */
export const shows: readonly OrderField[] = ['placedAt', 'paidAt', 'shipBy', 'buyer', 'items.title', 'items.sku', 'items.quantity', 'items.unitPrice', 'money.paid', 'money.subtotal', 'money.shipping', 'buyerMessage', 'buyerMessageAt', 'sellerRemark'];
