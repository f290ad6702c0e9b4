/**
 * Shopify admin › Orders (admin.shopify.com/store/<store>/orders; the legacy
 * <store>.myshopify.com/admin/orders). A Polaris IndexTable: a checkbox column, the order
 * name (#1001) as the row's header cell, then Date, Customer, Channel, Total, Payment status,
 * Fulfillment status, Items ("2 items"), Delivery status, Delivery method, Tags; the seller
 * can reorder, hide and add columns. Statuses are Polaris badges whose screen-reader text
 * ("Attention Incomplete") sits in the same cell. The order's status comes from two columns:
 * Payment status (Pending, Voided, Refunded outrank "Unfulfilled") and Fulfillment status.
 * Wall times are shown in the store's zone; the list shows no payment or ship-by time, so
 * ship-deadline counts from the order time.
 *
 * Public evidence (searched code/docs 2026-12-06; file ids are the session search index's, for
 * files whose repository it does not name): the admin itself renders Polaris with HASHED class
 * names, `Polaris-IndexTable__TableRow_1a85o` (Selenium tests on admin.shopify.com/store/…/products
 * and …/collections, files 8496536857, 8067798840, 8212628496; a bookmarklet, file 11335790431),
 * `Polaris-DataTable__Cell_yixs7`, `Polaris-Text--visuallyHidden_yrtt6` (copies of admin HTML, files
 * 5369050042, 53478408403; `Polaris-Frame__Main_yj28s` in a Blade copy of the admin Orders page the
 * search returned without an id), while apps built on @shopify/polaris carry
 * the plain names (`Polaris-IndexTable__Table`, `Polaris-IndexTable__TableRow`). The one public
 * reader of the admin Orders list found ("Order Selector Shopify" v2.2, @match
 * admin.shopify.com/store/<any>/orders…, "confirmed against the live Shopify Polaris IndexTable",
 * file 66081131429) selects rows as `.Polaris-Table-TableRow__Selectable` (selected:
 * `Polaris-Table-TableRow__Selected`), a different component's class from the IndexTable names
 * below, with the order name in the row's `a[href*="/orders/"]` ("#BG7228": custom prefixes) and a
 * row `input[type="checkbox"]`; search is ?query=, paging ?after= / ?before=. No public copy of the
 * list's header texts was found; Polaris' own example Orders table has Order, Date, Customer,
 * Total, Payment status, Fulfillment status (search hits quoting it).
 */
import { withRules, type Adapter, type PageAdapter, type TestUrls } from './types';

const STORE_ORDERS = /^\/store\/[a-z0-9][a-z0-9-]*\/orders\/?$/i;
const STORE_ORDER_DETAIL = /^\/store\/[a-z0-9][a-z0-9-]*\/orders\/\d+\/?$/i;
const LEGACY_HOST = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/i;

/** Polaris badges carry their tone and progress as visually hidden text: not part of the status. */
// Public admin HTML has `Polaris-Text--visuallyHidden_yrtt6` (hashed, file 53478408403): only the [class*=] form
// below matches it; apps use the plain `.Polaris-Text--visuallyHidden` (files 2420642053, 10266603736). Seen 2026-12-06.
const BADGE_NOISE = [
  '.Polaris-Text--visuallyHidden', // Polaris 12–13 (admin 2026-11): Text with visuallyHidden
  '[class*="visuallyHidden"]', // the same if the class gains a prefix or hash
];

export const shopifyPage: PageAdapter = {
  id: 'shopify',
  marketplace: 'shopify',
  label: { en: 'Shopify admin orders', zh: 'Shopify 后台订单' },
  // The admin is a single-page app: the content script runs on every admin page of the store
  // and reads only when the route is the order list (it re-checks on every navigation).
  // Shape: admin.shopify.com/store/<handle>/… (files 8496536857, 2811548787 "admin.shopify.com/store/x/orders/<id>"),
  // legacy <handle>.myshopify.com/admin/orders/<id> (file 12929945117), seen 2026-12-06.
  matches: ['https://admin.shopify.com/store/*', 'https://*.myshopify.com/admin/*'],
  isOrderList(url) {
    if (url.protocol !== 'https:') return false;
    if (url.hostname === 'admin.shopify.com') return STORE_ORDERS.test(url.pathname);
    return LEGACY_HOST.test(url.hostname) && /^\/admin\/orders\/?$/.test(url.pathname);
  },
  isOrderDetail(url) {
    if (url.protocol !== 'https:') return false;
    if (url.hostname === 'admin.shopify.com') return STORE_ORDER_DETAIL.test(url.pathname);
    return LEGACY_HOST.test(url.hostname) && /^\/admin\/orders\/\d+\/?$/.test(url.pathname);
  },
  layout: {
    kind: 'table',
    // Public code shows the admin's Polaris classes hashed (`Polaris-IndexTable__TableRow_1a85o`, files 8496536857,
    // 11335790431), so the admin table is likely `Polaris-IndexTable__Table_<hash>`, which this exact class
    // selector does not match (`table[class*="Polaris-IndexTable__Table"]` would); only the 'table' fallback
    // meets it. The public Orders-list reader selects rows as `.Polaris-Table-TableRow__Selectable` (file 66081131429):
    // no public source for the Orders table's own class (searched code 2026-12-06).
    tables: [
      'table.Polaris-IndexTable__Table', // admin 2026-11: Polaris IndexTable (its sticky header copy is divs, not a table)
      'table', // any other table on the page; the reader keeps the one with an order-number header
    ],
  },
  // Shape: "Payment status" / "Fulfillment status" columns in Polaris' IndexTable Orders example (search hits of
  // apps copying it), seen 2026-12-06; no public copy of the admin's own header row found.
  headerSynonyms: {
    status: ['Fulfillment status'],
  },
  cellParts: {
    status: { ignore: BADGE_NOISE },
    paymentStatus: { ignore: BADGE_NOISE },
    afterSales: { ignore: BADGE_NOISE },
    // A Point of Sale sale without a customer shows "No customer": no buyer, not a buyer named so.
    buyer: { pattern: /^(?!No customer$)(.+)$/ },
    // The Items column shows only a count ("2 items"): what was bought is not on the list, and
    // untitled items would make any two orders of one customer look like duplicates.
    item: { pattern: /^(?!\d+ items?$)(.+)$/ },
  },
  // No public source found for either text (searched code 2026-12-06).
  emptyMarkers: ['No orders found', 'Your orders will show here'],
};

