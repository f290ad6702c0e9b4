/**
 * Shapes that cross a boundary (messages between contexts, stored records); the seller's
 * settings, which hold each detector's, are lib/settings.
 * Types are inferred from these schemas; anything crossing a boundary is parsed, not cast.
 * Times are epoch milliseconds (UTC instants); the console's local wall time is resolved
 * to an instant by lib/normalize before it reaches these shapes.
 */
// jitless before the first schema below is created, for every user of these schemas (see the file).
import '../zod-config';
import { z } from 'zod/mini';
import { CELL_KEYS } from './cell-keys';
import { ANNOTATION_KEYS, ANNOTATION_ROWS_MAX, ANNOTATION_TEXT_MAX } from './annotation-keys';

import { MARKETPLACES } from './marketplaces';
import { PAGE_DATA_BODY_MAX } from '../pagedata/sources';

export { MARKETPLACES };
export const Marketplace = z.enum(MARKETPLACES);
export type Marketplace = z.infer<typeof Marketplace>;

export const ORDER_STATUSES = [
  'awaiting_payment',
  'awaiting_shipment',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
  'refund_requested',
  'refunded',
  'return_requested',
  'returned',
  'disputed',
  'unknown',
] as const;
export const OrderStatus = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatus>;

// zod/mini (tree-shakable: the content script and the popup carry only the checks they use);
// these helpers keep the shapes below as short as they were with zod's classic chained API.
// `@__NO_SIDE_EFFECTS__` on them and `@__PURE__` before every `.check()` chain: the bundler
// cannot tell that a method call has no side effects, and kept every schema built with a
// check in every bundle, used or not (the content script carried Order, Case and Settings).
// Add the same annotation to a new `.check()` chain.
/** A string of at most `max` characters. */
const str = /* @__NO_SIDE_EFFECTS__ */ (max: number) => z.string().check(z.maxLength(max));
/** A non-empty string of at most `max` characters (ids, keys). */
const nonEmpty = /* @__NO_SIDE_EFFECTS__ */ (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
/** A note or a seller's text: trimmed, then non-empty, at most `max` characters. */
const trimmed = /* @__NO_SIDE_EFFECTS__ */ (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const Count = /* @__PURE__ */ z.number().check(z.int(), z.nonnegative());
const Instant = Count;
const Text = str(2000);
const CurrencyCode = /* @__PURE__ */ z.string().check(z.regex(/^[A-Z]{3}$/));

/** After-sales reason classes (DOMAIN.md): they pick templates and checklists. */
export const AFTER_SALES_REASONS = [
  'out_of_stock',
  'wrong_item',
  'missing_item',
  'damaged',
  'refused',
  'late',
  'quality',
  'not_as_described',
  /** The parcel never reached the buyer (未收到, lost in transit). */
  'not_received',
  'changed_mind',
  'other',
] as const;
export const AfterSalesReasonClass = z.enum(AFTER_SALES_REASONS);
export type AfterSalesReasonClass = z.infer<typeof AfterSalesReasonClass>;

export const OrderItem = z.object({
  title: Text,
  sku: z.optional(str(200)),
  quantity: /* @__PURE__ */ z.number().check(z.int(), z.positive()),
  unitPrice: z.optional(z.number()),
});
export type OrderItem = z.infer<typeof OrderItem>;

/** Amounts are in the currency's major unit (yuan, dollars), as shown by the console. */
export const Money = z.object({
  currency: CurrencyCode,
  paid: z.number(),
  subtotal: z.optional(z.number()),
  shipping: z.optional(z.number()),
  discount: z.optional(z.number()),
  refunded: z.optional(z.number()),
  /** Paid by the platform, not the buyer (平台补贴, platform coupons): in the price, not in `paid`. */
  platformDiscount: z.optional(/* @__PURE__ */ z.number().check(z.nonnegative())),
  /** Instalment interest or fees the buyer paid on top of the price, as shown. */
  interest: z.optional(/* @__PURE__ */ z.number().check(z.nonnegative())),
  /** How many instalments the buyer pays in, as shown (1: paid at once). */
  installments: z.optional(/* @__PURE__ */ z.number().check(z.int(), z.gte(1), z.lte(120))),
  /** Tax charged on top of the prices, as shown (a tax included in the prices is not on top). */
  tax: z.optional(/* @__PURE__ */ z.number().check(z.nonnegative())),
});
export type Money = z.infer<typeof Money>;

export const OrderSource = z.object({
  url: str(4000),
  adapter: nonEmpty(64),
  observedAt: Instant,
});

export const Order = z.object({
  marketplace: Marketplace,
  orderId: nonEmpty(100),
  placedAt: Instant,
  paidAt: z.optional(Instant),
  shipBy: z.optional(Instant),
  shippedAt: z.optional(Instant),
  deliveredAt: z.optional(Instant),
  deliverBy: z.optional(Instant),
  status: OrderStatus,
  statusRaw: str(200),
  buyer: z.optional(str(200)),
  items: /* @__PURE__ */ z.array(OrderItem).check(z.maxLength(500)),
  money: Money,
  carrier: z.optional(str(100)),
  trackingNo: z.optional(str(100)),
  lastTrackingAt: z.optional(Instant),
  buyerMessage: z.optional(Text),
  sellerRemark: z.optional(Text),
  /** A hash of the address as shown, never the address itself. */
  addressFingerprint: z.optional(str(128)),
  /** Required address parts the console shows as missing (e.g. 'phone', 'street'); never the values. */
  addressMissing: z.optional(/* @__PURE__ */ z.array(str(50)).check(z.maxLength(10))),
  /** When the console shows the address was changed (after payment or after shipping). */
  addressChangedAt: z.optional(Instant),
  /** Refund/return/cancel/dispute reason: the console's text and its class. */
  afterSalesReason: z.optional(z.object({ raw: str(500), reason: AfterSalesReasonClass })),
  /**
   * Where the console shows after-sales item by item (Taobao's 售后 column): how many item rows it
   * shows, and how many of them show an open request and a finished refund or return. A refund of
   * some items of a sent parcel leaves the order's status to the parcel; this keeps the refund.
   */
  afterSales: z.optional(
    z.object({
      items: /* @__PURE__ */ z.number().check(z.int(), z.positive()),
      open: /* @__PURE__ */ z.number().check(z.int(), z.nonnegative()),
      refunded: /* @__PURE__ */ z.number().check(z.int(), z.nonnegative()),
    }),
  ),
  /** When the open after-sales, cancel or refund request was made, if the console shows it. */
  requestedAt: z.optional(Instant),
  /** Amount the buyer asks back in an open refund request. */
  refundRequested: z.optional(/* @__PURE__ */ z.number().check(z.nonnegative())),
  /** The carrier's first scan (acceptance): the shipping time platforms count. */
  firstScanAt: z.optional(Instant),
  /** The latest tracking event's text, as shown. */
  trackingEvent: z.optional(str(500)),
  /** Sent abroad: lost-parcel thresholds are longer. */
  crossBorder: z.optional(z.boolean()),
  /** The buyer's latest message and the seller's latest reply, as shown. */
  buyerMessageAt: z.optional(Instant),
  sellerReplyAt: z.optional(Instant),
  /** Response due date of a dispute/chargeback, when the console shows one (cannot be extended). */
  disputeDueAt: z.optional(Instant),
  /** Buyer rating of the order, 1–5 stars, and the review text. */
  rating: z.optional(/* @__PURE__ */ z.number().check(z.gte(1), z.lte(5))),
  review: z.optional(Text),
  /** When the buyer left the rating or review, as the review page shows it. */
  reviewedAt: z.optional(Instant),
  /** The console flags an item of this order as out of stock or oversold. */
  stockShort: z.optional(z.boolean()),
  /**
   * When a read saw this order's status change to the current one; absent when the order was first
   * seen already in it (a refund found on the first read of a list is not a refund of that day).
   */
  statusChangeSeenAt: z.optional(Instant),
  source: OrderSource,
});
export type Order = z.infer<typeof Order>;

export const orderKey = (o: Pick<Order, 'marketplace' | 'orderId'>): string =>
  `${o.marketplace}|${o.orderId}`;

export const Severity = z.enum(['P1', 'P2', 'P3']);
export type Severity = z.infer<typeof Severity>;
export const SEVERITY_RANK: Record<Severity, number> = { P1: 0, P2: 1, P3: 2 };

export const CASE_STATUSES = ['open', 'in_progress', 'waiting', 'resolved', 'dismissed'] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;
export const isLiveCaseStatus = (s: CaseStatus): boolean => s !== 'resolved' && s !== 'dismissed';

export const Bilingual = z.object({ en: str(1000), zh: str(1000) });
export type Bilingual = z.infer<typeof Bilingual>;

/** Evidence values a detector used: shown to the seller as "label: value". */
export const EvidenceValue = z.union([str(500), z.number(), z.boolean(), z.null()]);
export const Evidence = z.record(str(64), EvidenceValue);
export type Evidence = z.infer<typeof Evidence>;

/** What a detector returns for one order. */
export const Finding = z.object({
  detector: nonEmpty(64),
  marketplace: Marketplace,
  /**
   * The order, or for a shop-level finding (rate-spike) the period it covers prefixed with
   * '@' (e.g. '@2026-11-25', '@2026-11-25/carrier:SF'), so the case key stays
   * detector|marketplace|orderId for both kinds.
   */
  orderId: nonEmpty(100),
  severity: Severity,
  dueAt: z.optional(Instant),
  evidence: Evidence,
  explanation: Bilingual,
});
export type Finding = z.infer<typeof Finding>;

export const caseKey = (f: Pick<Finding, 'detector' | 'marketplace' | 'orderId'>): string =>
  `${f.detector}|${f.marketplace}|${f.orderId}`;

export const DISMISS_REASONS = ['false_positive', 'threshold_too_strict', 'already_handled', 'other'] as const;
export const DismissReason = z.enum(DISMISS_REASONS);
/** Who a `waiting` case waits on. */
export const WAITING_ON = ['buyer', 'carrier', 'platform'] as const;
export const WaitingOn = z.enum(WAITING_ON);
export type WaitingOn = z.infer<typeof WaitingOn>;
/** How a resolved case was remedied (DOMAIN.md: remedy). */
export const RESOLUTIONS = [
  'reshipped',
  'refunded',
  'partial_compensation',
  'replacement',
  'exchange',
  'repair',
  'explained',
  'escalated',
  'no_action',
] as const;
export const Resolution = z.object({
  category: z.enum(RESOLUTIONS),
  /** Money that moved (refund, compensation), in `currency`. */
  amount: z.optional(/* @__PURE__ */ z.number().check(z.nonnegative())),
  currency: z.optional(CurrencyCode),
});
export type Resolution = z.infer<typeof Resolution>;

/** Who caused what went wrong (DOMAIN.md 责任划分): the weekly summary counts cases by it. */
export const RESPONSIBLE_PARTIES = ['seller', 'carrier', 'platform', 'buyer', 'supplier', 'unknown'] as const;
export const ResponsibleParty = z.enum(RESPONSIBLE_PARTIES);
export type ResponsibleParty = z.infer<typeof ResponsibleParty>;

/**
 * Why it went wrong (分析异常原因): a code from the case family's short list (lib/cases/handling)
 * and the seller's own words. Codes are kept as written so a later list never invalidates a case.
 */
export const CaseCause = z.object({ code: nonEmpty(64), text: z.optional(trimmed(2000)) });
export type CaseCause = z.infer<typeof CaseCause>;

/**
 * One measure of the case's checklist (制定/执行处理措施): a built-in measure (`measure`, its
 * words in lib/cases/handling) or the seller's own (`text`, also a rename); ticked at `doneAt`.
 */
export const ChecklistItem = z.object({
  id: nonEmpty(64),
  measure: z.optional(nonEmpty(64)),
  text: z.optional(trimmed(300)),
  doneAt: z.optional(Instant),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;
export const CHECKLIST_MAX = 40;

/** One measure of the seller's own starting checklist for a kind of case: a built-in measure (perhaps renamed) or their own words. */
export const ChecklistDefaultItem = z.object({ id: nonEmpty(64), measure: z.optional(nonEmpty(64)), text: z.optional(trimmed(300)) });
export type ChecklistDefaultItem = z.infer<typeof ChecklistDefaultItem>;

/** A reply template the seller copied or inserted for the case. */
export const ReplyUsed = z.object({ templateId: nonEmpty(100), at: Instant });
export type ReplyUsed = z.infer<typeof ReplyUsed>;

/** A file the seller keeps for the case (photo, carrier receipt): its name only, the file stays with the seller. */
export const Attachment = z.object({ name: trimmed(300), addedAt: Instant });
export type Attachment = z.infer<typeof Attachment>;
export const ATTACHMENTS_MAX = 50;

/** A finding kept over time: what the detector saw (its Finding fields) plus the seller's part. */
export const Case = z.extend(Finding, {
  key: nonEmpty(200),
  /** Seller-owned: detection never overwrites it. */
  status: CaseStatus,
  /** True when the detector stopped firing on a later observation; nothing is deleted. */
  conditionCleared: z.boolean(),
  openedAt: Instant,
  updatedAt: Instant,
  lastDetectedAt: Instant,
  statusChangedAt: z.optional(Instant),
  /** When the condition cleared (the detector stopped firing). */
  clearedAt: z.optional(Instant),
  /** The severity when the seller dismissed it: the case reopens only if it rises above. */
  dismissedSeverity: z.optional(Severity),
  dismissReason: z.optional(z.enum(DISMISS_REASONS)),
  /** With status `waiting`: on whom. */
  waitingOn: z.optional(WaitingOn),
  /** With status `resolved`: the remedy. */
  resolution: z.optional(Resolution),
  /** Where the order came from when not read on a page: the imported report's file name. */
  origin: z.optional(str(300)),
  /** The seller's record of the case (DOMAIN.md "case record"); absent on cases nobody worked on. */
  cause: z.optional(CaseCause),
  responsible: z.optional(ResponsibleParty),
  /** Absent until the seller ticks or edits a measure: the family's default list is shown. */
  checklist: z.optional(/* @__PURE__ */ z.array(ChecklistItem).check(z.maxLength(CHECKLIST_MAX))),
  /** When the seller wants to look again (跟踪检查): a waiting case is due again from then. */
  followUpAt: z.optional(Instant),
  /** Replies used, oldest first (kept to the latest 200). */
  repliesUsed: z.optional(/* @__PURE__ */ z.array(ReplyUsed).check(z.maxLength(200))),
  attachments: z.optional(/* @__PURE__ */ z.array(Attachment).check(z.maxLength(ATTACHMENTS_MAX))),
});
export type Case = z.infer<typeof Case>;

/** The case's timeline besides notes: what the seller and the detectors did, and when. */
const CaseEventBase = { id: z.optional(/* @__PURE__ */ z.number().check(z.int(), z.positive())), caseKey: nonEmpty(200), at: Instant };
export const CaseEvent = z.discriminatedUnion('kind', [
  z.object({
    ...CaseEventBase,
    kind: z.literal('status'),
    from: z.optional(CaseStatus),
    to: CaseStatus,
    waitingOn: z.optional(WaitingOn),
    resolution: z.optional(Resolution),
    dismissReason: z.optional(DismissReason),
  }),
  z.object({
    ...CaseEventBase,
    kind: z.literal('template'),
    templateId: nonEmpty(100),
    language: z.enum(['en', 'zh']),
    action: z.enum(['copy', 'insert']),
  }),
  /** The seller set or cleared the cause (absent code: cleared). */
  z.object({ ...CaseEventBase, kind: z.literal('cause'), cause: z.optional(CaseCause) }),
  z.object({ ...CaseEventBase, kind: z.literal('responsible'), responsible: z.optional(ResponsibleParty) }),
  /** A measure ticked (done) or unticked; `label` is its words at that time. */
  z.object({ ...CaseEventBase, kind: z.literal('check'), itemId: nonEmpty(64), label: str(300), done: z.boolean() }),
  /** The follow-up time set (or cleared when absent). */
  z.object({ ...CaseEventBase, kind: z.literal('followUp'), followUpAt: z.optional(Instant) }),
  /** The buyer put on the block list from this case, and why. */
  z.object({ ...CaseEventBase, kind: z.literal('block'), buyer: str(200), reason: trimmed(500) }),
  z.object({
    ...CaseEventBase,
    kind: z.literal('detection'),
    change: z.enum(['opened', 'severity', 'cleared', 'returned', 'reopened']),
    severity: Severity,
  }),
]);
export type CaseEvent = z.infer<typeof CaseEvent>;

/** Shop-level findings carry a period instead of an order id. */
export const isShopLevel = (c: Pick<Case, 'orderId'>): boolean => c.orderId.startsWith('@');

export const Note = z.object({
  id: z.optional(/* @__PURE__ */ z.number().check(z.int(), z.positive())),
  caseKey: nonEmpty(200),
  text: trimmed(5000),
  createdAt: Instant,
});
export type Note = z.infer<typeof Note>;

/** One entry per observed change of an order's status. */
export const StatusChange = z.object({
  id: z.optional(/* @__PURE__ */ z.number().check(z.int(), z.positive())),
  orderKey: nonEmpty(200),
  status: OrderStatus,
  statusRaw: str(200),
  observedAt: Instant,
});
export type StatusChange = z.infer<typeof StatusChange>;

export const Language = z.enum(['en', 'zh']);
export type Language = z.infer<typeof Language>;


/** A row that could not be read, with the reason shown to the seller. */
export const SkippedRow = z.object({
  row: Count,
  orderId: z.optional(str(100)),
  reason: str(500),
});
export type SkippedRow = z.infer<typeof SkippedRow>;

/** The longest text a page row sends for one cell: longer than any field an order keeps. */
export const CELL_TEXT_MAX = 4000;
/** A row sends at most one item past an order's limit, so the background can say the order has too many. */
export const PAGE_ROW_ITEMS_MAX = 501;
const CellKey = /* @__PURE__ */ z.enum(CELL_KEYS);
const CellTexts = /* @__PURE__ */ z.partialRecord(CellKey, str(CELL_TEXT_MAX));

/**
 * One order as a content script reads it: the texts of its cells by meaning, none of them
 * parsed. The background parses them into an Order (lib/extract/order.ts), so the seller's page
 * carries no date, money or status parsing, which kept the content script small and its read fast.
 */
export const PageRow = z.object({
  /** 1-based position of the order in the page's list (what a seller would count). */
  position: /* @__PURE__ */ z.number().check(z.int(), z.positive()),
  /** The order number as shown, without its label ("订单号：") or a copy button's text. */
  orderId: nonEmpty(CELL_TEXT_MAX),
  /** Order-level texts: only keys the page shows, never a blank cell. */
  cells: CellTexts,
  /** One entry per item line: item, sku, quantity, unitPrice. */
  items: /* @__PURE__ */ z.array(CellTexts).check(z.maxLength(PAGE_ROW_ITEMS_MAX)),
});
export type PageRow = z.infer<typeof PageRow>;

/**
 * The page's own words for what its list shows ("付款时间"), by meaning: a message carries the
 * list's header texts by the meaning of their column; the background names a key read from
 * another column by that column's header, in the reasons a row is skipped.
 */
export const CellLabels = /* @__PURE__ */ z.partialRecord(CellKey, str(200));
export type CellLabels = z.infer<typeof CellLabels>;

export { ANNOTATION_KEYS, type AnnotationKey } from './annotation-keys';
/**
 * What a review or message page shows of an order it names by number only (lib/adapters/pages):
 * texts, parsed in the background with the console's rules and merged into the stored order.
 */
export const AnnotationRow = z.object({
  /** 1-based position of the entry on the page. */
  position: /* @__PURE__ */ z.number().check(z.int(), z.positive()),
  orderId: nonEmpty(100),
  texts: /* @__PURE__ */ z.partialRecord(z.enum(ANNOTATION_KEYS), str(ANNOTATION_TEXT_MAX)),
});
export type AnnotationRow = z.infer<typeof AnnotationRow>;
/**
 * The order fields such a page gives, parsed; an after-sales list gives when the buyer asked
 * (optional: entries kept before it was read parse unchanged).
 */
export const AnnotationFields = /* @__PURE__ */ z.extend(z.pick(Order, { rating: true, review: true, reviewedAt: true, buyerMessage: true, buyerMessageAt: true, sellerReplyAt: true, stockShort: true, requestedAt: true }), {
  /** An order's own page's amounts (its total as the amount paid), merged into the stored money when in its currency. */
  amounts: z.optional(z.object({ currency: CurrencyCode, paid: z.number(), subtotal: z.number(), discount: z.number(), shipping: z.number(), tax: z.optional(/* @__PURE__ */ z.number().check(z.nonnegative())) })),
});
export type AnnotationFields = z.infer<typeof AnnotationFields>;
/** The most entries kept for orders not read yet; the oldest go first. */
export const PENDING_ANNOTATIONS_MAX = 2_000;
/** An entry read for an order not stored yet, applied when the order is first read. */
export const PendingAnnotation = z.object({ marketplace: Marketplace, orderId: nonEmpty(100), fields: AnnotationFields, at: Instant });
export type PendingAnnotation = z.infer<typeof PendingAnnotation>;
export const PendingAnnotations = /* @__PURE__ */ z.array(PendingAnnotation).check(z.maxLength(PENDING_ANNOTATIONS_MAX));

/** What the content script learned about the page it is on. */
export const ReadStatus = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('read'),
    adapter: str(64),
    marketplace: z.optional(Marketplace),
    url: str(4000),
    ordersRead: Count,
    /**
     * Rows the list says it holds (e.g. an ARIA grid's aria-rowcount) when more than were
     * rendered: a lazily rendered list was read only in part.
     */
    listTotal: z.optional(Count),
    rowsSkipped: Count,
    skipped: /* @__PURE__ */ z.array(SkippedRow).check(z.maxLength(50)),
    /**
     * Read by the page's structure: the console's layout found no order list (a redesign). How
     * many order lists the page shows; above 1, the one with order numbers was read.
     */
    byStructure: z.optional(Count),
    /**
     * The console's own order data (its list's responses, lib/pagedata) was read on this page too:
     * the orders and skipped entries of the last response, or why it could not be read. Absent:
     * only the page's text was read.
     */
    pageData: z.optional(
      z.object({
        ordersRead: Count,
        skipped: Count,
        problem: z.optional(str(300)),
        /** Entries of orders not read yet (after-sales requests), kept until each order is read. */
        waiting: z.optional(Count),
        at: Instant,
      }),
    ),
    at: Instant,
  }),
  z.object({
    kind: z.literal('unsupported'),
    url: str(4000),
    reason: str(500),
    at: Instant,
  }),
]);
export type ReadStatus = z.infer<typeof ReadStatus>;

