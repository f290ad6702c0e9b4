/**
 * WooCommerce › Orders in the seller's own WordPress admin, on whatever host the shop runs.
 * Two list pages render the same WordPress list table (`table.wp-list-table`, columns Order,
 * Date, Status, Billing, Ship to, Total, Actions; Billing/Ship to/Actions hidden by default):
 * HPOS `admin.php?page=wc-orders` (WooCommerce 7.1+, default for new shops since 8.2) and the
 * legacy posts screen `edit.php?post_type=shop_order`. Markup checked against WooCommerce's
 * own list tables (src/Internal/Admin/Orders/ListTable.php,
 * includes/admin/list-tables/class-wc-admin-list-table-orders.php).
 * The list shows no items, no payment time and no tracking: orders are read with what is there.
 *
 * Public evidence, seen 2026-12-06: woocommerce/woocommerce
 * plugins/woocommerce/src/Internal/Admin/Orders/ListTable.php (stored version 0112b2a, an early
 * HPOS build): WP_List_Table with plural 'orders'; get_columns() cb, Order, Date, Status, Billing,
 * Ship to, Total, Actions, the last three hidden by default; column_order_number(), column_order_date(),
 * column_order_status() and column_order_total() render exactly the markup read below; blank state
 * "When you receive a new order, it will appear here.". The legacy screen is
 * plugins/woocommerce/includes/admin/list-tables/class-wc-admin-list-table-orders.php (59 stored versions).
 */
import { withRules, type Adapter, type PageAdapter, type TestUrls } from './types';

/** WordPress may live in a subdirectory (`/shop/wp-admin/…`): match the end of the path. */
const isAdminScript = (url: URL, script: string): boolean =>
  (url.protocol === 'https:' || url.protocol === 'http:') && url.pathname.endsWith(`/wp-admin/${script}`);

/** The list's filter form submits `action=-1` (no bulk action chosen); any other action is another page. */
const isListAction = (url: URL): boolean => {
  const action = url.searchParams.get('action');
  return action === null || action === '' || action === '-1';
};

