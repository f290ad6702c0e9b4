/** Seller Central hosts, as the order list's adapter lists them (lib/adapters/amazon.ts). */
export const AMAZON_HOSTS: readonly string[] = [
  'sellercentral.amazon.com',
  'sellercentral.amazon.ca',
  'sellercentral.amazon.com.mx',
  'sellercentral.amazon.com.br',
  'sellercentral.amazon.co.uk',
  'sellercentral.amazon.de',
  'sellercentral.amazon.fr',
  'sellercentral.amazon.it',
  'sellercentral.amazon.es',
  'sellercentral.amazon.nl',
  'sellercentral-europe.amazon.com',
  'sellercentral.amazon.co.jp',
  'sellercentral-japan.amazon.com',
  'sellercentral.amazon.in',
  'sellercentral.amazon.com.au',
];
