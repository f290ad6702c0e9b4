/**
 * Ingest and detection, as the background runs them: orders observed on a page are stored
 * with their status history, detectors run over the orders that changed, and the findings
 * become cases. Plain TypeScript over a Dexie database, so it is tested in Node.
 *
 * A batch never reads the whole shop: its context is the batch, the stored orders
 * sharing a key with it (`readsOrdersSharing`, by their index), the orders a shop check reads
 * by its index (`shopReadsRecent`), and the shop's figures, which the batch updates.
 */
import { buildContext, DETECTORS, evaluate, evaluateEach, evaluateTimeDriven, ordersReadingHistory, shopCheckMayRun, timeDrivenScope, windowSince, type Evaluation } from '../detectors';
import { clockKey, clockOf, clocksUnder } from '../detectors/clock';
import { applyDelta, countFigures, figureDeltas, figuresReadSince, type FigureDelta, type KeptFigures } from '../detectors/figures';
import { ORDER_KEYS, type OrderKeyName } from '../detectors/keys';
import { detectorLabels } from '../detectors/labels';
import type { Detector, DetectorContext, DetectorId, ShopFigures } from '../detectors/types';
import { clearCase, mergeCase, withStatus } from '../cases/upsert';
import { mergeObserved } from './merge';
import { isNeedsTrackingEvents, needsTrackingEvents } from '../detectors/tracking-stalled';
import { amountRangesToJudge, type AmountRange } from '../detectors/amount-outlier';
import { sameData } from '../cases/equal';
import { SELLER_NOTE } from '../cases/seller-note';
import Dexie, { type IndexableType, type Transaction } from 'dexie';
import { parseRows, withIndexes, type FiguresRecord, type OrderRecord, type SentinelDB } from '../db';
import { Case, CASE_STATUSES, Note, caseKey, isLiveCaseStatus, isShopLevel, orderKey, SEVERITY_RANK, type Bilingual, type CaseEvent, type CaseStatus, type DISMISS_REASONS, type Resolution, type WaitingOn, type Finding, type Marketplace, type Order, type OrderStatus, type RowFinding, type StatusChange } from '../schema';
import { type Settings } from '../settings';

type DismissReason = (typeof DISMISS_REASONS)[number];

/** Order statuses in which time passing can still make an order late. */
export const LIVE_ORDER_STATUSES: readonly OrderStatus[] = [
  'awaiting_payment',
  'awaiting_shipment',
  'shipped',
  'refund_requested',
  'return_requested',
  'disputed',
];
const LIVE_STATUS_SET: ReadonlySet<OrderStatus> = new Set(LIVE_ORDER_STATUSES);

export interface IngestResult {
  /** Orders stored (new, changed, or seen again at a later time). */
  written: number;
  /** Orders that are new or differ in any field other than `source.observedAt`. */
  changed: number;
  /** Findings the detectors returned for the changed orders. */
  findings: number;
}

export interface ReevaluateResult {
  /** Live orders the detectors ran over. */
  evaluated: number;
  findings: number;
}

/** An order without the time it was seen: two observations of the same state compare equal. */
function observedState(o: Order): unknown {
  const { source, ...rest } = o;
  const { observedAt: _seen, ...where } = source;
  return { ...rest, source: where };
}

/**
 * Stored orders are used as written by ingestBatch (which only receives zod-parsed orders),
 * not parsed again: re-parsing a shop's whole history on every batch would dominate the cost.
 * The order without what only the store keeps (its key, whether its clock runs).
 */
function withoutKey(record: OrderRecord): Order {
  const { key: _key, clockKey: _clockKey, clocks: _clocks, buyerKey: _buyer, recentAt: _recent, statusSince: _since, aloneIn: _alone, caselessIn: _caseless, ...order } = record;
  return order;
}

/**
 * The record of `order`, with its clocks as decided under the settings of `clockKey`, when its
 * status was first seen and the epoch it shares no key under, where known (see OrderRecord).
 */
function toRecord(order: Order, key: string, clockKey: number, clocks: number, statusSince: number | undefined, aloneIn?: number, caselessIn?: number): OrderRecord {
  const record: OrderRecord = { ...order, key, clockKey, clocks };
  if (statusSince !== undefined) record.statusSince = statusSince;
  if (aloneIn !== undefined) record.aloneIn = aloneIn;
  if (caselessIn !== undefined) record.caselessIn = caselessIn;
  return record;
}

/**
 * Stores a batch of observed orders and runs detection over the ones that changed, all in
 * one read-write transaction (a failure leaves the database as it was).
 */
export async function ingestBatch(
  db: SentinelDB,
  orders: readonly Order[],
  now: number,
  settings: Settings,
  options: { origin?: string } = {},
): Promise<IngestResult> {
  return (await ingestBatchJudged(db, orders, now, settings, options)).result;
}

/**
 * `ingestBatch`, also telling how many orders the detectors judged: the changed ones, and for a
 * detector that reads other orders, the stored ones sharing a key with them (their inputs changed).
 */
export async function ingestBatchJudged(
  db: SentinelDB,
  orders: readonly Order[],
  now: number,
  settings: Settings,
  options: { origin?: string } = {},
): Promise<{ result: IngestResult; judged: number }> {
  // The work runs outside Dexie's zone, on tables bound to the transaction (`bindTo`): an `await`
  // inside the zone costs Dexie's zone echoes (hundreds of calls per read), a bound table none.
  return db.transaction('rw', [db.orders, db.statusHistory, db.cases, db.caseEvents, db.figures], (tx) => SETTLED.then(() => judgeBatch(bindTo(db, tx), orders, now, settings, options)));
}

/** A resolved promise of the browser's own (an async function's), whatever Dexie makes the global `Promise` in its zones. */
const SETTLED: Promise<void> = (async () => undefined)();
/** The browser's own Promise constructor. */
const NativePromise = SETTLED.constructor as PromiseConstructor;

/** The transaction a database from `bindTo` is bound to. */
const boundTx = new WeakMap<SentinelDB, Transaction>();

/**
 * `db` with its tables bound to the running transaction `tx`: Dexie places their requests in it
 * from any zone, through its middleware (the cases' change signals the popup's liveQuery listens
 * to included). Only its tables and `table` may be used.
 */
function bindTo(db: SentinelDB, tx: Transaction): SentinelDB {
  const bound = Object.create(db) as SentinelDB;
  for (const name of tx.storeNames) Object.defineProperty(bound, name, { value: tx.table(name) });
  Object.defineProperty(bound, 'table', { value: (name: string) => tx.table(name) });
  boundTx.set(bound, tx);
  return bound;
}

/** The browser transaction `db` runs in: bound to it (`bindTo`), or Dexie's current one. */
function idbTransOf(db: SentinelDB): { idbtrans: IDBTransaction | null; parent?: unknown; bound: boolean } | undefined {
  const tx = (boundTx.get(db) ?? Dexie.currentTransaction) as (Transaction & { idbtrans?: IDBTransaction | null; parent?: unknown }) | null | undefined;
  if (!tx?.idbtrans) return undefined;
  return { idbtrans: tx.idbtrans, parent: tx.parent, bound: boundTx.has(db) };
}

