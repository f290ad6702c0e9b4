import type { MarketplaceProfile } from './profile';

/** A site the seller taught the extension to read: its own zone and currency are taught with it. */
export const custom: MarketplaceProfile = { id: 'custom', name: { en: 'your shop site', zh: '您的店铺网站' }, timeZone: 'UTC', buyerLanguage: 'en' };
