import { chinese } from './china';
import type { OrderField } from './fields';

export const jd = /* @__PURE__ */ chinese({
  id: 'jd',
  name: { en: 'JD', zh: '京东' },
  rules: {
    // JD POP: 24–48 h depending on category and promise; 48 h is the lenient default.
    shipWithinHours: 48,
    // JD: no public figure found: 72 h default.
    unpaidCloseHours: 72,
    // JD POP (京东 售后服务单 审核时效): 48 h to review, then the system approves.
    refundDecision: { beforeShipping: 48, afterShipping: 48, automatic: true },
    // JD (咚咚) and Douyin (飞鸽) score response times too, no public per-message deadline: 24 h.
    replyWithinHours: 24,
    // JD: a shipment without a real number counts as 虚假发货 (false shipping).
    trackingRequired: true,
  },
});

/**
 * The fields its console's read pages give an order, status aside (every console shows it):
 * test/detectors/consoles.test.ts holds the list to what the adapter reads from its saved pages.
 */
export const shows: readonly OrderField[] = ['placedAt', 'paidAt', 'shipBy', 'buyer', 'items.title', 'items.sku', 'items.quantity', 'items.unitPrice', 'money.paid', 'money.subtotal', 'money.shipping'];
