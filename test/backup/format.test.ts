import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  backupFileName,
  backupSummary,
  backupText,
  eraseAll,
  exportBackup,
  parseBackup,
  restoreBackup,
  type Backup,
} from '../../lib/backup/format';
import { loadSettings, SETTINGS_ID, UNDECIDED_CLOCKS, type SentinelDB } from '../../lib/db';
import { orderKey } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb, HOUR, T0 } from '../ingest/orders';
import { customSettings, events, fill, lateCase, lateOrder, notes, shippedOrder, shopCase, snapshot } from './data';

const opened: SentinelDB[] = [];
function db(): SentinelDB {
  const d = freshDb().db;
  opened.push(d);
  return d;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of opened.splice(0)) d.close();
});

const EXPORTED_AT = T0 + 100 * HOUR;

/** Export → text → parse, as the options page does with a downloaded file. */
async function throughFile(source: SentinelDB): Promise<Backup> {
  const parsed = parseBackup(backupText(await exportBackup(source, EXPORTED_AT)));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
}

describe('backup round trip', () => {
  it('export → erase → restore gives back every record exactly', async () => {
    const d = db();
    await fill(d);
    const before = await snapshot(d);
    const backup = await throughFile(d);
    expect(backup.format).toBe('order-sentinel-backup');
    expect(backup.version).toBe(1);
    expect(backup.schemaVersion).toBe(6);
    expect(backup.exportedAt).toBe(EXPORTED_AT);
    expect(backupSummary(backup)).toEqual({ orders: 2, cases: 2, notes: 2 });

    await eraseAll(d);
    expect(await d.cases.count()).toBe(0);
    expect(await d.orders.count()).toBe(0);
    expect(await d.notes.count()).toBe(0);
    expect(await loadSettings(d)).toEqual(DEFAULT_SETTINGS);

    expect(await d.settings.count()).toBe(0);
    const counts = await restoreBackup(d, backup);
    expect(counts).toEqual({
      orders: { added: 2, updated: 0, kept: 0 },
      cases: { added: 2, updated: 0, kept: 0 },
      statusHistory: 3,
      notes: 2,
      caseEvents: 4,
      settings: true,
    });
    expect(await snapshot(d)).toEqual(before);
    expect((await loadSettings(d)).detectors['repeat-refunder'].blockList).toEqual(['tb_scammer_9', '坏买家']);
  });

  it('restoring the same backup twice adds nothing the second time', async () => {
    const d = db();
    await fill(d);
    const backup = await throughFile(d);
    const before = await snapshot(d);
    expect(await restoreBackup(d, backup)).toEqual({
      orders: { added: 0, updated: 0, kept: 2 },
      cases: { added: 0, updated: 0, kept: 2 },
      statusHistory: 0,
      notes: 0,
      caseEvents: 0,
      settings: false,
    });
    expect(await snapshot(d)).toEqual(before);
  });
});