/** `ingestBatchJudged`'s work, on `db` bound to its transaction. */
async function judgeBatch(
  db: SentinelDB,
  orders: readonly Order[],
  now: number,
  settings: Settings,
  options: { origin?: string },
): Promise<{ result: IngestResult; judged: number }> {
  // Each written order's clocks are decided now and kept with it (lib/detectors/clock).
  const clocksOf = clockOf(settings);
  const clock = clockKey(settings);
  // The same order twice in a batch: the later observation wins.
  const latest = new Map<string, Order>();
  for (const o of orders) {
    const k = orderKey(o);
    const prev = latest.get(k);
    if (prev === undefined || o.source.observedAt >= prev.source.observedAt) latest.set(k, o);
  }
  const keys = [...latest.keys()];
  const incoming = [...latest.values()];
  const marketplaces = [...new Set(incoming.map((o) => o.marketplace))];
  // The stored orders, the kept figures, and what judging the orders as they arrive reads by
  // index, in one wave: the worker waits on the browser once before it knows what changed. The
  // orders sharing a key are looked up once the stored ones tell which share none (`aloneIn`).
  const storedRead = storedOrders(db, keys);
  const keptRead = readAll<FiguresRecord>(db, marketplaces.map((key) => ({ table: 'figures', query: key }))).then((found) => found.map((records) => records[0]));
  const aloneRead = Promise.all([storedRead, keptRead]).then(([records, figures]) => storedAlone(records, new Map(marketplaces.map((marketplace, i) => [marketplace, figures[i]?.epoch]))));
  const [stored, kept, around] = await Promise.all([
    storedRead,
    keptRead,
    Promise.all(marketplaces.map((marketplace, i) => readAround(db, marketplace, incoming.filter((o) => o.marketplace === marketplace), settings, now, aloneRead, keptRead.then((found) => found[i]?.epoch)))),
  ]);
  const aroundOf = new Map(marketplaces.map((marketplace, i) => [marketplace, around[i]!]));

  const toWrite: Array<{ key: string; order: Order }> = [];
  const history: StatusChange[] = [];
  const changed: Change[] = [];
  keys.forEach((key, i) => {
    const seen = latest.get(key)!;
    const prevRecord = stored[i];
    const prev = prevRecord === undefined ? undefined : withoutKey(prevRecord);
    // When the stored order's status was first seen, kept with it: its history is not read.
    if (prevRecord?.statusSince !== undefined) {
      const around = aroundOf.get(seen.marketplace)!;
      around.since.set(key, prevRecord.statusSince);
      around.historyRead.add(key);
    }
    // A page left open in another tab may send an older view: it must not roll back state.
    if (prev !== undefined && seen.source.observedAt < prev.source.observedAt) return;
    // What this read does not show keeps its stored value (lib/ingest/merge).
    const order = prev === undefined ? seen : mergeObserved(prev, seen);
    // One comparison: the order as it was, but for when it was seen.
    const sameState = prev !== undefined && sameData(observedState(prev), observedState(order));
    if (sameState && prev.source.observedAt === order.source.observedAt) return;
    toWrite.push({ key, order });
    if (!sameState) changed.push({ key, prev, order });
    if (prev === undefined || prev.status !== order.status) {
      history.push({ orderKey: key, status: order.status, statusRaw: order.statusRaw, observedAt: order.source.observedAt });
    }
  });
  // The status change just added is each such order's latest: no need to read it back.
  const knownSince = new Map(history.map((h) => [h.orderKey, h.observedAt]));
  const groups = new Map<Marketplace, Change[]>(marketplaces.map((marketplace) => [marketplace, changed.filter((c) => c.order.marketplace === marketplace)]));
  // What the first wave could not know (the orders as they were: a buyer or a status the batch
  // changed); for a batch of orders seen again as they were stored, nothing.
  await Promise.all(marketplaces.map((marketplace) => completeAround(db, marketplace, aroundOf.get(marketplace)!, groups.get(marketplace)!, settings)));
  // What the batch changes in each marketplace's figures, each changed order counted with when
  // its status was first seen before the batch and now; none kept (or out of step): a recount.
  const figures = new Map<Marketplace, ShopFigures>();
  const recounted: Marketplace[] = [];
  const deltasOf = new Map<Marketplace, FigureDelta[]>();
  marketplaces.forEach((marketplace, i) => {
    const record = kept[i];
    if (record === undefined) return void recounted.push(marketplace);
    figures.set(marketplace, record.value as ShopFigures);
    const { since } = aroundOf.get(marketplace)!;
    const deltas = figureDeltas(
      DETECTORS,
      groups.get(marketplace)!.map(({ key, prev, order }) => ({
        ...(prev !== undefined && { before: { order: prev, since: since.get(key) } }),
        after: { order, since: knownSince.get(key) ?? since.get(key) },
      })),
    );
    if (deltas.length > 0) deltasOf.set(marketplace, deltas);
  });
  // A figure kept apart (amount-outlier's multisets) is read only when the batch changes it.
  const apartKeys = [...deltasOf].flatMap(([marketplace, deltas]) => deltas.filter((d) => d.detector.figure.summary !== undefined).map((d) => apartKey(marketplace, d.detector.id)));
  const apart = apartKeys.length === 0 ? [] : await db.figures.bulkGet(apartKeys);
  const apartOf = new Map(apartKeys.map((key, i) => [key, apart[i]?.value]));
  const toKeep: FiguresRecord[] = [];
  const changedFigures = new Map<Marketplace, KeptFigures>();
  // Per marketplace, the detectors whose results on other orders the batch's figures change.
  const rejudged = new Map<Marketplace, Set<DetectorId>>();
  // Per marketplace, where the orders amount-outlier judges again lie (its spread moved, or was recounted).
  const ranges = new Map<Marketplace, AmountRange[]>();
  const outlier = settings.detectors['amount-outlier'];
  for (const [marketplace, deltas] of deltasOf) {
    const figure: KeptFigures = { read: { ...figures.get(marketplace)! }, apart: {} };
    // A figure kept apart is summed up afresh by each change: the summary read before stays as it was.
    const spreadBefore = figure.read['amount-outlier'] as Parameters<typeof amountRangesToJudge>[0];
    // What a detector whose results on other orders may change read before (figures change in place).
    const was = new Map(deltas.filter((d) => d.detector.figure.rejudges !== undefined).map(({ detector }) => [detector.id, structuredClone(figure.read[detector.id])]));
    for (const { detector } of deltas) if (detector.figure.summary !== undefined) figure.apart[detector.id] = apartOf.get(apartKey(marketplace, detector.id));
    try {
      for (const delta of deltas) applyDelta(figure, delta);
    } catch {
      // Out of step (a figure kept by an older build, say): counted again from the shop below.
      recounted.push(marketplace);
      continue;
    }
    for (const [id, before] of was) {
      if (!DETECTORS.find((d) => d.id === id)!.figure!.rejudges!.when(before, figure.read[id])) continue;
      (rejudged.get(marketplace) ?? rejudged.set(marketplace, new Set()).get(marketplace)!).add(id);
    }
    figures.set(marketplace, figure.read);
    changedFigures.set(marketplace, figure);
    if (outlier.enabled && deltas.some((d) => d.detector.id === 'amount-outlier')) {
      ranges.set(marketplace, amountRangesToJudge(spreadBefore, figure.read['amount-outlier'] as Parameters<typeof amountRangesToJudge>[1], outlier, marketplace, false));
    }
  }
  // Each marketplace's epoch (FiguresRecord): as kept, or a new one with a recount or where the
  // kept figures have none yet (then written with it).
  const epochs = new Map<Marketplace, number>();
  marketplaces.forEach((marketplace, i) => {
    const was = kept[i]?.epoch;
    if (was !== undefined && !recounted.includes(marketplace)) return void epochs.set(marketplace, was);
    epochs.set(marketplace, newEpoch());
    if (!recounted.includes(marketplace) && !changedFigures.has(marketplace)) changedFigures.set(marketplace, { read: figures.get(marketplace)!, apart: {} });
  });
  for (const [marketplace, figure] of changedFigures) toKeep.push(...keptRecords(marketplace, figure, epochs.get(marketplace)!));
  // A marketplace's stored orders, read once for a recount and for a batch with many keys, as
  // stored before or after the batch (the batch's orders stand for their new versions).
  const shops = new Map<Marketplace, Promise<OrderRecord[]>>();
  const readShop = (marketplace: Marketplace) => shops.get(marketplace) ?? shops.set(marketplace, db.orders.where('marketplace').equals(marketplace).toArray()).get(marketplace)!;
  // A recount reads the shop before the batch is written, so a first import (an empty shop)
  // does not read back every order it has just written; so does a batch with many keys, whose
  // orders sharing them are picked from it.
  const [before, whole] = await Promise.all([
    Promise.all(recounted.map(readShop)),
    Promise.all(marketplaces.map((marketplace) => (aroundOf.get(marketplace)!.wholeShop ? readShop(marketplace) : undefined))),
  ]);
  // Which written orders share no key with another (`aloneIn`), and which stored ones flagged so now do.
  const current = new Map<string, Order>();
  const storedOf = new Map<string, OrderRecord>();
  keys.forEach((key, i) => {
    const record = stored[i];
    if (record !== undefined) storedOf.set(key, record);
    current.set(key, record === undefined ? latest.get(key)! : withoutKey(record));
  });
  for (const { key, order } of toWrite) current.set(key, order);
  const aloneOf = new Set<string>();
  const cleared: OrderRecord[] = [];
  marketplaces.forEach((marketplace, i) => {
    const mine = new Map([...current].filter(([, order]) => order.marketplace === marketplace));
    const found = aloneAfter(aroundOf.get(marketplace)!, mine, storedOf, new Set(toWrite.map((w) => w.key)), whole[i], kept[i]?.epoch);
    for (const key of found.alone) aloneOf.add(key);
    cleared.push(...found.cleared);
  });
  // The written orders with no detector's case as read with the batch are flagged so (`caselessIn`); one opened by judging clears it (`placeEvaluations`).
  const withCase = new Set(around.flatMap(({ cases }) => cases.filter((c) => c.detector !== SELLER_NOTE).map(orderKey)));
  // Writes are not awaited before the reads that follow: a transaction's requests run in the
  // order they are placed, so the reads see them, and the worker waits on the browser once.
  const records = toWrite.map(({ key, order }) =>
    toRecord(
      order,
      key,
      clock,
      clocksOf(order),
      knownSince.get(key) ?? aroundOf.get(order.marketplace)!.since.get(key),
      aloneOf.has(key) ? epochs.get(order.marketplace) : undefined,
      withCase.has(key) ? undefined : epochs.get(order.marketplace),
    ),
  );
  records.push(...cleared);
  // Nothing is placed for an empty list: each Dexie call costs its promises even for none.
  const written = Promise.all([putAll(db, 'orders', records.map(withIndexes)), history.length > 0 && db.statusHistory.bulkAdd(history)]);
  const rewritten = new Set(records.map((record) => record.key));
  for (const [i, marketplace] of recounted.entries()) {
    const after = [...before[i]!.filter((record) => !rewritten.has(record.key)), ...records.filter((record) => record.marketplace === marketplace)];
    const figure = await countShop(db, after, knownSince);
    figures.set(marketplace, figure.read);
    toKeep.push(...keptRecords(marketplace, figure, epochs.get(marketplace)!));
    // The spread judged with before is unknown: every order amount-outlier judges is judged again.
    if (outlier.enabled) ranges.set(marketplace, amountRangesToJudge(undefined, {}, outlier, marketplace, true));
  }
  const figuresKept = toKeep.length > 0 && db.figures.bulkPut(toKeep);
  const { findings, judged, casesWritten } = await detectChanges(db, groups, aroundOf, figures, { rejudged, ranges }, readShop, now, settings, options.origin, knownSince);
  commitPlaced(db);
  await Promise.all([written, figuresKept, casesWritten]);
  return { result: { written: toWrite.length, changed: changed.length, findings }, judged };
}

