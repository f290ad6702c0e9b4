/**
 * The popup's and the side panel's first reads on plain IndexedDB, without Dexie (popup first
 * paint ≤ 100 ms, side panel ≤ 150 ms; Dexie is ~30 KB gzipped to load and compile, and its
 * open waits for it, before anything shows). Read-only:
 * it opens the database at whatever version it has and never creates or upgrades it — the
 * background (Dexie, lib/db) owns the schema. Names come from ./shape, as lib/db's do.
 * Every record read is zod-parsed; the answers equal lib/db's `mostUrgent` and `liveCounts`.
 * The IndexedDB factory is passed in (lib/ takes no browser global; tests pass fake-indexeddb).
 */
import { Case, SEVERITY_RANK, type Severity } from '../schema';
import { type Settings } from '../settings';
import { dueGroup, openExisting, POPUP_AHEAD, POPUP_URGENT, readDueRows, under, type DueRows } from './open-existing';
import {
  CASES_BY_STATUS_SEVERITY,
  CASES_BY_STATUS_SEVERITY_CLEARED,
  CASES_BY_STATUS_SEVERITY_DUE,
  LIVE_STATUSES,
  SETTINGS_ID,
  SEVERITIES,
  parseRows,
  settingsFrom,
  urgentFirst,
} from './shape';

export { openExisting, readDueRows };

/** A stored case before parsing: only the fields the index walk looks at. */
type Row = { dueAt?: unknown; conditionCleared?: unknown };
const holds = (row: Row) => row.conditionCleared !== true;

function ask<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** One read-only request on an index of `cases`, each in its own short transaction. */
const casesIndex = (db: IDBDatabase, name: string): IDBIndex => db.transaction('cases', 'readonly').objectStore('cases').index(name);
/**
 * The first `count` cases of one status and severity by due time: from the rows the early script
 * read (entrypoints/popup-early.ts) when it read as many or more of each (its first `count` are
 * what this getAll would give), else read now.
 */
function soonestDue(db: IDBDatabase, status: string, severity: Severity, count: number, early?: DueRows): Promise<Row[]> {
  const read = early !== undefined && early.perGroup >= count ? early.rows.get(dueGroup(status, severity)) : undefined;
  if (read !== undefined) return Promise.resolve(read.slice(0, count) as Row[]);
  return ask<Row[]>(casesIndex(db, CASES_BY_STATUS_SEVERITY_DUE).getAll(under(status, severity), count));
}

/**
 * Live cases whose condition holds, per severity, counted by IndexedDB (no record read):
 * each live status and severity, less the cleared ones (as lib/db's `liveCounts`).
 */
export async function readLiveCounts(db: IDBDatabase): Promise<Record<Severity, number>> {
  const counts: Record<Severity, number> = { P1: 0, P2: 0, P3: 0 };
  const tx = db.transaction('cases', 'readonly');
  const all = tx.objectStore('cases').index(CASES_BY_STATUS_SEVERITY);
  const cleared = tx.objectStore('cases').index(CASES_BY_STATUS_SEVERITY_CLEARED);
  // Every request is made at once, in one transaction, so the counts agree with each other.
  await Promise.all(
    LIVE_STATUSES.flatMap((status) =>
      SEVERITIES.map(async (severity) => {
        const [n, c] = await Promise.all([ask(all.count(IDBKeyRange.only([status, severity]))), ask(cleared.count(under(status, severity)))]);
        counts[severity] += n - c;
      }),
    ),
  );
  return counts;
}

/**
 * The first `need` cases of one status and severity whose condition holds, by due time, plus
 * any tied with the last one's due time (the popup breaks ties by the newest opened, not by
 * the index's key order). Usually one getAll of a few more settles it; else a cursor walk.
 */
