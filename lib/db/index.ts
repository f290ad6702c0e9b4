/**
 * The extension's one IndexedDB database. Every context (background, popup, side panel,
 * options) opens the same database by name; only the background writes detection results.
 * Records read back for display are parsed with zod (see the `list*`/`load*` helpers), so a
 * record written by an older build or edited by hand shows up as a warning, not a crash.
 */
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTransaction, type Middleware, type Table } from 'dexie';
import { z } from 'zod/mini';
import { Case, CaseEvent, Note, Order, StatusChange, isShopLevel, orderKey, SEVERITY_RANK, type CaseStatus, type Marketplace, type Severity } from '../schema';
import { Settings } from '../settings';
import { inTransitSince, ORDER_KEYS, type OrderKeyName } from '../detectors/keys';
import { amountKeys, type AmountKey } from '../detectors/outlier-keys';
import {
  CASES_BY_STATUS_SEVERITY,
  CASES_BY_STATUS_SEVERITY_CLEARED,
  CASES_BY_STATUS_SEVERITY_DUE,
  DB_NAME,
  LIVE_STATUSES,
  SETTINGS_ID,
  SEVERITIES,
  V1_STORES,
  parseRows,
  settingsFrom,
  urgentFirst,
} from './shape';

export { DB_NAME, LIVE_STATUSES, SETTINGS_ID, V1_STORES, parseRows };

/** An order as stored: the canonical order plus its primary key (`orderKey`) and its clocks. */
export type OrderRecord = Order & OrderIndexes & {
  key: string;
  /**
   * Its clocks (lib/detectors/clock `clockOf`): the detectors whose result on it can change while
   * only time passes; 0 when none (settled). Indexed: an alarm reads only records whose clocks
   * run, or whose `clockKey` is not its own.
   */
  clocks: number;
  /**
   * The `clockKey` of the settings `clocks` was decided under. An alarm under another key judges
   * the record whole (and the next alarm that does not know the last run decides it again).
   */
  clockKey: number;
  /**
   * When its current status was first observed (its latest status change), kept by ingest with the
   * status history it writes: a batch reads it with the order instead of the history. Absent on a
   * record written before (or restored from a backup): the history is read, and the next ingest keeps it.
   */
  statusSince?: number;
  /**
   * Set by ingest to its marketplace's figures `epoch` when no other stored order shares a key
   * (lib/detectors/keys) with it: a later read of the order then looks up no order by its keys.
   * Ingest clears it on an order another one comes to share a key with; any other write of orders
   * drops the figures, and with them the epoch, so a flag it could have made wrong is never trusted.
   */
  aloneIn?: number;
  /**
   * Set by ingest to its marketplace's figures `epoch` when the order has no detector's case: a
   * read judging it for sharing a key with its batch then reads no cases for it. Ingest clears it
   * when it opens a case on the order, and so does any other write of cases (`ordersInvariant`).
   */
  caselessIn?: number;
};

/**
 * What the version 5 and 6 indexes read, derived from the order by every write (`orderIndexes`):
 * the keys other orders are read by (`buyerKey`: lib/detectors/keys), where a shop check's recent
 * orders start (`recentAt`: rate-spike's `shopReadsRecent`, `inTransitSince`), and what
 * amount-outlier measures on an order it judges (`checkPaid`, `checkQuantity`: lib/detectors/outlier-keys).
 * Absent when the order has none.
 */
export type OrderIndexes = { [Name in OrderKeyName as `${Name}Key`]?: string } & { recentAt?: number; checkPaid?: AmountKey; checkQuantity?: AmountKey };

/** The record's derived index fields (OrderIndexes), from the order as it is now. */
export function orderIndexes(order: Order): OrderIndexes {
  const indexes: Record<string, string | number> = {};
  for (const [name, keyOf] of Object.entries(ORDER_KEYS)) {
    const key = keyOf(order);
    if (key !== undefined) indexes[`${name}Key`] = key;
  }
  // The one shop check that reads recent orders (rate-spike's parcels in transit).
  const at = inTransitSince(order);
  if (at !== undefined) indexes['recentAt'] = at;
  return Object.assign(indexes, amountKeys(order)) as OrderIndexes;
}

const INDEX_FIELDS: ReadonlySet<string> = new Set([...Object.keys(ORDER_KEYS).map((name) => `${name}Key`), 'recentAt', 'checkPaid', 'checkQuantity']);