/** The key of a figure kept in a record of its own (`ShopFigure.summary`); what detectors read is kept under the marketplace. */
export const apartKey = (marketplace: Marketplace, detector: DetectorId): string => `${marketplace}|${detector}`;

/** The records a marketplace's figures are kept in, under `epoch`. */
const keptRecords = (marketplace: Marketplace, figure: KeptFigures, epoch: number): FiguresRecord[] => [
  { key: marketplace, value: figure.read, epoch },
  ...Object.entries(figure.apart).map(([detector, value]): FiguresRecord => ({ key: apartKey(marketplace, detector as DetectorId), value })),
];

/** Above this many key values in a batch, the orders sharing them are picked from one read of the shop. */
const WHOLE_SHOP_KEYS = 500;

/** An order a batch changed: its key, the stored order it replaces (none when new), and the order now. */
export interface Change {
  key: string;
  prev: Order | undefined;
  order: Order;
}

/** The figures of a shop counted from its stored orders (`records`): when none are kept yet (or out of step). */
async function countShop(db: SentinelDB, records: readonly OrderRecord[], knownSince: ReadonlyMap<string, number>): Promise<KeptFigures> {
  const shop = records.map(withoutKey);
  // A record keeps when its status was first seen: the history is read only for one that does not.
  const known = new Map(knownSince);
  for (const record of records) if (record.statusSince !== undefined && !known.has(record.key)) known.set(record.key, record.statusSince);
  const since = await statusSince(db, shop.filter((o) => figuresReadSince(DETECTORS, o)), known);
  return countFigures(DETECTORS, shop, (order) => since.get(orderKey(order)));
}

/**
 * What judging a marketplace's batch reads by index (`readAround`, then `completeAround` for the
 * orders as they were): read as stored, before or after the batch is written; the batch's own
 * orders in it stand for their new versions.
 */
interface Around {
  /** Per key name (`readsOrdersSharing`), the key values read, and the stored records having one. */
  sharing: Map<OrderKeyName, { values: Set<string>; records: OrderRecord[] }>;
  /** Over WHOLE_SHOP_KEYS values: the records sharing them are picked from one read of the shop, later. */
  wholeShop: boolean;
  /** The batch's orders whose stored record shares no key with another (`aloneIn`): their stored key values are not looked up. */
  alone: Set<string>;
  /** Per shop check that reads recent orders (`shopReadsRecent`), those stored. */
  recent: Array<{ detector: Detector; records: OrderRecord[] }>;
  /** orderKey → its latest stored status change, for the orders in `historyRead` that have one. */
  since: Map<string, number>;
  historyRead: Set<string>;
  /** The cases of the orders read around (`casesRead`: their ids), and the shop's own (orderId '@period'). */
  cases: Case[];
  casesRead: Set<string>;
  /** The cases of the orders found sharing a key, placed as soon as those are found and awaited only when judged. */
  casesToCome: Array<Promise<Case[]>>;
  /** The marketplace's epoch as kept: a record whose `caselessIn` is it has no detector's case to read. */
  epoch?: number | undefined;
  shop: Case[];
}

/** The detectors judging under `settings` (the orders sharing a key are read whichever judge: `KEY_NAMES`). */
function judging(settings: Settings): { enabled: Detector[] } {
  return { enabled: DETECTORS.filter((detector) => settings.detectors[detector.id].enabled) };
}

/** Whether some judging detector, shop check or figure reads when `order`'s status was first seen. */
const readsHistory = (enabled: readonly Detector[], order: Order): boolean =>
  figuresReadSince(DETECTORS, order) || enabled.some((detector) => detector.readsStatusSince?.(order) === true || (detector.runShop !== undefined && detector.shopReadsRecent?.readsStatusSince(order) === true));

/** Every key name other orders are read by: each is looked up whatever detectors judge, so the `aloneIn` flags stay true. */
const KEY_NAMES = Object.keys(ORDER_KEYS) as OrderKeyName[];

/** A new epoch (FiguresRecord): 53 random bits, so flags set under figures since dropped never hold again. */
const newEpoch = (): number => Math.floor(Math.random() * 2 ** 53);

/** orderKey → a stored record that shares no key with another, under its marketplace's epoch. */
type StoredAlone = ReadonlyMap<string, OrderRecord>;
const NONE_ALONE: Promise<StoredAlone> = Promise.resolve(new Map());

/** The records of `records` flagged as sharing no key under their marketplace's epoch (`epochs`). */
function storedAlone(records: ReadonlyArray<OrderRecord | undefined>, epochs: ReadonlyMap<Marketplace, number | undefined>): Map<string, OrderRecord> {
  const alone = new Map<string, OrderRecord>();
  for (const record of records) if (record?.aloneIn !== undefined && record.aloneIn === epochs.get(record.marketplace)) alone.set(record.key, record);
  return alone;
}

/**
 * The first wave of what judging `orders` (of `marketplace`, as they arrive) reads, placed at once
 * with nothing awaited in between: the recent orders a shop check reads, their status history
 * (for a page's worth of orders), their cases and the shop's; and as soon as `aloneRead` tells
 * which of them share no key with another, the stored orders sharing a key with the others.
 */
async function readAround(
  db: SentinelDB,
  marketplace: Marketplace,
  orders: readonly Order[],
  settings: Settings,
  now: number,
  aloneRead: Promise<StoredAlone> = NONE_ALONE,
  epochRead: Promise<number | undefined> = Promise.resolve(undefined),
): Promise<Around> {
  const { enabled } = judging(settings);
  const recentChecks = enabled.filter((detector) => detector.runShop && detector.shopReadsRecent);
  const around: Around = { sharing: new Map(), wholeShop: false, alone: new Set(), recent: [], since: new Map(), historyRead: new Set(), cases: [], casesRead: new Set(orders.map((o) => o.orderId)), casesToCome: [], shop: [] };
  const [sharing, recent, cases, shop] = await Promise.all([
    Promise.all([aloneRead, epochRead]).then(([alone, epoch]) => readSharers(db, marketplace, Object.assign(around, { epoch }), orders, alone)),
    readAll<OrderRecord>(db, recentChecks.map((detector) => ({ table: 'orders', index: '[marketplace+recentAt]', query: IDBKeyRange.bound([marketplace, detector.shopReadsRecent!.from(now, marketplace)], [marketplace, Number.POSITIVE_INFINITY]) }))).then((found) => recentChecks.map((detector, i) => ({ detector, records: found[i]! }))),
    casesOf(db, marketplace, orders),
    shopCasesOf(db, marketplace),
  ]);
  around.cases.push(...cases);
  return Object.assign(around, { sharing: new Map(sharing), recent, shop });
}

/**
 * Places the reads of the cases of the stored orders sharing a key with the batch (`records`) as
 * soon as they arrive, before the batch's writes, which they would otherwise wait behind: they are
 * judged too. Not awaited here: the batch is merged and written meanwhile. Returns `records`.
 */
function withCases(db: SentinelDB, marketplace: Marketplace, around: Around, records: OrderRecord[]): OrderRecord[] {
  const outside = records.filter((record) => !around.casesRead.has(record.orderId));
  for (const record of outside) around.casesRead.add(record.orderId);
  // A record flagged as having no detector's case under the kept epoch has none to read.
  const unknown = outside.filter((record) => record.caselessIn === undefined || record.caselessIn !== around.epoch);
  if (unknown.length === 0) return records;
  const cases = casesOf(db, marketplace, unknown);
  // Awaited when judged; a failure aborts the transaction whatever else is awaited then.
  cases.catch(() => undefined);
  around.casesToCome.push(cases);
  return records;
}

/**
 * The key values of `orders` and the stored records having them, with their cases: every value but
 * those an order known to share none (`alone`) keeps, for which the lookup would find only itself.
 */