/**
 * An unsupported read's reasons the content script sends as short codes (its size budget) and the
 * pages word in the seller's language: the seller switched the page's console off; the page is no order list.
 */
export const SWITCHED_OFF = 'switched off';
export const NOT_A_LIST = 'no list';

// ---------------------------------------------------------------------------------------
// Sites reached through an optional host permission (any-host consoles, taught sites).

/** `https://shop.example.com` or `http://127.0.0.1:8080`: scheme, host, optional port. */
export const Origin = /* @__PURE__ */ z.string().check(
  z.maxLength(300),
  z.regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, 'an origin such as https://shop.example.com'),
);

/** One column of a taught order table: its header text as shown, and what it means. */
export const TaughtColumn = z.object({
  header: trimmed(200),
  key: z.enum([...CELL_KEYS, 'ignore']),
});
export type TaughtColumn = z.infer<typeof TaughtColumn>;

/** What the seller confirmed in teach mode about the table: which one, which column means what. */
const TAUGHT_TABLE = {
  /** CSS selector of the order table the seller pointed at (built from stable attributes). */
  table: nonEmpty(500),
  columns: /* @__PURE__ */ z.array(TaughtColumn).check(z.minLength(1), z.maxLength(60)),
  currency: CurrencyCode,
  timeZone: nonEmpty(64),
  /**
   * How the site writes a numeric date: 07/12/2026 is 12 July (MDY) or 7 December (DMY). Absent in
   * mappings taught before it was asked: read month first, as they were.
   */
  dateOrder: /* @__PURE__ */ z.optional(z.enum(['MDY', 'DMY'])),
  /** Path prefix of the order list on that site (teach mode reads pages under it only). */
  path: /* @__PURE__ */ z.string().check(z.startsWith('/'), z.maxLength(500)),
};

