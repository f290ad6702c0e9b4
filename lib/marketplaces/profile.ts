import type { Bilingual, Language, OrderStatus } from '../schema';

/** The messaging rules a marketplace may hold replies to (lib/templates/policy.ts holds each one's words). */
export const POLICY_RULES = [
  'review-request',
  'feedback-change',
  'review-incentive',
  'link',
  'email',
  'phone',
  'off-platform-contact',
  'off-platform-payment',
  'marketing',
] as const;
export type PolicyRule = (typeof POLICY_RULES)[number];

/**
 * What the extension knows of one marketplace, owned in one place (lib/marketplaces/<id>.ts):
 * its name, the clock it keeps, its currency and the language its buyers write in. Adapters,
 * import formats, detectors, templates and the side panel read these, never a copy. Its `id` is
 * the marketplace's id everywhere (lib/marketplaces/index.ts lists the profiles; the schema's
 * marketplaces are their ids).
 */
export interface MarketplaceProfile {
  readonly id: string;
  readonly name: Bilingual;
  /**
   * The zone its deadlines and days are counted in: Beijing time for the Chinese marketplaces;
   * UTC for the others, the clock Amazon's and Etsy's metrics use (a seller's own zone is not known).
   */
  readonly timeZone: 'Asia/Shanghai' | 'UTC';
  /** Its one currency, where it has one (Amazon and the shop systems sell in many). */
  readonly currency?: string;
  /** The language its buyers write in, for the reply templates offered first; none where it is not known (the seller's serves). */
  readonly buyerLanguage?: Language;
  /**
   * The messaging rules a reply to its buyers is checked against before it is copied or
   * inserted (lib/templates/policy.ts holds each rule's words), beside the rule's public source.
   */
  readonly messageRules: readonly PolicyRule[];
  /**
   * Status words its order pages and its report files share, to the project's statuses (the
   * page adapter and the import format both read them from here).
   */
  readonly statusWords?: Readonly<Record<string, OrderStatus>>;
  /**
   * Its platform rules, each number beside its public source; where no public figure exists,
   * a stated default. The seller can override them in the settings.
   */
  readonly rules: {
    /** Hours after payment within which the parcel must ship, when the console shows no ship-by time (it always wins). */
    readonly shipWithinHours: number;
    /** Hours after an order is placed after which it closes an unpaid order or lets the seller cancel it. */
    readonly unpaidCloseHours: number;
    /** Hours a refund request may wait for the seller before and after shipping, and whether the platform then decides. */
    readonly refundDecision: { readonly beforeShipping: number; readonly afterShipping: number; readonly automatic: boolean };
    /** Hours within which a buyer's message expects a reply, on the marketplace's clock. */
    readonly replyWithinHours: number;
    /** Whether the platform counts a shipment without a tracking number against the seller (false shipping, tracking rates). */
    readonly trackingRequired: boolean;
  };
}
