import type { MarketplaceProfile } from './profile';
import type { OrderField } from './fields';

export const etsy = {
  id: 'etsy',
  name: { en: 'Etsy', zh: 'Etsy' },
  timeZone: 'UTC',
  buyerLanguage: 'en',
  // Etsy's review policy: no incentive for a review.
  messageRules: ['review-incentive'],
  rules: {
    // Etsy: the order's ship-by date (Star Seller); 2 business days as fallback.
    shipWithinHours: 48,
    // Etsy: payment is taken at checkout; an unpaid (manual payment) order: 72 h default.
    unpaidCloseHours: 72,
    // Etsy has no automatic refund decision (the buyer can open a case later): 48 h reply target.
    refundDecision: { beforeShipping: 48, afterShipping: 48, automatic: false },
    // Etsy Star Seller: 95% of first messages answered within 24 h.
    replyWithinHours: 24,
    // Etsy: Star Seller counts orders shipped on time with tracking, and purchase protection asks for it.
    trackingRequired: true,
  },
} as const satisfies MarketplaceProfile;

/**
 * The fields its console's read pages give an order, status aside (every console shows it):
 * test/detectors/consoles.test.ts holds the list to what the adapter reads from its saved pages.
 */
export const shows: readonly OrderField[] = ['placedAt', 'shipBy', 'buyer', 'items.title', 'items.sku', 'items.quantity', 'items.unitPrice', 'money.paid', 'money.subtotal', 'carrier', 'trackingNo', 'buyerMessage'];
