import type { MarketplaceProfile } from './profile';

export const shopify: MarketplaceProfile = { id: 'shopify', name: { en: 'Shopify', zh: 'Shopify' }, timeZone: 'UTC', buyerLanguage: 'en' };