/** A taught site's table as its content script reads it (texts only): the mapping without the status words. */
export const TaughtTable = /* @__PURE__ */ z.object(TAUGHT_TABLE);

/** What the seller confirmed in teach mode: the table, and what the site's own status words mean. */
export const TaughtMapping = /* @__PURE__ */ z.extend(TaughtTable, {
  /**
   * The site's own status words the shared ones do not know, as the seller explained them in
   * teach mode ("Nowe" is an order to ship): read before the shared words when its texts are parsed.
   */
  statusWords: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ word: trimmed(100), status: OrderStatus })).check(z.maxLength(30))),
});
export type TaughtMapping = z.infer<typeof TaughtMapping>;

/** A granted site with its taught mapping, as `mapping` reads it. */
const siteAccess = /* @__NO_SIDE_EFFECTS__ */ <M extends z.ZodMiniType>(mapping: M) =>
  z.object({
    origin: Origin,
    /** Which adapter reads this site: a built-in any-host adapter id, or 'taught'. */
    adapter: nonEmpty(64),
    mapping: z.optional(mapping),
    grantedAt: Instant,
  });
export const SiteAccess = /* @__PURE__ */ siteAccess(TaughtMapping);
export type SiteAccess = z.infer<typeof SiteAccess>;
export const SiteAccessList = /* @__PURE__ */ z.array(SiteAccess).check(z.maxLength(200));
/**
 * The granted sites as the sites' content script reads them: each mapping's table alone, the
 * status words dropped (the background parses the texts with them; the script's size budget).
 */
