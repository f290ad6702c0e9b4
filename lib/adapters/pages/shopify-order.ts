/**
 * Shopify admin › an order's own page (admin.shopify.com/store/<store>/orders/<id>; the legacy
 * <store>.myshopify.com/admin/orders/<id>). The order list shows only the total; this page's
 * payment summary shows how it is made: Subtotal, Discount, Shipping, Taxes, Total. Read, those
 * amounts fill the stored order's money so amount-mismatch can judge it.
 *
 * Public evidence, seen 2026-12-07 (file ids are the session search index's):
 * - the page lists the items ordered, then "subtotal, shipping paid, taxes paid and the total"
 *   (guides.co, "Shopify and you", The Anatomy Of An Order: guides.co/g/shopify-and-you-opening-your-online-store/6884);
 * - the admin's classes are hashed (`Polaris-Header-Title_2qj8j`, `qfURq`, `_1daZ2`) and its order
 *   title holds the order name with its "#" (a seller's user script on myshopify.com/admin/orders/*,
 *   woxie/userscripts boton/boton.user.js, file 36767463175): so rows are read by their labels;
 * - the admin's main area is `<main … id="AppFrameMain">` (a copy of the admin's Orders page the
 *   search returned without an id);
 * - an order's charges beside items, discounts, shipping and taxes are duties, tips and additional
 *   fees (shopify.dev GraphQL Admin Order: currentTotalDutiesSet, totalTipReceivedSet,
 *   currentTotalAdditionalFeesSet); discounts are applied before tax ("$100 − $20 = $80, then tax",
 *   a public Shopify–ERPNext connector's thread, github.com/frappe/ecommerce_integrations/issues/154).
 * No public copy of the payment card's markup was found; its labels are English only here (no
 * public source gives the admin's other languages' words).
 */
import type { AnnotationPage, PageTestUrls } from './types';

/** An amount as a line of its own: a currency sign or code beside the number, a minus before it ("−$10.00", "€5,00", "12.00 EUR"). */
const AMOUNT = String.raw`[−–-]?\s?(?:[A-Z]{1,3})?[$€£¥₹]\s?\d[\d.,\u00a0]*(?:\s?[A-Z]{3})?|[−–-]?\d[\d.,\u00a0]*\s?(?:[$€£¥₹]|[A-Z]{3})`;
/** The summary's rows between "Subtotal" and "Total" (a card elsewhere may say "Shipping" too). */
const AFTER_SUBTOTAL = String.raw`^Subtotal$(?:(?!^Total$)[\s\S])*?`;
/** A row: its label's line, up to two lines of detail (a code, a rate, "2 items"), its amount's line. */
const row = (label: string, from = AFTER_SUBTOTAL, whole = false): RegExp =>
  new RegExp(whole ? `${from}^${label}\\n((?:[^\\n]*\\n){0,2}?(?:${AMOUNT}))$` : `${from}^${label}\\n(?:[^\\n]*\\n){0,2}?(${AMOUNT})$`, 'm');

const ORDER_PATH = /^\/store\/[a-z0-9][a-z0-9-]*\/orders\/\d+\/?$/i;
const LEGACY_ORDER_PATH = /^\/admin\/orders\/\d+\/?$/;
const LEGACY_HOST = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/i;

const part = {
  id: 'shopify-order',
  console: 'shopify',
  kind: 'order',
  // The admin is one app: a seller opens an order from the list without a page load, so this script
  // runs where the console's own does (its adapter's patterns: no host beyond them) and reads only on an order's page.
  matches: ['https://admin.shopify.com/store/*', 'https://*.myshopify.com/admin/*'],
  isPage(url: URL) {
    if (url.protocol !== 'https:') return false;
    if (url.hostname === 'admin.shopify.com') return ORDER_PATH.test(url.pathname);
    return LEGACY_HOST.test(url.hostname) && LEGACY_ORDER_PATH.test(url.pathname);
  },
  // Read only while the payment summary shows (it renders after the header).
  view: { select: ['#AppFrameMain', 'main'], pattern: /^Subtotal$/m },
  entries: ['#AppFrameMain', 'main'], // the admin's main area (copy of the admin page, seen 2026-12-07)
  // Where the header's selectors find nothing: the order name, as the title shows it.
  meaning: { orderNumber: /^(#[A-Za-z0-9][A-Za-z0-9-]{2,62})$/ },
  fields: {
    // The page title, "#1006" (woxie/userscripts boton.user.js reads it from the Polaris header title), seen 2026-12-07.
    orderId: { select: ['h1[class*="Polaris-Header-Title"]', 'h1'], pattern: /^(#?[A-Za-z0-9][A-Za-z0-9-]{2,62})$/m },
    // The payment summary's rows by label (guides.co "The Anatomy Of An Order"; shopify.dev Order), seen 2026-12-07.
    subtotal: { pattern: row('Subtotal', '') },
    discount: { pattern: row('Discounts?') },
    shipping: { pattern: row('Shipping') },
    // Whole row: a store whose prices include tax says so beside the amount ("Included").
    tax: { pattern: row('Tax(?:es)?', AFTER_SUBTOTAL, true) },
    total: { pattern: row('Total') },
    // In the total but in no term of the check (shopify.dev Order duties, tips, additional fees), seen 2026-12-07.
    otherCharges: { pattern: new RegExp(`${AFTER_SUBTOTAL}^(Duties|Tips?|Additional fees?)\\n(?:[^\\n]*\\n){0,2}?(?:${AMOUNT})$`, 'm') },
  },
} as const;

// Assigned, not written in place: a page part may carry fields a newer AnnotationPage declares.
export const shopifyOrder: AnnotationPage = part;

export const testUrls: PageTestUrls = {
  match: [
    'https://admin.shopify.com/store/sage-and-suds/orders/6102938475010',
    'https://admin.shopify.com/store/sage-and-suds/orders/6102938475010/',
    'https://savon-de-lune.myshopify.com/admin/orders/5550001',
  ],
  noMatch: [
    'https://admin.shopify.com/store/sage-and-suds/orders',
    'https://admin.shopify.com/store/sage-and-suds/orders/6102938475010/refund',
    'https://admin.shopify.com/store/sage-and-suds/draft_orders/1234',
    'https://admin.shopify.com/store/sage-and-suds/products/1234',
    'http://admin.shopify.com/store/sage-and-suds/orders/6102938475010',
    'https://admin.shopify.com.evil.example/store/sage-and-suds/orders/6102938475010',
    'https://savon-de-lune.myshopify.com/admin/orders',
    'https://savon-de-lune.myshopify.com/account/orders/5550001',
  ],
};
