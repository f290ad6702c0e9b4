import type { MarketplaceProfile } from './profile';

/** A site the seller taught the extension to read: its own zone and currency are taught with it. */
export const custom = {
  id: 'custom',
  name: { en: 'your shop site', zh: '您的店铺网站' },
  timeZone: 'UTC',
  // No buyer language: nothing is known of a taught site's buyers, so replies come in the seller's language.
  // A taught site: no platform policy is known; links and contact details are still held back from a reply.
  messageRules: ['link', 'email', 'phone'],
  rules: {
    // A site taught by the seller: no platform rule is known; the common 48 h until they set one.
    shipWithinHours: 48,
    // A site taught by the seller: no platform rule known.
    unpaidCloseHours: 72,
    // A site taught by the seller: no platform rule is known: 48 h reply target.
    refundDecision: { beforeShipping: 48, afterShipping: 48, automatic: false },
    // WooCommerce and taught sites: no platform rule; 24 h (seed).
    replyWithinHours: 24,
    // A taught site: no platform rule is known.
    trackingRequired: false,
  },
} as const satisfies MarketplaceProfile;
