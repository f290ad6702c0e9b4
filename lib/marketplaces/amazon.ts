import type { MarketplaceProfile } from './profile';

/** Sells in the currency of each Amazon site (the adapter reads it from the address). */
export const amazon: MarketplaceProfile = { id: 'amazon', name: { en: 'Amazon', zh: '亚马逊' }, timeZone: 'UTC', buyerLanguage: 'en' };
