import type { AnnotationKey } from '../../schema/annotation-keys';

/**
 * A console page that shows orders by number only, with what a list page lacks: reviews and
 * ratings, or buyer messages and the seller's replies. Its texts are sent as they are; the
 * background parses them with the console's rules (time zone, date order) and merges them into
 * the stored orders (lib/ingest/annotate.ts).
 */
export interface AnnotationPage {
  /** Also the name of its content script (`entrypoints/<id>.content.ts`). */
  readonly id: string;
  /** The list adapter whose orders it names and whose parse rules read its times. */
  readonly console: string;
  /** 'order': one order's own page (its number and what it shows of the order). */
  readonly kind: 'reviews' | 'messages' | 'order';
  /** Manifest match patterns: this page only. */
  readonly matches: readonly string[];
  isPage(url: URL): boolean;
  /** One element per entry, first selector with matches wins. */
  readonly entries: readonly string[];
  /**
   * Where each text is inside an entry: an element (first match), and/or a pattern over the
   * entry's text lines whose first capture is the value. Absent: the page does not show it.
   */
  readonly fields: { readonly orderId: EntryField } & Partial<Record<AnnotationKey, EntryField>>;
  /**
   * The page is read only while it shows this view: an element whose text matches (a message
   * inbox filtered to the threads awaiting the seller's reply, where each entry's time is the
   * buyer's unanswered message).
   */
  readonly view?: { readonly select: readonly string[]; readonly pattern: RegExp };
  /**
   * The page lists every entry of its view (one page of results): an order the view would list
   * and does not, is not in it (for a message inbox: its buyer was answered).
   */
  whole?(doc: Document): boolean;
  /**
   * The order numbers of threads the page shows as no longer awaiting the seller (a message page):
   * read, each such order's buyer counts as answered by the time of the read.
   */
  answered?(doc: Document): string[];
  /**
   * An entry's order number where its own text names none: the order the page shows for it
   * elsewhere (a message inbox's open conversation).
   */
  orderOf?(entry: Element, doc: Document): string | undefined;
  /** Texts the page shows when it has no entries at all, to tell "none" from "layout changed". */
  readonly emptyMarkers?: readonly string[];
  /** The list's own part, shown with no entry in it when the page has none (the same purpose, by element). */
  readonly emptyLists?: readonly string[];
  /**
   * The read by meaning, used only where the cited selectors find nothing (a redesign, renamed
   * classes): entries are the repeated elements that each hold one order number of this shape
   * (first capture); a field whose selector finds nothing is found by its `shape`.
   */
  readonly meaning: {
    readonly orderNumber: RegExp;
    /** An entry found by meaning counts only when it shows this (a waiting thread is told by its wait). */
    readonly requires?: AnnotationKey;
    /**
     * One entry alone (no repeated element to prove a list) is read only where its number follows
     * `label` (the text just before it, on its line or the line before) and the smallest element
     * around it shows `marker` (a rating, a message's time): a page's lone number elsewhere (a
     * header, a search box) is no entry. Absent: a lone number is never read.
     */
    readonly single?: { readonly label: RegExp; readonly marker: RegExp };
  };
}

export interface EntryField {
  /** Elements inside the entry, first with text wins; default the entry itself. */
  readonly select?: readonly string[];
  /** Over the selected element's text lines (joined by "\n"): the first capture group is the value. */
  readonly pattern?: RegExp;
  /** The entry's cell under a column whose header starts with one of these (tables only). */
  readonly column?: readonly string[];
  /**
   * Read this attribute of the selected element instead of its text: a component that draws its
   * value in a shadow root keeps it in an attribute (`<kat-star-rating value="2">`).
   */
  readonly attribute?: string;
  /**
   * The value is how long ago it happened, without "ago" ("45秒", "12分钟"): it is sent with 前
   * so the background reads it as that long before the read.
   */
  readonly elapsed?: boolean;
  /**
   * Where `select` (or `column`) finds nothing: the value's text shape over the entry's lines,
   * first capture (orderId: the page's `meaning.orderNumber`).
   */
  readonly shape?: RegExp;
}

/**
 * Why a review or message page sent no entries, as the read health says it (the background
 * keeps it as the status' reason code; the popup words it in the seller's language).
 */
export const NO_ENTRY_LIST = { reviews: 'no review list', messages: 'no message list', otherView: 'not the view read' } as const;

/** The page's URLs its check must accept and reject (test/adapters/pages.test.ts). */
export interface PageTestUrls {
  readonly match: readonly string[];
  readonly noMatch: readonly string[];
}
