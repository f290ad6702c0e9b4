/**
 * Etsy Shop Manager › Orders & Shipping (www.etsy.com/your/orders/sold, its New and
 * Completed tabs). Not a table: one card per order with the buyer, "Order #3012345678", the
 * items (title, variations, "Quantity 2", price), "Ship by Nov 22", "Ordered Nov 18, 2026",
 * "Order total $22.50", the status and a "Complete order" button. Fields are read from their
 * labels in the card's text, which survive a redesign better than any class name; elements
 * are only used where there is no label (buyer, status, item lines). No saved page of the
 * live console was available: the selectors name the two builds of the fixtures.
 * Etsy's ship-by is a date: shipping any time that day is on time, so it ends at midnight.
 */
import { withRules, type Adapter, type PageAdapter, type TestUrls } from './types';

const SOLD = /^\/your\/orders\/sold(?:\/(?:new|completed))?\/?$/;
const ONE_ORDER = /^\/your\/orders\/(?:sold\/)?\d{6,}\/?$/;

export const etsyPage: PageAdapter = {
  id: 'etsy',
  marketplace: 'etsy',
  label: { en: 'Etsy Orders & Shipping', zh: 'Etsy 订单与发货' },
  matches: ['https://www.etsy.com/your/orders/sold*'],
  isOrderList: (url) => url.protocol === 'https:' && url.hostname === 'www.etsy.com' && SOLD.test(url.pathname),
  isOrderDetail: (url) => url.protocol === 'https:' && url.hostname === 'www.etsy.com' && ONE_ORDER.test(url.pathname),
  layout: {
    kind: 'cards',
    list: [
      '[data-test-id="order-list"]', // Orders & Shipping 2026-11: the list of order cards
      '[class*="OrderList__list"]', // later build: CSS-module class, hash dropped
    ],
    card: [
      '[data-test-id="order-card"]', // Orders & Shipping 2026-11: one card per order
      '[class*="OrderCard__card"]', // later build: CSS-module class, hash dropped
    ],
    anchor: [
      '[data-test-id="order-number"]', // Orders & Shipping 2026-11: the "Order #…" link
      'a[href*="order_id="]', // any build: the order-number link opens the order panel
    ],
    fields: {
      orderId: { label: 'Order #', pattern: /\bOrder #\s*(\d{6,})/ },
      // The date after each label: "Nov 22", "Nov 22, 2026", "Sept. 3". Regex literals, not one
      // shared source string: a string joined into a RegExp is kept in every content script's
      // bundle (the bundler cannot prove the join pure), not only in Etsy's.
      placedAt: { label: 'Ordered', pattern: /\bOrdered\s+([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)/ },
      shipBy: { label: 'Ship by', pattern: /\bShip by\s+([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)/ },
      // Any text after the label, so a broken amount is reported rather than taken as missing.
      paid: { label: 'Order total', pattern: /\bOrder total\s+(\S+)/ },
      buyer: {
        label: 'Buyer',
        select: [
          '[data-test-id="buyer-name"]', // Orders & Shipping 2026-11
          'a[href*="/people/"]', // any build: the buyer's profile link
        ],
      },
      status: {
        label: 'Status',
        select: [
          '[data-test-id="order-status"]', // Orders & Shipping 2026-11
          '[class*="OrderCard__status"]', // later build: CSS-module class, hash dropped
        ],
      },
      carrier: { label: 'Shipped via', pattern: /\bShipped via\s+([A-Za-z][A-Za-z ]{1,30}?)\s*·/ },
      trackingNo: { label: 'Tracking', pattern: /\bTracking\s+([A-Z0-9]{8,40})\b/ },
    },
    itemLines: [
      '[data-test-id="order-item"]', // Orders & Shipping 2026-11: one line per listing bought
      '[class*="TransactionRow__row"]', // later build: CSS-module class, hash dropped
    ],
    itemFields: {
      item: { label: 'Item', select: ['a[href*="/listing/"]'] }, // any build: the listing link's text is the title
      sku: { label: 'Variations', select: ['[data-test-id="variations"]'] }, // 2026-11: "Scent: Lavender"
      quantity: { label: 'Quantity', select: ['[data-test-id="quantity"]', '[class*="TransactionRow__qty"]'] },
      unitPrice: { label: 'Price', select: ['[data-test-id="item-price"]', '[class*="TransactionRow__price"]'] },
    },
  },
  cellParts: {
    shipBy: { endOfDay: true },
  },
  emptyMarkers: ['No orders to show'],
};

/** This console's adapter in the background, which parses the page's texts: their defaults and status words. */
export const etsy: Adapter = /* @__PURE__ */ withRules(etsyPage, {
  currency: 'USD',
  // Shop Manager shows dates in the seller's zone; one zone per adapter today.
  timeZone: 'America/New_York',
  statusVocabulary: {
    'Not shipped': 'awaiting_shipment',
    'Payment pending': 'awaiting_payment',
    'Pre-transit': 'shipped',
    'In transit': 'shipped',
    Shipped: 'shipped',
    Delivered: 'delivered',
    Completed: 'completed',
    Canceled: 'cancelled',
    'Partially refunded': 'refunded',
    Refunded: 'refunded',
    'Case opened': 'disputed',
  },
});

/** URLs the checks above must accept and reject (see `TestUrls`); beside the adapter, not in it, so no content script carries them. */
export const testUrls: TestUrls = {
  match: [
    'https://www.etsy.com/your/orders/sold',
    'https://www.etsy.com/your/orders/sold?ref=seller-platform-mcnav',
    'https://www.etsy.com/your/orders/sold/new',
    'https://www.etsy.com/your/orders/sold/new?page=2&ref=seller-platform-mcnav',
    'https://www.etsy.com/your/orders/sold/completed',
    // An order opened in the side panel: the list is still on the page.
    'https://www.etsy.com/your/orders/sold?order_id=3012345678',
  ],
  noMatch: [
    'https://www.etsy.com/your/orders/3012345678',
    'https://www.etsy.com/your/shops/me/dashboard?ref=seller-platform-mcnav',
    'https://www.etsy.com/your/shops/me/tools/listings',
    'https://www.etsy.com/your/purchases',
    'https://www.etsy.com/listing/1456789012/lavender-oat-milk-soap-bar',
    'https://www.etsy.com.evil.example/your/orders/sold',
    'http://www.etsy.com/your/orders/sold',
  ],
  detail: ['https://www.etsy.com/your/orders/3012345678', 'https://www.etsy.com/your/orders/sold/3012345678'],
};
