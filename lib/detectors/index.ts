/**
 * The detector registry: the detectors found in this folder (scripts/registries.mjs lists each
 * at the clock place its settings file declares). Each detector's id, labels and defaults live in
 * its own files (STYLE.md §1, §6); nothing here repeats them.
 */
import { type Finding, type Order, ORDER_STATUSES, SEVERITY_RANK } from '../schema';
import { type Settings } from '../settings';
import { DETECTOR_FILES } from '../../.wxt/registry/detectors';
import { compareOrderIds } from './order-order';
import { NONE_IN_WINDOW } from './window';
import type { Clocked, Detector, DetectorContext, DetectorId, DetectorResult, ShopFigures, Silence, TimeWindow } from './types';

export type { Clocked, Detector, DetectorContext, DetectorFamily, DetectorId, DetectorResult, Silence, TimeWindow } from './types';

/** Every detector's check, in the order of their clock bits: for the background and the scripts, never the pages. */
export const DETECTORS: readonly Detector[] = DETECTOR_FILES;

// The pages look a detector up by id for its name and family, without the checks' code.
export { detectorById } from './labels';

/**
 * The run's context over the shop's orders. Indexes are built lazily through `memo`, by the
 * detectors that use them, so a disabled detector (or one with nothing to judge) costs nothing.
 */
export function buildContext(
  orders: readonly Order[],
  history: { statusSince?: ReadonlyMap<string, number>; clocked?: Clocked; figures?: ReadonlyMap<Order['marketplace'], ShopFigures> } = {},
): DetectorContext {
  const memos = new Map<string, unknown>();
  return {
    orders,
    statusSince: history.statusSince ?? new Map(),
    ...(history.clocked !== undefined && { clocked: history.clocked }),
    ...(history.figures !== undefined && { figures: history.figures }),
    memo<T>(key: string, build: () => T): T {
      let value = memos.get(key) as T | undefined;
      if (value === undefined && !memos.has(key)) memos.set(key, (value = build()));
      return value as T;
    },
  };
}

export interface Evaluation {
  findings: Finding[];
  silences: Silence[];
  /** Enabled detector ids that ran, in registry order. */
  evaluated: readonly DetectorId[];
  /** Of those, the ones whose shop-level check ran (its '@…' results are this evaluation's). */
  shopEvaluated: readonly DetectorId[];
}

/** Most urgent first: severity, then the earliest due time (none last), then stable keys. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.dueAt ?? Number.POSITIVE_INFINITY) - (b.dueAt ?? Number.POSITIVE_INFINITY) ||
    (a.marketplace < b.marketplace ? -1 : a.marketplace > b.marketplace ? 1 : 0) ||
    compareOrderIds(a.orderId, b.orderId) ||
    (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0)
  );
}

function compareSilences(a: Silence, b: Silence): number {
  return (
    (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0) ||
    (a.marketplace < b.marketplace ? -1 : a.marketplace > b.marketplace ? 1 : 0) ||
    compareOrderIds(a.orderId, b.orderId)
  );
}

const silenceOf = (detector: DetectorId, order: Order, reason: string): Silence => ({
  detector,
  marketplace: order.marketplace,
  orderId: order.orderId,
  reason,
});

/**
 * Runs every enabled detector over `targets`. A detector that throws on one order becomes a
 * silence with the reason, so one malformed order cannot hide the findings on the others.
 */
export function evaluate(targets: readonly Order[], ctx: DetectorContext, now: number, settings: Settings): Evaluation {
  return runDetectors(ctx, now, settings, targets[0]?.marketplace, () => targets, () => true);
}

/**
 * Runs every enabled detector over `targetsOf(its id)` and every enabled shop check, for the shop
 * of `marketplace`: what an ingest judges (the batch, and for a detector that reads other orders,
 * those sharing a key with it).
 */
export function evaluateEach(targetsOf: (id: DetectorId) => readonly Order[], ctx: DetectorContext, now: number, settings: Settings, marketplace: Order['marketplace']): Evaluation {
  return runDetectors(ctx, now, settings, marketplace, targetsOf, () => true);
}

