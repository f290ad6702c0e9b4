import type { Bilingual } from '../schema';
import { CONSOLE_SHOWS as SHOWS, PROFILE_FILES } from '../../.wxt/registry/marketplaces';
import type { MarketplaceProfile } from './profile';

export type { MarketplaceProfile } from './profile';

/**
 * Every marketplace's profile by its id: the one list of them, the profiles found in this folder
 * (scripts/registries.mjs writes it at every build: the demo first, the sites the seller taught
 * last, the others by id). The schema's marketplaces are these ids (lib/schema/marketplaces.ts),
 * so a new marketplace is its profile file alone. Plain names, no call: a bundle that reads none
 * of them drops them.
 */
const BY_ID = PROFILE_FILES;

export type MarketplaceId = keyof typeof BY_ID;

/**
 * The marketplaces with a console of their own (a profile that lists what its pages show,
 * `shows`), each with those fields, in the list's order. Tmall is read on Taobao's console.
 */
export const CONSOLE_SHOWS = SHOWS;

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
