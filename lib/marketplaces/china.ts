import type { MarketplaceProfile } from './profile';

/**
 * Taobao/Tmall/Pinduoduo/JD/Douyin rules against 好评返现 (cash back for a good review) and
 * drawing buyers off the platform (站外引流: contact or payment elsewhere, phone numbers).
 */
const CHINESE_PLATFORM_RULES = ['review-incentive', 'off-platform-contact', 'phone', 'off-platform-payment'] as const;

/**
 * A Chinese marketplace's profile: Beijing time (UTC+8, no DST), yuan, buyers who write Chinese,
 * the Chinese platforms' messaging rules. A function marked pure, so a content script that never
 * reads a profile carries none.
 */
export const chinese = <const P extends Omit<MarketplaceProfile, 'timeZone' | 'currency' | 'buyerLanguage' | 'messageRules'>>(profile: P) =>
  ({ timeZone: 'Asia/Shanghai', currency: 'CNY', buyerLanguage: 'zh', messageRules: CHINESE_PLATFORM_RULES, ...profile }) as const satisfies MarketplaceProfile;