/**
 * The record with its derived index fields as its order gives them (stale ones dropped). Built
 * by copying, not by `delete`, which leaves V8 an object in dictionary mode to clone. Every write
 * of orders through Dexie gets it (`ordersInvariant`); ingest's own writes call it.
 */
export function withIndexes<T extends Order>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const field in record) if (!INDEX_FIELDS.has(field)) out[field] = record[field];
  return Object.assign(out, orderIndexes(record)) as T;
}

/**
 * A marketplace's shop figures (lib/detectors/figures), kept by ingest in step with its stored
 * orders: under the marketplace what the detectors read (ShopFigures), and under
 * `marketplace|detector` a figure kept apart (lib/ingest `apartKey`). A write of orders by anything
 * else (pruning, a restore) drops every figure; the next ingest counts them again.
 */
export interface FiguresRecord {
  key: string;
  value: unknown;
  /** On the marketplace's record: under which epoch its stored orders' `aloneIn` flags hold (chosen afresh at each recount). */
  epoch?: number;
}

/**
 * The clocks of a record not decided yet (stored before schema version 4, or restored from a
 * backup): every detector's, under no settings' key (keys are never negative), so every alarm
 * reads and judges it until one decides them.
 */
export const UNDECIDED_CLOCKS = { clocks: -1, clockKey: -1 } as const;
export type SettingsRecord = Settings & { id: typeof SETTINGS_ID };

/**
 * Version 3: indexes that let the popup and the inbox's first screen read a few
 * cases instead of all of them — live cases per severity by due time, counts per status and
 * severity, and the cleared ones among them (a case is in `clearedAt`'s index exactly when
 * its condition cleared: see `clearedInvariant`).
 */
export const V3_CASES = `${V1_STORES.cases}, ${CASES_BY_STATUS_SEVERITY}, ${CASES_BY_STATUS_SEVERITY_DUE}, ${CASES_BY_STATUS_SEVERITY_CLEARED}`;

/** The orders store of version 4: also by clocks (lib/detectors/clock), which the alarm's read selects on. */
export const V4_ORDERS = `${V1_STORES.orders}, clocks, clockKey`;

/**
 * Version 5: also by the keys detectors read other orders by, and by where a shop
 * check's recent orders start, per marketplace (OrderIndexes); an ingest reads those, not the shop.
 */
export const V5_ORDERS = `${V4_ORDERS}, buyerKey, [marketplace+recentAt]`;
export const V5_FIGURES = '&key';

/** Version 6: also the orders amount-outlier judges, by what it measures (OrderIndexes), so a batch that moves a shop's spread reads only those beyond its bounds. */
export const V6_ORDERS = `${V5_ORDERS}, checkPaid, checkQuantity`;

/**
 * `clearedAt` is set exactly when `conditionCleared` is true, so the cleared cases can be
 * counted from an index (a boolean is not an IndexedDB key). `clearCase`/`mergeCase` keep
 * it so; a record that does not (written by an older build, or restored from an old backup)
 * gets `clearedAt` = its last update (it had cleared by then), or loses a stale one.
 */
export function clearedInvariant<T extends { conditionCleared?: unknown; clearedAt?: unknown; updatedAt?: unknown }>(c: T): T {
  if (c === null || typeof c !== 'object') return c;
  if (c.conditionCleared === true && c.clearedAt === undefined && typeof c.updatedAt === 'number') return { ...c, clearedAt: c.updatedAt };
  if (c.conditionCleared !== true && c.clearedAt !== undefined) {
    const { clearedAt: _stale, ...rest } = c;
    return rest as T;
  }
  return c;
}

/** Applies `clearedInvariant` to every case written through Dexie (put, add, modify, update). */
const casesInvariant: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'cases-cleared-invariant',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'cases') return table;
      return {
        ...table,
        mutate(req: DBCoreMutateRequest) {
          if (req.type === 'add' || req.type === 'put') return table.mutate({ ...req, values: req.values.map(clearedInvariant) });
          return table.mutate(req);
        },
      };
    },
  }),
};

/**
 * Every write of orders through Dexie keeps their derived index fields (`withIndexes`: a restored
 * backup carries none) and their figures: a read-write transaction over orders that does not
 * name the figures (anything but ingest, which keeps them) is widened to them, and its writes of
 * orders drop every figure, in the same transaction; its writes of cases clear their orders'
 * `caselessIn` (`withCaselessCleared`).
 */
