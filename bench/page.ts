/**
 * Bundled (esbuild, IIFE) and injected into a plain Chromium page by scripts/bench.mts: the
 * timed work runs inside the page, with the page's own clock, so no DevTools round trip is
 * counted. Exposes `window.__bench`.
 */
import { demo } from '../lib/adapters/demo';
import { taobao } from '../lib/adapters/taobao';
import type { Adapter } from '../lib/adapters/types';
import { LAYOUT_READERS, READ_TEXTS, type RowTexts } from '../lib/extract/read';
import { ALL_READERS, findOrderList } from '../lib/extract/meaning';
import { genericPage } from '../lib/extract/generic';
import { readChanges, readPageWith } from '../lib/extract/incremental';
import { parseRows } from '../lib/extract/order';
import { headersOf } from '../lib/extract/row';
import { ingestBatch, ingestBatchJudged, reevaluateAsTimePasses } from '../lib/ingest';
import { openDb, orderIndexes, V6_ORDERS } from '../lib/db';
import { clockKey, clockOf } from '../lib/detectors/clock';
import { orderKey, type Order } from '../lib/schema';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { demoRow, generateOrders, taobaoBlock } from './generate';
import type { OrderShape } from './shape';

const ADAPTERS: Record<string, Adapter> = { taobao, demo };

const time = (task: () => void): number => {
  const t0 = performance.now();
  task();
  return performance.now() - t0;
};

/** The physical floor of reading the page: every cell's text, once. */
function readEveryCell(): number {
  let chars = 0;
  for (const cell of document.querySelectorAll('td, th')) chars += cell.textContent!.length;
  return chars;
}

/**
 * One row changed, a different row each call: the element of its last text replaced by a copy of
 * itself, as a page's framework draws a changed value again. Called before each timed read and
 * each baseline, so neither meets the page exactly as it last read it: an unchanged page keeps
 * the browser's tag lists and counts from the last read and makes page-wide queries free, which
 * a seller's page, changed between reads, does not (a text node replaced alone keeps them). The
 * copy shows the same text, so every read reads the same orders.
 */
function rowToucher(): (i: number) => void {
  const leaves: Element[] = [];
  for (const row of document.querySelectorAll('tr')) {
    let last: Element | undefined;
    for (const el of row.querySelectorAll('td *, td')) if (el.childElementCount === 0 && (el.textContent ?? '') !== '') last = el;
    if (last !== undefined) leaves.push(last);
  }
  return (i) => {
    const at = (i * 7) % leaves.length;
    const copy = leaves[at]!.cloneNode(true) as Element;
    leaves[at]!.replaceWith(copy);
    leaves[at] = copy;
  };
}

export interface ReadTimes {
  /** The content script's read: the texts of every order (lib/extract/row.ts). */
  read: number[];
  /** The background's share: those texts parsed into canonical orders (lib/extract/order.ts). */
  parse: number[];
  cells: number[];
  ordersRead: number;
  skipped: number;
}

/** The page's read as a content script makes it, into texts (no cache: a first read). */
const readTexts = (adapter: Adapter, url: string) => readPageWith(LAYOUT_READERS, adapter, document, { url, now: Date.now() }, READ_TEXTS);

/**
 * First reads (no cache) of the page, interleaved with the baseline loop, each after one row
 * changed (rowToucher): the content script's read, then (timed apart) the background's
 * parse of what it sends, in the same V8.
 */
function firstRead(adapterId: string, url: string, warmup: number, runs: number): ReadTimes {
  const adapter = ADAPTERS[adapterId]!;
  const read: number[] = [];
  const parse: number[] = [];
  const cells: number[] = [];
  let ordersRead = 0;
  let skipped = 0;
  const touch = rowToucher();
  for (let i = 0; i < warmup + runs; i++) {
    let r: ReturnType<typeof readTexts> | undefined;
    touch(2 * i);
    const tRead = time(() => (r = readTexts(adapter, url)));
    const { result } = r!;
    // The message's rows, as the content script sends them (not timed: the send is not either).
    const rows = result.rows.map((row) => ({ position: row.position, ...row.order }));
    let p: ReturnType<typeof parseRows> | undefined;
    const ctx = { url, now: Date.now() };
    const tParse = time(() => (p = parseRows(adapter, ctx, result.labels ? headersOf(result.labels) : {}, rows)));
    touch(2 * i + 1);
    const tCells = time(readEveryCell);
    ordersRead = p!.orders.length;
    skipped = result.skipped.length + p!.skipped.length;
    if (i >= warmup) {
      read.push(tRead);
      parse.push(tParse);
      cells.push(tCells);
    }
  }
  return { read, parse, cells, ordersRead, skipped };
}