function readSharers(db: SentinelDB, marketplace: Marketplace, around: Around, orders: readonly Order[], alone: StoredAlone) {
  const values = new Map<OrderKeyName, Set<string>>(KEY_NAMES.map((name) => [name, new Set<string>()]));
  for (const order of orders) {
    const key = orderKey(order);
    const record = alone.get(key);
    if (record !== undefined) around.alone.add(key);
    for (const [name, set] of values) {
      const value = ORDER_KEYS[name](order);
      if (value !== undefined && value !== record?.[`${name}Key`]) set.add(value);
    }
  }
  around.wholeShop = [...values.values()].reduce((sum, set) => sum + set.size, 0) > WHOLE_SHOP_KEYS;
  return Promise.all([...values].map(async ([name, set]) => [name, { values: set, records: around.wholeShop ? [] : await withCases(db, marketplace, around, await readSharing(db, name, set)) }] as const));
}

/**
 * Of `marketplace`'s batch (`current`: each order as it is once the batch is stored; `written`: the
 * keys written), the written orders that share no key with another stored order, as far as what was
 * read around them tells (a value not looked up tells nothing, unless its order was known to share
 * none and keeps it); and the other records flagged so under `epoch` that now share one, without
 * their flag, to be written again. `shop`: the marketplace's records, read whole for a batch with many keys.
 */
function aloneAfter(
  around: Around,
  current: ReadonlyMap<string, Order>,
  stored: ReadonlyMap<string, OrderRecord>,
  written: ReadonlySet<string>,
  shop: readonly OrderRecord[] | undefined,
  epoch: number | undefined,
): { alone: Set<string>; cleared: OrderRecord[] } {
  const holders = new Map<string, Set<string>>();
  const hold = (name: OrderKeyName, value: string, key: string) => {
    const id = `${name}|${value}`;
    (holders.get(id) ?? holders.set(id, new Set()).get(id)!).add(key);
  };
  const shares = (name: OrderKeyName, value: string | undefined) => value !== undefined && (holders.get(`${name}|${value}`)?.size ?? 0) > 1;
  const found = shop ?? [...around.sharing.values()].flatMap(({ records }) => records);
  const others = found.filter((record) => !current.has(record.key));
  for (const record of others) {
    for (const name of KEY_NAMES) {
      const value = record[`${name}Key`];
      if (value !== undefined) hold(name, value, record.key);
    }
  }
  for (const [key, order] of current) {
    for (const name of KEY_NAMES) {
      const value = ORDER_KEYS[name](order);
      if (value !== undefined) hold(name, value, key);
    }
  }
  const alone = new Set<string>();
  for (const key of written) {
    const order = current.get(key);
    if (order === undefined) continue;
    const lone = KEY_NAMES.every((name) => {
      const value = ORDER_KEYS[name](order);
      if (value === undefined) return true;
      const looked = shop !== undefined || around.sharing.get(name)?.values.has(value) === true || (around.alone.has(key) && stored.get(key)?.[`${name}Key`] === value);
      return looked && !shares(name, value);
    });
    if (lone) alone.add(key);
  }
  const cleared: OrderRecord[] = [];
  const flagged = [...others, ...[...stored.values()].filter((record) => current.has(record.key) && !written.has(record.key))];
  for (const record of flagged) {
    if (epoch === undefined || record.aloneIn !== epoch) continue;
    if (!KEY_NAMES.some((name) => shares(name, record[`${name}Key`]))) continue;
    const { aloneIn: _alone, ...rest } = record;
    cleared.push(rest);
  }
  return { alone, cleared };
}

/** The stored records having one of `values` for key `name`: one indexed read per value, all in flight at once. */
async function readSharing(db: SentinelDB, name: OrderKeyName, values: Iterable<string>): Promise<OrderRecord[]> {
  return (await readAll<OrderRecord>(db, [...values].map((value) => ({ table: 'orders', index: `${name}Key`, query: value })))).flat();
}

/** The stored records of `keys` (undefined where none), in their order. */
async function storedOrders(db: SentinelDB, keys: readonly string[]): Promise<Array<OrderRecord | undefined>> {
  const found = await byRangeOrEach<OrderRecord>(db, 'orders', undefined, keys, (key) => key, (record) => record.key);
  const byKey = new Map(found.map((record) => [record.key, record]));
  return keys.map((key) => byKey.get(key));
}

/** From this many keys, their records are first read as one range (`byRangeOrEach`). */
const RANGE_FROM = 8;

/**
 * The records of `table` (by `index`, or by primary key) whose key is one of `keys`. A page shows
 * orders placed one after another, whose keys lie close together: one read of the range between
 * the least and the greatest key, capped, costs a fifth of a read per key (0.3 against 1.7 ms for
 * 20 in Chromium); where the range holds more than the cap (keys far apart), one read per key.
 */
async function byRangeOrEach<T>(
  db: SentinelDB,
  table: 'orders' | 'cases',
  index: string | undefined,
  keys: readonly string[],
  query: (key: string) => IDBValidKey,
  keyOf: (record: T) => string,
): Promise<T[]> {
  const wanted = new Set(keys);
  if (wanted.size >= RANGE_FROM) {
    const sorted = [...wanted].sort();
    const cap = 4 * sorted.length + 20;
    const [range] = await readAll<T>(db, [{ table, index, query: IDBKeyRange.bound(query(sorted[0]!), query(sorted.at(-1)!)), count: cap }]);
    if (range!.length < cap) return range!.filter((record) => wanted.has(keyOf(record)));
  }
  return (await readAll<T>(db, [...wanted].map((key) => ({ table, index, query: query(key) })))).flat();
}

/** One read of `readAll`: the records of `table` whose primary key (or `index`) matches `query`, at most `count`. */
interface Read {
  table: 'orders' | 'cases' | 'figures';
  index?: string | undefined;
  query: IDBValidKey | IDBKeyRange;
  count?: number;
}

/**
 * Places `reads` at once as plain requests of the running transaction and resolves when all have
 * answered, with the records of each: a page read places dozens, and a promise per request (and
 * Dexie's query objects) cost more than the browser's reads. Writes stay with Dexie (its
 * middleware and the change signals the extension's pages listen to).
 */
function readAll<T>(db: SentinelDB, reads: readonly Read[]): Promise<T[][]> {
  const trans = idbTransOf(db);
  // Outside Dexie's zone (`bindTo`) a promise of the browser's own; inside, Dexie's, which keeps its zone across an `await`.
  const Promised = trans?.bound ? NativePromise : (Dexie.Promise as unknown as PromiseConstructor);
  if (reads.length === 0) return Promised.resolve([]);
  if (!trans?.idbtrans) {
    return Promise.all(
      reads.map(({ table, index, query, count }) => {
        const where = db.table(table).where(index ?? ':id');
        const found = query instanceof IDBKeyRange ? where.between(query.lower, query.upper, !query.lowerOpen, !query.upperOpen) : where.equals(query as IndexableType);
        return (count === undefined ? found : found.limit(count)).toArray() as Promise<T[]>;
      }),
    );
  }
  const idb = trans.idbtrans;
  return new Promised<T[][]>((resolve, reject) => {
    const results: T[][] = new Array(reads.length);
    let left = reads.length;
    reads.forEach(({ table, index, query, count }, i) => {
      const store = idb.objectStore(table);
      // Dexie names an index in the browser as in its schema, `[a+b]` for a compound one.
      const request = (index === undefined ? store : store.index(index)).getAll(query, count);
      request.onsuccess = () => {
        results[i] = request.result as T[];
        if (--left === 0) resolve(results);
      };
      request.onerror = () => reject(request.error);
    });
  }) as Promise<T[][]>;
}

/**
 * Places `records` as plain puts of the running transaction (as `readAll` reads): Dexie's bulkPut
 * costs more than the browser's writes of a page's orders. No handler per put: the transaction's
 * completion says they are stored, and a failed put fails the transaction, which Dexie reports.
 * For a table no page watches (orders): the cases, which the popup watches, are written through
 * Dexie. The records must carry their index fields (lib/db `orderIndexes`), which Dexie's middleware adds.
 */
function putAll(db: SentinelDB, table: 'orders', records: readonly OrderRecord[]): Promise<unknown> | undefined {
  const trans = idbTransOf(db);
  if (!trans?.idbtrans) return db.table(table).bulkPut(records);
  if (records.length === 0) return undefined;
  const store = trans.idbtrans.objectStore(table);
  for (const record of records) store.put(record);
  return undefined;
}

/**
 * Adds to `around` what the changed orders `group` read as they were before the batch: the orders
 * sharing a key value they no longer have, and the status history the first wave did not read.
 */
