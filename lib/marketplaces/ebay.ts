import type { MarketplaceProfile } from './profile';
import type { OrderField } from './fields';

export const ebay = {
  id: 'ebay',
  name: { en: 'eBay', zh: 'eBay' },
  timeZone: 'UTC',
  buyerLanguage: 'en',
  // eBay's off-eBay contact and payment policy: no contact details, no payment outside eBay.
  messageRules: ['off-platform-contact', 'off-platform-payment', 'email', 'phone'],
  rules: {
    // eBay: the listing's handling time (shown as "ship by"); 2 business days as fallback.
    shipWithinHours: 48,
    // eBay: the seller may cancel an unpaid order after 4 calendar days ("Resolving unpaid
    // items", ebay.co.uk/help/selling/getting-paid/resolving-unpaid-items?id=4137).
    unpaidCloseHours: 96,
    // eBay (Seller Centre, "Change to response times", May 2020): 3 business days to respond to a
    // return request or Money Back Guarantee claim, then the buyer can ask eBay to step in. 72 h is
    // the shortest 3 business days can be, so weekends only make the warning early, never late.
    refundDecision: { beforeShipping: 72, afterShipping: 72, automatic: true },
    // eBay publishes no message deadline for sellers; 24 h (seed) keeps buyers from opening a case.
    replyWithinHours: 24,
    // eBay: tracking uploaded within the handling time is part of its seller standards (on-time shipping, late-shipment protection).
    trackingRequired: true,
  },
} as const satisfies MarketplaceProfile;

/**
 * The fields its console's read pages give an order, status aside (every console shows it):
 * test/detectors/consoles.test.ts holds the list to what the adapter reads from its saved pages.
 */
export const shows: readonly OrderField[] = ['placedAt', 'shipBy', 'buyer', 'items.title', 'items.sku', 'items.quantity', 'items.unitPrice', 'money.paid', 'money.subtotal', 'money.shipping', 'trackingNo'];
