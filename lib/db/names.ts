/**
 * The database's name and the case indexes' names, with no import at all: lib/db (Dexie), the
 * popup's plain-IndexedDB read (./read.ts) and the popup's early open (./open-existing.ts, run
 * before any module loads) all take them from here, so they cannot drift apart.
 */
export const DB_NAME = 'order-sentinel';
export const SETTINGS_ID = 'settings';

/**
 * Version 3's case indexes, named as Dexie names them in IndexedDB (a compound index is
 * called by its `[a+b]` spelling): live cases per severity by due time, counts per status
 * and severity, and the cleared ones among them.
 */
export const CASES_BY_STATUS_SEVERITY = '[status+severity]';
export const CASES_BY_STATUS_SEVERITY_DUE = '[status+severity+dueAt]';
export const CASES_BY_STATUS_SEVERITY_CLEARED = '[status+severity+clearedAt]';
