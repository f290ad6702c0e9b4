import type { Bilingual, Case, Finding, Marketplace, Order, OrderStatus } from '../schema';
import type { Settings } from '../settings';
import type { OrderKeyName } from './keys';

/** Detector families follow the seed's chapters (DOMAIN.md, anomaly taxonomy). */
export type DetectorFamily =
  | 'shipping'
  | 'payment'
  | 'creation'
  | 'outliers'
  | 'delivery'
  | 'tracking'
  | 'address'
  | 'cancellation'
  | 'refund'
  | 'abuse'
  | 'complaints'
  | 'after-sales'
  | 'reviews'
  | 'stock'
  | 'shop';

export type DetectorId = keyof Settings['detectors'];

/**
 * History a detector may consult, precomputed once per evaluation run so that a run over
 * n orders stays O(n) (no detector scans all orders per order).
 */
export interface DetectorContext {
  /**
   * The orders the judged orders' detectors read: the whole shop, or for an ingest's batch (lib/ingest)
   * the batch, the stored orders sharing a key with it (`readsOrdersSharing`), and those a shop
   * check reads by its index (`shopReadsRecent`); with `figures`, the shop's figures.
   */
  readonly orders: readonly Order[];
  /**
   * Per marketplace, each detector's `figure` of the whole shop, kept by ingest as orders come and
   * change (lib/detectors/figures). Absent: `figureOf` counts them from `orders`, the whole shop.
   */
  readonly figures?: ReadonlyMap<Marketplace, ShopFigures>;
  /**
   * orderKey → when the order's current status was first observed (from the status
   * history): "no movement for N days" is measured from here. Absent when unknown.
   */
  readonly statusSince: ReadonlyMap<string, number>;
  /**
   * An index over `orders` built at most once per evaluation run and shared by every call
   * (by buyer, by day, shop statistics…): keeps a run O(n) without each detector scanning
   * all orders per order. `key` names the index; the same key must always build the same thing.
   */
  memo<T>(key: string, build: () => T): T;
  /**
   * For an alarm, the orders of `orders` whose clock can run (lib/detectors/clock, kept with each
   * stored order at ingest): the only ones it judges, and the only ones a `changesWithTime` test
   * scans for what it `scans`. Absent: all of `orders`, every detector's clock running.
   */
  readonly clocked?: Clocked;
}

/** Orders whose clock runs, each with its clocks (`clockOf`: the detectors' bits). */
export interface Clocked {
  readonly orders: readonly Order[];
  /** Parallel to `orders`. */
  readonly clocks: readonly number[];
}

/** What each detector reads of one shop's figures (its figure, or its `summary`), by detector id: plain, structured-cloneable data. */
export type ShopFigures = { readonly [Id in DetectorId]?: unknown };

/**
 * What a detector reads of the whole shop, kept as counts that one order's arrival, change or
 * removal updates (a page read must not recount a shop of 100,000 orders). What an
 * order counts for depends on the order alone (and when its status was first seen), never on the
 * time or the settings.
 */
export interface ShopFigure<F, P = unknown, S = F> {
  /** The figure of a shop without orders. */
  empty(): F;
  /**
   * What `order` counts for (`since`: its `statusSince`, if known), as plain data; undefined for
   * nothing. Two orders with equal parts count alike: a batch that leaves an order's part as it
   * was leaves the figure as it is.
   */
  part(order: Order, since: number | undefined): P | undefined;
  /** Adds (`sign` 1) or takes out (-1) a part. */
  add(figure: F, part: P, sign: 1 | -1): void;
  /** Whether `part` reads `since` on this order: the caller loads the status history only for these. */
  readsSince?(order: Order): boolean;
  /** The figure of a whole shop at once, equal to adding its orders' parts one by one; for figures where that is slow. */
  countAll?(orders: readonly Order[], sinceOf: (order: Order) => number | undefined): F;
  /**
   * What the detector reads of the figure, when much smaller than it (amount-outlier: the spreads
   * of its multisets). The figure is then kept in a record of its own, which only a batch that
   * changes it reads; absent: the detector reads the figure itself.
   */
  summary?(figure: F): S;
  /**
   * When a batch's change of what the detector reads (`before`, `after`) can change `run`'s result
   * on orders outside the batch: the ingest then judges the detector again on the shop's stored
   * orders in `statuses`. For a change that is rare (tracking-invalid: the console shows its first
   * number); a figure that moves with every order (amount-outlier's spread) leaves the other
   * orders' results as they were judged.
   */
  readonly rejudges?: { readonly statuses: readonly OrderStatus[]; when(before: S, after: S): boolean };
}

/**
 * Orders a shop check reads beyond its figure, found by an index on `key` (lib/db): those of the
 * marketplace whose key is at or after `from(now, marketplace)`. `key` depends on the order alone.
 */
export interface RecentOrders {
  key(order: Order): number | undefined;
  from(now: number, marketplace: Marketplace): number;
  /** On which of them `runShop` reads `ctx.statusSince`. */
  readsStatusSince(order: Order): boolean;
}

/** Why a detector stayed silent on an order it could not judge (reported, never guessed). */
export interface Silence {
  detector: DetectorId;
  marketplace: Order['marketplace'];
  orderId: string;
  reason: string;
}

export type DetectorResult = { findings: Finding[]; silence?: string };

/** The settings of `S` that hold a number (of each detector's, for a union of them). */
type NumberSetting<S> = S extends unknown ? { [K in keyof S]: S[K] extends number ? K : never }[keyof S] & string : never;

/**
 * How a threshold follows the evidence of cases the seller dismissed as "threshold too strict":
 * the value that would have kept them quiet (lib/cases/tuning proposes it; the seller decides).
 */
