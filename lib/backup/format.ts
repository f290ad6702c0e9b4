/**
 * Full backup of the seller's data to one JSON file, and its restore. The file is parsed with
 * the same zod schemas as stored records, so a corrupt, foreign or too-new file is refused
 * with a reason before anything is written. Restore merges by key in one transaction: nothing
 * a seller changed more recently on this machine is overwritten by an older backup.
 */
import { z } from 'zod/mini';
import { parseRows, SETTINGS_ID, UNDECIDED_CLOCKS, type OrderRecord, type SentinelDB } from '../db';
import { Case, CaseEvent, Note, Order, StatusChange, orderKey } from '../schema';
import { Settings } from '../settings';

export const BACKUP_FORMAT = 'order-sentinel-backup';
/** The newest backup version this build reads and the one it writes. */
export const BACKUP_VERSION = 1;

export const OrderRecordSchema = z.extend(Order, { key: z.string().check(z.minLength(1), z.maxLength(200)) }).check(
  z.refine((o) => o.key === orderKey(o), { message: 'key does not match marketplace|orderId', path: ['key'] }),
);

export const BackupTables = z.object({
  orders: z.array(OrderRecordSchema),
  statusHistory: z.array(StatusChange),
  cases: z.array(Case),
  notes: z.array(Note),
  caseEvents: z.array(CaseEvent),
  /** Null when the seller never saved settings (the defaults apply). */
  settings: z.nullable(Settings),
});
export type BackupTables = z.infer<typeof BackupTables>;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number().check(z.int(), z.nonnegative()),
  /** The database schema version that wrote the file (Dexie's `verno`). */
  schemaVersion: z.number().check(z.int(), z.positive()),
  tables: BackupTables,
});
export type Backup = z.infer<typeof Backup>;

/** Why a file was refused, with the parts a translated message needs. */
export type BackupProblem =
  | { kind: 'corrupt'; detail: string }
  | { kind: 'foreign' }
  | { kind: 'no-version' }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; table: keyof BackupTables | 'header'; record?: number; name?: string; field: string; detail: string };
/** `error` is the English text (logs, tests); `problem` lets the page say it in the seller's language. */
export type ParseResult = { ok: true; backup: Backup } | { ok: false; error: string; problem: BackupProblem };

/** Every record of every table, as an object ready for `JSON.stringify(backup, null, 2)`. */
export async function exportBackup(db: SentinelDB, now: number): Promise<Backup> {
  return db.transaction('r', [db.orders, db.statusHistory, db.cases, db.notes, db.caseEvents, db.settings], async () => {
    const settings = await db.settings.get(SETTINGS_ID);
    const parsedSettings = settings === undefined ? null : Settings.safeParse(settings);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      schemaVersion: db.verno,
      tables: {
        // Parsed like every read, so a record no build can read again is left out (and logged)
        // rather than making the whole file impossible to restore.
        orders: parseRows(OrderRecordSchema, await db.orders.toArray(), 'order'),
        statusHistory: parseRows(StatusChange, await db.statusHistory.toArray(), 'status change'),
        cases: parseRows(Case, await db.cases.toArray(), 'case'),
        notes: parseRows(Note, await db.notes.toArray(), 'note'),
        caseEvents: parseRows(CaseEvent, await db.caseEvents.toArray(), 'case event'),
        settings: parsedSettings?.success ? parsedSettings.data : null,
      },
    };
  });
}

/** The backup as the downloaded file's text (pretty, so a seller can read it). */
export const backupText = (backup: Backup): string => JSON.stringify(backup, null, 2) + '\n';

/** `order-sentinel-backup_2026-11-25.json` (the local date of `now`). */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `order-sentinel-backup_${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

const TABLE_LABELS: Record<keyof BackupTables, string> = {
  orders: 'order',
  statusHistory: 'status change',
  cases: 'case',
  notes: 'note',
  caseEvents: 'case event',
  settings: 'settings',
};

/** Reads a backup file's text; on failure says which record and field are wrong. */
export function parseBackup(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `Not a backup file: the JSON is corrupt (${detail}).`, problem: { kind: 'corrupt', detail } };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return {
      ok: false,
      error: 'Not an Order Sentinel backup (the file has no "format": "order-sentinel-backup").',
      problem: { kind: 'foreign' },
    };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'The backup has no valid version number.', problem: { kind: 'no-version' } };
  }
  if (version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup is version ${version}, newer than this build understands (up to ${BACKUP_VERSION}): update the extension first.`,
      problem: { kind: 'newer', version },
    };
  }
  const parsed = Backup.safeParse(json);
  if (parsed.success) return { ok: true, backup: parsed.data };
  const issue = parsed.error.issues[0]!;
  const problem = describeIssue(json, issue);
  return { ok: false, error: englishProblem(problem), problem };
}

/** Which record and field a zod issue is about (record numbers count from 1). */
function describeIssue(json: unknown, issue: z.core.$ZodIssue): Extract<BackupProblem, { kind: 'invalid' }> {
  const [top, table, index, ...field] = issue.path;
  if (top !== 'tables' || typeof table !== 'string' || !(table in TABLE_LABELS)) {
    return { kind: 'invalid', table: 'header', field: issue.path.join('.') || '(file)', detail: issue.message };
  }
  const tableName = table as keyof BackupTables;
  if (typeof index !== 'number') {
    return { kind: 'invalid', table: tableName, field: issue.path.join('.'), detail: issue.message };
  }
  const record = ((json as { tables: Record<string, unknown[]> }).tables[table] ?? [])[index] as Record<string, unknown> | undefined;
  const name = record?.['key'] ?? record?.['caseKey'] ?? record?.['orderKey'];
  return {
    kind: 'invalid',
    table: tableName,
    record: index + 1,
    ...(typeof name === 'string' ? { name: name.slice(0, 200) } : {}),
    field: field.join('.') || '(record)',
    detail: issue.message,
  };
}

