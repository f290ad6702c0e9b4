/** Marketplaces the extension knows (kept apart so detector settings can use them without a cycle). */
export const MARKETPLACES = [
  'demo',
  'taobao',
  'tmall',
  'pinduoduo',
  'jd',
  'douyin',
  'amazon',
  'shopify',
  'ebay',
  'etsy',
  'woocommerce',
  /** A site the seller taught the extension to read (teach mode). */
  'custom',
] as const;
