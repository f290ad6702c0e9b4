import type { Marketplace } from '../schema';

/**
 * Hours after payment within which a marketplace expects the parcel to be shipped, when the
 * console shows no "ship by" time of its own (the console's time always wins). One table,
 * each number with its public source; the seller can override any of them in settings.
 */
export const SHIPPING_HOURS: Record<Marketplace, number> = {
  // No real marketplace behind it: same default as the others so the demo reads like one.
  demo: 48,
  // Taobao rules (淘宝规则, 发货时间): ship within 48 h of payment unless the listing promises otherwise.
  taobao: 48,
  // Tmall follows the same 48 h rule (天猫规则, 延迟发货).
  tmall: 48,
  // Pinduoduo: 48 h after the order is paid (拼多多 发货规则; late = 延迟发货 deduction).
  pinduoduo: 48,
  // JD POP: 24–48 h depending on category and promise; 48 h is the lenient default.
  jd: 48,
  // Douyin shop (抖店): 48 h after payment unless a faster promise was made on the listing.
  douyin: 48,
  // Amazon: the console shows the ship-by date (handling time); 2 business days as fallback.
  amazon: 48,
  // Shopify has no platform deadline; 2 business days is the common promise.
  shopify: 48,
  // eBay: the listing's handling time (shown as "ship by"); 2 business days as fallback.
  ebay: 48,
  // Etsy: the order's ship-by date (Star Seller); 2 business days as fallback.
  etsy: 48,
  // WooCommerce: no platform rule; the same 48 h default as the others.
  woocommerce: 48,
  // A site taught by the seller: no platform rule is known; the common 48 h until they set one.
  custom: 48,
};

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
export const UNPAID_AUTO_CLOSE_HOURS: Record<Marketplace, number> = {
  // No real marketplace behind it: the 72 h default.
  demo: 72,
  // Taobao: the order page counts down and closes the trade unpaid; ordinary items are often
  // closed within 24 h, some listings and big sales keep them up to 3 days (public help pages,
  // e.g. fqmxn.com/1/775942.html). 72 h, the longest common window: never advise cancelling
  // an order the platform would still keep open.
  taobao: 72,
  // Tmall runs on the same trade system as Taobao: same 72 h.
  tmall: 72,
  // Pinduoduo: no public figure found (the app counts down per order): 72 h default.
  pinduoduo: 72,
  // JD: no public figure found: 72 h default.
  jd: 72,
  // Douyin shop: no public figure found: 72 h default.
  douyin: 72,
  // Amazon handles payment itself (orders stay "Pending"); no seller-side figure: 72 h default.
  amazon: 72,
  // Shopify: pending payments never close by themselves; 72 h as the seller's own cut-off.
  shopify: 72,
  // eBay: the seller may cancel an unpaid order after 4 calendar days ("Resolving unpaid
  // items", ebay.co.uk/help/selling/getting-paid/resolving-unpaid-items?id=4137).
  ebay: 96,
  // Etsy: payment is taken at checkout; an unpaid (manual payment) order: 72 h default.
  etsy: 72,
  // WooCommerce "Pending payment": stock is held for 60 min by default, the order stays; 72 h.
  woocommerce: 72,
  // A site taught by the seller: no platform rule known.
  custom: 72,
};

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

export const REFUND_AUTO_DECISION_HOURS: Record<Marketplace, RefundDecisionRule> = {
  // No real marketplace behind it: the common 48 h reply target.
  demo: { beforeShipping: 48, afterShipping: 48, automatic: false },
  // Taobao refund rules (淘宝 退款/售后 超时规则): unshipped refund request unanswered for 48 h is
  // refunded by the system; after shipping the seller has 5 days before it is agreed automatically.
  taobao: { beforeShipping: 48, afterShipping: 120, automatic: true },
  // Tmall follows Taobao's after-sales timeouts (天猫 退款超时).
  tmall: { beforeShipping: 48, afterShipping: 120, automatic: true },
  // Pinduoduo (拼多多 售后规则): a request not handled within 48 h is agreed automatically.
  pinduoduo: { beforeShipping: 48, afterShipping: 48, automatic: true },
  // JD POP (京东 售后服务单 审核时效): 48 h to review, then the system approves.
  jd: { beforeShipping: 48, afterShipping: 48, automatic: true },
  // Douyin shop (抖店 售后超时规则): a refund/return request unanswered for 48 h is agreed automatically.
  douyin: { beforeShipping: 48, afterShipping: 48, automatic: true },
  // Amazon Seller Central "Authorize a return request" (help G9DH343PLXALFTUW): requests needing
  // manual authorisation must be answered within 24 h; in-policy ones are authorised at once.
  amazon: { beforeShipping: 24, afterShipping: 24, automatic: true },
  // Shopify has no platform decision on refunds: 48 h reply target.
  shopify: { beforeShipping: 48, afterShipping: 48, automatic: false },
  // eBay (Seller Centre, "Change to response times", May 2020): 3 business days to respond to a
  // return request or Money Back Guarantee claim, then the buyer can ask eBay to step in. 72 h is
  // the shortest 3 business days can be, so weekends only make the warning early, never late.
  ebay: { beforeShipping: 72, afterShipping: 72, automatic: true },
  // Etsy has no automatic refund decision (the buyer can open a case later): 48 h reply target.
  etsy: { beforeShipping: 48, afterShipping: 48, automatic: false },
  // WooCommerce: the seller's own shop, no platform rule: 48 h reply target.
  woocommerce: { beforeShipping: 48, afterShipping: 48, automatic: false },
  // A site taught by the seller: no platform rule is known: 48 h reply target.
  custom: { beforeShipping: 48, afterShipping: 48, automatic: false },
};

/**
 * Hours within which a marketplace expects a reply to a buyer's message, counted on the
 * marketplace's clock (every hour, weekends and holidays included). The seller can override
 * each in settings. Where no public per-message deadline exists, the seed's 24 h reply to a
 * complaint (DOMAIN.md) is used.
 */
export const REPLY_WINDOW_HOURS: Record<Marketplace, number> = {
  // No real marketplace behind it: the same 24 h as the others.
  demo: 24,
  // Taobao/Tmall score 旺旺 response times in minutes (客服响应时长, 回复率) but publish no
  // per-message deadline; 24 h is the outer limit before a buyer escalates.
  taobao: 24,
  tmall: 24,
  // Pinduoduo measures a 3-minute reply rate in chat, no per-message deadline: 24 h as above.
  pinduoduo: 24,
  // JD (咚咚) and Douyin (飞鸽) score response times too, no public per-message deadline: 24 h.
  jd: 24,
  douyin: 24,
  // Amazon: buyer messages answered within 24 h, including weekends and holidays (Buyer-Seller Messaging, contact response time).
  amazon: 24,
  // Shopify has no platform rule: 24 h (seed).
  shopify: 24,
  // eBay publishes no message deadline for sellers; 24 h (seed) keeps buyers from opening a case.
  ebay: 24,
  // Etsy Star Seller: 95% of first messages answered within 24 h.
  etsy: 24,
  // (Walmart counts replies within 48 h — Seller Response Rate — but is not read by the extension yet.)
  // WooCommerce and taught sites: no platform rule; 24 h (seed).
  woocommerce: 24,
  custom: 24,
};