/** "Invalid case 2 (ship-deadline|taobao|1) in the backup, field status: …" */
function englishProblem(p: Extract<BackupProblem, { kind: 'invalid' }>): string {
  const label = p.table === 'header' ? 'header' : TABLE_LABELS[p.table];
  if (p.record === undefined) return `The backup's ${label} is invalid (${p.field}): ${p.detail}.`;
  return `Invalid ${label} ${p.record}${p.name !== undefined ? ` (${p.name})` : ''} in the backup, field ${p.field}: ${p.detail}.`;
}

export type RestoreCounts = {
  orders: { added: number; updated: number; kept: number };
  cases: { added: number; updated: number; kept: number };
  statusHistory: number;
  notes: number;
  caseEvents: number;
  settings: boolean;
};

/** Key-order-independent identity of a record, without its auto-increment id. */
function contentKey(record: object): string {
  const { id: _id, ...rest } = record as { id?: number };
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sorted(x)]))
        : v;
  return JSON.stringify(sorted(rest));
}

/**
 * Merges `backup` into `db` in one transaction (all or nothing):
 * - orders: the newer observation (`source.observedAt`) wins, ties keep this machine's;
 * - cases: the newer `updatedAt` wins (the seller's later edit), ties keep this machine's;
 * - notes (caseKey, createdAt, text), case events and status changes (same content) are
 *   added unless already present; an id that is free here is kept so a restore into an
 *   empty database gives back the same records;
 * - settings: the backup's only when this database has none.
 */
export async function restoreBackup(db: SentinelDB, backup: Backup): Promise<RestoreCounts> {
  const { tables } = backup;
  return db.transaction('rw', [db.orders, db.statusHistory, db.cases, db.notes, db.caseEvents, db.settings], async () => {
    const counts: RestoreCounts = {
      orders: { added: 0, updated: 0, kept: 0 },
      cases: { added: 0, updated: 0, kept: 0 },
      statusHistory: 0,
      notes: 0,
      caseEvents: 0,
      settings: false,
    };

    const existingOrders = await db.orders.bulkGet(tables.orders.map((o) => o.key));
    const ordersToPut: OrderRecord[] = [];
    tables.orders.forEach((order, i) => {
      const existing = existingOrders[i];
      if (existing === undefined) counts.orders.added++;
      else if (order.source.observedAt > existing.source.observedAt) counts.orders.updated++;
      else return void counts.orders.kept++;
      // Its clocks are decided by the next alarm that does not know the last run (until then judged whole).
      ordersToPut.push({ ...order, ...UNDECIDED_CLOCKS });
    });
    await db.orders.bulkPut(ordersToPut);

    const existingCases = await db.cases.bulkGet(tables.cases.map((c) => c.key));
    const casesToPut: Case[] = [];
    tables.cases.forEach((c, i) => {
      const existing = existingCases[i];
      if (existing === undefined) counts.cases.added++;
      else if (c.updatedAt > existing.updatedAt) counts.cases.updated++;
      else return void counts.cases.kept++;
      casesToPut.push(c);
    });
    await db.cases.bulkPut(casesToPut);

    counts.statusHistory = await addMissing(db.statusHistory, tables.statusHistory, contentKey);
    counts.notes = await addMissing(db.notes, tables.notes, (n) => JSON.stringify([n.caseKey, n.createdAt, n.text]));
    counts.caseEvents = await addMissing(db.caseEvents, tables.caseEvents, contentKey);

    if (tables.settings !== null && (await db.settings.get(SETTINGS_ID)) === undefined) {
      await db.settings.put({ ...tables.settings, id: SETTINGS_ID });
      counts.settings = true;
    }
    return counts;
  });
}

/** Adds the records not already in `table` (by `identity`); returns how many were added. */
async function addMissing<R extends { id?: number | undefined }>(
  table: { toArray(): Promise<R[]>; bulkAdd(rows: R[]): Promise<unknown> },
  incoming: readonly R[],
  identity: (r: R) => string,
): Promise<number> {
  const present = await table.toArray();
  const seen = new Set(present.map(identity));
  const usedIds = new Set(present.map((r) => r.id));
  const toAdd: R[] = [];
  for (const record of incoming) {
    const id = identity(record);
    if (seen.has(id)) continue;
    seen.add(id);
    if (record.id !== undefined && !usedIds.has(record.id)) {
      usedIds.add(record.id);
      toAdd.push(record);
    } else {
      const { id: _id, ...rest } = record;
      toAdd.push(rest as R);
    }
  }
  await table.bulkAdd(toAdd);
  return toAdd.length;
}

/** What the seller is asked to confirm before a restore. */
export const backupSummary = (backup: Backup) => ({
  orders: backup.tables.orders.length,
  cases: backup.tables.cases.length,
  notes: backup.tables.notes.length,
});

/**
 * Clears every table in one transaction; with no settings record the defaults apply, and a
 * backup restored next brings its settings back (the background may also take the copy
 * synced from the seller's other browsers).
 */
export async function eraseAll(db: SentinelDB): Promise<void> {
  await db.transaction('rw', [db.orders, db.statusHistory, db.cases, db.notes, db.caseEvents, db.settings], async () => {
    await Promise.all([db.orders.clear(), db.statusHistory.clear(), db.cases.clear(), db.notes.clear(), db.caseEvents.clear(), db.settings.clear()]);
  });
}
