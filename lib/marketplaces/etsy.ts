import type { MarketplaceProfile } from './profile';

export const etsy: MarketplaceProfile = { id: 'etsy', name: { en: 'Etsy', zh: 'Etsy' }, timeZone: 'UTC', buyerLanguage: 'en' };
