/**
 * eBay Seller Hub › Orders (/sh/ord), one console per eBay site. One table, header in <thead>;
 * an order with several items spans rows (its order-level cells carry rowspan). "Sold for" is
 * the item's price, "Total" what the buyer paid including postage. UK English says "dispatch"
 * where US English says "ship".
 *
 * Public evidence (searched code/pages 2026-12-06; file ids are the session search index's, for
 * files whose repository it does not name): a Selenium scraper of Seller Hub Orders
 * (…/sh/ord/?filter=status:AWAITING_SHIPMENT and status:ALL_ORDERS, file 57486155595; copies
 * 24090054289, 24359608056) finds rows from item links `a[href*="/itm/"]`, walking up to the
 * nearest `tr` / [role="row"] ("eBay changes markup"), reads the order number from a link
 * `a[href*="/mesh/ord/details"]` whose text is "27-13984-70927" (/^\d{2}-\d{5}-\d{5}$/), the price
 * from `div.price-column-item`, the stock from `span.available-quantity`. A puppeteer tool scores
 * list tabs by counting `a[href*="/mesh/ord/details"]` on /sh/ord (file 56761179067).
 * A Seller Hub sales-scanner extension (popup script injected on …/sh/ord for the eight sites
 * here, file 63324058824) reads one `tr.order-info` per order, further items in the following
 * sibling rows up to the next `tr.order-info`; the row's `input.checkbox__control` carries
 * data-ordernumber, data-buyer-id and data-quantity; items `.purchase-details` with title
 * `.item-title a`, item number `.item-itemID`, SKU `.item-custom-sku .sh-bold`, image in
 * `.order-purchase-details img`; quantity `.quantity strong`; item price `.price-column-item`;
 * order total `.total-price`; date and time as two `span.sh-default` in `td.date-column`.
 * No public source found for the `orders-grid` wrapper, the `/usr/` buyer link, the header
 * words or the status words below.
 */
import { withRules, type Adapter, type PageAdapter, type TestUrls } from './types';

/** eBay site host → [currency, zone its dates are shown in]. */
const SITES: Readonly<Record<string, readonly [string, string]>> = {
  'www.ebay.com': ['USD', 'America/Los_Angeles'],
  'www.ebay.ca': ['CAD', 'America/Toronto'],
  'www.ebay.co.uk': ['GBP', 'Europe/London'],
  'www.ebay.de': ['EUR', 'Europe/Berlin'],
  'www.ebay.fr': ['EUR', 'Europe/Paris'],
  'www.ebay.it': ['EUR', 'Europe/Rome'],
  'www.ebay.es': ['EUR', 'Europe/Madrid'],
  'www.ebay.com.au': ['AUD', 'Australia/Sydney'],
};

const onSite = (url: URL): boolean => url.protocol === 'https:' && url.hostname in SITES;

export const ebayPage: PageAdapter = {
  id: 'ebay',
  marketplace: 'ebay',
  label: { en: 'eBay Seller Hub orders', zh: 'eBay 卖家中心 订单' },
  // Marked pure: a content script without this adapter must not keep the table.
  // Shape: www.ebay.com/sh/ord/?filter=status:AWAITING_SHIPMENT (files 34078751625, 57486155595, 71118953762),
  // …status:ALL_ORDERS (file 24090054289), filter=status:PAID_SHIPPED (a tool for ebay.co.uk/.com, file 56761179067), …/sh/ord/?status=AWAITING_SHIPMENT
  // (file 51977986591), seen 2026-12-06.
  matches: /* @__PURE__ */ Object.keys(SITES).map((host) => `https://${host}/sh/ord*`),
  isOrderList: (url) => onSite(url) && /^\/sh\/ord\/?$/.test(url.pathname),
  // Shape: /sh/ord/details?orderid=… (files 15369957618, 57407229795; with srn=118139, file 13970860861), and more often
  // /mesh/ord/details?orderid=… (ebay.com, .co.uk, .de; files 70736769395, 60353372016, 34251313401, 55122086916;
  // "?mode=SH&orderid=", file 40006090972), where the list's own order links point (files 57486155595, 56761179067),
  // seen 2026-12-06. /mesh/ord/details is recognised but not matched (`matches` is /sh/ord*): today the check only tells pages apart.
  isOrderDetail: (url) => onSite(url) && /^\/(?:sh|mesh)\/ord\/details\/?$/.test(url.pathname) && url.searchParams.has('orderid'),
  layout: {
    kind: 'table',
    // No public source found for `orders-grid` or an aria-label on the table (searched code 2026-12-06); public code
    // reads rows as `tr.order-info` (file 63324058824) or the `tr` / [role="row"] around each /itm/ link (file 57486155595).
    tables: [
      '[class*="orders-grid"] table', // Seller Hub orders 2026-11: eBay Skin table inside the grid wrapper
      'table[aria-label]', // the orders table when the wrapper's class is renamed (it keeps its label)
      'table', // any other table; the reader keeps the one whose headers name an order column
    ],
  },
  // No public source found for these header texts (searched code 2026-12-06).
  headerSynonyms: {
    placedAt: ['Date sold', 'Verkauft am'],
    unitPrice: ['Sold for', 'Verkauft für'],
    shipBy: ['Ship by', 'Dispatch by', 'Versand bis'],
    shipping: ['Postage', 'Shipping', 'Versand'],
    orderId: ['Order number', 'Bestellnummer'],
  },
  cellParts: {
    // Buyer cell: user ID with feedback score, then the buyer's name; the user ID is stable.
    // Public code reads the buyer's user ID from the row checkbox's data-buyer-id (`input.checkbox__control`, file
    // 63324058824); no public source found for a /usr/ link or `user-id` class (searched code 2026-12-06).
    buyer: {
      select: [
        'a[href*="/usr/"]', // Seller Hub 2026-11: the user ID links to the member profile
        '[class*="user-id"]', // the user ID when the link target changes
      ],
    },
    // Item cell: title link, "(item number)", "Custom label (SKU): …".
    // Shape: rows are found from `a[href*="/itm/"]` links, whose text is the title (file 57486155595); another reader takes
    // `.purchase-details .item-title a` (file 63324058824), seen 2026-12-06.
    item: {
      select: [
        'a[href*="/itm/"]', // Seller Hub 2026-11: the title links to the listing
        'a', // the title when the link target changes
      ],
    },
    // Public code reads the SKU as `.item-custom-sku .sh-bold` (the value alone, file 63324058824); no public source for
    // the "Custom label (SKU):" wording (searched code 2026-12-06).
    sku: { column: 'item', pattern: /(?:Custom label \(SKU\)|Custom label|Bestandseinheit)\s*[:：]\s*(\S+)$/ },
    // "Ship by: Nov 22, 2026" is met by shipping any time that day.
    shipBy: { endOfDay: true },
    // Status cell may carry links ("View tracking") that are not part of the status.
    status: { ignore: ['a', 'button'] },
  },
  // No public source found for either text (searched code 2026-12-06).
  emptyMarkers: ["You don't have any orders", 'No orders found'],
};

