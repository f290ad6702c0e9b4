import { afterEach, describe, expect, it } from 'vitest';
import { listCaseEvents, listNotes, loadCase, type SentinelDB } from '../../lib/db';
import { recordReplyUsed } from '../../lib/cases/store';
import { addNoteToOrder, ingestBatch, reevaluateOpen, setCaseStatus } from '../../lib/ingest';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb, HOUR, paidOrder, seenAt, shipped, T0 } from './orders';

let db: SentinelDB;
afterEach(() => db?.close());
const KEY = 'ship-deadline|taobao|3712345678901234567';
const events = async (key: string) => (await listCaseEvents(db, key)).map(({ id: _id, caseKey: _k, ...e }) => e);

describe('case timeline', () => {
  it('records opening, a severity rise, the seller’s status changes with their detail, templates, and clearing', async () => {
    db = freshDb().db;
    const order = paidOrder();
    await ingestBatch(db, [seenAt(order, T0 + 43 * HOUR)], T0 + 43 * HOUR, DEFAULT_SETTINGS); // P2: 5 h left
    await reevaluateOpen(db, T0 + 49 * HOUR, DEFAULT_SETTINGS); // P1: overdue
    await setCaseStatus(db, KEY, 'waiting', T0 + 50 * HOUR, { waitingOn: 'carrier' });
    await recordReplyUsed(db, KEY, { templateId: 'late-shipment.apology', language: 'zh', action: 'copy' }, T0 + 50.5 * HOUR);
    await ingestBatch(db, [shipped(order, T0 + 52 * HOUR)], T0 + 52 * HOUR, DEFAULT_SETTINGS);
    await setCaseStatus(db, KEY, 'resolved', T0 + 53 * HOUR, { resolution: { category: 'partial_compensation', amount: 5, currency: 'CNY' } });

    expect(await events(KEY)).toEqual([
      { at: T0 + 43 * HOUR, kind: 'detection', change: 'opened', severity: 'P2' },
      { at: T0 + 49 * HOUR, kind: 'detection', change: 'severity', severity: 'P1' },
      { at: T0 + 50 * HOUR, kind: 'status', from: 'open', to: 'waiting', waitingOn: 'carrier' },
      { at: T0 + 50.5 * HOUR, kind: 'template', templateId: 'late-shipment.apology', language: 'zh', action: 'copy' },
      { at: T0 + 52 * HOUR, kind: 'detection', change: 'cleared', severity: 'P1' },
      {
        at: T0 + 53 * HOUR,
        kind: 'status',
        from: 'waiting',
        to: 'resolved',
        resolution: { category: 'partial_compensation', amount: 5, currency: 'CNY' },
      },
    ]);
    const resolved = await loadCase(db, KEY);
    expect(resolved?.resolution).toEqual({ category: 'partial_compensation', amount: 5, currency: 'CNY' });
    expect(resolved?.waitingOn).toBeUndefined();
  });

  it('puts a one-click note on the order’s most urgent live case', async () => {
    db = freshDb().db;
    await ingestBatch(db, [seenAt(paidOrder(), T0 + 50 * HOUR)], T0 + 50 * HOUR, DEFAULT_SETTINGS);
    const { caseKey } = await addNoteToOrder(db, 'taobao', '3712345678901234567', ' 已联系买家 ', T0 + 51 * HOUR);
    expect(caseKey).toBe(KEY);
    expect((await listNotes(db, KEY)).map((n) => n.text)).toEqual(['已联系买家']);
  });

  it('opens a seller-note case for an order without findings, and reuses it', async () => {
    db = freshDb().db;
    const first = await addNoteToOrder(db, 'demo', 'DS1', 'reshipped', T0);
    expect(first.caseKey).toBe('seller-note|demo|DS1');
    expect(await loadCase(db, first.caseKey)).toMatchObject({ severity: 'P3', status: 'open', detector: 'seller-note' });
    await setCaseStatus(db, first.caseKey, 'resolved', T0 + HOUR);
    const second = await addNoteToOrder(db, 'demo', 'DS1', 'buyer confirmed', T0 + 2 * HOUR);
    expect(second.caseKey).toBe(first.caseKey);
    expect((await loadCase(db, first.caseKey))?.status).toBe('open');
    expect((await listNotes(db, first.caseKey)).map((n) => n.text)).toEqual(['reshipped', 'buyer confirmed']);
  });

  it('refuses a template record for a case that does not exist', async () => {
    db = freshDb().db;
    await expect(recordReplyUsed(db, 'nope|demo|1', { templateId: 't', language: 'en', action: 'copy' }, T0)).rejects.toThrow(
      'cannot record a template: no case with key "nope|demo|1"',
    );
  });
});

describe('imported orders', () => {
  it('open cases that remember the report file they came from', async () => {
    db = freshDb().db;
    await ingestBatch(db, [seenAt(paidOrder(), T0 + 50 * HOUR)], T0 + 50 * HOUR, DEFAULT_SETTINGS, { origin: 'orders_export.csv' });
    expect((await loadCase(db, KEY))?.origin).toBe('orders_export.csv');
  });
});
