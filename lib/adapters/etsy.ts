/**
 * Etsy Shop Manager › Orders & Shipping (www.etsy.com/your/orders/sold, its New and
 * Completed tabs). Not a table: one card per order with the buyer, "Order #3012345678", the
 * items (title, variations, "Quantity 2", price), "Ship by Nov 22", "Ordered Nov 18, 2026",
 * "Order total $22.50", the status and a "Complete order" button. Fields are read from their
 * labels in the card's text, which survive a redesign better than any class name; elements
 * are only used where there is no label (buyer, status, item lines). No saved page of the
 * live console was available: the selectors name the two builds of the fixtures.
 * Etsy's ship-by is a date: shipping any time that day is on time, so it ends at midnight.
 *
 * Public evidence (searched code 2026-12-06): cengaver/EtsyScript (userscripts for Orders &
 * Shipping, commit 2610679, 2026-07-22) reads the list as `section.order-group-list`, one
 * `.panel-body-row` per order (per-row message button `clg-tooltip:has(clg-icon[name="message"])
 * clg-icon-button`, a reviewed order marked by `[data-icon="star"]`; EtsyReviewMessage.user.js),
 * and the opened order in the side panel `#dg-tabs-preact__tab-1--default_wt_tab_panel`: header
 * `#order-details-header-text > span` "Order from <buyer>", `#order-details-order-info > a`
 * (order number, shop), items in `div.panel.mb-xs-0.text-smaller.p-xs-4 > table > tbody > tr`,
 * the date line "Ordered 3:45pm, Friday, Nov 2, 2024" (OrderSearchGdrive.user.js,
 * EtsyDeliveryDaysCalculator.user.js). No public source found for any data-test-id below.
 */
import { withRules, type Adapter, type PageAdapter, type TestUrls } from './types';

const SOLD = /^\/your\/orders\/sold(?:\/(?:new|completed))?\/?$/;
const ONE_ORDER = /^\/your\/orders\/(?:sold\/)?\d{6,}\/?$/;

export const etsyPage: PageAdapter = {
  id: 'etsy',
  marketplace: 'etsy',
  label: { en: 'Etsy Orders & Shipping', zh: 'Etsy 订单与发货' },
  // Shape: cengaver/EtsyScript @match /your/orders/sold/* , /your/orders/sold/completed* and
  // /your/orders/sold/*order_id=*; links …/sold?order_id=, …/sold/new?order_id= (file 14894859707),
  // …/sold?ref=seller-platform-mcnav&order_id= (file 71156383128), …/sold?search_query=<id> (file 57443153193), seen 2026-12-06.
  matches: ['https://www.etsy.com/your/orders/sold*'],
  isOrderList: (url) => url.protocol === 'https:' && url.hostname === 'www.etsy.com' && SOLD.test(url.pathname),
  // Shape: /your/orders/sold/<receipt id> (files 68468218668, 56650391971), seen 2026-12-06; no public source for
  // /your/orders/<id> without "sold".
  isOrderDetail: (url) => url.protocol === 'https:' && url.hostname === 'www.etsy.com' && ONE_ORDER.test(url.pathname),
  layout: {
    kind: 'cards',
    // Public code reads the list as `section.order-group-list` instead (cengaver/EtsyScript EtsyReviewMessage.user.js),
    // seen 2026-12-06. No public source found for `[data-test-id="order-list"]` or `OrderList__list`.
    list: [
      '[data-test-id="order-list"]', // Orders & Shipping 2026-11: the list of order cards
      '[class*="OrderList__list"]', // later build: CSS-module class, hash dropped
    ],
    // Public code reads one order as `.panel-body-row` instead (same file), seen 2026-12-06. No public source found
    // for `[data-test-id="order-card"]` or `OrderCard__card`.
    card: [
      '[data-test-id="order-card"]', // Orders & Shipping 2026-11: one card per order
      '[class*="OrderCard__card"]', // later build: CSS-module class, hash dropped
    ],
    // No public source found for either anchor (searched code 2026-12-06); the order links public tools build carry
    // ?order_id=<receipt id> (files 14894859707, 71156383128), which fits the second one.
    anchor: [
      '[data-test-id="order-number"]', // Orders & Shipping 2026-11: the "Order #…" link
      'a[href*="order_id="]', // any build: the order-number link opens the order panel
    ],
    fields: {
      orderId: { label: 'Order #', pattern: /\bOrder #\s*(\d{6,})/ },
      // The date after each label: "Nov 22", "Nov 22, 2026", "Sept. 3". Regex literals, not one
      // shared source string: a string joined into a RegExp is kept in every content script's
      // bundle (the bundler cannot prove the join pure), not only in Etsy's.
      // Public code reads the panel's date line as "Ordered 3:45pm, Friday, Nov 2, 2024" (time and weekday before the
      // date; cengaver/EtsyScript EtsyDeliveryDaysCalculator.user.js), which this pattern does not match; no public
      // source for the list card's own wording. Seen 2026-12-06.
      placedAt: { label: 'Ordered', pattern: /\bOrdered\s+([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)/ },
      shipBy: { label: 'Ship by', pattern: /\bShip by\s+([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)/ },
      // Any text after the label, so a broken amount is reported rather than taken as missing.
      paid: { label: 'Order total', pattern: /\bOrder total\s+(\S+)/ },
      // Public code reads the buyer from the panel header "Order from <buyer>" (`#order-details-header-text > span`,
      // EtsyReviewMessage.user.js); no public source for the list card's buyer element. Seen 2026-12-06.
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
      // The buyer's note written at checkout, where a buyer asks to ship elsewhere: Etsy's Orders page filters orders
      // by "Has note from buyer" (its Order details filter group, reproduced in public copies of the page: files
      // 55068690321, 18367600829, 4016621713 `hasBuyerNotes`; the receipt's API field is message_from_buyer), seen
      // 2026-12-07. No public source shows the card's note markup: the selector names the 2026-12 fixture's block.
      buyerMessage: { label: 'Note from buyer', select: ['[data-test-id="buyer-note"]'], pattern: /Note from buyer\s*(\S.*)/ },
      carrier: { label: 'Shipped via', pattern: /\bShipped via\s+([A-Za-z][A-Za-z ]{1,30}?)\s*·/ },
      trackingNo: { label: 'Tracking', pattern: /\bTracking\s+([A-Z0-9]{8,40})\b/ },
    },
    // Public code reads the opened order's items as `div.panel.mb-xs-0.text-smaller.p-xs-4 > table > tbody > tr`
    // (OrderSearchGdrive.user.js; jurgenwerk/etsy-seller-tools etsy-chrome-extension/content.js reads the same
    // `.panel.mb-xs-0.text-smaller.p-xs-4`), seen 2026-12-06. No public source for the list card's item lines.
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
  // No public source found (searched code 2026-12-06).
  emptyMarkers: ['No orders to show'],
};

/** This console's adapter in the background, which parses the page's texts: their defaults and status words. */
export const etsy: Adapter = /* @__PURE__ */ withRules(etsyPage, {
  currency: 'USD',
  // Shop Manager shows dates in the seller's zone; one zone per adapter today.
  timeZone: 'America/New_York',
  // No public source found for the list's status texts (searched code 2026-12-06); "Completed" appears as a
  // status row in the order panel (EtsyDeliveryDaysCalculator.user.js).
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
