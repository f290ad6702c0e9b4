/**
 * The extension's one IndexedDB database. Every context (background, popup, side panel,
 * options) opens the same database by name; only the background writes detection results.
 * Records read back for display are parsed with zod (see the `list*`/`load*` helpers), so a
 * record written by an older build or edited by hand shows up as a warning, not a crash.
 */
import Dexie, { type Table } from 'dexie';
import { z } from 'zod';
import {
  Case,
  CaseEvent,
  DEFAULT_SETTINGS,
  Note,
  Order,
  Settings,
  StatusChange,
  orderKey,
  SEVERITY_RANK,
  type Marketplace,
} from '../schema';

export const DB_NAME = 'order-sentinel';

/** An order as stored: the canonical order plus its primary key (`orderKey`). */
export type OrderRecord = Order & { key: string };
export const SETTINGS_ID = 'settings';
export type SettingsRecord = Settings & { id: typeof SETTINGS_ID };

/** The stores of schema version 1 (kept as they were: later versions add to them). */
export const V1_STORES = {
  orders: '&key, marketplace, status, placedAt',
  statusHistory: '++id, orderKey, observedAt',
  cases: '&key, status, severity, dueAt, detector, [marketplace+orderId]',
  notes: '++id, caseKey, createdAt',
  settings: '&id',
} as const;

export class SentinelDB extends Dexie {
  orders!: Table<OrderRecord, string>;
  statusHistory!: Table<StatusChange, number>;
  cases!: Table<Case, string>;
  notes!: Table<Note, number>;
  settings!: Table<SettingsRecord, string>;
  caseEvents!: Table<CaseEvent, number>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Version 1. A later version adds `this.version(2).stores(...).upgrade(...)` below this
    // one and a test that opens a database written by version 1 (STYLE.md rule 10).
    this.version(1).stores(V1_STORES);
    // Version 2 (issue 5): the case timeline (status changes, templates used, detection
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
  }
}

/** Opens the database (tests pass a unique name to get a fresh one). */
export function openDb(name: string = DB_NAME): SentinelDB {
  return new SentinelDB(name);
}

/** Parses stored rows, dropping (and reporting) any that no longer match the schema. */
export function parseRows<S extends z.ZodType>(schema: S, rows: readonly unknown[], what: string): z.output<S>[] {
  const out: z.output<S>[] = [];
  for (const row of rows) {
    const r = schema.safeParse(row);
    if (r.success) out.push(r.data);
    else console.warn(`order-sentinel: skipped an invalid stored ${what}:`, r.error.message);
  }
  return out;
}

/** Settings with every default filled; a missing or invalid record gives the defaults. */
export async function loadSettings(db: SentinelDB): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_ID);
  if (row === undefined) return DEFAULT_SETTINGS;
  const r = Settings.safeParse(row);
  if (r.success) return r.data;
  console.warn('order-sentinel: stored settings are invalid, using defaults:', r.error.message);
  return DEFAULT_SETTINGS;
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
  counts: Record<'P1' | 'P2' | 'P3', number>;
  /** The most urgent of them (severity, then due time), parsed. */
  urgent: Case[];
}

/**
 * What the popup shows, in one pass without parsing every case: counts by severity and the
 * `limit` most urgent live cases (only those are zod-parsed). Keeps the popup quick with
 * 10 000 cases stored.
 */
export async function urgentSummary(db: SentinelDB, limit = 5): Promise<UrgentSummary> {
  const counts = { P1: 0, P2: 0, P3: 0 };
  const top: Case[] = [];
  const rank = (c: Case) => [SEVERITY_RANK[c.severity], c.dueAt ?? Number.MAX_SAFE_INTEGER, -c.openedAt] as const;
  const before = (a: Case, b: Case) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || (a.key < b.key ? -1 : 1);
  };
  await db.cases
    .where('status')
    .anyOf(['open', 'in_progress', 'waiting'])
    .each((c: Case) => {
      if (c.conditionCleared || !(c.severity in counts)) return;
      counts[c.severity] += 1;
      if (top.length < limit || before(c, top[top.length - 1]!)) {
        top.push(c);
        top.sort(before);
        if (top.length > limit) top.pop();
      }
    });
  return { counts, urgent: parseRows(Case, top, 'case') };
}