const ordersInvariant: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'orders-indexes-and-figures',
  create: (down) => {
    const dropsFigures = new WeakSet<DBCoreTransaction>();
    return {
      ...down,
      transaction(stores, mode, options) {
        if (mode !== 'readwrite' || !stores.includes('orders') || stores.includes('figures') || !down.schema.tables.some((t) => t.name === 'figures')) {
          return down.transaction(stores, mode, options);
        }
        const trans = down.transaction([...stores, 'figures'], mode, options);
        dropsFigures.add(trans);
        return trans;
      },
      table(name) {
        const table = down.table(name);
        if (name === 'cases') return { ...table, mutate: (req: DBCoreMutateRequest) => (dropsFigures.has(req.trans) ? withCaselessCleared(down, req, table.mutate(req)) : table.mutate(req)) };
        if (name !== 'orders') return table;
        return {
          ...table,
          mutate(req: DBCoreMutateRequest) {
            const kept = req.type === 'add' || req.type === 'put' ? { ...req, values: req.values.map(withIndexes) } : req;
            if (!dropsFigures.has(req.trans)) return table.mutate(kept);
            // Both requests are placed at once: the transaction never waits between them.
            const dropped = down.table('figures').mutate({ type: 'deleteRange', trans: req.trans, range: ANY_KEY });
            return table.mutate(kept).then((result) => dropped.then(() => result));
          },
        };
      },
    };
  },
};
/**
 * `written` (a write of cases), once the orders it puts cases on no longer say they have none
 * (OrderRecord.caselessIn): their stored records are read and put back without it, in the same
 * transaction. Ingest, whose transactions name the figures, clears its own flags.
 */
function withCaselessCleared(down: DBCore, req: DBCoreMutateRequest, written: Promise<DBCoreMutateResponse>): Promise<DBCoreMutateResponse> {
  if (req.type !== 'put' && req.type !== 'add') return written;
  const keys = [...new Set((req.values as Case[]).filter((c) => !isShopLevel(c)).map(orderKey))];
  if (keys.length === 0) return written;
  const orders = down.table('orders');
  const cleared = orders.getMany({ trans: req.trans, keys }).then((records: Array<OrderRecord | undefined>) => {
    const flagged = records.filter((record): record is OrderRecord => record?.caselessIn !== undefined).map(({ caselessIn: _caseless, ...record }) => record);
    return flagged.length > 0 ? orders.mutate({ type: 'put', trans: req.trans, values: flagged }) : undefined;
  });
  return written.then((result) => cleared.then(() => result));
}

/** Every key (DBCoreRangeType.Any: a const enum Dexie does not export at run time). */
const ANY_KEY = { type: 3, lower: undefined, upper: undefined } as const;