export const SiteTableList = /* @__PURE__ */ z.array(siteAccess(TaughtTable)).check(z.maxLength(200));
/** Where the granted sites are kept (storage.local): the background writes them, the popup and the sites' script read them. */
export const SITES_KEY = 'sites';

/** One change the seller makes to a case's record (the `case.record` message). */
export const CaseChange = z.discriminatedUnion('field', [
  /** Absent cause: cleared. */
  z.object({ field: z.literal('cause'), cause: z.optional(CaseCause) }),
  z.object({ field: z.literal('responsible'), responsible: z.optional(ResponsibleParty) }),
  z.object({ field: z.literal('followUp'), followUpAt: z.optional(Instant) }),
  z.object({ field: z.literal('check'), itemId: nonEmpty(64), done: z.boolean() }),
  z.object({ field: z.literal('addItem'), text: trimmed(300) }),
  z.object({ field: z.literal('renameItem'), itemId: nonEmpty(64), text: trimmed(300) }),
  z.object({ field: z.literal('removeItem'), itemId: nonEmpty(64) }),
  z.object({ field: z.literal('addAttachment'), name: trimmed(300) }),
  z.object({ field: z.literal('removeAttachment'), name: trimmed(300) }),
]);
export type CaseChange = z.infer<typeof CaseChange>;