/** This console's adapter in the background, which parses the page's texts: their defaults and status words. */
export const shopify: Adapter = /* @__PURE__ */ withRules(shopifyPage, {
  // Totals carry their own symbol (CA$, €); a bare "$" is the store's dollars.
  currency: 'USD',
  // The admin shows times in the store's zone (Settings › General); one zone per adapter today.
  timeZone: 'America/New_York',
  // Shape: shopify.dev OrderDisplayFinancialStatus "Displayed as" Authorized, Expired, Paid, Partially paid, Partially
  // refunded, Pending, Refunded, Voided; OrderDisplayFulfillmentStatus Fulfilled, In progress, On hold, Open, Partially
  // fulfilled, Pending fulfillment, Request declined, Restocked, Scheduled, Unfulfilled, and "Not required on the
  // orders list" (FULFILLMENT_NOT_REQUIRED), seen 2026-12-06. Not listed here: Not required, Request declined,
  // Pending fulfillment, Open, Restocked. No public source for "Payment pending", "Overdue" or "Unpaid" as list
  // badges (payment terms), nor for the Return status words.
  statusVocabulary: {
    // Payment status
    Paid: 'awaiting_shipment',
    Authorized: 'awaiting_shipment',
    'Payment pending': 'awaiting_payment',
    Pending: 'awaiting_payment',
    'Partially paid': 'awaiting_payment',
    Overdue: 'awaiting_payment',
    Expired: 'awaiting_payment',
    Unpaid: 'awaiting_payment',
    'Partially refunded': 'refunded',
    Refunded: 'refunded',
    Voided: 'cancelled',
    // Fulfillment status
    Unfulfilled: 'awaiting_shipment',
    'On hold': 'awaiting_shipment',
    'In progress': 'awaiting_shipment',
    'Partially fulfilled': 'shipped',
    Fulfilled: 'shipped',
    // Every shipment delivered, as its fulfillments show (lib/pagedata/shopify.ts): the list itself says "Fulfilled".
    Delivered: 'delivered',
    // A prepaid subscription's later delivery: not due now, so not judged.
    Scheduled: 'unknown',
    // Return status
    'Return requested': 'return_requested',
    'Return in progress': 'return_requested',
    Returned: 'returned',
  },
});

/** URLs the checks above must accept and reject (see `TestUrls`); beside the adapter, not in it, so no content script carries them. */
export const testUrls: TestUrls = {
  match: [
    'https://admin.shopify.com/store/sage-and-suds/orders',
    'https://admin.shopify.com/store/sage-and-suds/orders/',
    'https://admin.shopify.com/store/sage-and-suds/orders?inContextTimeframe=last_30_days',
    'https://admin.shopify.com/store/sage-and-suds/orders?selectedView=unfulfilled&fulfillment_status=unshipped%2Cpartial',
    'https://sage-and-suds.myshopify.com/admin/orders',
    'https://savon-de-lune.myshopify.com/admin/orders?status=open&financial_status=paid',
  ],
  noMatch: [
    'https://admin.shopify.com/store/sage-and-suds',
    'https://admin.shopify.com/store/sage-and-suds/orders/6102938475008',
    'https://admin.shopify.com/store/sage-and-suds/draft_orders',
    'https://admin.shopify.com/store/sage-and-suds/checkouts',
    'https://admin.shopify.com/store/sage-and-suds/products',
    'https://sage-and-suds.myshopify.com/account/orders',
    'https://sage-and-suds.myshopify.com/admin/orders/6102938475008',
    'https://admin.shopify.com.evil.example/store/sage-and-suds/orders',
    'http://admin.shopify.com/store/sage-and-suds/orders',
  ],
  detail: [
    'https://admin.shopify.com/store/sage-and-suds/orders/6102938475008',
    'https://sage-and-suds.myshopify.com/admin/orders/6102938475008',
  ],
};