/** What the alarm judges: per enabled detector with `run`, its orders; and the shop checks to run. */
export interface TimeDrivenScope {
  readonly orders: ReadonlyMap<DetectorId, readonly Order[]>;
  readonly shops: ReadonlySet<DetectorId>;
}

export interface TimedEvaluation extends Evaluation {
  /**
   * The scope it ran over. On every other order, and for every shop check it did not run, a
   * detector's result is the one the last evaluation gave (nothing but time changed), which is
   * what the alarm leaves in place.
   */
  judged: TimeDrivenScope;
}

/**
 * A status's place in ORDER_STATUSES, by a switch: the alarm's pass looks up every stored order's
 * status, and comparing interned strings (most common first) beats hashing each one into a Map.
 */
export function statusIndex(status: Order['status']): number {
  switch (status) {
    case 'completed': return COMPLETED;
    case 'shipped': return SHIPPED;
    case 'delivered': return DELIVERED;
    case 'awaiting_shipment': return AWAITING_SHIPMENT;
    case 'cancelled': return CANCELLED;
    default: return ORDER_STATUSES.indexOf(status);
  }
}
const COMPLETED = ORDER_STATUSES.indexOf('completed');
const SHIPPED = ORDER_STATUSES.indexOf('shipped');
const DELIVERED = ORDER_STATUSES.indexOf('delivered');
const AWAITING_SHIPMENT = ORDER_STATUSES.indexOf('awaiting_shipment');
const CANCELLED = ORDER_STATUSES.indexOf('cancelled');

/**
 * For each enabled detector, the orders of `orders` (one shop's stored orders, or only those
 * whose clock runs: lib/detectors/clock) where its result can change while only time passes
 * (`changesWithTime`): with a `window` (the last evaluation's time is known), only where it can
 * change between then and now. Also which shop checks can change (all of them without a window).
 * One pass over `orders`, which keeps only those orders (no copy of the history).
 */
export function timeDrivenScope(
  orders: readonly Order[],
  settings: Settings,
  window?: { window: TimeWindow; ctx: DetectorContext },
  /** Per order of `orders`, the detectors whose clock runs on it (`clockOf`); absent: all. */
  clocks?: readonly number[],
): TimeDrivenScope {
  // Per status, the tests to run, the detector's clock bit, and where an order that passes
  // goes: a detector's targets, or (a shop check) the set of shop checks to run.
  const table = new StatusTable<{ test: ((order: Order) => boolean) | undefined; bit: number; to: Order[] | DetectorId }>();
  const scope = new Map<DetectorId, readonly Order[]>();
  const shops = new Set<DetectorId>();
  // The shop's, from all its orders (`orders` may be only those whose clock runs, or none).
  const shop = (window?.ctx.orders ?? orders)[0]?.marketplace;
  for (const [place, detector] of DETECTORS.entries()) {
    const bit = clockBit(place);
    const detectorSettings = settings.detectors[detector.id];
    if (!detectorSettings.enabled) continue;
    if (detector.run) {
      const dependence = detector.changesWithTime;
      const test =
        window !== undefined && dependence?.between !== undefined
          ? dependence.between(detectorSettings as never, window.window, window.ctx)
          : dependence?.filter?.(detectorSettings as never);
      const targets: Order[] = [];
      scope.set(detector.id, targets);
      if (test !== NONE_IN_WINDOW) table.add(dependence?.statuses ?? ORDER_STATUSES, { test, bit, to: targets });
    }
    if (detector.runShop) {
      const part = shopCheckIn(detector, detectorSettings, window?.window, shop);
      if (part === 'runs') shops.add(detector.id);
      else if (part === 'where-tested') {
        const dependence = detector.shopChangesWithTime!;
        const test = dependence.between!(detectorSettings as never, window!.window, window!.ctx);
        if (test !== NONE_IN_WINDOW) table.add(dependence.statuses, { test, bit, to: detector.id });
      }
    }
  }
  for (let i = 0; i < orders.length; i++) {
    const order = orders[i]!;
    const clock = clocks === undefined ? ALL_CLOCKS : clocks[i]!;
    const entries = table.byStatus[statusIndex(order.status)];
    if (entries === undefined) continue;
    for (let j = 0; j < entries.length; j++) {
      const { test, bit, to } = entries[j]!;
      // A detector whose clock does not run on the order: time cannot change its result there.
      if ((clock & bit) === 0) continue;
      if (typeof to === 'string') {
        if (!shops.has(to) && passes(test!, order)) shops.add(to);
      } else if (test === undefined || passes(test, order)) {
        to.push(order);
      }
    }
  }
  return { orders: scope, shops };
}

