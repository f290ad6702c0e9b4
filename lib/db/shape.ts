/**
 * What the database is called and how it is indexed, without Dexie: lib/db (Dexie) builds its
 * schema from these, and the popup's plain-IndexedDB first read (lib/db/read.ts) uses the
 * same names, so the two cannot drift apart (the popup's first paint loads no Dexie).
 */
import { z } from 'zod/mini';
import { CASE_STATUSES, SEVERITY_RANK, isLiveCaseStatus, type Case, type CaseStatus, type Severity } from '../schema';
import { DEFAULT_SETTINGS, Settings } from '../settings';

export { CASES_BY_STATUS_SEVERITY, CASES_BY_STATUS_SEVERITY_CLEARED, CASES_BY_STATUS_SEVERITY_DUE, DB_NAME, SETTINGS_ID } from './names';

/** The stores of schema version 1 (kept as they were: later versions add to them). */
export const V1_STORES = {
  orders: '&key, marketplace, status, placedAt',
  statusHistory: '++id, orderKey, observedAt',
  cases: '&key, status, severity, dueAt, detector, [marketplace+orderId]',
  notes: '++id, caseKey, createdAt',
  settings: '&id',
} as const;

/** Open, in progress, waiting: the statuses that still need the seller. */
export const LIVE_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter(isLiveCaseStatus);
export const SEVERITIES = Object.keys(SEVERITY_RANK) as Severity[];

/** The popup's order: severity, due time (none last), newest opened, key. */
export function urgentFirst(a: Case, b: Case): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.dueAt ?? Number.MAX_SAFE_INTEGER) - (b.dueAt ?? Number.MAX_SAFE_INTEGER) ||
    b.openedAt - a.openedAt ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** Parses stored rows, dropping (and reporting) any that no longer match the schema. */
export function parseRows<S extends z.ZodMiniType>(schema: S, rows: readonly unknown[], what: string): z.output<S>[] {
  const out: z.output<S>[] = [];
  for (const row of rows) {
    const r = schema.safeParse(row);
    if (r.success) out.push(r.data);
    else console.warn(`order-sentinel: skipped an invalid stored ${what}:`, r.error.message);
  }
  return out;
}

/** Settings with every default filled from the stored record; a missing or invalid one gives the defaults. */
export function settingsFrom(row: unknown): Settings {
  if (row === undefined) return DEFAULT_SETTINGS;
  const r = Settings.safeParse(row);
  if (r.success) return r.data;
  console.warn('order-sentinel: stored settings are invalid, using defaults:', r.error.message);
  return DEFAULT_SETTINGS;
}
