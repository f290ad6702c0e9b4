/**
 * WooCommerce › an order's edit page, on the seller's own host: HPOS
 * `admin.php?page=wc-orders&action=edit&id=N` and the legacy `post.php?post=N&action=edit`. WooCommerce
 * marks an item sold without stock with the item meta "Backordered" (its count of units short), and
 * only this page and the list's on-demand preview show it: read, it marks the stored order's stock
 * short so stock-risk can raise its case.
 *
 * Public evidence, seen 2026-12-06 (file ids are the session search index's), woocommerce/woocommerce:
 * - the meta is added when an order line is sold on backorder, named by the filter
 *   `woocommerce_backordered_item_meta_name` (default 'Backordered'; files 630534234, 819780528);
 * - plugins/woocommerce/includes/admin/meta-boxes/views/html-order-item.php (file 63314859165): each
 *   line `<tr class="item" data-order_item_id>` with the name in `td.name`, whose item meta comes from
 *   html-order-item-meta.php (file 6086750109): `<div class="view"><table class="display_meta">` with
 *   one row per shown meta, `<th>{display_key}:</th><td>{display_value}</td>`;
 * - html-order-items.php (file 83801447) includes each line inside `<tbody id="order_line_items">` of
 *   `table.woocommerce_order_items` (also read so by a seller's script, file 41167343235);
 * - the HPOS edit screen (src/Internal/Admin/Orders/Edit.php, file 434708303) wraps its meta boxes in
 *   `<form id="order"><div id="poststuff">`, as WordPress's post edit screen does for the legacy one;
 * - the order data box's heading `h2.woocommerce-order-data__heading` reads "Order #<number> details"
 *   with the order number the list shows (WooCommerce's e2e tests, files 56076305111, 13559856463).
 */
import type { AnnotationPage, PageTestUrls } from './types';

const isAdminScript = (url: URL, script: string): boolean =>
  (url.protocol === 'https:' || url.protocol === 'http:') && url.pathname.endsWith(`/wp-admin/${script}`);

/** The default meta name: a shop that renames it through the filter is not read (its word is unknown). */
const BACKORDERED = /^(Backordered):/m;

export const woocommerceOrder: AnnotationPage = {
  id: 'woocommerce-order',
  console: 'woocommerce',
  kind: 'order',
  // Self-hosted: no host is asked for; the background registers this script on the edit pages of the
  // origins the seller granted for WooCommerce (entrypoints/background/sites.ts).
  matches: [],
  isPage(url) {
    if (isAdminScript(url, 'admin.php')) {
      return url.searchParams.get('page') === 'wc-orders' && url.searchParams.get('action') === 'edit' && /^\d+$/.test(url.searchParams.get('id') ?? '');
    }
    return isAdminScript(url, 'post.php') && url.searchParams.get('action') === 'edit' && /^\d+$/.test(url.searchParams.get('post') ?? '');
  },
  // Read only while an item is marked: an edit page without the mark (or any other post's edit page) sends nothing.
  view: {
    select: ['#order_line_items', 'table.woocommerce_order_items tbody'], // html-order-items.php line body (files 83801447, 41167343235), seen 2026-12-06
    pattern: BACKORDERED,
  },
  // The edit screen's wrapper holds both the order data box and the items box.
  entries: ['#poststuff', '#wpbody-content'], // Edit.php's meta box wrapper (file 434708303), else WordPress's admin body, seen 2026-12-06
  fields: {
    // "Order #1051 details" (files 56076305111, 13559856463), seen 2026-12-06.
    orderId: { select: ['h2.woocommerce-order-data__heading'], pattern: /#\s*(\S+)/ },
    // `<table class="display_meta"><tr><th>Backordered:</th>…` inside a line's td.name (files 63314859165, 6086750109, 83801447), seen 2026-12-06.
    stockShort: { select: ['#order_line_items', 'table.woocommerce_order_items tbody'], pattern: BACKORDERED },
  },
  // By shape: the heading's "Order #1051 details" (files 56076305111, 13559856463), seen 2026-12-06.
  meaning: { orderNumber: /^Order #\s*(\S+) details$/m },
};

export const testUrls: PageTestUrls = {
  match: [
    'https://shop.example-store.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1051',
    'https://example-store.test/shop/wp-admin/post.php?post=1051&action=edit',
    'http://localhost:8080/wp-admin/admin.php?page=wc-orders&action=edit&id=7',
  ],
  noMatch: [
    'https://shop.example-store.test/wp-admin/admin.php?page=wc-orders',
    'https://shop.example-store.test/wp-admin/admin.php?page=wc-orders&action=new',
    'https://shop.example-store.test/wp-admin/edit.php?post_type=shop_order',
    'https://shop.example-store.test/wp-admin/post.php?post=abc&action=edit',
    'https://shop.example-store.test/wp-admin/post-new.php?post_type=shop_order',
    'https://shop.example-store.test/admin.php?page=wc-orders&action=edit&id=1051',
    'ftp://shop.example-store.test/wp-admin/post.php?post=1051&action=edit',
  ],
};