export class SentinelDB extends Dexie {
  orders!: Table<OrderRecord, string>;
  statusHistory!: Table<StatusChange, number>;
  cases!: Table<Case, string>;
  notes!: Table<Note, number>;
  settings!: Table<SettingsRecord, string>;
  caseEvents!: Table<CaseEvent, number>;
  figures!: Table<FiguresRecord, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Version 1. A later version adds `this.version(2).stores(...).upgrade(...)` below this
    // one and a test that opens a database written by version 1 (STYLE.md rule 10).
    this.version(1).stores(V1_STORES);
    // Version 2: the case timeline (status changes, templates used, detection
    // changes). Cases whose status the seller had already changed get that change as their
    // first timeline entry, so no history a seller made is missing from the timeline.
    this.version(2)
      .stores({ ...V1_STORES, caseEvents: '++id, caseKey, at' })
      .upgrade(async (tx) => {
        const events: CaseEvent[] = [];
        await tx
          .table('cases')
          .toCollection()
          .each((c: Case) => {
            events.push({ caseKey: c.key, at: c.openedAt, kind: 'detection', change: 'opened', severity: c.severity });
            if (c.statusChangedAt !== undefined && c.status !== 'open') {
              events.push({
                caseKey: c.key,
                at: c.statusChangedAt,
                kind: 'status',
                to: c.status,
                ...(c.dismissReason ? { dismissReason: c.dismissReason } : {}),
              });
            }
          });
        await tx.table('caseEvents').bulkAdd(events);
      });
    this.version(3)
      .stores({ cases: V3_CASES })
      .upgrade((tx) => tx.table('cases').toCollection().modify((c: Case) => {
        const fixed = clearedInvariant(c);
        if (fixed === c) return;
        if (fixed.clearedAt === undefined) delete c.clearedAt;
        else c.clearedAt = fixed.clearedAt;
      }));
    // Version 4: orders indexed by their clocks, so the alarm reads only the orders
    // whose result can still change with time. Stored orders get undecided clocks: the next
    // alarm judges them all, as before, and decides them.
    this.version(4)
      .stores({ orders: V4_ORDERS })
      .upgrade((tx) => tx.table('orders').toCollection().modify((o: OrderRecord) => void Object.assign(o, UNDECIDED_CLOCKS)));
    // Version 5: orders indexed by the keys detectors read other orders by, and the
    // shop figures. Stored orders get their index fields; the first ingest counts the figures.
    this.version(5)
      .stores({ orders: V5_ORDERS, figures: V5_FIGURES })
      .upgrade((tx) => tx.table('orders').toCollection().modify((o: OrderRecord) => void Object.assign(o, orderIndexes(o))));
    // Version 6: orders indexed by what amount-outlier measures; stored orders get those fields.
    this.version(6)
      .stores({ orders: V6_ORDERS })
      .upgrade((tx) => tx.table('orders').toCollection().modify((o: OrderRecord) => void Object.assign(o, amountKeys(o))));
    this.use(casesInvariant);
    this.use(ordersInvariant);
  }
}

/** Opens the database (tests pass a unique name to get a fresh one). */
export function openDb(name: string = DB_NAME): SentinelDB {
  return new SentinelDB(name);
}


/** Settings with every default filled; a missing or invalid record gives the defaults. */
export async function loadSettings(db: SentinelDB): Promise<Settings> {
  return settingsFrom(await db.settings.get(SETTINGS_ID));
}

/** Validates and stores settings; throws a zod error when they are invalid. */
export async function saveSettings(db: SentinelDB, settings: Settings): Promise<Settings> {
  const parsed = Settings.parse(settings);
  await db.settings.put({ ...parsed, id: SETTINGS_ID });
  return parsed;
}

export async function loadCase(db: SentinelDB, key: string): Promise<Case | undefined> {
  const row = await db.cases.get(key);
  return row === undefined ? undefined : parseRows(Case, [row], 'case')[0];
}

/** All cases, most urgent first: severity, then due time (none last), then newest. */
export async function listCases(db: SentinelDB): Promise<Case[]> {
  const cases = parseRows(Case, await db.cases.toArray(), 'case');
  return cases.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.dueAt ?? Number.MAX_SAFE_INTEGER) - (b.dueAt ?? Number.MAX_SAFE_INTEGER) ||
      b.openedAt - a.openedAt ||
      a.key.localeCompare(b.key),
  );
}

/** A case's notes, oldest first (the timeline order). */
export async function listNotes(db: SentinelDB, caseKey: string): Promise<Note[]> {
  const rows = await db.notes.where('caseKey').equals(caseKey).sortBy('createdAt');
  return parseRows(Note, rows, 'note');
}

export async function loadOrder(db: SentinelDB, marketplace: Marketplace, orderId: string): Promise<Order | undefined> {
  const row = await db.orders.get(orderKey({ marketplace, orderId }));
  return row === undefined ? undefined : parseRows(Order, [row], 'order')[0];
}

/** A case's timeline events, oldest first. */
export async function listCaseEvents(db: SentinelDB, caseKey: string): Promise<CaseEvent[]> {
  const rows = await db.caseEvents.where('caseKey').equals(caseKey).sortBy('at');
  return parseRows(CaseEvent, rows, 'case event');
}

/** An order's observed status changes, oldest first. */
export async function listStatusHistory(db: SentinelDB, orderKey: string): Promise<StatusChange[]> {
  const rows = await db.statusHistory.where('orderKey').equals(orderKey).sortBy('observedAt');
  return parseRows(StatusChange, rows, 'status change');
}

export interface UrgentSummary {
  /** Live cases whose condition holds, per severity. */
  counts: Record<Severity, number>;
  /** The most urgent of them (severity, then due time, then newest), parsed. */
  urgent: Case[];
}