/** A detector's bit in an order's clocks (lib/detectors/clock), by its place in DETECTORS. */
export const clockBit = (place: number): number => 1 << place;
/** Every detector's clock (an order whose clocks are unknown). */
export const ALL_CLOCKS = -1;

/**
 * A test that throws keeps the order (its clock runs, it is judged): `run` then reports the
 * failure as a full evaluation would.
 */
export function passes(test: (order: Order) => boolean, order: Order): boolean {
  try {
    return test(order);
  } catch {
    return true;
  }
}

/**
 * Whether some enabled shop-level check may run at an alarm over `window` in a shop of
 * `marketplaces` (what `timeDrivenScope` decides, erring on the side of true where it tests
 * orders): such a check reads the whole shop, so the alarm must then load every stored order.
 */
export function shopCheckMayRun(settings: Settings, window: TimeWindow, marketplaces: readonly Order['marketplace'][]): boolean {
  const shops = marketplaces.length === 0 ? [undefined] : marketplaces;
  return DETECTORS.some((detector) => {
    const detectorSettings = settings.detectors[detector.id];
    if (!detectorSettings.enabled || !detector.runShop) return false;
    return shops.some((marketplace) => shopCheckIn(detector, detectorSettings, window, marketplace) !== undefined);
  });
}

/**
 * How an enabled shop check takes part in an alarm over `window` (none: the last run's time is
 * unknown) in `marketplace`'s shop: it runs; it runs where its per-order `between` test passes
 * on an order whose clock runs; or (undefined) time cannot change its result.
 */
function shopCheckIn(
  detector: Detector,
  detectorSettings: Settings['detectors'][DetectorId],
  window: TimeWindow | undefined,
  marketplace: Order['marketplace'] | undefined,
): 'runs' | 'where-tested' | undefined {
  const dependence = detector.shopChangesWithTime;
  if (window === undefined || dependence === undefined) return 'runs';
  if (marketplace !== undefined && dependence.atShop?.(detectorSettings as never, window, marketplace) === true) return 'runs';
  return dependence.between !== undefined ? 'where-tested' : undefined;
}

/**
 * Per order status (by statusIndex), the entries added for it: the tables of the alarm's tests
 * (timeDrivenScope) and of the clocks (clock.ts), so each order meets only its status's entries.
 */
export class StatusTable<E> {
  readonly byStatus: E[][] = ORDER_STATUSES.map(() => []);

  add(statuses: readonly Order['status'][], entry: E): void {
    for (const status of statuses) this.byStatus[statusIndex(status)]!.push(entry);
  }
}

/**
 * The orders whose status history (`statusSince`) an alarm run over `scope` reads: those judged
 * by a detector that reads it (`readsStatusSince`), and, when a shop-level check may run
 * (`shopChecks`: not in an alarm told the last run, midday), those such a check counts. The
 * caller loads only these.
 */
export function ordersReadingHistory(orders: readonly Order[], scope: TimeDrivenScope, settings: Settings, shopChecks = true): Order[] {
  const read = new Set<Order>();
  for (const [id, targets] of scope.orders) {
    const reads = DETECTORS.find((detector) => detector.id === id)?.readsStatusSince;
    if (reads !== undefined) for (const order of targets) if (reads(order)) read.add(order);
  }
  const statuses = new Set<Order['status']>();
  for (const detector of DETECTORS) {
    if (shopChecks && settings.detectors[detector.id].enabled) for (const status of detector.shopReadsStatusSince ?? []) statuses.add(status);
  }
  if (statuses.size > 0) for (const order of orders) if (statuses.has(order.status)) read.add(order);
  return [...read];
}

