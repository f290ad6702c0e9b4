import type { MarketplaceProfile } from './profile';

export const ebay: MarketplaceProfile = { id: 'ebay', name: { en: 'eBay', zh: 'eBay' }, timeZone: 'UTC', buyerLanguage: 'en' };
