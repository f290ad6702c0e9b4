/**
 * Shapes that cross a boundary (messages between contexts, stored records, settings).
 * Types are inferred from these schemas; anything crossing a boundary is parsed, not cast.
 * Times are epoch milliseconds (UTC instants); the console's local wall time is resolved
 * to an instant by lib/normalize before it reaches these shapes.
 */
import { z } from 'zod';
import { CELL_KEYS } from '../extract/keys';
import { DetectorSettings } from '../detectors/settings';

import { MARKETPLACES } from './marketplaces';

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

const Instant = z.number().int().nonnegative();
const Text = z.string().max(2000);

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
  'changed_mind',
  'other',
] as const;
export const AfterSalesReasonClass = z.enum(AFTER_SALES_REASONS);
export type AfterSalesReasonClass = z.infer<typeof AfterSalesReasonClass>;

export const OrderItem = z.object({
  title: Text,
  sku: z.string().max(200).optional(),
  quantity: z.number().int().positive(),
  unitPrice: z.number().finite().optional(),
});
export type OrderItem = z.infer<typeof OrderItem>;

/** Amounts are in the currency's major unit (yuan, dollars), as shown by the console. */
export const Money = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  paid: z.number().finite(),
  subtotal: z.number().finite().optional(),
  shipping: z.number().finite().optional(),
  discount: z.number().finite().optional(),
  refunded: z.number().finite().optional(),
});
export type Money = z.infer<typeof Money>;

export const OrderSource = z.object({
  url: z.string().max(4000),
  adapter: z.string().min(1).max(64),
  observedAt: Instant,
});

