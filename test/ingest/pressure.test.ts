import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { listNotes, loadCase, type SentinelDB } from '../../lib/db';
import { addNote, ingestBatch } from '../../lib/ingest';
import { pruneForSpace, StorageFullError, withStoragePressure } from '../../lib/ingest/pressure';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb, HOUR, paidOrder, shipped, T0 } from './orders';

let db: SentinelDB;
afterEach(() => db?.close());

/** A quota error the way IndexedDB raises it, through Dexie. */
const quotaError = () => new Dexie.QuotaExceededError('QuotaExceededError: the quota has been exceeded');

async function shopWithHistory(): Promise<void> {
  // Eight old shipped orders without cases, and one late order with a case and a note.
  const old = Array.from({ length: 8 }, (_, i) =>
    shipped(paidOrder({ orderId: `9000${i}`, buyer: `b${i}`, placedAt: T0 - (100 - i) * 24 * HOUR, paidAt: T0 - (100 - i) * 24 * HOUR }), T0),
  );
  await ingestBatch(db, old, T0, DEFAULT_SETTINGS);
  await ingestBatch(db, [paidOrder({ source: { url: 'https://trade.taobao.com/x', adapter: 'taobao', observedAt: T0 + 50 * HOUR } })], T0 + 50 * HOUR, DEFAULT_SETTINGS);
  await addNote(db, 'ship-deadline|taobao|3712345678901234567', '已联系买家', T0 + 51 * HOUR);
}

describe('storage pressure', () => {
  it('prunes the oldest orders without cases and retries the write once', async () => {
    db = freshDb().db;
    await shopWithHistory();
    let attempts = 0;
    let prunedReported = -1;
    const result = await withStoragePressure(
      db,
      async () => {
        attempts++;
        if (attempts === 1) throw quotaError();
        return 'written';
      },
      (n) => (prunedReported = n),
    );
    expect(result).toBe('written');
    expect(attempts).toBe(2);
    expect(prunedReported).toBe(2); // a quarter of the 8 unneeded orders, oldest first
    expect(await db.orders.get('taobao|90000')).toBeUndefined();
    expect(await db.orders.get('taobao|90001')).toBeUndefined();
    expect(await db.orders.get('taobao|90002')).toBeDefined();
    // The order with a case, its case and its note are untouched.
    expect(await db.orders.get('taobao|3712345678901234567')).toBeDefined();
    expect((await loadCase(db, 'ship-deadline|taobao|3712345678901234567'))?.status).toBe('open');
    expect((await listNotes(db, 'ship-deadline|taobao|3712345678901234567')).map((n) => n.text)).toEqual(['已联系买家']);
  });

  it('says clearly that storage is full when pruning did not make room', async () => {
    db = freshDb().db;
    await shopWithHistory();
    const failing = withStoragePressure(db, async () => {
      throw quotaError();
    });
    await expect(failing).rejects.toBeInstanceOf(StorageFullError);
    await expect(failing).rejects.toThrow(
      "the browser's storage for Order Sentinel is full even after removing 2 old orders without cases; export a backup and erase old data",
    );
  });

  it('never prunes an order that has a case, whatever its age', async () => {
    db = freshDb().db;
    await shopWithHistory();
    for (let i = 0; i < 10; i++) await pruneForSpace(db, 1);
    expect(await db.orders.count()).toBe(1);
    expect(await db.cases.count()).toBeGreaterThan(0);
  });

  it('passes other errors through untouched', async () => {
    db = freshDb().db;
    await expect(withStoragePressure(db, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