async function completeAround(db: SentinelDB, marketplace: Marketplace, around: Around, group: readonly Change[], settings: Settings): Promise<void> {
  const { enabled } = judging(settings);
  const fresh = new Map<OrderKeyName, Set<string>>([...around.sharing.keys()].map((name) => [name, new Set<string>()]));
  const history = new Set<string>();
  for (const { key, prev, order } of group) {
    // An order that shared no key before: no other order holds its former values.
    if (prev !== undefined && !around.alone.has(key)) {
      for (const [name, { values }] of around.sharing) {
        const value = ORDER_KEYS[name](prev);
        if (value !== undefined && !values.has(value)) fresh.get(name)!.add(value);
      }
    }
    // A new order's only status change is the batch's own; an order seen before has its stored ones.
    if (prev !== undefined && !around.historyRead.has(key) && (readsHistory(enabled, prev) || readsHistory(enabled, order))) history.add(key);
  }
  const keys = [...history];
  const [, since] = await Promise.all([
    Promise.all(
      [...fresh].map(async ([name, set]) => {
        const kept = around.sharing.get(name)!;
        for (const value of set) kept.values.add(value);
        if (set.size > 0 && !around.wholeShop) kept.records.push(...(await withCases(db, marketplace, around, await readSharing(db, name, set))));
      }),
    ),
    storedSince(db, keys),
  ]);
  for (const key of keys) around.historyRead.add(key);
  for (const [key, at] of since) around.since.set(key, at);
}

/** orderKey → the latest stored status change of each of `keys` that has one (one indexed read each, all in flight). */
async function storedSince(db: SentinelDB, keys: readonly string[]): Promise<Map<string, number>> {
  const since = new Map<string, number>();
  if (keys.length === 0) return since;
  for (const change of (await Promise.all(keys.map((key) => db.statusHistory.where('orderKey').equals(key).toArray()))).flat()) {
    const known = since.get(change.orderKey);
    if (known === undefined || change.observedAt > known) since.set(change.orderKey, change.observedAt);
  }
  return since;
}

/**
 * Judges what a batch changed, per marketplace, in the context read around it (`judgedAround`),
 * and writes the cases. Returns the findings and how many orders were judged.
 */
async function detectChanges(
  db: SentinelDB,
  groups: ReadonlyMap<Marketplace, readonly Change[]>,
  aroundOf: ReadonlyMap<Marketplace, Around>,
  figures: ReadonlyMap<Marketplace, ShopFigures>,
  again: { rejudged: ReadonlyMap<Marketplace, ReadonlySet<DetectorId>>; ranges: ReadonlyMap<Marketplace, readonly AmountRange[]> },
  readShop: (marketplace: Marketplace) => Promise<OrderRecord[]>,
  now: number,
  settings: Settings,
  origin: string | undefined,
  knownSince: ReadonlyMap<string, number>,
): Promise<{ findings: number; judged: number; casesWritten: Promise<unknown> }> {
  const runs: MarketplaceRun[] = [];
  let judged = 0;
  for (const [marketplace, group] of groups) {
    if (group.length === 0 && (again.ranges.get(marketplace) ?? []).length === 0) continue;
    const { ctx, targets, cases } = await judgedAround(db, marketplace, group, aroundOf.get(marketplace)!, figures.get(marketplace)!, now, settings, {
      knownSince,
      rejudged: again.rejudged.get(marketplace) ?? new Set(),
      amountRanges: again.ranges.get(marketplace) ?? [],
      readShop,
    });
    const result = evaluateEach((id) => targets.get(id) ?? [], ctx, now, settings, marketplace);
    const all = new Set<Order>();
    for (const list of targets.values()) for (const order of list) all.add(order);
    judged += all.size;
    runs.push({ marketplace, targets: [...all], result, judges: judgesOf(targets), read: { ...cases, others: [] } });
  }
  const { findings, written } = await placeEvaluations(db, runs, now, origin);
  return { findings, judged, casesWritten: written };
}

/**
 * Whether a case's detector judged its order, from each detector's judged orders: the order ids of
 * a list are gathered when a case first asks (most detectors share the batch's list).
 */
function judgesOf(targets: ReadonlyMap<DetectorId, readonly Order[]>): (c: Case) => boolean {
  const ids = new Map<readonly Order[], Set<string>>();
  return (c) => {
    const list = targets.get(c.detector as DetectorId);
    if (list === undefined) return false;
    let set = ids.get(list);
    if (set === undefined) ids.set(list, (set = new Set(list.map((o) => o.orderId))));
    return set.has(c.orderId);
  };
}

/** Options of `batchContext` and `judgedAround`. */
interface ContextOptions {
  /** orderKey → its latest status change, which the batch has just written. */
  knownSince?: ReadonlyMap<string, number>;
  /** Detectors whose figure changed their results on other orders (`ShopFigure.rejudges`): judged on the shop's orders in its statuses. */
  rejudged?: ReadonlySet<DetectorId>;
  /** Where the orders amount-outlier judges again lie, its spread having moved (`amountRangesToJudge`). */
  amountRanges?: readonly AmountRange[];
  /** The marketplace's stored orders, when the caller reads them anyway. */
  readShop?: (marketplace: Marketplace) => Promise<OrderRecord[]>;
}

/**
 * The context a batch of `marketplace` is judged in, read by index, and what each enabled detector
 * judges: every detector the changed orders; a detector that reads other orders sharing a key
 * (`readsOrdersSharing`) also the stored orders sharing one with them, now or before the batch
 * (their inputs changed). The context holds those orders, the orders the shop checks read by index
 * (`shopReadsRecent`), the shop's `figures`, and the status history where a judging detector or a
 * shop check reads it; with it, the cases of the judged orders and the shop's own (`cases`). Must
 * run in a transaction over orders, status history and cases.
 */
export async function batchContext(
  db: SentinelDB,
  marketplace: Marketplace,
  group: readonly Change[],
  figures: ShopFigures,
  now: number,
  settings: Settings,
  options: ContextOptions = {},
): Promise<{ ctx: DetectorContext; targets: ReadonlyMap<DetectorId, readonly Order[]>; cases: { batch: Case[]; shop: Case[] } }> {
  const around = await readAround(db, marketplace, group.map((c) => c.order), settings, now);
  await completeAround(db, marketplace, around, group, settings);
  return judgedAround(db, marketplace, group, around, figures, now, settings, options);
}

/** `batchContext` from what was read around the batch (`readAround`, `completeAround`): one more wave, for the orders judged beyond the batch. */
async function judgedAround(
  db: SentinelDB,
  marketplace: Marketplace,
  group: readonly Change[],
  around: Around,
  figures: ShopFigures,
  now: number,
  settings: Settings,
  options: ContextOptions,
): Promise<{ ctx: DetectorContext; targets: ReadonlyMap<DetectorId, readonly Order[]>; cases: { batch: Case[]; shop: Case[] } }> {
  const { knownSince = new Map(), rejudged = new Set(), amountRanges = [], readShop = (m) => db.orders.where('marketplace').equals(m).toArray() } = options;
  const { enabled } = judging(settings);
  const batch = group.map((c) => c.order);
  const again = enabled.filter((detector) => detector.run && rejudged.has(detector.id));
  const [shop, rejudging, ranged] = await Promise.all([
    around.wholeShop ? readShop(marketplace) : undefined,
    Promise.all(again.map(async (detector) => ({ detector, records: (await db.orders.where('status').anyOf([...detector.figure!.rejudges!.statuses]).toArray()).filter((r) => r.marketplace === marketplace) }))),
    readAll<OrderRecord>(db, amountRanges.map(({ index, lower, upper }) => ({ table: 'orders', index, query: IDBKeyRange.bound(lower, upper) }))),
  ]);
  if (ranged.length > 0) {
    const seen = new Set<string>();
    rejudging.push({ detector: DETECTORS.find((d) => d.id === 'amount-outlier')!, records: ranged.flat().filter((record) => !seen.has(record.key) && seen.add(record.key) !== undefined) });
  }
  const context = new Map<string, Order>();
  for (const order of batch) context.set(orderKey(order), order);
  const sharers = new Map<OrderKeyName, Order[]>();
  for (const [name, { values, records }] of around.sharing) {
    const list: Order[] = [];
    const picked = shop === undefined ? records : shop.filter((record) => record[`${name}Key`] !== undefined && values.has(record[`${name}Key`]!));
    for (const record of picked) {
      const order = context.get(record.key) ?? withoutKey(record);
      context.set(record.key, order);
      list.push(order);
    }
    sharers.set(name, list);
  }
  for (const { records } of around.recent) for (const record of records) if (!context.has(record.key)) context.set(record.key, withoutKey(record));
  const rejudgedOrders = new Map<DetectorId, Order[]>();
  for (const { detector, records } of rejudging) {
    const list: Order[] = [];
    for (const record of records) {
      const order = context.get(record.key) ?? withoutKey(record);
      context.set(record.key, order);
      list.push(order);
    }
    rejudgedOrders.set(detector.id, list);
  }

  const targets = new Map<DetectorId, readonly Order[]>();
  for (const detector of enabled) {
    const names = detector.readsOrdersSharing ?? [];
    const again = rejudgedOrders.get(detector.id) ?? [];
    if (names.length === 0 && again.length === 0) {
      targets.set(detector.id, batch);
      continue;
    }
    const set = new Set<Order>(batch);
    for (const name of names) for (const order of sharers.get(name) ?? []) set.add(order);
    for (const order of again) set.add(order);
    targets.set(detector.id, [...set]);
  }
  // The status history of the other orders read, where a judging detector or a shop check reads
  // it, and the cases of the orders judged beyond the batch: one wave, when there are any.
  const inBatch = new Set<Order>(batch);
  const readsSince = (detector: Detector, order: Order) => detector.readsStatusSince?.(order) === true;
  const reading = new Set<string>();
  const others = new Set<Order>();
  for (const detector of enabled) {
    for (const order of targets.get(detector.id)!) {
      if (inBatch.has(order)) continue;
      others.add(order);
      if (readsSince(detector, order)) reading.add(orderKey(order));
    }
  }
  for (const { detector, records } of around.recent) {
    for (const record of records) {
      const order = context.get(record.key)!;
      if (!inBatch.has(order) && detector.shopReadsRecent!.readsStatusSince(order)) reading.add(record.key);
    }
  }
  // A stored record keeps when its status was first seen (OrderRecord.statusSince): the history is read only where it does not.
  const kept = new Map<string, number>();
  const keep = (records: readonly OrderRecord[]) => {
    for (const record of records) if (record.statusSince !== undefined) kept.set(record.key, record.statusSince);
  };
  for (const { records } of around.sharing.values()) keep(records);
  for (const { records } of around.recent) keep(records);
  for (const { records } of rejudging) keep(records);
  if (shop !== undefined) keep(shop);
  for (const key of [...reading]) if (around.historyRead.has(key) || knownSince.has(key) || kept.has(key)) reading.delete(key);
  const [since, otherCases, sharersCases] = await Promise.all([
    storedSince(db, [...reading]),
    casesOf(db, marketplace, [...others].filter((o) => !around.casesRead.has(o.orderId))),
    Promise.all(around.casesToCome),
  ]);
  const statusSince = new Map([...kept, ...around.since, ...since, ...knownSince]);
  return { ctx: buildContext([...context.values()], { statusSince, figures: new Map([[marketplace, figures]]) }), targets, cases: { batch: [...around.cases, ...sharersCases.flat(), ...otherCases], shop: around.shop } };
}