export const Order = z.object({
  marketplace: Marketplace,
  orderId: z.string().min(1).max(100),
  placedAt: Instant,
  paidAt: Instant.optional(),
  shipBy: Instant.optional(),
  shippedAt: Instant.optional(),
  deliveredAt: Instant.optional(),
  deliverBy: Instant.optional(),
  status: OrderStatus,
  statusRaw: z.string().max(200),
  buyer: z.string().max(200).optional(),
  items: z.array(OrderItem).max(500),
  money: Money,
  carrier: z.string().max(100).optional(),
  trackingNo: z.string().max(100).optional(),
  lastTrackingAt: Instant.optional(),
  buyerMessage: Text.optional(),
  sellerRemark: Text.optional(),
  /** A hash of the address as shown, never the address itself. */
  addressFingerprint: z.string().max(128).optional(),
  /** Required address parts the console shows as missing (e.g. 'phone', 'street'); never the values. */
  addressMissing: z.array(z.string().max(50)).max(10).optional(),
  /** When the console shows the address was changed (after payment or after shipping). */
  addressChangedAt: Instant.optional(),
  /** Refund/return/cancel/dispute reason: the console's text and its class. */
  afterSalesReason: z.object({ raw: z.string().max(500), reason: AfterSalesReasonClass }).optional(),
  /** When the open after-sales, cancel or refund request was made, if the console shows it. */
  requestedAt: Instant.optional(),
  /** Amount the buyer asks back in an open refund request. */
  refundRequested: z.number().finite().nonnegative().optional(),
  /** The carrier's first scan (acceptance): the shipping time platforms count. */
  firstScanAt: Instant.optional(),
  /** The latest tracking event's text, as shown. */
  trackingEvent: z.string().max(500).optional(),
  /** Sent abroad: lost-parcel thresholds are longer. */
  crossBorder: z.boolean().optional(),
  /** The buyer's latest message and the seller's latest reply, as shown. */
  buyerMessageAt: Instant.optional(),
  sellerReplyAt: Instant.optional(),
  /** Response due date of a dispute/chargeback, when the console shows one (cannot be extended). */
  disputeDueAt: Instant.optional(),
  /** Buyer rating of the order, 1–5 stars, and the review text. */
  rating: z.number().min(1).max(5).optional(),
  review: Text.optional(),
  /** The console flags an item of this order as out of stock or oversold. */
  stockShort: z.boolean().optional(),
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

export const Bilingual = z.object({ en: z.string().max(1000), zh: z.string().max(1000) });
export type Bilingual = z.infer<typeof Bilingual>;

/** Evidence values a detector used: shown to the seller as "label: value". */
export const EvidenceValue = z.union([z.string().max(500), z.number(), z.boolean(), z.null()]);
export const Evidence = z.record(z.string().max(64), EvidenceValue);
export type Evidence = z.infer<typeof Evidence>;

/** What a detector returns for one order. */
export const Finding = z.object({
  detector: z.string().min(1).max(64),
  marketplace: Marketplace,
  /**
   * The order, or for a shop-level finding (rate-spike) the period it covers prefixed with
   * '@' (e.g. '@2026-11-25', '@2026-11-25/carrier:SF'), so the case key stays
   * detector|marketplace|orderId for both kinds.
   */
  orderId: z.string().min(1).max(100),
  severity: Severity,
  dueAt: Instant.optional(),
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
  amount: z.number().finite().nonnegative().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
});
export type Resolution = z.infer<typeof Resolution>;

/** A finding kept over time: what the detector saw (its Finding fields) plus the seller's part. */
export const Case = Finding.extend({
  key: z.string().min(1).max(200),
  /** Seller-owned: detection never overwrites it. */
  status: CaseStatus,
  /** True when the detector stopped firing on a later observation; nothing is deleted. */
  conditionCleared: z.boolean(),
  openedAt: Instant,
  updatedAt: Instant,
  lastDetectedAt: Instant,
  statusChangedAt: Instant.optional(),
  /** When the condition cleared (the detector stopped firing). */
  clearedAt: Instant.optional(),
  /** The severity when the seller dismissed it: the case reopens only if it rises above. */
  dismissedSeverity: Severity.optional(),
  dismissReason: z.enum(DISMISS_REASONS).optional(),
  /** With status `waiting`: on whom. */
  waitingOn: WaitingOn.optional(),
  /** With status `resolved`: the remedy. */
  resolution: Resolution.optional(),
  /** Where the order came from when not read on a page: the imported report's file name. */
  origin: z.string().max(300).optional(),
});
export type Case = z.infer<typeof Case>;

/** The case's timeline besides notes: what the seller and the detectors did, and when. */
const CaseEventBase = { id: z.number().int().positive().optional(), caseKey: z.string().min(1).max(200), at: Instant };
export const CaseEvent = z.discriminatedUnion('kind', [
  z.object({
    ...CaseEventBase,
    kind: z.literal('status'),
    from: CaseStatus.optional(),
    to: CaseStatus,
    waitingOn: WaitingOn.optional(),
    resolution: Resolution.optional(),
    dismissReason: DismissReason.optional(),
  }),
  z.object({
    ...CaseEventBase,
    kind: z.literal('template'),
    templateId: z.string().min(1).max(100),
    language: z.enum(['en', 'zh']),
    action: z.enum(['copy', 'insert']),
  }),
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
  id: z.number().int().positive().optional(),
  caseKey: z.string().min(1).max(200),
  text: z.string().trim().min(1).max(5000),
  createdAt: Instant,
});
export type Note = z.infer<typeof Note>;

/** One entry per observed change of an order's status. */
export const StatusChange = z.object({
  id: z.number().int().positive().optional(),
  orderKey: z.string().min(1).max(200),
  status: OrderStatus,
  statusRaw: z.string().max(200),
  observedAt: Instant,
});
export type StatusChange = z.infer<typeof StatusChange>;

export const Language = z.enum(['en', 'zh']);
export type Language = z.infer<typeof Language>;

export const Settings = z.object({
  /** 'auto' follows the browser's UI language. */
  language: z.enum(['auto', 'en', 'zh']).default('auto'),
  /**
   * What the toolbar icon opens: the popup (counts, read health, teach mode) or, where the
   * browser has one, the side panel straight away.
   */
  toolbarClick: z.enum(['popup', 'sidepanel']).default('popup'),
  /** 'auto' follows the system's light/dark preference. */
  theme: z.enum(['auto', 'light', 'dark']).default('auto'),
  detectors: DetectorSettings.prefault({}),
  /** Adapters the seller switched off (e.g. one misreading a console after a redesign). */
  disabledAdapters: z.array(z.string().min(1).max(64)).max(100).default([]),
  /** Desktop notifications for new P1 cases: off unless the seller turns them on. */
  notifications: z
    .object({ enabled: z.boolean().default(false), dailyCap: z.number().int().min(1).max(100).default(5) })
    .prefault({}),
  /** How often open orders are re-evaluated as time passes. */
  reevaluateMinutes: z.number().int().min(1).max(24 * 60).default(15),
  /** Orders older than this many days (by placement) without any case are pruned on the re-evaluation alarm. */
  retentionDays: z.number().int().min(7).max(3650).default(180),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** A row that could not be read, with the reason shown to the seller. */
export const SkippedRow = z.object({
  row: z.number().int().nonnegative(),
  orderId: z.string().max(100).optional(),
  reason: z.string().max(500),
});
export type SkippedRow = z.infer<typeof SkippedRow>;

/** What the content script learned about the page it is on. */
export const ReadStatus = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('read'),
    adapter: z.string().max(64),
    marketplace: Marketplace.optional(),
    url: z.string().max(4000),
    ordersRead: z.number().int().nonnegative(),
    /**
     * Rows the list says it holds (e.g. an ARIA grid's aria-rowcount) when more than were
     * rendered: a lazily rendered list was read only in part.
     */
    listTotal: z.number().int().nonnegative().optional(),
    rowsSkipped: z.number().int().nonnegative(),
    skipped: z.array(SkippedRow).max(50),
    at: Instant,
  }),
  z.object({
    kind: z.literal('unsupported'),
    url: z.string().max(4000),
    reason: z.string().max(500),
    at: Instant,
  }),
]);
export type ReadStatus = z.infer<typeof ReadStatus>;