/**
 * One order added to a page already read: what the content script does with the mutation
 * records of the addition (readChanges, the function it calls with them), timed alone; each
 * sample is the mean of `batch` additions (the page is cross-origin isolated: a 5 µs clock).
 * Each order added is taken out again (read as a change, not timed), so every sample reads an
 * addition to the same 500-row list. The samples are spread over time: the page yields to its
 * event loop between two, so a stall of the machine (another process, a collection) lands on
 * a few of them, where the ~3 ms of back-to-back samples could all fall into one (a CI run's
 * median of 5 was 0.33 ms, 15% of a first read, measured again at 0.03 ms).
 */
async function addOne(adapterId: string, url: string, shape: OrderShape, warmup: number, runs: number, batch: number) {
  const adapter = ADAPTERS[adapterId]!;
  const list =
    adapterId === 'taobao'
      ? document.querySelector('[class*="trade-order-mod__order-list"]')!
      : document.querySelector('table.order-table tbody')!;
  const extra = generateOrders((warmup + runs) * batch, shape, Date.now(), 99);
  // The content script's observer, with its options (lib/content/index.ts).
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  let read = readTexts(adapter, url);
  const samples: number[] = [];
  let changeReads = 0;
  let largest = 0;
  let next = 0;
  for (let i = 0; i < warmup + runs; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    let total = 0;
    for (let b = 0; b < batch; b++) {
      const order = extra[next]!;
      const html = adapterId === 'taobao' ? taobaoBlock(order) : demoRow(order, 900000 + next);
      next++;
      // A <tr> must be parsed inside a table: build it in the right container (detached, unobserved).
      const holder = document.createElement(adapterId === 'taobao' ? 'div' : 'tbody');
      holder.innerHTML = html;
      const row = holder.firstElementChild!;
      list.prepend(row);
      // What the observer's callback receives for this addition.
      const records = observer.takeRecords();
      total += time(() => (read = readChanges(read, records, document, { url, now: Date.now() })));
      if (read.how === 'changes') changeReads++;
      largest = Math.max(largest, read.result.rows.length);
      row.remove();
      read = readChanges(read, observer.takeRecords(), document, { url, now: Date.now() });
    }
    if (i >= warmup) samples.push(total / batch);
  }
  observer.disconnect();
  return { samples, ordersRead: largest, changeReads, additions: next };
}

/** Ingest + detect `count` orders into a fresh database, vs one raw IndexedDB transaction. */
async function ingest(count: number, shape: OrderShape, warmup: number, runs: number) {
  const now = Date.now();
  const orders = generateOrders(count, shape, now, 3);
  // The records as ingest stores them (with their clocks), for the raw baseline to put.
  const clock = clockKey(DEFAULT_SETTINGS);
  const clocksOf = clockOf(DEFAULT_SETTINGS);
  const records = orders.map((o) => ({ ...o, key: orderKey(o), clockKey: clock, clocks: clocksOf(o), ...orderIndexes(o) }));
  const ingestMs: number[] = [];
  const rawMs: number[] = [];
  let last = { written: 0, changed: 0, findings: 0 };
  for (let i = 0; i < warmup + runs; i++) {
    const name = `bench-ingest-${i}`;
    const db = openDb(name);
    await db.open();
    const t0 = performance.now();
    last = await ingestBatch(db, orders, now, DEFAULT_SETTINGS);
    const tIngest = performance.now() - t0;
    db.close();
    await deleteDatabase(name);

    const rawName = `bench-raw-${i}`;
    const raw = await openRaw(rawName);
    const t1 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction('orders', 'readwrite');
      const store = tx.objectStore('orders');
      for (const r of records) store.put(r);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const tRaw = performance.now() - t1;
    raw.close();
    await deleteDatabase(rawName);
    if (i >= warmup) {
      ingestMs.push(tIngest);
      rawMs.push(tRaw);
    }
  }
  return { ingestMs, rawMs, result: last };
}

/**
 * The alarm against IndexedDB after an ingest of `count` orders: each run 15 minutes after the
 * last and told its time, so it reads the stored orders by their clock indexes. Next to it,
 * reading every stored order, which is what it did before the indexes. From 14:00 in Beijing
 * (06:00 UTC), so no run's window crosses a day (a new day's shop counts read every order).
 */