async function soonestHeld(db: IDBDatabase, status: string, severity: Severity, need: number, early?: DueRows): Promise<Row[]> {
  const range = under(status, severity);
  const ahead = await soonestDue(db, status, severity, need + POPUP_AHEAD, early);
  const kept = ahead.filter(holds);
  const lastKept = kept[need - 1]?.dueAt;
  const lastRead = ahead[ahead.length - 1]?.dueAt;
  if (ahead.length < need + POPUP_AHEAD || (lastKept !== undefined && lastRead !== undefined && (lastRead as number) > (lastKept as number))) {
    return lastKept === undefined ? kept : kept.filter((c) => (c.dueAt as number) <= (lastKept as number));
  }
  return new Promise((resolve, reject) => {
    const rows: Row[] = [];
    let last: unknown;
    const request = casesIndex(db, CASES_BY_STATUS_SEVERITY_DUE).openCursor(range);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor === null) return resolve(rows);
      const row = cursor.value as Row;
      // Due times only grow along the index: past the last kept one's, nothing more is tied.
      if (rows.length >= need && row.dueAt !== last) return resolve(rows);
      if (holds(row)) {
        rows.push(row);
        if (rows.length === need) last = row.dueAt;
      }
      cursor.continue();
    };
  });
}

/**
 * The `limit` most urgent live cases whose condition holds, zod-parsed (as lib/db's `mostUrgent`).
 * `early`: the rows the early script read, used where they cover a read.
 */
export async function readMostUrgent(db: IDBDatabase, limit = POPUP_URGENT, early?: DueRows): Promise<Case[]> {
  const urgent: Case[] = [];
  for (const severity of SEVERITIES) {
    const need = limit - urgent.length;
    if (need <= 0) break;
    const due = (await Promise.all(LIVE_STATUSES.map((status) => soonestHeld(db, status, severity, need, early)))).flat();
    // Only the rows shown are parsed (up to 39 read to show 5); a case read twice as it moved
    // between two reads' transactions may be among them, hence the earlier severities' count more.
    const enough = need + urgent.length;
    let found = firstParsed(due, enough, urgentFirst);
    // Cases without a due time are not in the due-time index; they come after those with one.
    if (found.length < need) {
      const live = await Promise.all(
        LIVE_STATUSES.map((status) => ask<Row[]>(casesIndex(db, CASES_BY_STATUS_SEVERITY).getAll(IDBKeyRange.only([status, severity])))),
      );
      const noDue = live.flat().filter((c) => c.dueAt === undefined && holds(c));
      found = [...found, ...firstParsed(noDue, enough, urgentFirst)];
    }
    // Each read has its own transaction: a case moved by a write in between is shown once.
    const seen = new Set(urgent.map((c) => c.key));
    urgent.push(...found.filter((c) => !seen.has(c.key)).slice(0, need));
  }
  return urgent;
}

/** The stored settings with defaults filled (as lib/db's `loadSettings`). */
export async function readSettings(db: IDBDatabase): Promise<Settings> {
  return settingsFrom(await ask<unknown>(db.transaction('settings', 'readonly').objectStore('settings').get(SETTINGS_ID)));
}

/**
 * The side panel's first screen (as lib/db's `firstLiveCases`): the first `limit` live cases in
 * `order`, zod-parsed, from one read-only transaction of one `getAll` of `limit` per live
 * status and severity on the due-time index. `order` must sort the cases of one status and
 * severity as that index does (due time, then key) and put cases without a due time (an unusual
 * day, an unusual amount) after those with one. Those are not in that index: when fewer than
 * `limit` have a due time, they fill the screen from the status-and-severity index, so a small
 * shop's first screen is its whole list instead of growing once every case is read.
 */
export async function readFirstLive(db: IDBDatabase, limit: number, order: (a: Case, b: Case) => number, early?: DueRows): Promise<Case[]> {
  const covered = early !== undefined && early.perGroup >= limit;
  const source = covered ? early : await readDueRows(db, limit);
  const rows = LIVE_STATUSES.flatMap((status) => SEVERITIES.map((severity) => (source.rows.get(dueGroup(status, severity)) ?? []).slice(0, limit))).flat();
  const need = limit - rows.length;
  const undated = need > 0 ? (await Promise.all(LIVE_STATUSES.flatMap((status) => SEVERITIES.map((severity) => firstUndated(db, status, severity, need))))).flat() : [];
  return firstParsed([...rows, ...undated], limit, order);
}

/**
 * The first `need` cases of one status and severity without a due time, in key order (the
 * status-and-severity index's): a cursor passing over those with one, fewer than the screen's
 * `limit` whenever this is asked.
 */
