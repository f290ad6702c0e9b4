import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstLiveCases, listCases, liveCounts, loadSettings, mostUrgent, openDb, saveSettings, type SentinelDB } from '../../lib/db';
import { openExisting, readDueRows, readFirstLive, readInboxFirst, readLiveCounts, readMostUrgent, readPopup, readSettings } from '../../lib/db/read';
import { EARLY_LIVE_STATUSES, EARLY_SEVERITIES, INBOX_FIRST_ROWS, POPUP_AHEAD, POPUP_URGENT } from '../../lib/db/open-existing';
import { LIVE_STATUSES, SEVERITIES } from '../../lib/db/shape';
import { byDueThenSeverity } from '../../lib/inbox/choices';
import { Case } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { demoCase, T, tiesAndFinished } from './cases';


const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

/** A database written by the extension (Dexie, schema version 6), then read with the plain helper. */
async function written(cases: Case[]): Promise<{ dexie: SentinelDB; plain: IDBDatabase; name: string }> {
  const name = `read-${Math.random()}`;
  const dexie = openDb(name);
  opened.push(dexie);
  await dexie.cases.bulkAdd(cases);
  const plain = await openExisting(indexedDB, name);
  if (plain === undefined) throw new Error('the database was written: it must exist');
  opened.push(plain);
  return { dexie, plain, name };
}