export const woocommercePage: PageAdapter = {
  id: 'woocommerce',
  marketplace: 'woocommerce',
  label: { en: 'WooCommerce orders', zh: 'WooCommerce 订单' },
  // Self-hosted: nothing is requested at install; the seller grants their own site at run time.
  matches: [],
  anyHost: true,
  // Shape: ListTable.php's filter form posts to admin.php with page=wc-orders and builds status views as
  // admin.php?page=wc-orders&status=<slug>; its hidden fields keep _customer_user, m, paged, status, seen 2026-12-06.
  isOrderList(url) {
    if (isAdminScript(url, 'admin.php')) return url.searchParams.get('page') === 'wc-orders' && isListAction(url);
    if (isAdminScript(url, 'edit.php')) return url.searchParams.get('post_type') === 'shop_order' && isListAction(url);
    return false;
  },
  layout: {
    kind: 'table',
    // Shape: WP_List_Table with 'plural' => 'orders' (ListTable.php __construct), whose table classes end with the plural;
    // the legacy posts screen is WordPress's posts list table (plural 'posts'), seen 2026-12-06.
    tables: [
      'table.wp-list-table.orders', // HPOS admin.php?page=wc-orders (WooCommerce 7.1+)
      'table.wp-list-table.posts', // legacy edit.php?post_type=shop_order
      'table.wp-list-table', // either screen if WordPress renames the plural class
    ],
  },
  // Headers Order, Date, Status and Total are in the shared dictionary; Billing, Ship to and
  // Actions (addresses, buttons) are deliberately not read.
  cellParts: {
    // Order cell: a hidden "Preview" link, then <a class="order-view"><strong>#1047 Daniel Kim</strong></a>
    // (a trashed order shows the <strong> alone). The number may be custom (sequential-number plugins).
    // Shape: ListTable.php column_order_number(): `<a class="order-preview" …>Preview</a><a class="order-view"><strong>#<number>
    // <buyer></strong></a>`, a trashed order `<strong>#<number> <buyer></strong>` alone; the buyer is billing first + last name,
    // else billing company, else the user's display name, filterable (woocommerce_admin_order_buyer_name), seen 2026-12-06.
    // In that stored build the order-view link is post.php?post=<id>&action=edit even on the HPOS screen.
    orderId: { select: ['a.order-view strong', 'a.order-view', 'strong'], pattern: /#\s*(\S+)/ },
    buyer: { column: 'orderId', select: ['a.order-view strong', 'a.order-view', 'strong'], pattern: /#\s*\S+\s+(.+)/ },
    // Date cell: the text is "5 hours ago" for the last day and "Nov 20, 2026" before; the
    // datetime attribute always holds the full instant with the site's offset.
    // Shape: column_order_date(): `<time datetime="<date('c')>" title="<date_format time_format>">` with "%s ago" inside
    // the last day and 'M j, Y' (filterable) before; "&ndash;" when the order has no date, seen 2026-12-06.
    placedAt: { select: ['time[datetime]'], attribute: 'datetime' },
    // Status cell: <mark class="order-status status-processing"><span>Processing</span></mark>.
    // Shape: column_order_status(): `<mark class="order-status status-<slug>[ tips]"><span><wc_get_order_status_name></span></mark>`, seen 2026-12-06.
    status: { select: ['mark.order-status', 'mark'] },
    // Total cell: the order total; after a refund the total is struck (<del>) and the rest shown
    // in <ins>. The buyer paid the struck total, so that is the paid amount.
    // Shape: column_order_total() prints get_formatted_order_total(), wrapped in `<span class="tips" data-tip="via …">`
    // when a payment method is set, seen 2026-12-06. The <del>/<ins> refund form comes from get_formatted_order_total
    // (not re-read this session).
    paid: { select: ['del', '.woocommerce-Price-amount', '.amount'] },
  },
  // Shape: 'When you receive a new order, it will appear here.' is ListTable.php render_blank_state(), seen 2026-12-06;
  // 'No orders found.' is the list table's no-items text (not re-read this session).
  // Markers are found inside the page's text, so the blank state's first words are enough.
  emptyMarkers: ['No orders found.', 'When you receive a new order'],
};

/** This console's adapter in the background, which parses the page's texts: their defaults and status words. */
export const woocommerce: Adapter = /* @__PURE__ */ withRules(woocommercePage, {
  // Only the background asks whether a page is an order's own (its console data); the content script carries none of it.
  // Shape: HPOS edit admin.php?page=wc-orders&action=edit&id=<id>, legacy post.php?post=<id>&action=edit, chosen by
  // OrderUtil::custom_orders_table_usage_is_enabled() in plugins building edit links (files 60458882667, 69156984552), and
  // a Playwright test clicking either link's <strong> in the list (file 55819384557), seen 2026-12-06.
  isOrderDetail(url: URL) {
    if (isAdminScript(url, 'admin.php')) {
      return url.searchParams.get('page') === 'wc-orders' && url.searchParams.get('action') === 'edit' && /^\d+$/.test(url.searchParams.get('id') ?? '');
    }
    // The legacy edit URL does not name the post type: any post's edit page looks the same.
    if (isAdminScript(url, 'post.php')) return url.searchParams.get('action') === 'edit' && /^\d+$/.test(url.searchParams.get('post') ?? '');
    return false;
  },
  // The symbol in each total says the currency (wc_price); a store without one is assumed USD.
  currency: 'USD',
  // Dates are read from `<time datetime>`, which carries the site's offset; UTC only if it does not.
  timeZone: 'UTC',
  // wc_get_order_statuses() labels (English admin).
  // Shape: 'Pending payment', 'Processing', 'On hold', 'Completed', 'Cancelled', 'Refunded', 'Failed' (plugins copying
  // wc_get_order_statuses(), files 4863689342, 25966161955, 361740078; older builds capitalise 'Pending Payment' and
  // 'On Hold', file 25057080642; matching ignores case), seen 2026-12-06. Shops relabel them through the
  // wc_order_statuses filter (e.g. 'Paid' for processing, 'Shipped' for completed, file 6724526823). 'Draft' (checkout-draft)
  // not re-checked this session.
  statusVocabulary: {
    'Pending payment': 'awaiting_payment',
    // Stock reduced, payment to be confirmed by the seller (bank transfer, cheque).
    'On hold': 'awaiting_payment',
    // Paid, to be fulfilled: WooCommerce's "awaiting shipment".
    Processing: 'awaiting_shipment',
    Completed: 'completed',
    Cancelled: 'cancelled',
    Refunded: 'refunded',
    // The payment was declined: no money taken and nothing to ship (the buyer may pay again).
    Failed: 'cancelled',
    // A block checkout not finished yet: the buyer has not paid.
    Draft: 'awaiting_payment',
  },
});

/** URLs the checks above must accept and reject (see `TestUrls`); beside the adapter, not in it, so no content script carries them. */
export const testUrls: TestUrls = {
  match: [
    'https://shop.example-store.test/wp-admin/admin.php?page=wc-orders',
    'https://shop.example-store.test/wp-admin/admin.php?page=wc-orders&status=wc-processing',
    'https://www.example-store.test/wp-admin/admin.php?page=wc-orders&status=wc-on-hold&paged=2',
    'https://example-store.test/wp-admin/admin.php?page=wc-orders&s=jane&action=-1&m=202611&_customer_user=&filter_action=Filter&paged=1&action2=-1',
    'http://localhost:8080/wp-admin/admin.php?page=wc-orders',
    'https://example-store.test/shop/wp-admin/admin.php?page=wc-orders',
    'https://shop.example-store.test/wp-admin/edit.php?post_type=shop_order',
    'https://shop.example-store.test/wp-admin/edit.php?post_status=wc-processing&post_type=shop_order',
    'https://example-store.test/shop/wp-admin/edit.php?s=&post_status=all&post_type=shop_order&action=-1&m=0&_customer_user=&filter_action=Filter&paged=1&action2=-1',
  ],
  noMatch: [
    // Order detail pages (HPOS and legacy) and a new order.
    'https://shop.example-store.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1047',
    'https://shop.example-store.test/wp-admin/post.php?post=1047&action=edit',
    'https://shop.example-store.test/wp-admin/admin.php?page=wc-orders&action=new',
    // Other WooCommerce and WordPress admin pages.
    'https://shop.example-store.test/wp-admin/',
    'https://shop.example-store.test/wp-admin/admin.php?page=wc-admin',
    'https://shop.example-store.test/wp-admin/admin.php?page=wc-orders--shop_subscription',
    'https://shop.example-store.test/wp-admin/admin.php?page=wc-settings&tab=checkout',
    'https://shop.example-store.test/wp-admin/edit.php?post_type=product',
    'https://shop.example-store.test/wp-admin/edit.php?post_type=shop_coupon',
    'https://shop.example-store.test/wp-admin/edit.php',
    // The storefront's own order pages, and look-alikes outside wp-admin.
    'https://shop.example-store.test/my-account/orders/',
    'https://shop.example-store.test/admin.php?page=wc-orders',
    'https://shop.example-store.test/wp-admin-old/admin.php?page=wc-orders',
    'ftp://shop.example-store.test/wp-admin/admin.php?page=wc-orders',
  ],
  detail: [
    'https://shop.example-store.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1047',
    'https://example-store.test/shop/wp-admin/post.php?post=1047&action=edit',
  ],
};