function firstUndated(db: IDBDatabase, status: string, severity: Severity, need: number): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const rows: Row[] = [];
    const request = casesIndex(db, CASES_BY_STATUS_SEVERITY).openCursor(IDBKeyRange.only([status, severity]));
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor === null) return resolve(rows);
      const row = cursor.value as Row;
      if (row.dueAt === undefined) rows.push(row);
      if (rows.length === need) return resolve(rows);
      cursor.continue();
    };
  });
}

/** A stored row whose fields `order` reads are of their kinds (zod keeps them as they are stored). */
const sortable = (row: unknown): row is Case => {
  const r = row as { key?: unknown; severity?: unknown; dueAt?: unknown } | null;
  return typeof r === 'object' && r !== null && typeof r.key === 'string' && typeof r.severity === 'string' && Object.hasOwn(SEVERITY_RANK, r.severity) && (r.dueAt === undefined || typeof r.dueAt === 'number');
};

/**
 * The first `limit` of `rows` in `order`, zod-parsed, as parsing every row, then sorting, would
 * give, but parsing only as many as it keeps: the stored rows are sorted first (zod changes none
 * of the fields `order` reads), then parsed in that order until `limit` are valid. The side
 * panel's first screen parses ~40 of the 360 rows read (parsing them all took ~30 ms of its
 * first paint on a busy machine). A row that cannot even be sorted cannot parse: it is reported.
 */
function firstParsed(rows: readonly unknown[], limit: number, order: (a: Case, b: Case) => number): Case[] {
  const kept: Case[] = [];
  for (const row of rows.filter(sortable).sort(order)) {
    if (kept.length === limit) break;
    kept.push(...parseRows(Case, [row], 'case'));
  }
  const odd = parseRows(Case, rows.filter((row) => !sortable(row)), 'case');
  return odd.length === 0 ? kept : [...kept, ...odd].sort(order).slice(0, limit);
}

/** The early script's rows, or none when it did not run or its read failed (the page reads again). */
const earlyOrNone = (early: Promise<DueRows | undefined> | undefined): Promise<DueRows | undefined> => (early ?? Promise.resolve(undefined)).catch(() => undefined);

/**
 * The side panel's first screen from a database being opened (`openExisting`): none when there is
 * no database yet. `early`: the early script's rows. The connection is closed once read (Dexie
 * keeps the list current after it).
 */
export function readInboxFirst(opened: Promise<IDBDatabase | undefined>, limit: number, order: (a: Case, b: Case) => number, early?: Promise<DueRows | undefined>): Promise<Case[]> {
  return opened.then(async (db) => {
    if (db === undefined) return [];
    try {
      return await readFirstLive(db, limit, order, await earlyOrNone(early));
    } finally {
      db.close();
    }
  });
}

/** What the popup's first screen shows; each part a promise, so each is drawn when it comes. */
export interface PopupFirstRead {
  urgent: Promise<Case[]>;
  counts: Promise<Record<Severity, number>>;
  settings: Promise<Settings>;
}

/**
 * Reads the popup's first screen: the most urgent cases first; the counts and settings only
 * after them, since IndexedDB counts by walking every live case's index entry (~50 ms with
 * 10 000 cases) and would hold up the reads behind it. `opened`: from `openExisting`. No database yet: nothing stored, so
 * no case, zero counts and the default settings. The connection is closed once all is read.
 */
export function readPopup(opened: Promise<IDBDatabase | undefined>, limit = POPUP_URGENT, early?: Promise<DueRows | undefined>): PopupFirstRead {
  const urgent = opened.then(async (db) => (db ? readMostUrgent(db, limit, await earlyOrNone(early)) : []));
  const after = urgent.catch(() => undefined).then(() => opened);
  const counts = after.then((db) => (db ? readLiveCounts(db) : { P1: 0, P2: 0, P3: 0 }));
  const settings = after.then((db) => (db ? readSettings(db) : settingsFrom(undefined)));
  void Promise.allSettled([opened, counts, settings]).then(([db]) => {
    if (db.status === 'fulfilled') db.value?.close();
  });
  return { urgent, counts, settings };
}
