// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_SCREEN_ROWS, useInboxCases } from '../../components/inbox-cases';
import { useLive } from '../../components/hooks';
import { openDb, type SentinelDB } from '../../lib/db';
import { byDueThenSeverity } from '../../lib/inbox/filter';
import type { Case } from '../../lib/schema';

const T = Date.UTC(2026, 10, 25, 6, 0);
const mk = (i: number, patch: Partial<Case> = {}): Case => ({
  key: `ship-deadline|demo|o${String(i).padStart(3, '0')}`, detector: 'ship-deadline', marketplace: 'demo',
  orderId: `o${String(i).padStart(3, '0')}`, severity: (['P1', 'P2', 'P3'] as const)[i % 3]!, dueAt: T + ((i * 7) % 30) * 60_000,
  evidence: {}, explanation: { en: 'x', zh: 'x' }, status: i % 4 === 0 ? 'resolved' : 'open', conditionCleared: false,
  openedAt: T, updatedAt: T, lastDetectedAt: T, ...patch,
});
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

let dbs: SentinelDB[] = [];
afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

describe('useInboxCases (the side panel)', () => {
  it('gives the first screen of live cases soonest due, then every case, and follows changes', async () => {
    const db = openDb(`inbox-cases-${Math.random()}`);
    dbs.push(db);
    const cases = Array.from({ length: 120 }, (_, i) => mk(i));
    await db.cases.bulkAdd(cases);
    const seen: { first?: string[]; all?: number }[] = [];
    function Probe() {
      const { first, all } = useInboxCases(db);
      seen.push({ ...(first ? { first: first.map((c) => c.orderId) } : {}), ...(all ? { all: all.length } : {}) });
      return null;
    }
    render(<Probe />, document.createElement('div'));
    await until(() => seen.some((s) => s.all === 120));
    const firstScreen = seen.find((s) => s.first)!.first!;
    expect(firstScreen).toEqual(cases.filter((c) => c.status !== 'resolved').sort(byDueThenSeverity).slice(0, FIRST_SCREEN_ROWS).map((c) => c.orderId));
    expect(firstScreen).toHaveLength(40);
    // The first screen came before every case did.
    expect(seen.findIndex((s) => s.first)).toBeLessThan(seen.findIndex((s) => s.all !== undefined));
    await db.cases.put(mk(500));
    await until(() => seen[seen.length - 1]!.all === 121);
  });
});

describe('useInboxCases with a first screen read without Dexie', () => {
  it('asks Dexie for the first screen when the read without it failed', async () => {
    const db = openDb(`inbox-cases-${Math.random()}`);
    dbs.push(db);
    await db.cases.bulkAdd([mk(1), mk(2), mk(3)]);
    const failed = Promise.reject(new Error('no such index yet'));
    failed.catch(() => undefined);
    // The first screen shown (it gives way to every case as soon as they are read).
    let first: Case[] | undefined;
    function Probe() {
      const shown = useInboxCases(db, failed).first;
      first ??= shown;
      return null;
    }
    render(<Probe />, document.createElement('div'));
    await until(() => first !== undefined);
    expect(first!.map((c) => c.orderId)).toEqual(['o001', 'o002', 'o003']);
  });
});

describe('useLive', () => {
  it('answers an eager query and keeps it current as the database changes', async () => {
    const db = openDb(`live-${Math.random()}`);
    dbs.push(db);
    await db.cases.bulkAdd([mk(1), mk(2)]);
    const counts: (number | undefined)[] = [];
    function Probe() {
      counts.push(useLive(() => db.cases.count(), [db], { eager: true }));
      return null;
    }
    render(<Probe />, document.createElement('div'));
    await until(() => counts.includes(2));
    await db.cases.put(mk(3));
    await until(() => counts[counts.length - 1] === 3);
    expect(counts[0]).toBeUndefined();
  });
});
