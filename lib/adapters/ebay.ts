/**
 * eBay Seller Hub › Orders (/sh/ord), one console per eBay site. One table, header in <thead>;
 * an order with several items spans rows (its order-level cells carry rowspan). "Sold for" is
 * the item's price, "Total" what the buyer paid including postage. UK English says "dispatch"
 * where US English says "ship".
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
  // Marked pure: a content script without this adapter must not keep the table (issue 7).
  matches: /* @__PURE__ */ Object.keys(SITES).map((host) => `https://${host}/sh/ord*`),
  isOrderList: (url) => onSite(url) && /^\/sh\/ord\/?$/.test(url.pathname),
  isOrderDetail: (url) => onSite(url) && /^\/sh\/ord\/details\/?$/.test(url.pathname) && url.searchParams.has('orderid'),
  layout: {
    kind: 'table',
    tables: [
      '[class*="orders-grid"] table', // Seller Hub orders 2026-11: eBay Skin table inside the grid wrapper
      'table[aria-label]', // the orders table when the wrapper's class is renamed (it keeps its label)
      'table', // any other table; the reader keeps the one whose headers name an order column
    ],
  },
  headerSynonyms: {
    placedAt: ['Date sold', 'Verkauft am'],
    unitPrice: ['Sold for', 'Verkauft für'],
    shipBy: ['Ship by', 'Dispatch by', 'Versand bis'],
    shipping: ['Postage', 'Shipping', 'Versand'],
    orderId: ['Order number', 'Bestellnummer'],
  },
  cellParts: {
    // Buyer cell: user ID with feedback score, then the buyer's name; the user ID is stable.
    buyer: {
      select: [
        'a[href*="/usr/"]', // Seller Hub 2026-11: the user ID links to the member profile
        '[class*="user-id"]', // the user ID when the link target changes
      ],
    },
    // Item cell: title link, "(item number)", "Custom label (SKU): …".
    item: {
      select: [
        'a[href*="/itm/"]', // Seller Hub 2026-11: the title links to the listing
        'a', // the title when the link target changes
      ],
    },
    sku: { column: 'item', pattern: /(?:Custom label \(SKU\)|Custom label|Bestandseinheit)\s*[:：]\s*(\S+)$/ },
    // "Ship by: Nov 22, 2026" is met by shipping any time that day.
    shipBy: { endOfDay: true },
    // Status cell may carry links ("View tracking") that are not part of the status.
    status: { ignore: ['a', 'button'] },
  },
  emptyMarkers: ["You don't have any orders", 'No orders found'],
};

/** This console's adapter in the background, which parses the page's texts: their defaults and status words. */
export const ebay: Adapter = /* @__PURE__ */ withRules(ebayPage, {
  currency: 'USD',
  timeZone: 'America/Los_Angeles',
  currencyFor: (url) => SITES[url.hostname]?.[0] ?? 'USD',
  timeZoneFor: (url) => SITES[url.hostname]?.[1] ?? 'America/Los_Angeles',
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
  ],
};
