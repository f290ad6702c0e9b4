import { PROFILES, type MarketplaceProfile } from '../marketplaces';
import type { Marketplace } from '../schema';

/** One of the marketplaces' rules, by marketplace: the numbers and their sources are in lib/marketplaces/<id>.ts. */
const rulesOf = <T>(pick: (rules: MarketplaceProfile['rules']) => T): Record<Marketplace, T> =>
  Object.fromEntries(Object.values(PROFILES).map((p) => [p.id, pick(p.rules)])) as Record<Marketplace, T>;

/**
 * Hours after payment within which a marketplace expects the parcel to be shipped, when the
 * console shows no "ship by" time of its own (the console's time always wins); the seller can
 * override any of them in settings.
 */
export const SHIPPING_HOURS: Record<Marketplace, number> = rulesOf((r) => r.shipWithinHours);

/**
 * Taobao/Tmall late shipment: the seller pays the buyer 5% of the amount paid, at least ¥5
 * and at most ¥30 (淘宝 延迟发货 违约金). Returned in cents; other marketplaces have no
 * fixed public figure, so they get none.
 */
export function lateShipmentCompensationCents(marketplace: Marketplace, paidCents: number): number | undefined {
  if (marketplace !== 'taobao' && marketplace !== 'tmall') return undefined;
  return Math.min(3000, Math.max(500, Math.round(paidCents * 0.05)));
}

/**
 * Hours after an order is placed after which the marketplace closes it unpaid, or lets the
 * seller cancel it: `unpaid-stale` suggests cancelling from here. The console's own payment
 * countdown, when shown, is the real figure; where no public number is known, 72 h.
 */
export const UNPAID_AUTO_CLOSE_HOURS: Record<Marketplace, number> = rulesOf((r) => r.unpaidCloseHours);

/** Whether a shipment without a tracking number counts against the seller on the marketplace (its profile says why). */
export const TRACKING_REQUIRED: Record<Marketplace, boolean> = rulesOf((r) => r.trackingRequired);

/** A carrier's tracking-number formats, matched on the number without spaces or hyphens, upper case. */
export interface CarrierFormat {
  /** Name as shown in evidence. */
  name: string;
  /** Carrier names as consoles show them, compared after `carrierKey()`. */
  aliases: readonly string[];
  patterns: readonly RegExp[];
  /** The formats in words, for evidence and explanations. */
  expected: { en: string; zh: string };
}

/**
 * Tracking-number formats per carrier (public format notes of each carrier and of tracking
 * tools; lenient on purpose: a false "malformed" P1 on a real parcel costs the seller more
 * than a missed typo). A carrier not listed is only checked for a missing number.
 */