/** This console's adapter in the background, which parses the page's texts: their defaults and status words. */
export const ebay: Adapter = /* @__PURE__ */ withRules(ebayPage, {
  currency: 'USD',
  timeZone: 'America/Los_Angeles',
  currencyFor: (url) => SITES[url.hostname]?.[0] ?? 'USD',
  timeZoneFor: (url) => SITES[url.hostname]?.[1] ?? 'America/Los_Angeles',
  // Filter ids AWAITING_SHIPMENT, ALL_ORDERS, PAID_SHIPPED (URLs above), and a UK tool matching "paid & dispatched"
  // (with "&", file 56761179067): the listed "Paid and dispatched" / "Paid and shipped" would not meet an "&" form.
  // No public source found for the row status texts themselves (searched code 2026-12-06).
  statusVocabulary: {
    'Awaiting shipment': 'awaiting_shipment',
    'Awaiting dispatch': 'awaiting_shipment',
    'Awaiting payment': 'awaiting_payment',
    'Paid and shipped': 'shipped',
    'Paid and dispatched': 'shipped',
    Shipped: 'shipped',
    Dispatched: 'shipped',
    Delivered: 'delivered',
    Cancelled: 'cancelled',
    Canceled: 'cancelled',
    'Return requested': 'return_requested',
    'Return open': 'return_requested',
    Returned: 'returned',
    Refunded: 'refunded',
    'Item not received request': 'disputed',
    'Case opened': 'disputed',
    'Versand ausstehend': 'awaiting_shipment',
    'Bezahlt und versendet': 'shipped',
    Zugestellt: 'delivered',
    Storniert: 'cancelled',
  },
});

/** URLs the checks above must accept and reject (see `TestUrls`); beside the adapter, not in it, so no content script carries them. */
export const testUrls: TestUrls = {
  match: [
    'https://www.ebay.com/sh/ord/?filter=status:AWAITING_SHIPMENT',
    'https://www.ebay.com/sh/ord',
    'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS&sort=-paymentdate&limit=50&offset=50',
    'https://www.ebay.co.uk/sh/ord/?filter=status:AWAITING_SHIPMENT',
    'https://www.ebay.de/sh/ord/',
    'https://www.ebay.com.au/sh/ord/?filter=status:PAID_SHIPPED',
    'https://www.ebay.ca/sh/ord/?filter=status:ALL_ORDERS',
  ],
  noMatch: [
    'https://www.ebay.com/sh/ord/details?orderid=12-34567-89012',
    'https://www.ebay.com/mesh/ord/details?orderid=12-34567-89012',
    'https://www.ebay.com/sh/ovw',
    'https://www.ebay.com/sh/lst/active',
    'https://www.ebay.com/sh/ord/returns',
    'https://www.ebay.com/itm/125678901234',
    'https://www.ebay.com/mye/myebay/purchase',
    'https://www.ebay.com.evil.example/sh/ord/',
    'http://www.ebay.com/sh/ord/',
  ],
  detail: [
    'https://www.ebay.com/sh/ord/details?orderid=12-34567-89012',
    'https://www.ebay.co.uk/sh/ord/details?srn=1234&orderid=21-13579-24680&source=Orders',
    'https://www.ebay.com/mesh/ord/details?orderid=27-13984-70927',
    'https://www.ebay.co.uk/mesh/ord/details?orderid=21-13579-24680',
    'https://www.ebay.de/mesh/ord/details?mode=SH&orderid=12-34567-89012',
  ],
};