/**
 * The re-evaluation as time passes (the alarm), over one shop's stored `orders`, which are
 * also `ctx.orders`: between two ingests only `now` changes, so each detector runs only on its
 * `timeDrivenScope`, and shop-level detectors run once. Findings and silences are exactly those
 * of `evaluate(orders, …)` on the judged orders, and `evaluate` gives the same as at the last
 * run on the others (test/detectors/alarm.test.ts).
 */
export function evaluateTimeDriven(
  orders: readonly Order[],
  ctx: DetectorContext,
  now: number,
  settings: Settings,
  options: { since?: number; scope?: TimeDrivenScope } = {},
): TimedEvaluation {
  const window = windowSince(options.since, now);
  // Only the orders whose clock can run, and on each only those detectors (lib/detectors/clock):
  // elsewhere nothing but time changed, which moves nothing.
  const scope = options.scope ?? timeDrivenScope(ctx.clocked?.orders ?? orders, settings, window && { window, ctx }, ctx.clocked?.clocks);
  const result = runDetectors(ctx, now, settings, orders[0]?.marketplace, (id) => scope.orders.get(id) ?? [], (id) => scope.shops.has(id));
  return { ...result, judged: scope };
}

/** The alarm's window from the last evaluation's time, when known and earlier than `now`. */
export const windowSince = (since: number | undefined, now: number): TimeWindow | undefined =>
  since !== undefined && since < now ? { since, now } : undefined;

/**
 * Every enabled detector: its shop-level check (for the shop of `marketplace`, when there are
 * orders and `runsShop(its id)`) and its per-order check over `targetsOf(its id)`.
 */
function runDetectors(
  ctx: DetectorContext,
  now: number,
  settings: Settings,
  marketplace: Order['marketplace'] | undefined,
  targetsOf: (id: DetectorId) => readonly Order[],
  runsShop: (id: DetectorId) => boolean,
): Evaluation {
  const run = new Run(ctx, now);
  for (const detector of DETECTORS) {
    const detectorSettings = settings.detectors[detector.id];
    if (!detectorSettings.enabled) continue;
    run.evaluated.push(detector.id);
    if (marketplace !== undefined && detector.runShop && runsShop(detector.id)) {
      run.shopEvaluated.push(detector.id);
      run.shop(detector, detectorSettings, marketplace);
    }
    run.orders(detector, detectorSettings, targetsOf(detector.id));
  }
  return run.result();
}

/** One evaluation's findings and silences as detectors add them; sorted at the end. */
class Run {
  readonly findings: Finding[] = [];
  readonly silences: Silence[] = [];
  readonly evaluated: DetectorId[] = [];
  readonly shopEvaluated: DetectorId[] = [];
  constructor(
    private readonly ctx: DetectorContext,
    private readonly now: number,
  ) {}

  shop(detector: Detector, settings: Settings['detectors'][DetectorId], marketplace: Order['marketplace']): void {
    if (!detector.runShop) return;
    const silence = (reason: string): Silence => ({ detector: detector.id, marketplace, orderId: '@shop', reason });
    let result: DetectorResult;
    try {
      result = detector.runShop(this.ctx, this.now, settings);
    } catch (error) {
      this.silences.push(silence(`detector failed: ${error instanceof Error ? error.message : String(error)}`));
      return;
    }
    for (const finding of result.findings) this.findings.push(finding);
    if (result.silence !== undefined) this.silences.push(silence(result.silence));
  }

  orders(detector: Detector, settings: Settings['detectors'][DetectorId], targets: readonly Order[]): void {
    if (!detector.run) return;
    for (const order of targets) {
      let result: DetectorResult;
      try {
        result = detector.run(order, this.ctx, this.now, settings);
      } catch (error) {
        this.silences.push(silenceOf(detector.id, order, `detector failed: ${error instanceof Error ? error.message : String(error)}`));
        continue;
      }
      for (const finding of result.findings) this.findings.push(finding);
      if (result.silence !== undefined) this.silences.push(silenceOf(detector.id, order, result.silence));
    }
  }

  result(): Evaluation {
    this.findings.sort(compareFindings);
    this.silences.sort(compareSilences);
    return { findings: this.findings, silences: this.silences, evaluated: this.evaluated, shopEvaluated: this.shopEvaluated };
  }
}
