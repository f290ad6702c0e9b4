import type { Bilingual } from '../schema';
import { amazon, shows as amazonShows } from './amazon';
import { custom } from './custom';
import { demo } from './demo';
import { douyin, shows as douyinShows } from './douyin';
import { ebay, shows as ebayShows } from './ebay';
import { etsy, shows as etsyShows } from './etsy';
import { jd, shows as jdShows } from './jd';
import type { MarketplaceProfile } from './profile';
import { pinduoduo, shows as pinduoduoShows } from './pinduoduo';
import { shopify, shows as shopifyShows } from './shopify';
import { taobao, shows as taobaoShows } from './taobao';
import { tmall } from './tmall';
import { woocommerce, shows as woocommerceShows } from './woocommerce';

export type { MarketplaceProfile } from './profile';

/**
 * Every marketplace's profile by its id, in the order pages list them: the one list of them. The
 * schema's marketplaces are these ids (lib/schema/marketplaces.ts), so a new marketplace is its
 * profile and one line here. Plain names, no call: a bundle that reads none of them drops them.
 */
const BY_ID = {
  demo,
  taobao,
  tmall,
  pinduoduo,
  jd,
  douyin,
  amazon,
  shopify,
  ebay,
  etsy,
  woocommerce,
  // A site the seller taught the extension to read (teach mode), last.
  custom,
} as const;

export type MarketplaceId = keyof typeof BY_ID;

/**
 * The marketplaces with a console of their own, each with the fields its read pages show (its
 * profile's `shows`), in the list's order. Tmall is read on Taobao's console.
 */
export const CONSOLE_SHOWS = { taobao: taobaoShows, pinduoduo: pinduoduoShows, jd: jdShows, douyin: douyinShows, amazon: amazonShows, shopify: shopifyShows, ebay: ebayShows, etsy: etsyShows, woocommerce: woocommerceShows };

export const PROFILES: Readonly<Record<MarketplaceId, MarketplaceProfile>> = BY_ID;

/** The marketplaces' ids, in the list's order (a tuple for the schema's enum). */
export const MARKETPLACE_IDS = /* @__PURE__ */ Object.keys(BY_ID) as unknown as readonly [MarketplaceId, ...MarketplaceId[]];

const namesOf = (profiles: typeof PROFILES) => Object.fromEntries(Object.values(profiles).map((p) => [p.id, p.name])) as Record<MarketplaceId, Bilingual>;

export const MARKETPLACE_NAMES: Readonly<Record<MarketplaceId, Bilingual>> = /* @__PURE__ */ namesOf(PROFILES);

/** The zone a marketplace counts its deadlines and days in. */
export const marketplaceTimeZone = (marketplace: MarketplaceId): MarketplaceProfile['timeZone'] => PROFILES[marketplace].timeZone;

/** What a zone is called where a time is shown with it. */
export const ZONE_NAMES: Readonly<Record<MarketplaceProfile['timeZone'], Bilingual>> = {
  'Asia/Shanghai': { en: 'Beijing time', zh: '北京时间' },
  UTC: { en: 'UTC', zh: 'UTC' },
};
