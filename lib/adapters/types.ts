import type { Marketplace, OrderStatus } from '../schema';
import type { CellKey, HeaderSynonyms } from '../extract/keys';

/**
 * How to read one meaning from a cell when the cell holds more than that value
 * (a title plus an SKU line, a total plus "(含快递:￥10.00)").
 */
export interface CellPart {
  /** Column the text is taken from; defaults to the key itself. */
  readonly column?: CellKey;
  /** Elements inside the cell to read, first with text wins (or all, see `join`). */
  readonly select?: readonly string[];
  /** Join the texts of all matches of the first selector that matches, with this separator. */
  readonly join?: string;
  /** Elements inside the cell whose text is not part of the value (links such as 详情). */
  readonly ignore?: readonly string[];
  /** The value is the first capture group; no match means the value is absent. */
  readonly pattern?: RegExp;
  /**
   * Read this attribute of the selected elements (or of the cell) instead of their text:
   * `<time datetime="2026-11-20T14:03:11+00:00">` holds the instant when the text says "Nov 20, 2026".
   */
  readonly attribute?: string;
  /**
   * A date without a time of day means the end of that day (a "Ship by: Nov 22" deadline
   * is met by shipping on Nov 22), so the instant is the next midnight in the console's zone.
   */
  readonly endOfDay?: boolean;
}

/** An order list laid out as one table (HTML or ARIA), possibly split in header/body tables. */
export interface TableLayout {
  readonly kind: 'table';
  /** Candidate tables, best first; the reader scores them all by their headers. */
  readonly tables: readonly string[];
}

/** An order list where each order is a block: a header line, then item rows (Taobao/Tmall). */
export interface BlockLayout {
  readonly kind: 'blocks';
  /** The page's column header cells, in column order (shared by every block). */
  readonly columnHeaders: readonly string[];
  /** One element per order. */
  readonly block: readonly string[];
  /** Inside a block: the order's header line (order number, creation time). */
  readonly blockHeader: readonly string[];
  /** Inside the header line: where the overlay badge goes (default: the header line itself). */
  readonly anchor?: readonly string[];
  /** Inside a block: the item rows, whose cells line up with `columnHeaders`. */
  readonly itemRows: readonly string[];
  /** Fields read from the header line's text: the first capture group is the value. */
  readonly headerFields: Partial<Record<CellKey, { readonly label: string; readonly pattern: RegExp }>>;
}

/** A field read inside an order card: from an element, from the card's text by pattern, or both. */
export interface CardField {
  /** The console's own word for it (used in skip reasons): "Ordered", "Ship by". */
  readonly label: string;
  /** Elements inside the card holding the value, first match wins; default the whole card. */
  readonly select?: readonly string[];
  /** Descendants whose text is not part of the value (buttons, links). */
  readonly ignore?: readonly string[];
  /** The value is the first capture group of the text; no match means the value is absent. */
  readonly pattern?: RegExp;
}

/** An order list laid out as cards without column headers (Etsy Orders & Shipping). */
export interface CardLayout {
  readonly kind: 'cards';
  /** The element holding the cards: found without cards means the layout may have changed. */
  readonly list: readonly string[];
  /** One element per order. */
  readonly card: readonly string[];
  /** Inside a card: where the overlay badge goes (default: the card itself). */
  readonly anchor?: readonly string[];
  /** Order-level fields, read inside each card. */
  readonly fields: Partial<Record<CellKey, CardField>>;
  /** Inside a card: one element per item line. */
  readonly itemLines?: readonly string[];
  /** Item fields (item, sku, quantity, unitPrice), each an element inside an item line. */
  readonly itemFields?: Partial<Record<CellKey, { readonly label: string; readonly select: readonly string[] }>>;
}

/**
 * No console selectors: the reader by meaning (lib/extract/meaning.ts) finds the list by what it
 * says. Sites nobody described read so, and a console's adapter falls back to it.
 */
export interface MeaningLayout {
  readonly kind: 'meaning';
  /** A console's order-number pattern: a number read by the page's structure ("#1047") is cut as the console cuts it ("1047"). */
  readonly idPattern?: RegExp | undefined;
}