// ---------------------------------------------------------------------------------------
// Messages between contexts. Every message is parsed with `Message` on arrival.
export const Message = z.discriminatedUnion('type', [
  /**
   * content → background: the rows of the page that changed since the last send, as texts;
   * the background parses them with the adapter that read them (`taught`: the site's mapping)
   * and adds the rows it cannot parse to the status' skipped rows.
   */
  z.object({
    type: z.literal('orders.observed'),
    adapter: nonEmpty(64),
    url: str(4000),
    observedAt: Instant,
    labels: CellLabels,
    rows: /* @__PURE__ */ z.array(PageRow).check(z.maxLength(20_000)),
    status: ReadStatus,
    /**
     * The orders whose rows the page shows (those sent and those stored before): the answer
     * carries their badges, and the background pushes new ones when their cases change.
     */
    shown: z.optional(
      z.object({
        marketplace: Marketplace,
        orderIds: /* @__PURE__ */ z.array(nonEmpty(100)).check(z.maxLength(20_000)),
      }),
    ),
  }),
  /**
   * UI → background: orders from an order report file the seller imported, in chunks (a
   * large file arrives as several messages with the same fileName). Same ingest and
   * detectors as orders read on a page; their cases remember the file.
   */
  z.object({
    type: z.literal('orders.imported'),
    fileName: nonEmpty(300),
    orders: /* @__PURE__ */ z.array(Order).check(z.maxLength(5_000)),
  }),
  /**
   * content → background: a response the console's own page received from one of its documented
   * order-data addresses (lib/pagedata/sources.ts), as text; `body` absent: larger than the cap.
   */
  z.object({
    type: z.literal('pagedata.observed'),
    url: str(4000),
    source: str(4000),
    observedAt: Instant,
    body: z.optional(str(PAGE_DATA_BODY_MAX)),
  }),
  /**
   * content → background: a review or message page's entries, each naming an order by its number
   * (lib/adapters/pages); `unnumbered`: entries shown without an order number, not sent.
   */
  z.object({
    type: z.literal('orders.annotated'),
    page: nonEmpty(64),
    url: str(4000),
    observedAt: Instant,
    rows: /* @__PURE__ */ z.array(AnnotationRow).check(z.maxLength(ANNOTATION_ROWS_MAX)),
    unnumbered: Count,
    /** The page lists every entry of its view: a message inbox's order not listed has been answered. */
    whole: z.optional(z.boolean()),
    /** Some entry or text was found by meaning: the page part's cited selectors found nothing (read health says so). */
    byMeaning: z.optional(z.boolean()),
    /** Orders whose thread the page shows as no longer awaiting the seller: their buyer was answered. */
    answered: z.optional(/* @__PURE__ */ z.array(nonEmpty(100)).check(z.maxLength(ANNOTATION_ROWS_MAX))),
  }),
  /** content → background: the page could not be read (or has no rows); updates the tab's status. */
  z.object({ type: z.literal('page.status'), status: ReadStatus }),
  /** popup → background: read status of a tab. */
  z.object({ type: z.literal('tab.status'), tabId: Count }),
  /** UI → background: add a note to a case. */
  z.object({ type: z.literal('case.addNote'), caseKey: nonEmpty(200), text: trimmed(5000) }),
  /** UI → background: the seller changes a case's status. */
  z.object({
    type: z.literal('case.setStatus'),
    caseKey: nonEmpty(200),
    status: CaseStatus,
    /** With 'dismissed': why (teaches thresholds, see the options page). */
    dismissReason: z.optional(DismissReason),
    /** With 'waiting': on whom. */
    waitingOn: z.optional(WaitingOn),
    /** With 'resolved': the remedy. */
    resolution: z.optional(Resolution),
  }),
  /** UI → background: the seller records the cause, who is responsible, a measure, a follow-up time or an attachment. */
  z.object({ type: z.literal('case.record'), caseKey: nonEmpty(200), change: CaseChange }),
  /** UI → background: put the case's buyer on the block list (repeat-refunder), with the reason on the case's timeline. */
  z.object({ type: z.literal('buyer.block'), caseKey: nonEmpty(200), reason: trimmed(500) }),
  /** UI → background: a reply template was copied or inserted for a case (timeline). */
  z.object({
    type: z.literal('case.templateUsed'),
    caseKey: nonEmpty(200),
    templateId: nonEmpty(100),
    language: z.enum(['en', 'zh']),
    action: z.enum(['copy', 'insert']),
  }),
  /**
   * content (one-click note on a row) → background: a note on the order's most urgent live
   * case, or on a new "seller note" case when the order has none.
   */
  z.object({
    type: z.literal('order.addNote'),
    marketplace: Marketplace,
    orderId: nonEmpty(100),
    text: trimmed(5000),
  }),
  /** UI → background: re-run detection now (also done by the alarm). */
  z.object({ type: z.literal('detect.now') }),
  /**
   * popup → background, after the seller granted the origin: read this site from now on
   * (register the content script for it) and read the tab now.
   */
  z.object({
    type: z.literal('site.enable'),
    origin: Origin,
    adapter: nonEmpty(64),
    tabId: z.optional(Count),
  }),
  /** content (a click on a row badge) → background: open the side panel on this case. */
  z.object({ type: z.literal('ui.openCase'), caseKey: nonEmpty(200) }),
  /** options → background: stop reading a site (the permission is removed by the page). */
  z.object({ type: z.literal('site.disable'), origin: Origin }),
  /** content (teach mode) → background: the seller confirmed a column mapping for this site. */
  z.object({ type: z.literal('teach.save'), origin: Origin, mapping: TaughtMapping }),
  /**
   * content → background: the texts of the seller's language when it is not the browser's
   * (the content script bundles no message file; lib/i18n/browser).
   */
  z.object({ type: z.literal('i18n.messages'), language: Language }),
  /** content → background: inject teach mode's script into this tab (it is not part of the content script). */
  z.object({ type: z.literal('teach.inject') }),
  /** content → background: inject the note popover's script into this tab (it is not part of the content scripts). */
  z.object({ type: z.literal('notes.inject') }),
  /** content → background: inject the page tools (reply insert, whole-list read) into the sender's tab. */
  z.object({ type: z.literal('tools.inject') }),
  /** content → background: inject the reader by meaning when the console's layout found no order list. */
  z.object({ type: z.literal('reader.inject') }),
]);
export type Message = z.infer<typeof Message>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** One language's texts, key → message (the answer to `i18n.messages`). */
export const MessagesResponse = z.object({
  ok: z.literal(true),
  messages: z.record(str(64), str(2000)),
});