export interface Tuning<Setting extends string = string> {
  /** The setting proposed, one that holds a number. */
  readonly setting: Setting;
  /** The proposed value and how many of `cases` it quiets; `dismissedAt` is when each was dismissed. */
  tune(cases: readonly Case[], dismissedAt: (c: Case) => number): { proposed: number; quieted: number } | undefined;
}

export interface Detector<Id extends DetectorId = DetectorId> {
  readonly id: Id;
  readonly family: DetectorFamily;
  /** Short name for badges and lists. */
  readonly label: Bilingual;
  /** One sentence on what the rule checks, for the options page. */
  readonly description: Bilingual;
  /**
   * Other orders `run` reads on an order: those sharing these keys with it (lib/detectors/keys). An
   * ingest reads them by their index and judges them again with this detector when the batch shares
   * a key with them; the rest of the shop it reads only through `figure`. Absent: none.
   */
  readonly readsOrdersSharing?: readonly OrderKeyName[];
  /** What `run` or `runShop` reads of the whole shop, kept up to date by ingest (ShopFigure). */
  readonly figure?: ShopFigure<unknown, unknown, unknown>;
  /** The orders `runShop` reads beyond `figure` (RecentOrders). */
  readonly shopReadsRecent?: RecentOrders;
  /** Its threshold, when a seller's dismissals can tune it. */
  readonly tuning?: Tuning<NumberSetting<Settings['detectors'][Id]>>;
  /** Per order. Pure: never reads the clock, the database or the DOM. */
  run?(order: Order, ctx: DetectorContext, now: number, settings: Settings['detectors'][Id]): DetectorResult;
  /**
   * Where `run`'s result on an order (findings and silence) can differ at another `now`, the
   * order and the shop's history unchanged: in `statuses` and, if given, where `filter` holds.
   * Between two ingests only time passes, so the alarm runs the detector only there; elsewhere
   * the last evaluation's result stands (test/detectors/alarm.test.ts holds every detector to
   * this). Absent: anywhere. Must err on the side of true.
   */
  readonly changesWithTime?: TimeDependence<Settings['detectors'][Id]>;
  /**
   * Once per shop (marketplace) and run, over the whole context: shop-level findings whose
   * orderId is the period they cover, prefixed with '@' (see Finding). Pure as `run`.
   */
  runShop?(ctx: DetectorContext, now: number, settings: Settings['detectors'][Id]): DetectorResult;
  /**
   * On which orders `run` (or its `changesWithTime` tests) reads `ctx.statusSince` (an order
   * showing no time of its own, say): the alarm loads the status history only for the orders
   * such detectors judge and this holds for (test/detectors/alarm.test.ts holds every detector,
   * on every other order, to a result that does not depend on the history). Cheap; may err on
   * the side of true. Absent: on none.
   */
  readonly readsStatusSince?: (order: Order) => boolean;
  /** Orders in these statuses are the ones whose `statusSince` `runShop` reads (the caller loads only what is read). */
  readonly shopReadsStatusSince?: readonly OrderStatus[];
  /**
   * `changesWithTime` for `runShop`, used when the alarm knows when the last evaluation ran: the
   * shop's result can differ between `window.since` and `window.now` only where `atShop` says so
   * or some order passes `between`. Absent: the shop check runs at every alarm.
   */
  readonly shopChangesWithTime?: ShopTimeDependence<Settings['detectors'][Id]>;
}

/** Two evaluation times: the last evaluation ran at `since`, this one at `now` (since < now). */
export interface TimeWindow {
  readonly since: number;
  readonly now: number;
}

export interface TimeDependence<S> {
  readonly statuses: readonly OrderStatus[];
  /** The per-order test within `statuses`, made once per run; cheap, as it may see every stored order. */
  filter?(settings: S): (order: Order) => boolean;
  /**
   * Finer, when the last evaluation's time is known: whether `run`'s result on the order (within
   * `statuses`) can differ between `window.since` and `window.now`, i.e. one of the order's
   * thresholds falls in (since, now]. Only for a detector whose findings hold nothing that moves
   * with the clock between thresholds (no "3.2 h left": the pages show the live countdown from
   * `dueAt`). Made once per run; cheap, as it may see every stored order. Must err on the side of
   * true. `NONE_IN_WINDOW` (lib/detectors/window) when no order's can: then no test runs at all.
   * Absent: `filter` (every order whose result can change at some time).
   */
  between?(settings: S, window: TimeWindow, ctx: DetectorContext): (order: Order) => boolean;
  /**
   * Orders, in any status, that `between` reads to judge others (repeat-refunder: a buyer's
   * refunds leaving its window change the buyer's live orders): the alarm keeps them among the
   * orders whose clock runs, and `between` scans only `ctx.clocked`. Made once per run; cheap.
   */
  scans?(settings: S): (order: Order) => boolean;
  /**
   * What of the settings `filter` and `scans` read, when they read any (JSON-comparable): an
   * order's clock is kept under a key of these (`clockKey`), so changing them re-decides it.
   */
  clockSettings?(settings: S): unknown;
}

export interface ShopTimeDependence<S> {
  readonly statuses: readonly OrderStatus[];
  /** Per order within `statuses`: whether the order's part in the shop's result can change in the window. */
  between?(settings: S, window: TimeWindow, ctx: DetectorContext): (order: Order) => boolean;
  /** Shop-wide thresholds (a day boundary, say) in the window, whatever the orders. */
  atShop?(settings: S, window: TimeWindow, marketplace: Order['marketplace']): boolean;
}