describe('restore into a database with its own changes', () => {
  it("keeps the seller's newer edits, takes the backup's newer ones, and merges notes without duplicates", async () => {
    const source = db();
    await fill(source);
    const backup = await throughFile(source);

    const target = db();
    // This machine: the late case was reopened after the backup was made (newer), the shop
    // case is older here than in the backup, the shipped order was seen later here, the late
    // order earlier; one note is the same as in the backup, one is new; settings differ.
    const reopened = { ...lateCase, status: 'open' as const, resolution: undefined, updatedAt: lateCase.updatedAt + HOUR };
    delete reopened.resolution;
    const olderShop = { ...shopCase, status: 'open' as const, updatedAt: shopCase.updatedAt - HOUR };
    delete (olderShop as Partial<typeof olderShop>).dismissReason;
    await target.cases.bulkPut([reopened, olderShop]);
    const laterShipped = { ...shippedOrder, statusRaw: '交易成功', status: 'delivered' as const, source: { ...shippedOrder.source, observedAt: T0 + 90 * HOUR } };
    const earlierLate = { ...lateOrder, source: { ...lateOrder.source, observedAt: T0 } };
    await target.orders.bulkPut([laterShipped, earlierLate].map((o) => ({ ...o, key: orderKey(o), ...UNDECIDED_CLOCKS })));
    await target.notes.bulkAdd([
      { caseKey: lateCase.key, text: notes[0]!.text, createdAt: notes[0]!.createdAt },
      { caseKey: lateCase.key, text: 'Buyer asked again', createdAt: T0 + 53 * HOUR },
    ]);
    await target.caseEvents.add({ ...events[0]!, id: undefined });
    await target.settings.put({ ...DEFAULT_SETTINGS, language: 'en', id: SETTINGS_ID });

    const counts = await restoreBackup(target, backup);
    expect(counts).toEqual({
      orders: { added: 0, updated: 1, kept: 1 },
      cases: { added: 0, updated: 1, kept: 1 },
      statusHistory: 3,
      notes: 1,
      caseEvents: 3,
      settings: false,
    });
    expect(await target.cases.get(lateCase.key)).toEqual(reopened);
    expect(await target.cases.get(shopCase.key)).toEqual(shopCase);
    expect((await target.orders.get(orderKey(shippedOrder)))?.statusRaw).toBe('交易成功');
    expect((await target.orders.get(orderKey(lateOrder)))?.source.observedAt).toBe(lateOrder.source.observedAt);
    const texts = (await target.notes.where('caseKey').equals(lateCase.key).sortBy('createdAt')).map((n) => n.text);
    expect(texts).toEqual(['已联系买家，补偿 5 元', 'Courier picked up, "late" by 2 h', 'Buyer asked again']);
    expect(await target.caseEvents.count()).toBe(4);
    expect((await loadSettings(target)).language).toBe('en');
    expect(customSettings.language).toBe('zh');
  });

  it('rolls everything back when a write fails midway', async () => {
    const source = db();
    await fill(source);
    const backup = await throughFile(source);
    const target = db();
    // The last table written fails (as a full disk would): orders and cases were already put.
    vi.spyOn(target.caseEvents, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(restoreBackup(target, backup)).rejects.toThrow('QuotaExceededError');
    expect(await target.orders.count()).toBe(0);
    expect(await target.cases.count()).toBe(0);
    expect(await target.notes.count()).toBe(0);
    expect(await target.settings.count()).toBe(0);
  });
});

describe('parseBackup', () => {
  async function validText(): Promise<string> {
    const d = db();
    await fill(d);
    return backupText(await exportBackup(d, EXPORTED_AT));
  }

  it('refuses corrupt JSON', () => {
    const r = parseBackup('{"format": "order-sentinel-backup", "version": 1, ');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^Not a backup file: the JSON is corrupt \(/);
    expect(!r.ok && r.problem.kind).toBe('corrupt');
  });

  it('refuses a foreign file', () => {
    expect(parseBackup(JSON.stringify({ orders: [] }))).toEqual({
      ok: false,
      error: 'Not an Order Sentinel backup (the file has no "format": "order-sentinel-backup").',
      problem: { kind: 'foreign' },
    });
    expect(parseBackup('[1,2,3]').ok).toBe(false);
  });

  it('refuses a newer version with a reason', async () => {
    const json = JSON.parse(await validText());
    json.version = 2;
    expect(parseBackup(JSON.stringify(json))).toEqual({
      ok: false,
      error: 'This backup is version 2, newer than this build understands (up to 1): update the extension first.',
      problem: { kind: 'newer', version: 2 },
    });
  });

  it('names the invalid record and field', async () => {
    const json = JSON.parse(await validText());
    json.tables.cases[1].status = 'archived';
    const r = parseBackup(JSON.stringify(json));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^Invalid case 2 \(ship-deadline\|taobao\|3712345678901234567\) in the backup, field status: /);
    expect(!r.ok && r.problem).toMatchObject({ kind: 'invalid', table: 'cases', record: 2, name: 'ship-deadline|taobao|3712345678901234567', field: 'status' });

    const json2 = JSON.parse(await validText());
    json2.tables.orders[0].key = 'taobao|someone-else';
    const r2 = parseBackup(JSON.stringify(json2));
    expect(r2).toEqual({
      ok: false,
      error: 'Invalid order 1 (taobao|someone-else) in the backup, field key: key does not match marketplace|orderId.',
      problem: { kind: 'invalid', table: 'orders', record: 1, name: 'taobao|someone-else', field: 'key', detail: 'key does not match marketplace|orderId' },
    });

    const json3 = JSON.parse(await validText());
    delete json3.tables.notes;
    expect(parseBackup(JSON.stringify(json3))).toMatchObject({ ok: false, problem: { kind: 'invalid', table: 'notes', field: 'tables.notes' } });
    expect(parseBackup(JSON.stringify({ ...json3, version: '1' }))).toMatchObject({ ok: false, problem: { kind: 'no-version' } });
  });
});

describe('backupFileName', () => {
  it('carries the local date', () => {
    expect(backupFileName(new Date(2026, 10, 5, 23, 59))).toBe('order-sentinel-backup_2026-11-05.json');
  });
});
