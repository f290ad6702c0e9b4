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