/** Badge data for one order row in the page. */
export const RowFinding = z.object({
  orderId: z.string(),
  caseKey: z.string(),
  detector: z.string(),
  /** The detector's short name: sent along, so the content script bundles no table of them. */
  label: Bilingual,
  severity: Severity,
  dueAt: z.optional(Instant),
  explanation: Bilingual,
});
export type RowFinding = z.infer<typeof RowFinding>;
/** The badges of the orders a page shows (in the answer to its read, and pushed to it). */
export const RowFindings = /* @__PURE__ */ z.array(RowFinding).check(z.maxLength(20_000));

/**
 * Messages to a content script (from the popup, through `tabs.sendMessage`). A plain union: its
 * options differ by their literal `type`, so every message parses the same, and zod's
 * discriminated-union code (~400 B gzip) stays out of the content scripts, where nothing else uses it.
 */
export const ContentMessage = z.union([
  /** Start teach mode: let the seller point at the order table. */
  z.object({ type: z.literal('teach.start') }),
  /** Read the whole lazily rendered list: scroll its container step by step. */
  z.object({ type: z.literal('list.readAll') }),
  /** Read the page again now. */
  z.object({ type: z.literal('page.reread') }),
  /** background → content: the cases of orders this page shows changed; their badges now. */
  z.object({ type: z.literal('badges.update'), findings: RowFindings }),
  /**
   * side panel → content: put a filled reply template into the console's reply box for this
   * order (message box, refund response) when the adapter knows one. Never sends anything.
   */
  z.object({
    type: z.literal('template.insert'),
    orderId: nonEmpty(100),
    text: nonEmpty(5000),
  }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/**
 * What a content script needs from the seller's settings (content scripts cannot open the
 * extension's database): mirrored by the background into `storage.local`.
 */
export const ContentConfig = z.object({
  language: z.enum(['auto', 'en', 'zh']),
  disabledAdapters: /* @__PURE__ */ z.array(str(64)).check(z.maxLength(100)),
});
export type ContentConfig = z.infer<typeof ContentConfig>;
export const CONTENT_CONFIG_KEY = 'contentConfig';

/** The last time storage ran out (background → popup, in storage.local). */
export const StoragePressure = z.object({
  at: Instant,
  pruned: Count,
  /** Still full after pruning: new orders are not being saved. */
  full: z.boolean(),
});
export type StoragePressure = z.infer<typeof StoragePressure>;
export const STORAGE_PRESSURE_KEY = 'storagePressure';