// ---------------------------------------------------------------------------------------
// Sites reached through an optional host permission (any-host consoles, taught sites).

/** `https://shop.example.com` or `http://127.0.0.1:8080`: scheme, host, optional port. */
export const Origin = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, 'an origin such as https://shop.example.com');

/** One column of a taught order table: its header text as shown, and what it means. */
export const TaughtColumn = z.object({
  header: z.string().trim().min(1).max(200),
  key: z.enum([...CELL_KEYS, 'ignore']),
});
export type TaughtColumn = z.infer<typeof TaughtColumn>;

/** What the seller confirmed in teach mode: which table, which column means what. */
export const TaughtMapping = z.object({
  /** CSS selector of the order table the seller pointed at (built from stable attributes). */
  table: z.string().min(1).max(500),
  columns: z.array(TaughtColumn).min(1).max(60),
  currency: z.string().regex(/^[A-Z]{3}$/),
  timeZone: z.string().min(1).max(64),
  /** Path prefix of the order list on that site (teach mode reads pages under it only). */
  path: z.string().startsWith('/').max(500),
});
export type TaughtMapping = z.infer<typeof TaughtMapping>;

export const SiteAccess = z.object({
  origin: Origin,
  /** Which adapter reads this site: a built-in any-host adapter id, or 'taught'. */
  adapter: z.string().min(1).max(64),
  mapping: TaughtMapping.optional(),
  grantedAt: Instant,
});
export type SiteAccess = z.infer<typeof SiteAccess>;
export const SiteAccessList = z.array(SiteAccess).max(200);