/** Re-runs detection over every order still in a live status: time passing makes orders late. */
export async function reevaluateOpen(db: SentinelDB, now: number, settings: Settings): Promise<ReevaluateResult> {
  return db.transaction('rw', [db.orders, db.statusHistory, db.cases, db.caseEvents], async () => {
    // The shop read once: the open orders are judged against it. Reading the open ones by their
    // index, then each marketplace's history, read it twice (10k orders, 279 ms).
    const records = await db.orders.toArray();
    const all = records.map(withoutKey);
    const live = all.filter((o) => LIVE_STATUS_SET.has(o.status));
    const findings = await detectAndStore(db, live, now, settings, all, sinceKept(records));
    return { evaluated: live.length, findings };
  });
}

/** Re-runs detection over every stored order: what the alarm's result must equal (tests, and a full re-check). */
export async function reevaluateAll(db: SentinelDB, now: number, settings: Settings): Promise<ReevaluateResult> {
  return db.transaction('rw', [db.orders, db.statusHistory, db.cases, db.caseEvents], async () => {
    const records = await db.orders.toArray();
    const all = records.map(withoutKey);
    const findings = await detectAndStore(db, all, now, settings, all, sinceKept(records));
    return { evaluated: all.length, findings };
  });
}

/**
 * The re-evaluation alarm. Between two ingests only time passes, so only findings that depend
 * on `now` can change: each detector runs only on the stored orders where its result can move
 * with time (lib/detectors `timeDrivenScope`), which also reaches settled orders that still run
 * on a clock (a completed order's unanswered message or open complaint), and every other case
 * stays as the last evaluation left it. Cases come out as a full evaluation would make them.
 *
 * `since`: when the previous alarm ran, with the same settings, and succeeded. Every stored
 * result is then an evaluation at `since` or later (an ingest judges what it changed), so only
 * results with a threshold between `since` and `now` can differ: detectors that declare their
 * thresholds (`changesWithTime.between`) judge only those orders. Unknown (a new browser
 * session, changed settings): every order whose result can move with time is judged.
 */
export async function reevaluateAsTimePasses(db: SentinelDB, now: number, settings: Settings, since?: number): Promise<ReevaluateResult> {
  // Over the figures too: the clocks it writes change no figure, so they stay kept (lib/db ordersInvariant).
  return db.transaction('rw', [db.orders, db.statusHistory, db.cases, db.caseEvents, db.figures], async () => {
    const window = windowSince(since, now);
    const clock = clockKey(settings);
    // Without a window (a new browser session, changed settings) every order's clocks are decided
    // again and kept. Each alarm then looks only at the orders with a clock running under its
    // settings (or not decided under them: all their clocks), and on each runs only those
    // detectors' tests; a settled history costs it a comparison per order.
    const decide = window === undefined ? clockOf(settings) : undefined;
    // A told alarm reads only the records it may judge (by the clock indexes), unless a
    // shop-level check runs in its window (a new day's counts): that reads the whole shop.
    const wholeShop = window === undefined || shopCheckMayRun(settings, window, (await db.orders.orderBy('marketplace').uniqueKeys()) as Marketplace[]);
    const records = wholeShop ? await db.orders.toArray() : await recordsToJudge(db, clock);
    const redecided: OrderRecord[] = [];
    const kept = sinceKept(records);
    const shops = new Map<Marketplace, { history: Order[]; clocked: Order[]; clocks: number[] }>();
    for (const record of records) {
      const o = withoutKey(record);
      let shop = shops.get(o.marketplace);
      if (shop === undefined) shops.set(o.marketplace, (shop = { history: [], clocked: [], clocks: [] }));
      shop.history.push(o);
      let clocks: number;
      if (decide === undefined) {
        clocks = clocksUnder(record, clock);
      } else {
        clocks = decide(o);
        if (record.clockKey !== clock || record.clocks !== clocks) redecided.push(toRecord(o, record.key, clock, clocks, record.statusSince, record.aloneIn));
      }
      if (clocks === 0) continue;
      shop.clocked.push(o);
      shop.clocks.push(clocks);
    }
    await db.orders.bulkPut(redecided);
    const runs: MarketplaceRun[] = [];
    let evaluated = 0;
    for (const [marketplace, { history, clocked, clocks }] of shops) {
      // The status history read is that of every order whose result can move with time: the
      // window's finer tests may read it (cancel-pending measures from when a request was seen).
      const anyTime = timeDrivenScope(clocked, settings, undefined, clocks);
      const reading = ordersReadingHistory(history, anyTime, settings, wholeShop);
      const ctx = buildContext(history, { statusSince: await statusSince(db, reading, keptFor(kept, reading)), clocked: { orders: clocked, clocks } });
      const scope = window === undefined ? anyTime : timeDrivenScope(clocked, settings, { window, ctx }, clocks);
      const judged = new Set<Order>();
      for (const targets of scope.orders.values()) for (const o of targets) judged.add(o);
      const targets = [...judged];
      evaluated += targets.length;
      const result = evaluateTimeDriven(history, ctx, now, settings, { scope });
      const pairs = new Set<string>();
      for (const [id, list] of scope.orders) for (const o of list) pairs.add(`${id}|${o.orderId}`);
      runs.push({ marketplace, targets, result, judges: (c) => pairs.has(`${c.detector}|${c.orderId}`) });
    }
    // The first alarm of a session also judges the orders of cases raised under an older rule
    // (`WITHDRAWN_WITHOUT`): no clock runs on them, so no other alarm would.
    if (window === undefined) {
      const stale = await casesToWithdraw(db);
      for (const [marketplace, { history }] of shops) {
        const mine = stale.filter((c) => c.marketplace === marketplace);
        if (mine.length === 0) continue;
        const ids = new Set(mine.map((c) => c.orderId));
        const targets = history.filter((o) => ids.has(o.orderId));
        const pairs = new Set(mine.map((c) => `${c.detector}|${c.orderId}`));
        const ctx = buildContext(history);
        const result = evaluateEach((id) => targets.filter((o) => pairs.has(`${id}|${o.orderId}`)), ctx, now, settings, marketplace);
        runs.push({ marketplace, targets, result, judges: (c) => pairs.has(`${c.detector}|${c.orderId}`) });
      }
    }
    const findings = await storeEvaluations(db, runs, now);
    return { evaluated, findings };
  });
}

/**
 * The stored orders an alarm under settings of key `clock` may judge: those whose clocks run
 * (positive), or are undecided (negative), and those decided under other settings. Four plain
 * index ranges, each one native read (a `notEqual` would walk a cursor record by record); a
 * record in two of them is kept once, in primary key order as a full read gives them.
 */
async function recordsToJudge(db: SentinelDB, clock: number): Promise<OrderRecord[]> {
  const ranges = await Promise.all([
    db.orders.where('clocks').above(0).toArray(),
    db.orders.where('clocks').below(0).toArray(),
    db.orders.where('clockKey').above(clock).toArray(),
    db.orders.where('clockKey').below(clock).toArray(),
  ]);
  const byKey = new Map<string, OrderRecord>();
  for (const records of ranges) for (const record of records) byKey.set(record.key, record);
  return [...byKey.keys()].sort().map((key) => byKey.get(key)!);
}