export const CARRIER_FORMATS: readonly CarrierFormat[] = [
  // SF Express: "SF" + 12–13 digits on current waybills; 12 or 15 digits on older ones.
  { name: '顺丰 SF Express', aliases: ['顺丰', 'sf', 'sfexpress'], patterns: [/^SF\d{12,13}$/, /^\d{12}$/, /^\d{15}$/], expected: { en: 'SF + 12–13 digits, or 12/15 digits', zh: 'SF + 12–13 位数字，或 12/15 位数字' } },
  // ZTO: 12–14 digits.
  { name: '中通 ZTO', aliases: ['中通', 'zto'], patterns: [/^\d{12,14}$/], expected: { en: '12–14 digits', zh: '12–14 位数字' } },
  // YTO: "YT" + digits; older waybills were 10–12 digits.
  { name: '圆通 YTO', aliases: ['圆通', 'yto'], patterns: [/^YT\d{10,15}$/, /^\d{10,12}$/], expected: { en: 'YT + 10–15 digits, or 10–12 digits', zh: 'YT + 10–15 位数字，或 10–12 位数字' } },
  // STO: 12–15 digits.
  { name: '申通 STO', aliases: ['申通', 'sto'], patterns: [/^\d{12,15}$/], expected: { en: '12–15 digits', zh: '12–15 位数字' } },
  // Yunda: 13–15 digits.
  { name: '韵达 Yunda', aliases: ['韵达', 'yunda'], patterns: [/^\d{13,15}$/], expected: { en: '13–15 digits', zh: '13–15 位数字' } },
  // J&T: "JT" + 13 digits.
  { name: '极兔 J&T', aliases: ['极兔', 'jt', 'jtexpress'], patterns: [/^JT\d{13}$/], expected: { en: 'JT + 13 digits', zh: 'JT + 13 位数字' } },
  // EMS / China Post: UPU S10 (2 letters, 9 digits, 2 letters) or 13 digits domestic.
  { name: 'EMS / 中国邮政', aliases: ['ems', '邮政ems', '中国邮政', '邮政', 'chinapost', '邮政包裹', '中国邮政ems'], patterns: [/^[A-Z]{2}\d{9}[A-Z]{2}$/, /^\d{13}$/], expected: { en: '2 letters + 9 digits + 2 letters, or 13 digits', zh: '2 个字母 + 9 位数字 + 2 个字母，或 13 位数字' } },
  // JD Logistics: "JD" + 11–16 letters/digits (JDVA…, JDX…); older numeric waybills 11–12 digits.
  { name: '京东 JD Logistics', aliases: ['京东', 'jd', '京东快运'], patterns: [/^JD[0-9A-Z]{11,16}$/, /^\d{11,12}$/], expected: { en: 'JD + 11–16 letters/digits, or 11–12 digits', zh: 'JD + 11–16 位字母或数字，或 11–12 位数字' } },
  // UPS: "1Z" + 16 letters/digits.
  { name: 'UPS', aliases: ['ups'], patterns: [/^1Z[0-9A-Z]{16}$/], expected: { en: '1Z + 16 letters/digits', zh: '1Z + 16 位字母或数字' } },
  // USPS: 20–22 digits (IMpb, e.g. 9400…), with the 420+ZIP routing prefix, or S10 ending in US.
  { name: 'USPS', aliases: ['usps', 'unitedstatespostalservice'], patterns: [/^\d{20,22}$/, /^420\d{5}(\d{4})?\d{20,22}$/, /^[A-Z]{2}\d{9}US$/], expected: { en: '20–22 digits (e.g. 9400…), or 2 letters + 9 digits + US', zh: '20–22 位数字（如 9400…），或 2 个字母 + 9 位数字 + US' } },
  // FedEx: 12 or 15 digits (Express, Ground); 20 or 22 digits (Ground 96…, SmartPost).
  { name: 'FedEx', aliases: ['fedex', 'fedexground'], patterns: [/^(\d{12}|\d{15}|\d{20}|\d{22})$/], expected: { en: '12, 15, 20 or 22 digits', zh: '12、15、20 或 22 位数字' } },
  // DHL: Express 10 digits; DHL Paket 12 or 20 digits; eCommerce "GM"/"JJD" + digits.
  { name: 'DHL', aliases: ['dhl', 'dhlpaket', 'dhlecommerce'], patterns: [/^\d{10}$/, /^\d{12}$/, /^\d{20}$/, /^JJD\d{16,20}$/, /^GM\d{16,22}$/], expected: { en: '10 digits (Express), 12/20 digits (Paket), JJD… or GM…', zh: '10 位数字（Express），12/20 位数字（Paket），JJD… 或 GM…' } },
];

/** A carrier name compared without case, spaces, punctuation or a generic "快递/express" suffix. */
export function carrierKey(carrier: string): string {
  return carrier
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.&()（）·]/g, '')
    .replace(/(快递|速递|速运|物流|快运|express|logistics)$/u, '');
}

const FORMATS_BY_KEY: ReadonlyMap<string, CarrierFormat> = new Map(
  CARRIER_FORMATS.flatMap((format) => format.aliases.map((alias) => [carrierKey(alias), format] as const)),
);

/** The known formats of a carrier, or undefined for a carrier this table does not know. */
export const carrierFormat = (carrier: string): CarrierFormat | undefined => FORMATS_BY_KEY.get(carrierKey(carrier));

/** A tracking number as compared with the formats: NFKC, no spaces or hyphens, upper case. */
export const compactTrackingNo = (trackingNo: string): string =>
  trackingNo.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();

/**
 * Refund and return requests: hours from the buyer's request until the platform decides on its
 * own (usually for the buyer) when the seller has not answered, before and after shipping.
 * `automatic: false` marks platforms with no automatic decision: the hours are then a reply
 * target (48 h, the common one), not a platform deadline, and the case says so.
 */
export interface RefundDecisionRule {
  beforeShipping: number;
  afterShipping: number;
  automatic: boolean;
}

export const REFUND_AUTO_DECISION_HOURS: Record<Marketplace, RefundDecisionRule> = rulesOf((r) => ({ ...r.refundDecision }));

/**
 * Hours within which a marketplace expects a reply to a buyer's message, counted on the
 * marketplace's clock (every hour, weekends and holidays included). The seller can override
 * each in settings. Where no public per-message deadline exists, the seed's 24 h reply to a
 * complaint (DOMAIN.md) is used.
 */
export const REPLY_WINDOW_HOURS: Record<Marketplace, number> = rulesOf((r) => r.replyWithinHours);
