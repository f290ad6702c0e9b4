import type { Bilingual, Marketplace } from '../schema';

/**
 * What the extension knows of one marketplace, owned in one place (lib/marketplaces/<id>.ts):
 * its name, the clock it keeps, its currency and the language its buyers write in. Adapters,
 * import formats, detectors, templates and the side panel read these, never a copy.
 */
export interface MarketplaceProfile {
  readonly id: Marketplace;
  readonly name: Bilingual;
  /**
   * The zone its deadlines and days are counted in: Beijing time for the Chinese marketplaces;
   * UTC for the others, the clock Amazon's and Etsy's metrics use (a seller's own zone is not known).
   */
  readonly timeZone: 'Asia/Shanghai' | 'UTC';
  /** Its one currency, where it has one (Amazon and the shop systems sell in many). */
  readonly currency?: string;
  /** The language its buyers write in, for the reply templates offered first. */
  readonly buyerLanguage: 'zh' | 'en';
  /**
   * Status words its order pages and its report files share, to the project's statuses (the
   * page adapter and the import format both read them from here).
   */
  readonly statusWords?: Readonly<Record<string, import('../schema').OrderStatus>>;
}