describe('the popup first read on plain IndexedDB (no Dexie)', () => {
  it('counts live cases whose condition holds per severity and lists the most urgent first', async () => {
    const { plain } = await written([
      demoCase('a', 'P2', T + 5), demoCase('b', 'P1', T + 9), demoCase('c', 'P1', T + 1), demoCase('d', 'P3', undefined),
      demoCase('e', 'P1', T, { status: 'resolved' }), demoCase('f', 'P1', T, { conditionCleared: true, clearedAt: T }),
      demoCase('g', 'P2', T + 2, { status: 'waiting' }), demoCase('h', 'P3', T + 1), demoCase('i', 'P2', undefined),
    ]);
    expect(await readLiveCounts(plain)).toEqual({ P1: 2, P2: 3, P3: 2 });
    expect((await readMostUrgent(plain, 5)).map((c) => c.orderId)).toEqual(['c', 'b', 'g', 'a', 'i']);
  });

  it('breaks a due-time tie by the newest opened and walks past cleared and finished cases due sooner', async () => {
    const { plain } = await written(tiesAndFinished());
    expect((await readMostUrgent(plain, 4)).map((c) => c.orderId)).toEqual(['soon', 't2', 't4', 't3']);
    expect(await readLiveCounts(plain)).toEqual({ P1: 6, P2: 1, P3: 0 });
  });

  it('gives exactly what the Dexie queries give, over 600 mixed cases', async () => {
    const statuses = ['open', 'in_progress', 'waiting', 'resolved', 'dismissed'] as const;
    const severities = ['P1', 'P2', 'P3'] as const;
    const cases = Array.from({ length: 600 }, (_, i) =>
      demoCase(`o${String(i).padStart(3, '0')}`, severities[(i * 7) % 3]!, i % 11 === 0 ? undefined : T + ((i * 37) % 50) * 60_000, {
        status: statuses[(i * 13) % 5]!,
        openedAt: T - ((i * 17) % 9),
        ...(i % 9 === 0 ? { conditionCleared: true, clearedAt: T } : {}),
      }),
    );
    const { dexie, plain } = await written(cases);
    expect(await readLiveCounts(plain)).toEqual({ P1: 79, P2: 120, P3: 120 });
    expect(await readLiveCounts(plain)).toEqual(await liveCounts(dexie));
    const urgent = await readMostUrgent(plain, 5);
    expect(urgent.map((c) => c.orderId)).toEqual(['o150', 'o300', 'o069', 'o519', 'o219']);
    expect(urgent).toEqual(await mostUrgent(dexie, 5));
    // With every P1 and P2 taken, the P3 cases without a due time come last.
    const many = await readMostUrgent(plain, 330);
    expect(many).toEqual(await mostUrgent(dexie, 330));
    expect(many).toEqual((await listCases(dexie)).filter((c) => c.status !== 'resolved' && c.status !== 'dismissed' && !c.conditionCleared).slice(0, 330));
  });

  it('parses every case read: an invalid stored one is reported and skipped, the others shown', async () => {
    const { dexie, plain } = await written([demoCase('ok', 'P1', T + 1), demoCase('ok2', 'P1', T + 2)]);
    await dexie.cases.put({ ...demoCase('bad', 'P1', T), orderId: '' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await readMostUrgent(plain, 5)).map((c) => c.orderId)).toEqual(['ok', 'ok2']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toBe('order-sentinel: skipped an invalid stored case:');
  });

  it('reads the settings with defaults filled, and the defaults when none are stored', async () => {
    const { dexie, plain } = await written([]);
    expect(await readSettings(plain)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(dexie, { ...DEFAULT_SETTINGS, language: 'zh', theme: 'dark' });
    expect(await readSettings(plain)).toEqual(await loadSettings(dexie));
    expect((await readSettings(plain)).language).toBe('zh');
  });

  it('database missing: shows the empty state and creates nothing', async () => {
    const factory = new IDBFactory();
    expect(await openExisting(factory, 'order-sentinel')).toBeUndefined();
    expect(await factory.databases()).toEqual([]);
    const read = readPopup(openExisting(factory, 'order-sentinel'));
    expect(await read.urgent).toEqual([]);
    expect(await read.counts).toEqual({ P1: 0, P2: 0, P3: 0 });
    expect(await read.settings).toEqual(DEFAULT_SETTINGS);
    expect(await factory.databases()).toEqual([]);
    // The extension then creates it as if the popup had never looked (version 4, every store).
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('order-sentinel');
      request.onupgradeneeded = (event) => {
        expect(event.oldVersion).toBe(0);
        request.result.createObjectStore('cases', { keyPath: 'key' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(db.version).toBe(1);
    db.close();
  });

  it('does not hold up the background upgrading the schema: its connection closes on a version change', async () => {
    const { name, dexie } = await written([demoCase('a', 'P1', T)]);
    dexie.close();
    const read = readPopup(openExisting(indexedDB, name));
    expect((await read.urgent).map((c) => c.orderId)).toEqual(['a']);
    const plain = await openExisting(indexedDB, name);
    const upgraded = await new Promise<number>((resolve, reject) => {
      const request = indexedDB.open(name, plain!.version + 10);
      request.onblocked = () => reject(new Error('blocked by the popup'));
      request.onsuccess = () => {
        request.result.close();
        resolve(request.result.version);
      };
      request.onerror = () => reject(request.error);
    });
    expect(upgraded).toBe(70);
  });

  it('readPopup reads the most urgent, the counts and the settings of a stored database', async () => {
    const { name } = await written([demoCase('a', 'P2', T + 5), demoCase('b', 'P1', T + 9), demoCase('c', 'P1', T + 1, { status: 'dismissed' })]);
    const read = readPopup(openExisting(indexedDB, name));
    expect((await read.urgent).map((c) => c.orderId)).toEqual(['b', 'a']);
    expect(await read.counts).toEqual({ P1: 1, P2: 1, P3: 0 });
    expect(await read.settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the side panel first screen on plain IndexedDB (no Dexie)', () => {
  const mixed = () => {
    const statuses = ['open', 'in_progress', 'waiting', 'resolved', 'dismissed'] as const;
    const severities = ['P1', 'P2', 'P3'] as const;
    return Array.from({ length: 600 }, (_, i) =>
      demoCase(`o${String(i).padStart(3, '0')}`, severities[(i * 7) % 3]!, i % 11 === 0 ? undefined : T + ((i * 37) % 50) * 60_000, {
        status: statuses[(i * 13) % 5]!,
        ...(i % 9 === 0 ? { conditionCleared: true, clearedAt: T } : {}),
      }),
    );
  };

  it('gives exactly the first screen the Dexie query gives, over 600 mixed cases', async () => {
    const { dexie, plain } = await written(mixed());
    const first = await readFirstLive(plain, 40, byDueThenSeverity);
    expect(first).toHaveLength(40);
    expect(first).toEqual(await firstLiveCases(dexie, 40, byDueThenSeverity));
    // Live cases only (cleared ones too: the inbox shows them), soonest due first, P1 before P2 at one time.
    expect(first.slice(0, 5).map((c) => `${c.orderId} ${c.severity} ${c.status}`)).toEqual(['o150 P1 open', 'o300 P1 open', 'o450 P1 open', 'o100 P2 open', 'o250 P2 open']);
    expect(first.every((c) => c.status !== 'resolved' && c.status !== 'dismissed')).toBe(true);
  });

  it('parses only as many cases as the screen keeps, in order, passing over invalid ones as Dexie\'s read does', async () => {
    const { dexie, plain } = await written(mixed());
    // Invalid stored cases due soonest (an empty order number, a flag that is not a boolean).
    await dexie.cases.bulkPut([
      { ...demoCase('bad1', 'P1', T - 60_000), orderId: '' },
      { ...demoCase('bad2', 'P2', T - 30_000), conditionCleared: 'no' as never },
    ]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const first = await readFirstLive(plain, 40, byDueThenSeverity);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(first).toEqual(await firstLiveCases(dexie, 40, byDueThenSeverity));
    expect(first[0]!.orderId).toBe('o150');
    const parse = vi.spyOn(Case, 'safeParse');
    await readFirstLive(plain, 40, byDueThenSeverity);
    // 40 kept and the two invalid ones, not the 360 rows read.
    expect(parse).toHaveBeenCalledTimes(42);
  });

  it('parses only the cases the popup shows, not every row read to find them', async () => {
    const { dexie, plain } = await written(mixed());
    const parse = vi.spyOn(Case, 'safeParse');
    const shown = await readMostUrgent(plain, 5);
    expect(parse).toHaveBeenCalledTimes(5);
    expect(shown).toEqual(await mostUrgent(dexie, 5));
    expect(shown.map((c) => `${c.orderId} ${c.severity}`)).toEqual(['o150 P1', 'o300 P1', 'o069 P1', 'o219 P1', 'o519 P1']);
  });

  it('fills a small shop\'s first screen with its cases without a due time (an unusual day, an unusual amount) after those with one, as Dexie\'s read does', async () => {
    const { dexie, plain } = await written([
      demoCase('late2', 'P1', T + 2),
      demoCase('late1', 'P1', T + 1),
      demoCase('@2026-11-25', 'P2', undefined),
      demoCase('big-order', 'P3', undefined),
      demoCase('gone', 'P2', undefined, { status: 'resolved' }),
    ]);
    const first = await readFirstLive(plain, 40, byDueThenSeverity);
    expect(first.map((c) => `${c.orderId} ${c.severity}`)).toEqual(['late1 P1', 'late2 P1', '@2026-11-25 P2', 'big-order P3']);
    expect(first).toEqual(await firstLiveCases(dexie, 40, byDueThenSeverity));
    // Only as many as the screen holds: two places left, one case without a due time in each.
    expect((await readFirstLive(plain, 3, byDueThenSeverity)).map((c) => c.orderId)).toEqual(['late1', 'late2', '@2026-11-25']);
    expect((await firstLiveCases(dexie, 3, byDueThenSeverity)).map((c) => c.orderId)).toEqual(['late1', 'late2', '@2026-11-25']);
  });

  it('parses every case read: an invalid stored one is reported and skipped', async () => {
    const { dexie, plain } = await written([demoCase('ok', 'P2', T + 1), demoCase('ok2', 'P1', T + 2)]);
    await dexie.cases.put({ ...demoCase('bad', 'P1', T), orderId: '' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await readFirstLive(plain, 40, byDueThenSeverity)).map((c) => c.orderId)).toEqual(['ok', 'ok2']);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('database missing: no case, nothing created; a stored one is read and its connection closed', async () => {
    const factory = new IDBFactory();
    expect(await readInboxFirst(openExisting(factory, 'order-sentinel'), 40, byDueThenSeverity)).toEqual([]);
    expect(await factory.databases()).toEqual([]);
    const { name, dexie } = await written([demoCase('a', 'P3', T + 1), demoCase('b', 'P1', T + 1), demoCase('c', 'P1', T, { status: 'resolved' })]);
    dexie.close();
    expect((await readInboxFirst(openExisting(indexedDB, name), 40, byDueThenSeverity)).map((c) => c.orderId)).toEqual(['b', 'a']);
    // Closed once read: the background upgrading the schema is not blocked.
    const upgraded = await new Promise<number>((resolve, reject) => {
      const request = indexedDB.open(name, 100);
      request.onblocked = () => reject(new Error('blocked by the side panel'));
      request.onsuccess = () => {
        request.result.close();
        resolve(request.result.version);
      };
      request.onerror = () => reject(request.error);
    });
    expect(upgraded).toBe(100);
  });
});

describe('the early script\'s reads (entrypoints/popup-early.ts, no schema loaded)', () => {
  it('names the live statuses and severities as the schema does', () => {
    expect([...EARLY_LIVE_STATUSES]).toEqual(LIVE_STATUSES);
    expect([...EARLY_SEVERITIES]).toEqual(SEVERITIES);
  });

  it('its rows give the popup and the side panel exactly what they read themselves', async () => {
    const statuses = ['open', 'in_progress', 'waiting', 'resolved', 'dismissed'] as const;
    const cases = Array.from({ length: 600 }, (_, i) =>
      demoCase(`o${String(i).padStart(3, '0')}`, (['P1', 'P2', 'P3'] as const)[(i * 7) % 3]!, i % 11 === 0 ? undefined : T + ((i * 37) % 50) * 60_000, {
        status: statuses[(i * 13) % 5]!,
        openedAt: T - ((i * 17) % 9),
        ...(i % 9 === 0 ? { conditionCleared: true, clearedAt: T } : {}),
      }),
    );
    const { plain } = await written(cases);
    const popupRows = await readDueRows(plain, POPUP_URGENT + POPUP_AHEAD);
    expect(await readMostUrgent(plain, POPUP_URGENT, popupRows)).toEqual(await readMostUrgent(plain, POPUP_URGENT));
    expect((await readMostUrgent(plain, POPUP_URGENT, popupRows)).map((c) => c.orderId)).toEqual(['o150', 'o300', 'o069', 'o519', 'o219']);
    const inboxRows = await readDueRows(plain, INBOX_FIRST_ROWS);
    expect(await readFirstLive(plain, INBOX_FIRST_ROWS, byDueThenSeverity, inboxRows)).toEqual(await readFirstLive(plain, INBOX_FIRST_ROWS, byDueThenSeverity));
    // Fewer rows than a read needs are not used: the popup's rows do not make the side panel's first screen.
    expect(await readFirstLive(plain, INBOX_FIRST_ROWS, byDueThenSeverity, popupRows)).toHaveLength(INBOX_FIRST_ROWS);
  });

  it('the first screen is drawn from the rows read early, without asking the database again', async () => {
    const { dexie, plain, name } = await written([demoCase('a', 'P2', T + 5), demoCase('b', 'P1', T + 9)]);
    const early = readDueRows(plain, POPUP_URGENT + POPUP_AHEAD);
    await early;
    // A case written after the early read shows with the live query, not in the first screen.
    await dexie.cases.put(demoCase('later', 'P1', T));
    const read = readPopup(openExisting(indexedDB, name), POPUP_URGENT, early);
    expect((await read.urgent).map((c) => c.orderId)).toEqual(['b', 'a']);
    expect((await readInboxFirst(openExisting(indexedDB, name), INBOX_FIRST_ROWS, byDueThenSeverity, readDueRows(plain, INBOX_FIRST_ROWS))).map((c) => c.orderId)).toEqual(['later', 'a', 'b']);
    // A failed early read is read again.
    const failed = Promise.reject(new Error('no index'));
    failed.catch(() => undefined);
    expect((await readInboxFirst(openExisting(indexedDB, name), INBOX_FIRST_ROWS, byDueThenSeverity, failed)).map((c) => c.orderId)).toEqual(['later', 'a', 'b']);
  });
});
