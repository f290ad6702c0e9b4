import type { MarketplaceProfile } from './profile';
import type { OrderField } from './fields';

export const woocommerce = {
  id: 'woocommerce',
  name: { en: 'WooCommerce', zh: 'WooCommerce' },
  timeZone: 'UTC',
  buyerLanguage: 'en',
  // The seller's own shop: no platform policy; links and contact details are still held back from a reply.
  messageRules: ['link', 'email', 'phone'],
  rules: {
    // WooCommerce: no platform rule; the same 48 h default as the others.
    shipWithinHours: 48,
    // WooCommerce "Pending payment": stock is held for 60 min by default, the order stays; 72 h.
    unpaidCloseHours: 72,
    // WooCommerce: the seller's own shop, no platform rule: 48 h reply target.
    refundDecision: { beforeShipping: 48, afterShipping: 48, automatic: false },
    // WooCommerce and taught sites: no platform rule; 24 h (seed).
    replyWithinHours: 24,
    // WooCommerce: no platform behind the shop asks for a number.
    trackingRequired: false,
  },
} as const satisfies MarketplaceProfile;

/**
 * The fields its console's read pages give an order, status aside (every console shows it):
 * test/detectors/consoles.test.ts holds the list to what the adapter reads from its saved pages.
 */
export const shows: readonly OrderField[] = ['placedAt', 'buyer', 'money.paid', 'stockShort'];