/** One marketplace's evaluation, and which of its orders' cases it judged. */
interface MarketplaceRun {
  marketplace: Marketplace;
  /** Orders some detector judged: their cases are read to be updated or cleared. */
  targets: readonly Order[];
  result: Evaluation;
  /** Whether the evaluation judged this order-level case's detector on its order. */
  judges: (c: Case) => boolean;
  /** Cases the caller has read already: those of the batch's orders, the shop's own, and which targets' are still to read. */
  read?: { batch: Case[]; shop: Case[]; others: readonly Order[] };
}

/**
 * Runs the detectors over `targets` and writes the resulting cases. Must run inside a
 * read-write transaction over orders and cases. Returns the number of findings.
 */
async function detectAndStore(
  db: SentinelDB,
  targets: readonly Order[],
  now: number,
  settings: Settings,
  /** Every stored order, which the caller has just read. */
  shop: readonly Order[],
  /** orderKey → when its status was first seen, as the records keep it (`sinceKept`). */
  kept: ReadonlyMap<string, number> = new Map(),
): Promise<number> {
  if (targets.length === 0) return 0;
  const byMarketplace = new Map<Marketplace, Order[]>();
  for (const o of targets) {
    const list = byMarketplace.get(o.marketplace);
    if (list === undefined) byMarketplace.set(o.marketplace, [o]);
    else list.push(o);
  }

  const runs: MarketplaceRun[] = [];
  for (const [marketplace, group] of byMarketplace) {
    const history = shop.filter((o) => o.marketplace === marketplace);
    const since = await statusSince(db, group, keptFor(kept, group));
    const result = evaluate(group, buildContext(history, { statusSince: since }), now, settings);
    const evaluated = new Set<string>(result.evaluated);
    runs.push({ marketplace, targets: group, result, judges: (c) => evaluated.has(c.detector) });
  }
  return storeEvaluations(db, runs, now);
}

/**
 * Writes evaluations as cases: findings open or update theirs; a live case its detector judged
 * and no longer fires on is cleared. Must run inside a read-write transaction over cases and
 * case events. Returns the number of findings.
 */
async function storeEvaluations(db: SentinelDB, runs: readonly MarketplaceRun[], now: number): Promise<number> {
  const { findings, written } = await placeEvaluations(db, runs, now);
  await written;
  return findings;
}

/**
 * Commits the running transaction once the requests placed in it have run: the browser then
 * commits without first reporting each result back here. Nothing may be placed after it. An
 * inner transaction (one an outer caller opened) is left to the outer one.
 */
function commitPlaced(db: SentinelDB): void {
  const trans = idbTransOf(db);
  if (trans?.idbtrans == null || (trans.parent ?? null) !== null) return;
  trans.idbtrans.commit();
}

/** `storeEvaluations`, returning once the cases' writes are placed: `written` settles when they are stored. */
async function placeEvaluations(db: SentinelDB, runs: readonly MarketplaceRun[], now: number, origin?: string): Promise<{ findings: number; written: Promise<unknown> }> {
  // Several findings for one case (should not happen): keep the most severe.
  const fired = new Map<string, Finding>();
  /** Case key → why its detector stayed silent on its order (or shop). */
  const silenced = new Map<string, string>();
  const evaluated = new Set<DetectorId>();
  let findingCount = 0;
  for (const { result } of runs) {
    findingCount += result.findings.length;
    for (const f of result.findings) {
      const k = caseKey(f);
      const prev = fired.get(k);
      if (prev === undefined || SEVERITY_RANK[f.severity] < SEVERITY_RANK[prev.severity]) fired.set(k, f);
    }
    for (const s of result.silences) silenced.set(caseKey({ detector: s.detector, marketplace: s.marketplace, orderId: s.orderId }), s.reason);
    for (const id of result.evaluated) evaluated.add(id);
  }

  const firedKeys = [...fired.keys()];
  // The cases read at once (those the caller has not): those of the judged orders, and the
  // shop-level ones (orderId '@period') of the shop checks that ran. A finding is on one of
  // those: its case, if any, is among them.
  const [judgedCases, shopLevel] = await Promise.all([
    Promise.all(runs.map(async ({ marketplace, targets, read }) => (read === undefined ? casesOf(db, marketplace, targets) : [...read.batch, ...(await casesOf(db, marketplace, read.others))]))),
    Promise.all(runs.map(({ marketplace, result, read }) => (result.shopEvaluated.length === 0 ? [] : (read?.shop ?? shopCasesOf(db, marketplace))))),
  ]);
  const byKey = new Map<string, Case>();
  for (const list of [...judgedCases, ...shopLevel]) for (const c of list) byKey.set(c.key, c);
  const existing = firedKeys.map((k) => byKey.get(k));
  const toPut: Case[] = [];
  const events: CaseEvent[] = [];
  /** The orders a case opens on: their records may say they have none (OrderRecord.caselessIn). */
  const opened = new Set<string>();
  firedKeys.forEach((k, i) => {
    const before = existing[i];
    const merged = mergeCase(before, fired.get(k)!, now);
    const after = before === undefined && origin !== undefined ? { ...merged, origin } : merged;
    if (before === undefined && !isShopLevel(after)) opened.add(orderKey(after));
    if (before === undefined || !sameData(before, after)) toPut.push(after);
    const change = detectionChange(before, after);
    if (change) events.push({ caseKey: k, at: now, kind: 'detection', change, severity: after.severity });
  });

  // Live cases of the evaluated orders whose detector ran on them and no longer fires. A
  // detector that stayed silent (could not judge) says nothing about the condition: leave its case.
  const orderCases: Case[] = [];
  runs.forEach((run, i) => {
    for (const c of judgedCases[i]!) if (run.judges(c)) orderCases.push(c);
  });
  const shopCases: Case[] = [];
  runs.forEach(({ result }, i) => {
    const ran = new Set<string>(result.shopEvaluated);
    // A shop detector that could not judge the shop says nothing about its cases.
    shopCases.push(...shopLevel[i]!.filter((c) => ran.has(c.detector) && !silenced.has(caseKey({ ...c, orderId: '@shop' }))));
  });
  for (const c of orderCases) {
    const reason = silenced.get(c.key);
    if (reason === undefined || !isLiveCaseStatus(c.status) || c.conditionCleared || !raisedWithoutEvidence(c, reason)) continue;
    toPut.push(withdrawn(c, now, reason));
    events.push({ caseKey: c.key, at: now, kind: 'detection', change: 'cleared', severity: c.severity });
  }
  for (const c of [...orderCases, ...shopCases]) {
    if (fired.has(c.key) || silenced.has(c.key)) continue;
    if (!evaluated.has(c.detector as DetectorId) || !isLiveCaseStatus(c.status)) continue;
    const cleared = clearCase(c, now);
    if (cleared !== c) {
      toPut.push(cleared);
      events.push({ caseKey: c.key, at: now, kind: 'detection', change: 'cleared', severity: c.severity });
    }
  }
  // Read after the batch's writes were placed, so a flag set by them is seen; rare (a case opening), and placed before the caller commits.
  const flagged = opened.size === 0 ? [] : (await readAll<OrderRecord>(db, [...opened].map((key) => ({ table: 'orders', query: key })))).flat().filter((record) => record.caselessIn !== undefined);
  const unflagged = flagged.map(({ caselessIn: _caseless, ...record }) => record);
  return {
    findings: findingCount,
    written: Promise.all([toPut.length > 0 && db.cases.bulkPut(toPut), events.length > 0 && db.caseEvents.bulkAdd(events), unflagged.length > 0 && putAll(db, 'orders', unflagged)]),
  };
}

/**
 * Cases raised under an older rule of their detector, on what it no longer counts as evidence:
 * when the detector now stays silent on the order for want of that input, the case is withdrawn
 * (its condition cleared, with the reason as its explanation) instead of waiting forever for an
 * input the console may never show. tracking-stalled once read an unchanged "shipped" status (or
 * the shipping time) as no movement; it now needs a tracking time that was read.
 */
const WITHDRAWN_WITHOUT: Partial<Record<DetectorId, { silenced: (reason: string) => boolean; raisedWithout: (evidence: Case['evidence']) => boolean; why: (c: Case) => Bilingual }>> = {
  'tracking-stalled': {
    // Its silence says where the order's console shows the trace, so it differs by console.
    silenced: isNeedsTrackingEvents,
    raisedWithout: (evidence) => evidence['lastMovementSource'] !== 'tracking',
    why: (c) => {
      const needs = needsTrackingEvents(c.marketplace);
      return {
        en: `Withdrawn: this alert was raised when an unchanged "shipped" status counted as a parcel not moving. No tracking time has been read for this parcel, so it is not judged stalled (${needs.en}).`,
        zh: `已撤回：此提醒发出时，“已发货”状态未变即被当作包裹未移动。尚未读到此包裹的物流时间，因此不判定为停滞（${needs.zh}）。`,
      };
    },
  },
};

