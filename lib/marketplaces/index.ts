import type { Bilingual, Marketplace } from '../schema';
import { amazon } from './amazon';
import { custom } from './custom';
import { demo } from './demo';
import { douyin } from './douyin';
import { ebay } from './ebay';
import { etsy } from './etsy';
import { jd } from './jd';
import type { MarketplaceProfile } from './profile';
import { pinduoduo } from './pinduoduo';
import { shopify } from './shopify';
import { taobao } from './taobao';
import { tmall } from './tmall';
import { woocommerce } from './woocommerce';

export type { MarketplaceProfile } from './profile';

/** Every marketplace's profile: a marketplace the schema knows and no profile fails to compile. */
export const PROFILES: Readonly<Record<Marketplace, MarketplaceProfile>> = { demo, taobao, tmall, pinduoduo, jd, douyin, amazon, shopify, ebay, etsy, woocommerce, custom };

export const MARKETPLACE_NAMES: Readonly<Record<Marketplace, Bilingual>> = Object.fromEntries(
  Object.values(PROFILES).map((p) => [p.id, p.name]),
) as Record<Marketplace, Bilingual>;

/** The zone a marketplace counts its deadlines and days in. */
export const marketplaceTimeZone = (marketplace: Marketplace): MarketplaceProfile['timeZone'] => PROFILES[marketplace].timeZone;

/** What a zone is called where a time is shown with it. */
export const ZONE_NAMES: Readonly<Record<MarketplaceProfile['timeZone'], Bilingual>> = {
  'Asia/Shanghai': { en: 'Beijing time', zh: '北京时间' },
  UTC: { en: 'UTC', zh: 'UTC' },
};