const MIN = Dexie.minKey;
const MAX = Dexie.maxKey;

/**
 * Live cases whose condition holds, per severity, counted by IndexedDB from the version 3
 * indexes (no record is read): live ones per status and severity, less the cleared ones.
 */
export async function liveCounts(db: SentinelDB): Promise<Record<Severity, number>> {
  const counts = { P1: 0, P2: 0, P3: 0 };
  await db.transaction('r', db.cases, () =>
    Promise.all(
      LIVE_STATUSES.flatMap((status) =>
        SEVERITIES.map(async (severity) => {
          const [all, cleared] = await Promise.all([
            db.cases.where(CASES_BY_STATUS_SEVERITY).equals([status, severity]).count(),
            db.cases.where(CASES_BY_STATUS_SEVERITY_CLEARED).between([status, severity, MIN], [status, severity, MAX], true, true).count(),
          ]);
          counts[severity] += all - cleared;
        }),
      ),
    ),
  );
  return counts;
}


/**
 * The first `limit` cases with a due time of one status and severity, by due time then key
 * (the order of `[status+severity+dueAt]`). For the popup (`forPopup`): only those whose
 * condition holds, plus any sharing the last one's due time (the popup breaks that tie by
 * the newest opened, not by key).
 */
async function soonestDue(db: SentinelDB, status: CaseStatus, severity: Severity, limit: number, forPopup: boolean): Promise<unknown[]> {
  const range = db.cases.where(CASES_BY_STATUS_SEVERITY_DUE).between([status, severity, MIN], [status, severity, MAX], true, true);
  // Without a filter Dexie reads with one getAll; a filter walks a cursor.
  if (!forPopup) return range.limit(limit).toArray();
  const holds = (c: Case) => !c.conditionCleared;
  // Usually one getAll of a few more than needed settles it: enough cases whose condition
  // holds, and a later due time after the last one kept (so no tie is cut off). Otherwise a
  // cursor that skips the cleared ones, then every case tied with the last one kept.
  const ahead: Case[] = await range.limit(limit + 8).toArray();
  const kept = ahead.filter(holds);
  const lastKept = kept[limit - 1]?.dueAt;
  const lastRead = ahead[ahead.length - 1]?.dueAt;
  if (ahead.length < limit + 8 || (lastKept !== undefined && lastRead !== undefined && lastRead > lastKept)) {
    return lastKept === undefined ? kept : kept.filter((c) => c.dueAt! <= lastKept);
  }
  const rows: Case[] = await range.filter(holds).limit(limit).toArray();
  const last = rows[rows.length - 1]?.dueAt;
  if (rows.length < limit || last === undefined) return rows;
  const tied = await db.cases.where(CASES_BY_STATUS_SEVERITY_DUE).equals([status, severity, last]).filter(holds).toArray();
  const seen = new Set(rows.map((c) => c.key));
  return [...rows, ...tied.filter((c: Case) => !seen.has(c.key))];
}

/**
 * What the popup shows without reading every case: counts by severity (from indexes) and
 * the `limit` most urgent live cases whose condition holds, read from the indexes a few at
 * a time. Every case returned is zod-parsed. Keeps the popup quick with 10 000 cases stored.
 */
export async function urgentSummary(db: SentinelDB, limit = 5): Promise<UrgentSummary> {
  const [counts, urgent] = await Promise.all([liveCounts(db), mostUrgent(db, limit)]);
  return { counts, urgent };
}

/** The `limit` most urgent live cases whose condition holds (see `urgentSummary`). */
export async function mostUrgent(db: SentinelDB, limit = 5): Promise<Case[]> {
  const urgent: Case[] = [];
  return db.transaction('r', db.cases, async () => {
    for (const severity of SEVERITIES) {
      const need = limit - urgent.length;
      if (need <= 0) break;
      const due = (await Promise.all(LIVE_STATUSES.map((status) => soonestDue(db, status, severity, need, true)))).flat();
      let found = parseRows(Case, due, 'case').sort(urgentFirst);
      // Cases without a due time come after those with one (same severity); they are not in
      // the due-time index, so they are looked for only when the severity has too few others.
      if (found.length < need) {
        // One getAll per status (a cursor would be one round trip per case).
        const live = await Promise.all(LIVE_STATUSES.map((status) => db.cases.where(CASES_BY_STATUS_SEVERITY).equals([status, severity]).toArray()));
        const noDue = live.flat().filter((c: Case) => c.dueAt === undefined && !c.conditionCleared);
        found = [...found, ...parseRows(Case, noDue, 'case').sort(urgentFirst)];
      }
      urgent.push(...found.slice(0, need));
    }
    return urgent;
  });
}