/** Whether `c` was raised without the input its detector, silent for `reason`, now needs. */
function raisedWithoutEvidence(c: Case, reason: string): boolean {
  const rule = WITHDRAWN_WITHOUT[c.detector as DetectorId];
  return rule !== undefined && rule.silenced(reason) && rule.raisedWithout(c.evidence);
}

/** `c` withdrawn for `reason` (its detector's silence): its condition cleared (lib/cases `clearCase`), saying why in its explanation. */
function withdrawn(c: Case, now: number, reason: string): Case {
  const rule = WITHDRAWN_WITHOUT[c.detector as DetectorId]!;
  return { ...clearCase(c, now), explanation: rule.why(c), evidence: { ...c.evidence, withdrawn: reason } };
}

/** The live cases raised without the input their detector now needs (`WITHDRAWN_WITHOUT`), by the live-status index. */
async function casesToWithdraw(db: SentinelDB): Promise<Case[]> {
  const detectors = new Set(Object.keys(WITHDRAWN_WITHOUT));
  const live = CASE_STATUSES.filter(isLiveCaseStatus);
  const ranges = await Promise.all(live.map((status) => db.cases.where('[status+severity]').between([status, Dexie.minKey], [status, Dexie.maxKey], true, true).toArray()));
  return ranges.flat().filter((c) => detectors.has(c.detector) && !c.conditionCleared && WITHDRAWN_WITHOUT[c.detector as DetectorId]!.raisedWithout(c.evidence));
}

/** Above this many judged orders, their cases are picked from one read of the shop's cases. */
const CASES_ONE_BY_ONE = 200;

/**
 * The cases of the orders a run judged: one indexed read per order, all in flight at once (`anyOf`
 * over many keys walks a cursor step by step); for many orders (an import, an alarm's catch-up),
 * one read of the shop's cases, since a request per order then costs more.
 */
async function casesOf(db: SentinelDB, marketplace: Marketplace, orders: readonly Order[]): Promise<Case[]> {
  if (orders.length === 0) return [];
  const byOrder = db.cases.where('[marketplace+orderId]');
  if (orders.length <= CASES_ONE_BY_ONE) return byRangeOrEach<Case>(db, 'cases', '[marketplace+orderId]', orders.map((o) => o.orderId), (id) => [marketplace, id], (c) => c.orderId);
  const ids = new Set(orders.map((o) => o.orderId));
  const cases = await byOrder.between([marketplace, Dexie.minKey], [marketplace, Dexie.maxKey], true, true).toArray();
  return cases.filter((c) => ids.has(c.orderId));
}

/** A shop's shop-level cases (orderId '@period'). */
const shopCasesOf = async (db: SentinelDB, marketplace: Marketplace): Promise<Case[]> =>
  (await readAll<Case>(db, [{ table: 'cases', index: '[marketplace+orderId]', query: IDBKeyRange.bound([marketplace, '@'], [marketplace, '@\uffff']) }]))[0]!;

/** What the timeline says about a detection: a new case, a severity change, a return. */
function detectionChange(before: Case | undefined, after: Case): Extract<CaseEvent, { kind: 'detection' }>['change'] | undefined {
  if (before === undefined) return 'opened';
  if (before.status === 'dismissed' && after.status === 'open') return 'reopened';
  if (before.conditionCleared) return 'returned';
  if (before.severity !== after.severity) return 'severity';
  return undefined;
}

/** orderKey → when each record's status was first seen, where the record keeps it (OrderRecord.statusSince): no history to read for those. */
function sinceKept(records: readonly OrderRecord[]): Map<string, number> {
  const kept = new Map<string, number>();
  for (const record of records) if (record.statusSince !== undefined) kept.set(record.key, record.statusSince);
  return kept;
}

/** The entries of `kept` for `orders` alone. */
function keptFor(kept: ReadonlyMap<string, number>, orders: readonly Order[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const order of orders) {
    const key = orderKey(order);
    const at = kept.get(key);
    if (at !== undefined) out.set(key, at);
  }
  return out;
}

/** orderKey → when each order's current status was first observed (its latest status change). */
async function statusSince(
  db: SentinelDB,
  orders: readonly Order[],
  known: ReadonlyMap<string, number> = new Map(),
): Promise<Map<string, number>> {
  const since = new Map<string, number>(known);
  const unknown = orders.map(orderKey).filter((k) => !known.has(k));
  // One indexed read per order, all in flight at once: Dexie's `anyOf` over a thousand keys walks
  // a cursor step by step (0.42 s for 1,028 orders in Chromium, against 0.09-0.14 s this way).
  const changes = (await Promise.all(unknown.map((key) => db.statusHistory.where('orderKey').equals(key).toArray()))).flat();
  for (const change of changes) {
    const known = since.get(change.orderKey);
    if (known === undefined || change.observedAt > known) since.set(change.orderKey, change.observedAt);
  }
  return since;
}

/** What the toolbar badge counts: live P1 cases whose condition still holds. */
export async function openP1Count(db: SentinelDB): Promise<number> {
  return db.cases
    .where('severity')
    .equals('P1')
    .filter((c) => isLiveCaseStatus(c.status) && !c.conditionCleared)
    .count();
}

/** Badges for order rows on a page: live cases whose condition holds, most severe first. */
export async function findingsForOrders(
  db: SentinelDB,
  marketplace: Marketplace,
  orderIds: readonly string[],
): Promise<RowFinding[]> {
  if (orderIds.length === 0) return [];
  const rows = await db.cases
    .where('[marketplace+orderId]')
    .anyOf(orderIds.map((id) => [marketplace, id]))
    .toArray();
  return parseRows(Case, rows, 'case')
    .filter((c) => isLiveCaseStatus(c.status) && !c.conditionCleared)
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.key.localeCompare(b.key))
    .map((c) => ({
      orderId: c.orderId,
      caseKey: c.key,
      detector: c.detector,
      label: detectorLabels(c.detector),
      severity: c.severity,
      ...(c.dueAt === undefined ? {} : { dueAt: c.dueAt }),
      explanation: c.explanation,
    }));
}

/** Adds a seller's note to a case's timeline. Throws when the case does not exist. */
export async function addNote(db: SentinelDB, key: string, text: string, now: number): Promise<Note> {
  const note = Note.parse({ caseKey: key, text, createdAt: now });
  return db.transaction('rw', [db.cases, db.notes], async () => {
    const c = await db.cases.get(key);
    if (c === undefined) throw new Error(`cannot add a note: no case with key "${key}"`);
    const id = await db.notes.add(note);
    await db.cases.put({ ...c, updatedAt: Math.max(c.updatedAt, now) });
    return { ...note, id };
  });
}

/** The seller moves a case to another status. Throws when the case does not exist. */
export async function setCaseStatus(
  db: SentinelDB,
  key: string,
  status: CaseStatus,
  now: number,
  detail: { dismissReason?: DismissReason; waitingOn?: WaitingOn; resolution?: Resolution } = {},
): Promise<Case> {
  return db.transaction('rw', [db.cases, db.caseEvents], async () => {
    const c = await db.cases.get(key);
    if (c === undefined) throw new Error(`cannot change status: no case with key "${key}"`);
    const next = withStatus(c, status, now, detail);
    if (next !== c) {
      await db.cases.put(next);
      await db.caseEvents.add({
        caseKey: key,
        at: now,
        kind: 'status',
        from: c.status,
        to: status,
        ...(next.waitingOn ? { waitingOn: next.waitingOn } : {}),
        ...(next.resolution ? { resolution: next.resolution } : {}),
        ...(next.dismissReason ? { dismissReason: next.dismissReason } : {}),
      });
    }
    return next;
  });
}

/**
 * One-click note on an order row: on the order's most urgent live case, or on a new
 * "seller note" case (P3, no deadline) when the order has none, so the note has a home.
 */
export async function addNoteToOrder(
  db: SentinelDB,
  marketplace: Marketplace,
  orderId: string,
  text: string,
  now: number,
): Promise<{ note: Note; caseKey: string }> {
  const key = await db.transaction('rw', [db.cases, db.caseEvents], async () => {
    const live = (await db.cases.where('[marketplace+orderId]').equals([marketplace, orderId]).toArray())
      .filter((c) => isLiveCaseStatus(c.status))
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity));
    if (live[0]) return live[0].key;
    const existing = await db.cases.get(caseKey({ detector: SELLER_NOTE, marketplace, orderId }));
    if (existing) {
      // A closed seller-note case opens again for the new note.
      await db.cases.put(withStatus(existing, 'open', now));
      return existing.key;
    }
    const created = mergeCase(
      undefined,
      {
        detector: SELLER_NOTE,
        marketplace,
        orderId,
        severity: 'P3',
        evidence: {},
        explanation: { en: 'Your note on this order.', zh: '你对此订单的备注。' },
      },
      now,
    );
    await db.cases.add(created);
    await db.caseEvents.add({ caseKey: created.key, at: now, kind: 'detection', change: 'opened', severity: 'P3' });
    return created.key;
  });
  return { note: await addNote(db, key, text, now), caseKey: key };
}