/**
 * URLs `isOrderList` must accept (`match`) and reject (`noMatch`), and order-detail pages
 * `isOrderDetail` must accept (`detail`); checked by test/adapters/urls.test.ts against every
 * adapter, so no check matches another console's pages. Each adapter file exports its own as
 * `testUrls`, next to the checks but outside the adapter object: the content scripts bundle
 * the adapters, and test data is not worth 2 KB gzipped of them.
 */
export interface TestUrls {
  readonly match: readonly string[];
  readonly noMatch: readonly string[];
  readonly detail?: readonly string[];
}

/**
 * What a content script reads a console's page with: which pages, where the orders are, which
 * column is what. The texts it reads are parsed in the background with the console's
 * ParseRules, which no content script carries (content script size).
 */
export interface PageAdapter {
  readonly id: string;
  /** Default marketplace for its orders (see `marketplaceFor`). */
  readonly marketplace: Marketplace;
  readonly label: { readonly en: string; readonly zh: string };
  /**
   * Manifest match patterns the content script needs for this console (they become the
   * manifest's host permissions). Empty for consoles that live on the seller's own host.
   */
  readonly matches: readonly string[];
  /**
   * The console runs on any host (self-hosted WooCommerce): nothing is requested at install;
   * the seller grants the one site at run time (optional host permission) and the content
   * script is registered for that origin only.
   */
  readonly anyHost?: boolean;
  isOrderList(url: URL): boolean;
  /** One order's page (read later for tracking/messages; today it only tells pages apart). */
  isOrderDetail?(url: URL): boolean;
  /** When one console serves several marketplaces (Taobao and Tmall). */
  marketplaceFor?(url: URL): Marketplace;
  readonly layout: TableLayout | BlockLayout | CardLayout | MeaningLayout;
  /** Added to the shared synonym dictionary (lib/extract/keys.ts). */
  readonly headerSynonyms?: HeaderSynonyms;
  readonly cellParts?: Partial<Record<CellKey, CellPart>>;
  /** Text the console shows when the list is empty, to tell "no orders" from "layout changed". */
  readonly emptyMarkers?: readonly string[];
  /**
   * The console's reply boxes (buyer message, refund response) a reply template may be put
   * into, best first, one comment each. `{orderId}` in a selector stands for the order's id
   * (CSS-escaped) when the console has one box per order. Absent: the extension knows no
   * reply box on this console, and "insert" is offered only as "copy".
   */
  readonly replyBoxes?: readonly string[];
}

/** How the background parses a console's texts into orders. */
export interface ParseRules {
  /** Defaults for parsing money and wall-clock times. */
  readonly currency: string;
  readonly timeZone: string;
  /** When one console serves several marketplaces' domains (Amazon .com/.de/.co.jp): that page's currency. */
  currencyFor?(url: URL): string;
  /** Same, for the zone the page's wall times are shown in. */
  timeZoneFor?(url: URL): string;
  /** How the page writes `05/11/2026`: month first (default) or day first. */
  readonly dateOrder?: 'MDY' | 'DMY';
  /** Console status text → canonical status, read before the shared words (absent: those alone). */
  readonly statusVocabulary?: Readonly<Record<string, OrderStatus>> | undefined;
}

/** A console: how its pages are read, and how their texts are parsed. */
export interface Adapter extends PageAdapter, ParseRules {}

/** A console's adapter from its page part and its parse rules (pure: a content script drops it unused). */
export const withRules = /* @__NO_SIDE_EFFECTS__ */ (page: PageAdapter, rules: ParseRules & Pick<PageAdapter, 'isOrderDetail'>): Adapter => ({ ...page, ...rules });

/**
 * Parse rules whose currency and zone are the marketplace's profile's (lib/marketplaces). The
 * profile is handed over whole, not read here at the call, so a content script that drops the
 * adapter drops the profile with it (a property read at the call would keep it).
 */
export const profileRules = /* @__NO_SIDE_EFFECTS__ */ (
  profile: { readonly currency: string; readonly timeZone: string; readonly statusWords?: ParseRules['statusVocabulary'] },
  rules: Omit<ParseRules, 'currency' | 'timeZone' | 'statusVocabulary'> & Partial<Pick<ParseRules, 'statusVocabulary'>>,
): ParseRules => ({ currency: profile.currency, timeZone: profile.timeZone, statusVocabulary: profile.statusWords ?? {}, ...rules });