/**
 * The inbox's first screen before everything is read: the first `limit` live cases in
 * `order`, zod-parsed, an exact prefix of the full list. `order` must sort cases of one status
 * and severity as the index does (due time, none last, then key); how it orders the groups
 * against each other is free, but cases without a due time come after those with one. Those are
 * not in the due-time index: when fewer than `limit` have a due time, the first ones without
 * one fill the screen from the status-and-severity index (as lib/db/read.ts `readFirstLive`).
 */
export async function firstLiveCases(db: SentinelDB, limit: number, order: (a: Case, b: Case) => number): Promise<Case[]> {
  const rows = await db.transaction('r', db.cases, async () => {
    const dated = (await Promise.all(LIVE_STATUSES.flatMap((status) => SEVERITIES.map((severity) => soonestDue(db, status, severity, limit, false))))).flat();
    const need = limit - dated.length;
    if (need <= 0) return dated;
    const undated = await Promise.all(
      LIVE_STATUSES.flatMap((status) =>
        SEVERITIES.map((severity) =>
          db.cases
            .where(CASES_BY_STATUS_SEVERITY)
            .equals([status, severity])
            .filter((c: Case) => c.dueAt === undefined)
            .limit(need)
            .toArray(),
        ),
      ),
    );
    return [...dated, ...undated.flat()];
  });
  return parseRows(Case, rows, 'case').sort(order).slice(0, limit);
}

/** Lets the event loop run (input, paint) between slices of work: `scheduler.yield` where the browser has it. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `parseRows` in slices of about `sliceMs` each, yielding between them, so parsing 10 000
 * stored records never holds the page for long (input stays answered). Stops with the
 * signal's reason when `signal` is aborted (newer rows arrived).
 */
export async function parseRowsInSlices<S extends z.ZodMiniType>(
  schema: S,
  rows: readonly unknown[],
  what: string,
  options: { sliceMs?: number; signal?: AbortSignal } = {},
): Promise<z.output<S>[]> {
  const sliceMs = options.sliceMs ?? 8;
  const out: z.output<S>[] = [];
  let i = 0;
  while (i < rows.length) {
    const until = performance.now() + sliceMs;
    // At least 50 rows per slice, then as many as fit in the time.
    do {
      const end = Math.min(rows.length, i + 50);
      out.push(...parseRows(schema, rows.slice(i, end), what));
      i = end;
    } while (i < rows.length && performance.now() < until);
    if (i < rows.length) {
      await yieldToEventLoop();
      options.signal?.throwIfAborted();
    }
  }
  return out;
}

/**
 * Every stored case, not yet parsed, read `pageSize` at a time by key in one read
 * transaction (a consistent snapshot): each page is one short task for the page instead of
 * one long one for all.
 */
export async function allCaseRows(db: SentinelDB, pageSize = 1000): Promise<unknown[]> {
  return db.transaction('r', db.cases, async () => {
    const rows: Case[] = [];
    for (;;) {
      const last = rows[rows.length - 1]?.key;
      const page = await (last === undefined ? db.cases.orderBy(':id') : db.cases.where(':id').above(last)).limit(pageSize).toArray();
      rows.push(...page);
      if (page.length < pageSize) return rows;
    }
  });
}

/** What the inbox's text filter reads of an order (buyer, item titles and SKUs). */
export const SearchableOrder = z.pick(Order, { marketplace: true, orderId: true, buyer: true, items: true });
export type SearchableOrder = z.infer<typeof SearchableOrder>;

/** The orders of `cases` (shop-level ones have none), parsed for the text filter; missing ones skipped. */
export async function searchableOrders(db: SentinelDB, cases: readonly Pick<Case, 'marketplace' | 'orderId'>[]): Promise<SearchableOrder[]> {
  const keys = [...new Set(cases.filter((c) => !isShopLevel(c)).map((c) => orderKey(c)))];
  const rows = await db.orders.bulkGet(keys);
  return parseRows(SearchableOrder, rows.filter((r) => r !== undefined), 'order');
}
