// Importing the same report file twice changes nothing a seller sees: the same orders and
// cases, and the notes and statuses written in between untouched (idempotency).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { listNotes, loadCase, type SentinelDB } from '../../lib/db';
import { importText } from '../../lib/import';
import { addNote, ingestBatch, setCaseStatus } from '../../lib/ingest';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb } from '../ingest/orders';

let db: SentinelDB;
afterEach(() => db?.close());
const text = readFileSync('test/fixtures/import/shopify.orders_export.2026-11.csv', 'utf8');
const NOW = Date.UTC(2026, 10, 25, 6, 0);

async function importOnce(now: number) {
  const result = await importText(text, { fileName: 'orders_export.csv', now });
  await ingestBatch(db, result.orders, now, DEFAULT_SETTINGS, { origin: 'orders_export.csv' });
  return result;
}

describe('the same report imported twice', () => {
  it('gives identical orders and cases and keeps the seller’s edits', async () => {
    db = freshDb().db;
    const first = await importOnce(NOW);
    expect(first.orders.length).toBeGreaterThan(0);
    const orders = await db.orders.count();
    const cases = await db.cases.toArray();
    expect(cases.length).toBeGreaterThan(0);
    const edited = cases[0]!;
    await addNote(db, edited.key, 'refunded the shipping', NOW + 1_000);
    await setCaseStatus(db, edited.key, 'in_progress', NOW + 2_000);
    const afterEdit = await loadCase(db, edited.key);

    await importOnce(NOW + 60_000);
    expect(await db.orders.count()).toBe(orders);
    expect((await db.cases.toArray()).map((c) => c.key).sort()).toEqual(cases.map((c) => c.key).sort());
    const again = await loadCase(db, edited.key);
    expect(again?.status).toBe('in_progress');
    expect(again?.statusChangedAt).toBe(afterEdit?.statusChangedAt);
    expect((await listNotes(db, edited.key)).map((n) => n.text)).toEqual(['refunded the shipping']);
  });
});
