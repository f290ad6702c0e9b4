import { CASES_BY_STATUS_SEVERITY_DUE, DB_NAME } from './names';

/**
 * The existing database, or undefined when there is none yet (first run: the background has
 * not opened it). Opened without a version, so an existing one is never upgraded; a missing
 * one would be created empty at version 1 — which would then stand in Dexie's way — so its
 * creation is aborted and nothing is left behind.
 */
export function openExisting(factory: IDBFactory, name: string = DB_NAME): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let missing = false;
    request.onupgradeneeded = () => {
      missing = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const db = request.result;
      // The background upgrading the schema must not wait for the popup.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = (event) => {
      if (!missing) return reject(request.error ?? new Error(`cannot open ${name}`));
      event.preventDefault(); // the abort was ours: not an error
      resolve(undefined);
    };
  });
}

/**
 * The live case statuses and the severities, spelled here for the early script, which loads
 * no schema (zod); test/db/read.test.ts holds them equal to lib/db/shape's LIVE_STATUSES and SEVERITIES.
 */
export const EARLY_LIVE_STATUSES = ['open', 'in_progress', 'waiting'] as const;
export const EARLY_SEVERITIES = ['P1', 'P2', 'P3'] as const;

/** How many cases the popup lists (its most urgent), and how many the side panel's first screen holds. */
export const POPUP_URGENT = 5;
export const INBOX_FIRST_ROWS = 40;
/** The popup reads a few more cases than it lists of each status and severity (lib/db/read.ts `soonestHeld`). */
export const POPUP_AHEAD = 8;

/**
 * The first `perGroup` stored cases of each live status and severity by due time, as stored (not
 * yet parsed): what the popup's and the side panel's first reads begin with (lib/db/read.ts).
 */
export interface DueRows {
  perGroup: number;
  /** By `dueGroup(status, severity)`. */
  rows: ReadonlyMap<string, readonly unknown[]>;
}
export const dueGroup = (status: string, severity: string): string => `${status}|${severity}`;

/** Every key of one status and severity in a compound index that starts with them. */
export const under = (status: string, severity: string): IDBKeyRange =>
  // [] sorts after every number, string and date: the range holds every third key part.
  IDBKeyRange.bound([status, severity], [status, severity, []]);

/** `DueRows` of `perGroup` cases per group: one read-only transaction, one getAll per group on the due-time index. */
export function readDueRows(db: IDBDatabase, perGroup: number): Promise<DueRows> {
  const index = db.transaction('cases', 'readonly').objectStore('cases').index(CASES_BY_STATUS_SEVERITY_DUE);
  const groups = EARLY_LIVE_STATUSES.length * EARLY_SEVERITIES.length;
  return new Promise((resolve, reject) => {
    const rows = new Map<string, unknown[]>();
    for (const status of EARLY_LIVE_STATUSES) {
      for (const severity of EARLY_SEVERITIES) {
        const request = index.getAll(under(status, severity), perGroup);
        request.onsuccess = () => {
          rows.set(dueGroup(status, severity), request.result);
          if (rows.size === groups) resolve({ perGroup, rows });
        };
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      }
    }
  });
}

/**
 * Where the early script (entrypoints/popup-early.ts) leaves the database it began to open, and
 * the first cases it began to read from it: it runs as a classic script while the page's modules
 * are still loading, so the open (10–20 ms) and the first reads are done by the time the page's
 * module asks for them.
 */
export const POPUP_OPEN_GLOBAL = '__orderSentinelPopupOpen';
export const EARLY_DUE_GLOBAL = '__orderSentinelEarlyDue';

/** What the early script left for the page's module (nothing when it did not run). */
export function earlyReads(): { opening?: Promise<IDBDatabase | undefined>; due?: Promise<DueRows | undefined> } {
  const g = globalThis as unknown as Record<string, Promise<never> | undefined>;
  return { opening: g[POPUP_OPEN_GLOBAL], due: g[EARLY_DUE_GLOBAL] };
}
