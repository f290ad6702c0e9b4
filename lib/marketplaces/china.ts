import type { MarketplaceProfile } from './profile';

/**
 * A Chinese marketplace's profile: Beijing time (UTC+8, no DST), yuan, buyers who write Chinese.
 * A function marked pure, so a content script that never reads a profile carries none.
 */
export const chinese = <const P extends Omit<MarketplaceProfile, 'timeZone' | 'currency' | 'buyerLanguage'>>(profile: P) =>
  ({ timeZone: 'Asia/Shanghai', currency: 'CNY', buyerLanguage: 'zh', ...profile }) as const satisfies MarketplaceProfile;