async function alarmInDb(count: number, shape: OrderShape, warmup: number, runs: number) {
  const start = Date.UTC(2026, 10, 25, 6, 0);
  const period = 15 * 60_000;
  const name = `bench-alarm-${count}`;
  const db = openDb(name);
  await db.open();
  const stored = generateOrders(count, shape, start, 3);
  await ingestBatch(db, stored, start, DEFAULT_SETTINGS);
  const alarmMs: number[] = [];
  const readAllMs: number[] = [];
  for (let i = 1; i <= warmup + runs; i++) {
    const at = start + i * period;
    const t0 = performance.now();
    await reevaluateAsTimePasses(db, at, DEFAULT_SETTINGS, at - period);
    const tAlarm = performance.now() - t0;
    const t1 = performance.now();
    await db.orders.toArray();
    const tAll = performance.now() - t1;
    if (i > warmup) {
      alarmMs.push(tAlarm);
      readAllMs.push(tAll);
    }
  }
  const read = await db.orders.where('clocks').notEqual(0).count();
  db.close();
  await deleteDatabase(name);
  return { alarmMs, readAllMs, read };
}

/**
 * One page read in shops of each of `counts` stored orders: 20 orders seen changed (the
 * seller's remark), ingested and judged, next to a raw IndexedDB put of the same 20 records into
 * the same database. The shops are built first and the runs go round them, so a change in the
 * machine's load weighs on every size alike. Then per shop a burst of such reads, and the
 * alarm's catch-up that follows a burst (entrypoints/background: onOrdersIngested). From 14:00
 * in Beijing (06:00 UTC).
 */
/** Orders per transaction when a page-read shop is built. */
const SHOP_SLICE = 10_000;

