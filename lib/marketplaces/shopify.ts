import type { MarketplaceProfile } from './profile';
import type { OrderField } from './fields';

export const shopify = {
  id: 'shopify',
  name: { en: 'Shopify', zh: 'Shopify' },
  timeZone: 'UTC',
  buyerLanguage: 'en',
  // The seller's own shop: no platform policy; links and contact details are still held back from a reply.
  messageRules: ['link', 'email', 'phone'],
  rules: {
    // Shopify has no platform deadline; 2 business days is the common promise.
    shipWithinHours: 48,
    // Shopify: pending payments never close by themselves; 72 h as the seller's own cut-off.
    unpaidCloseHours: 72,
    // Shopify has no platform decision on refunds: 48 h reply target.
    refundDecision: { beforeShipping: 48, afterShipping: 48, automatic: false },
    // Shopify has no platform rule: 24 h (seed).
    replyWithinHours: 24,
    // Shopify: no platform rule asks for a number (letters and local delivery ship without one).
    trackingRequired: false,
  },
} as const satisfies MarketplaceProfile;

/**
 * The fields its console's read pages give an order, status aside (every console shows it):
 * test/detectors/consoles.test.ts holds the list to what the adapter reads from its saved pages.
 */
export const shows: readonly OrderField[] = ['placedAt', 'deliveredAt', 'deliverBy', 'buyer', 'items.title', 'items.sku', 'items.quantity', 'money.paid', 'money.subtotal', 'money.shipping', 'money.discount', 'carrier', 'trackingNo', 'lastTrackingAt'];
