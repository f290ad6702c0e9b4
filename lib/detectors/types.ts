import type { Bilingual, Finding, Order, OrderStatus, Settings } from '../schema';

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
  readonly orders: readonly Order[];
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

/** Why a detector stayed silent on an order it could not judge (reported, never guessed). */
export interface Silence {
  detector: DetectorId;
  marketplace: Order['marketplace'];
  orderId: string;
  reason: string;
}

export type DetectorResult = { findings: Finding[]; silence?: string };

export interface Detector<Id extends DetectorId = DetectorId> {
  readonly id: Id;
  readonly family: DetectorFamily;
  /** Short name for badges and lists. */
  readonly label: Bilingual;
  /** One sentence on what the rule checks, for the options page. */
  readonly description: Bilingual;
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
