import type { MarketplaceProfile } from './profile';
import type { OrderField } from './fields';

/** Sells in the currency of each Amazon site (the adapter reads it from the address). */
export const amazon = {
  id: 'amazon',
  name: { en: 'Amazon', zh: '亚马逊' },
  timeZone: 'UTC',
  buyerLanguage: 'en',
  // Amazon's buyer-seller messaging guidelines: no request for a positive review or to change or
  // remove feedback, no incentive, no links, e-mail addresses, phone numbers or marketing.
  messageRules: ['review-request', 'feedback-change', 'review-incentive', 'link', 'email', 'phone', 'off-platform-contact', 'marketing'],
  rules: {
    // Amazon: the console shows the ship-by date (handling time); 2 business days as fallback.
    shipWithinHours: 48,
    // Amazon handles payment itself (orders stay "Pending"); no seller-side figure: 72 h default.
    unpaidCloseHours: 72,
    // Amazon Seller Central "Authorize a return request" (help G9DH343PLXALFTUW): requests needing
    // manual authorisation must be answered within 24 h; in-policy ones are authorised at once.
    refundDecision: { beforeShipping: 24, afterShipping: 24, automatic: true },
    // Amazon: buyer messages answered within 24 h, including weekends and holidays (Buyer-Seller Messaging, contact response time).
    replyWithinHours: 24,
    // Amazon: seller-fulfilled orders count toward the Valid Tracking Rate (95% target), so a shipment without a number costs the account.
    trackingRequired: true,
  },
} as const satisfies MarketplaceProfile;

/**
 * The fields its console's read pages give an order, status aside (every console shows it):
 * test/detectors/consoles.test.ts holds the list to what the adapter reads from its saved pages.
 */
export const shows: readonly OrderField[] = ['placedAt', 'shipBy', 'deliverBy', 'buyer', 'items.title', 'items.sku', 'items.quantity', 'money.paid', 'money.subtotal', 'buyerMessage', 'buyerMessageAt', 'rating', 'review'];