// ---------------------------------------------------------------------------------------
// Messages between contexts. Every message is parsed with `Message` on arrival.
export const Message = z.discriminatedUnion('type', [
  /** content → background: orders read from the page that changed since the last send. */
  z.object({
    type: z.literal('orders.observed'),
    orders: z.array(Order).max(20_000),
    status: ReadStatus,
  }),
  /**
   * UI → background: orders from an order report file the seller imported, in chunks (a
   * large file arrives as several messages with the same fileName). Same ingest and
   * detectors as orders read on a page; their cases remember the file.
   */
  z.object({
    type: z.literal('orders.imported'),
    fileName: z.string().min(1).max(300),
    orders: z.array(Order).max(5_000),
  }),
  /** content → background: the page could not be read (or has no rows); updates the tab's status. */
  z.object({ type: z.literal('page.status'), status: ReadStatus }),
  /** content → background: which findings to draw as badges for these orders. */
  z.object({
    type: z.literal('cases.forOrders'),
    marketplace: Marketplace,
    orderIds: z.array(z.string().min(1).max(100)).max(20_000),
  }),
  /** popup → background: read status of a tab. */
  z.object({ type: z.literal('tab.status'), tabId: z.number().int().nonnegative() }),
  /** UI → background: add a note to a case. */
  z.object({ type: z.literal('case.addNote'), caseKey: z.string().min(1).max(200), text: z.string().trim().min(1).max(5000) }),
  /** UI → background: the seller changes a case's status. */
  z.object({
    type: z.literal('case.setStatus'),
    caseKey: z.string().min(1).max(200),
    status: CaseStatus,
    /** With 'dismissed': why (teaches thresholds, see the options page). */
    dismissReason: DismissReason.optional(),
    /** With 'waiting': on whom. */
    waitingOn: WaitingOn.optional(),
    /** With 'resolved': the remedy. */
    resolution: Resolution.optional(),
  }),
  /** UI → background: a reply template was copied or inserted for a case (timeline). */
  z.object({
    type: z.literal('case.templateUsed'),
    caseKey: z.string().min(1).max(200),
    templateId: z.string().min(1).max(100),
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
    orderId: z.string().min(1).max(100),
    text: z.string().trim().min(1).max(5000),
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
    adapter: z.string().min(1).max(64),
    tabId: z.number().int().nonnegative().optional(),
  }),
  /** content (a click on a row badge) → background: open the side panel on this case. */
  z.object({ type: z.literal('ui.openCase'), caseKey: z.string().min(1).max(200) }),
  /** options → background: stop reading a site (the permission is removed by the page). */
  z.object({ type: z.literal('site.disable'), origin: Origin }),
  /** content (teach mode) → background: the seller confirmed a column mapping for this site. */
  z.object({ type: z.literal('teach.save'), origin: Origin, mapping: TaughtMapping }),
]);
export type Message = z.infer<typeof Message>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** Badge data for one order row in the page. */
export const RowFinding = z.object({
  orderId: z.string(),
  caseKey: z.string(),
  detector: z.string(),
  severity: Severity,
  dueAt: Instant.optional(),
  explanation: Bilingual,
});
export type RowFinding = z.infer<typeof RowFinding>;

/** Messages to a content script (from the popup, through `tabs.sendMessage`). */
export const ContentMessage = z.discriminatedUnion('type', [
  /** Start teach mode: let the seller point at the order table. */
  z.object({ type: z.literal('teach.start') }),
  /** Read the whole lazily rendered list: scroll its container step by step. */
  z.object({ type: z.literal('list.readAll') }),
  /** Read the page again now. */
  z.object({ type: z.literal('page.reread') }),
  /** background → content: cases changed; redraw the row badges. */
  z.object({ type: z.literal('badges.refresh') }),
  /**
   * side panel → content: put a filled reply template into the console's reply box for this
   * order (message box, refund response) when the adapter knows one. Never sends anything.
   */
  z.object({
    type: z.literal('template.insert'),
    orderId: z.string().min(1).max(100),
    text: z.string().min(1).max(5000),
  }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/**
 * What a content script needs from the seller's settings (content scripts cannot open the
 * extension's database): mirrored by the background into `storage.local`.
 */
export const ContentConfig = z.object({
  language: z.enum(['auto', 'en', 'zh']),
  disabledAdapters: z.array(z.string().max(64)).max(100),
});
export type ContentConfig = z.infer<typeof ContentConfig>;
export const CONTENT_CONFIG_KEY = 'contentConfig';

/** The last time storage ran out (background → popup, in storage.local). */
export const StoragePressure = z.object({
  at: Instant,
  pruned: z.number().int().nonnegative(),
  /** Still full after pruning: new orders are not being saved. */
  full: z.boolean(),
});
export type StoragePressure = z.infer<typeof StoragePressure>;
export const STORAGE_PRESSURE_KEY = 'storagePressure';