async function pageReads(counts: readonly number[], shape: OrderShape, warmup: number, runs: number) {
  const start = Date.UTC(2026, 10, 25, 6, 0);
  const clock = clockKey(DEFAULT_SETTINGS);
  const clocksOf = clockOf(DEFAULT_SETTINGS);
  const shops = [];
  for (const count of counts) {
    const name = `bench-page-read-${count}`;
    const db = openDb(name);
    await db.open();
    const stored = generateOrders(count, shape, start, 3);
    // A large shop arrives as an import does, a transaction per slice: Chromium's IndexedDB
    // grows slower than linearly with one transaction's size (30k orders in one: 4x the 10k).
    for (let i = 0; i < stored.length; i += SHOP_SLICE) await ingestBatch(db, stored.slice(i, i + SHOP_SLICE), start, DEFAULT_SETTINGS);
    shops.push({ count, name, db, stored, readMs: [] as number[], rawMs: [] as number[], judged: [] as number[] });
  }
  const at = start + 60_000;
  const batchOf = (stored: readonly Order[], i: number) => stored.slice(i * 20, i * 20 + 20).map((o) => ({ ...o, sellerRemark: `checked ${i}`, source: { ...o.source, observedAt: at + i } }));
  for (let i = 0; i < warmup + runs; i++) {
    for (const shop of shops) {
      const batch = batchOf(shop.stored, i);
      const t0 = performance.now();
      const read = await ingestBatchJudged(shop.db, batch, at + i, DEFAULT_SETTINGS);
      const tRead = performance.now() - t0;
      // The same records as the read stored them, put again as they are.
      const records = batch.map((o) => ({ ...o, key: orderKey(o), clockKey: clock, clocks: clocksOf(o), ...orderIndexes(o) }));
      const idb = shop.db.backendDB();
      const t1 = performance.now();
      await new Promise<void>((resolve, reject) => {
        const tx = idb.transaction('orders', 'readwrite');
        const store = tx.objectStore('orders');
        for (const r of records) store.put(r);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      const tRaw = performance.now() - t1;
      if (i >= warmup) {
        shop.readMs.push(tRead);
        shop.rawMs.push(tRaw);
        shop.judged.push(read.judged);
      }
    }
  }
  const out = [];
  for (const shop of shops) {
    // A burst of 10 more reads a few seconds apart, then what the worker runs once it settles.
    const burst = warmup + runs;
    for (let i = burst; i < burst + 10; i++) await ingestBatchJudged(shop.db, batchOf(shop.stored, i), at + i * 3_000, DEFAULT_SETTINGS);
    const settled = at + (burst + 10) * 3_000 + 2_000;
    const t2 = performance.now();
    const catchUp = await reevaluateAsTimePasses(shop.db, settled, DEFAULT_SETTINGS, start);
    const catchUpMs = performance.now() - t2;
    // The read that follows the burst: it judges what it changed and the orders sharing a buyer with it, nothing more.
    const next = batchOf(shop.stored, burst + 10);
    const after = await ingestBatchJudged(shop.db, next, settled + 1_000, DEFAULT_SETTINGS);
    shop.db.close();
    await deleteDatabase(shop.name);
    out.push({ size: shop.count, readMs: shop.readMs, rawMs: shop.rawMs, judged: shop.judged, catchUpMs, catchUpJudged: catchUp.evaluated, afterBurst: { changed: after.result.changed, judged: after.judged } });
  }
  return out;
}

function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    // The same indexes as the extension's orders table (lib/db V6_ORDERS: the primary key, then
    // one index per name, `[a+b]` compound): the floor includes index upkeep.
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore('orders', { keyPath: 'key' });
      for (const index of V6_ORDERS.split(',').slice(1).map((name) => name.trim())) {
        store.createIndex(index, index.startsWith('[') ? index.slice(1, -1).split('+') : index);
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

/**
 * The reader by meaning (no console selectors) reading the page whole into texts, as a content
 * script does after its layout found nothing, interleaved with the every-cell baseline; each
 * after one row changed (rowToucher).
 */
function meaningRead(url: string, warmup: number, runs: number): { read: number[]; cells: number[]; ordersRead: number } {
  const read: number[] = [];
  const cells: number[] = [];
  let ordersRead = 0;
  const touch = rowToucher();
  for (let i = 0; i < warmup + runs; i++) {
    let r: ReturnType<typeof readPageWith<RowTexts>> | undefined;
    touch(2 * i);
    const tRead = time(() => (r = readPageWith(ALL_READERS, genericPage, document, { url, now: Date.now() }, READ_TEXTS)));
    touch(2 * i + 1);
    const tCells = time(readEveryCell);
    ordersRead = r!.result.rows.length;
    if (i >= warmup) {
      read.push(tRead);
      cells.push(tCells);
    }
  }
  return { read, cells, ordersRead };
}

/**
 * One order changed on a page read by its structure: its block's text is written again, and the
 * content script reads the mutation records (lib/extract/incremental.ts readChanges).
 */
function meaningChange(url: string, warmup: number, runs: number): { samples: number[]; first: number; changeReads: number; changes: number; ordersRead: number } {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  let read: ReturnType<typeof readPageWith<RowTexts>> | undefined;
  const first = time(() => (read = readPageWith(ALL_READERS, genericPage, document, { url, now: Date.now() }, READ_TEXTS)));
  const samples: number[] = [];
  let changeReads = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const rows = read!.result.rows;
    const block = rows[(i * 7) % rows.length]!.row;
    // The block's last text, written again: one order changed, as a status update does.
    const leaves = Array.from(block.querySelectorAll('*')).filter((e) => e.childElementCount === 0 && (e.textContent ?? '') !== '');
    const leaf = leaves[leaves.length - 1]!;
    leaf.textContent = leaf.textContent;
    const records = observer.takeRecords();
    const t = time(() => (read = readChanges(read!, records, document, { url, now: Date.now() })));
    if (read!.how === 'changes') changeReads++;
    if (i >= warmup) samples.push(t);
  }
  observer.disconnect();
  return { samples, first, changeReads, changes: warmup + runs, ordersRead: read!.result.rows.length };
}

/** Finding the order list on the page (lib/extract/meaning.ts findOrderList), one row changed before each find. */
function findList(warmup: number, runs: number): { samples: number[]; ordersFound: number; elements: number } {
  const samples: number[] = [];
  let ordersFound = 0;
  const touch = rowToucher();
  for (let i = 0; i < warmup + runs; i++) {
    let found: ReturnType<typeof findOrderList> | undefined;
    touch(i);
    const t = time(() => (found = findOrderList(document)));
    ordersFound = found!.kind === 'list' ? found!.list.orders.length : 0;
    if (i >= warmup) samples.push(t);
  }
  return { samples, ordersFound, elements: document.getElementsByTagName('*').length };
}

(window as unknown as { __bench: unknown }).__bench = { firstRead, addOne, ingest, alarmInDb, pageReads, meaningRead, meaningChange, findList };
