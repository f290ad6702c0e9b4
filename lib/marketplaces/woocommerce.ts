import type { MarketplaceProfile } from './profile';

export const woocommerce: MarketplaceProfile = { id: 'woocommerce', name: { en: 'WooCommerce', zh: 'WooCommerce' }, timeZone: 'UTC', buyerLanguage: 'en' };
