// Every schema version opens a database written by the version before it (STYLE.md rule 10).
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { listCaseEvents, listCases, listNotes, openDb, V1_STORES, type SentinelDB } from '../../lib/db';
import type { Case } from '../../lib/schema';

const T0 = Date.UTC(2026, 10, 20, 6, 0);
const HOUR = 3_600_000;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const baseCase = (orderId: string, patch: Partial<Case>): Case => ({
  key: `ship-deadline|taobao|${orderId}`,
  detector: 'ship-deadline',
  marketplace: 'taobao',
  orderId,
  severity: 'P1',
  dueAt: T0 + 48 * HOUR,
  evidence: { hoursOverdue: 3 },
  explanation: { en: 'Paid 51 h ago; 3 h overdue.', zh: '付款已 51 小时，已超时 3 小时。' },
  status: 'open',
  conditionCleared: false,
  openedAt: T0,
  updatedAt: T0,
  lastDetectedAt: T0,
  ...patch,
});

describe('schema version 1 → 2 (case timeline)', () => {
  it('keeps every order, case and note, and starts each timeline with what the seller had done', async () => {
    const name = `migrate-v1-${Math.random()}`;
    // A database exactly as version 1 wrote it.
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    const working = baseCase('1', { status: 'in_progress', statusChangedAt: T0 + HOUR, updatedAt: T0 + HOUR });
    const dismissed = baseCase('2', { status: 'dismissed', statusChangedAt: T0 + 2 * HOUR, dismissReason: 'false_positive', dismissedSeverity: 'P1' });
    const untouched = baseCase('3', {});
    await v1.table('cases').bulkAdd([working, dismissed, untouched]);
    await v1.table('notes').add({ caseKey: working.key, text: '已联系买家', createdAt: T0 + 90 * 60_000 });
    await v1.table('orders').add({ key: 'taobao|1', marketplace: 'taobao', orderId: '1' });
    v1.close();

    const db: SentinelDB = openDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await listCases(db)).toHaveLength(3);
    expect((await listCases(db)).find((c) => c.orderId === '1')).toEqual(working);
    expect(await listNotes(db, working.key)).toEqual([{ id: 1, caseKey: working.key, text: '已联系买家', createdAt: T0 + 90 * 60_000 }]);
    expect(await db.orders.count()).toBe(1);

    const strip = (events: Awaited<ReturnType<typeof listCaseEvents>>) => events.map(({ id: _id, ...e }) => e);
    expect(strip(await listCaseEvents(db, working.key))).toEqual([
      { caseKey: working.key, at: T0, kind: 'detection', change: 'opened', severity: 'P1' },
      { caseKey: working.key, at: T0 + HOUR, kind: 'status', to: 'in_progress' },
    ]);
    expect(strip(await listCaseEvents(db, dismissed.key))).toEqual([
      { caseKey: dismissed.key, at: T0, kind: 'detection', change: 'opened', severity: 'P1' },
      { caseKey: dismissed.key, at: T0 + 2 * HOUR, kind: 'status', to: 'dismissed', dismissReason: 'false_positive' },
    ]);
    expect(strip(await listCaseEvents(db, untouched.key))).toEqual([
      { caseKey: untouched.key, at: T0, kind: 'detection', change: 'opened', severity: 'P1' },
    ]);
  });
});
