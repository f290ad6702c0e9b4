/**
 * `npm run bench -- --only=evidence`: a case with 1,000 timeline entries (events and notes)
 * exports its evidence pack, read from the database, as Markdown and JSON, within 1 s. Node with
 * fake-indexeddb, which answers slower than a browser's IndexedDB, so the figure is on the safe side.
 */
import Dexie from 'dexie';
import { openDb } from '../lib/db';
import { evidenceJson, evidenceMarkdown, loadEvidence } from '../lib/cases/evidence';
import { kindOfCase } from '../lib/cases/store';
import type { Case, CaseEvent, Note, Order } from '../lib/schema';
import { evaluateCheck, median, type ScenarioResult } from './stats';

const HOUR = 3_600_000;
export const EVIDENCE_ENTRIES = 1_000;

/** One order, its case and `entries` timeline entries (half events, half notes), as stored. */
function records(now: number, entries: number): { order: Order; c: Case; events: CaseEvent[]; notes: Note[] } {
  const order: Order = {
    marketplace: 'taobao',
    orderId: '3712345678901234567',
    placedAt: now - 80 * HOUR,
    paidAt: now - 79 * HOUR,
    status: 'awaiting_shipment',
    statusRaw: '买家已付款',
    buyer: 'tb_buyer_01',
    items: [{ title: '手工皂 玫瑰 100g', quantity: 2, unitPrice: 29.9 }],
    money: { currency: 'CNY', paid: 59.8 },
    buyerMessage: '请尽快发货，谢谢',
    source: { url: 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm', adapter: 'taobao', observedAt: now - HOUR },
  };
  const key = `ship-deadline|taobao|${order.orderId}`;
  const c: Case = {
    key,
    detector: 'ship-deadline',
    marketplace: 'taobao',
    orderId: order.orderId,
    severity: 'P1',
    dueAt: now - 31 * HOUR,
    evidence: { hoursOverdue: 31, compensation: 5 },
    explanation: { en: 'The shipping deadline passed 31 h ago.', zh: '发货时限已过 31 小时。' },
    status: 'waiting',
    waitingOn: 'buyer',
    conditionCleared: false,
    openedAt: now - 40 * HOUR,
    updatedAt: now,
    lastDetectedAt: now,
    cause: { code: 'stock_short', text: 'supplier late' },
    responsible: 'supplier',
    followUpAt: now + 2 * HOUR,
    repliesUsed: Array.from({ length: 20 }, (_, i) => ({ templateId: 'late-shipment.apology', at: now - 30 * HOUR + i * 60_000 })),
    attachments: [{ name: 'chat.png', addedAt: now - HOUR }],
  };
  const events: CaseEvent[] = [];
  const notes: Note[] = [];
  for (let i = 0; i < entries; i++) {
    const at = now - 40 * HOUR + i * 60_000;
    if (i % 2 === 0) notes.push({ caseKey: key, text: `Called the buyer (${i}): they will wait; <b>not</b> markup.`, createdAt: at });
    else if (i % 4 === 1) events.push({ caseKey: key, at, kind: 'check', itemId: 'tell_buyer_why', label: 'tell_buyer_why', done: i % 8 === 1 });
    else events.push({ caseKey: key, at, kind: 'template', templateId: 'late-shipment.apology', language: 'zh', action: 'copy' });
  }
  return { order, c, events, notes };
}

export async function evidenceScenario(runs: number, warmup: number, log: (text: string) => void): Promise<ScenarioResult> {
  log(`evidence pack of a case with ${EVIDENCE_ENTRIES} timeline entries`);
  // The bench runs in Node: Dexie is given an in-memory IndexedDB.
  const fake = await import('fake-indexeddb');
  Dexie.dependencies.indexedDB = fake.indexedDB;
  Dexie.dependencies.IDBKeyRange = fake.IDBKeyRange;
  const now = Date.now();
  const db = openDb(`bench-evidence-${now}`);
  const { order, c, events, notes } = records(now, EVIDENCE_ENTRIES);
  await db.orders.put({ ...order, key: `${order.marketplace}|${order.orderId}`, clocks: 0, clockKey: 0 });
  await db.statusHistory.add({ orderKey: `${order.marketplace}|${order.orderId}`, status: order.status, statusRaw: order.statusRaw, observedAt: order.source.observedAt });
  await db.cases.put(c);
  await db.caseEvents.bulkAdd(events);
  await db.notes.bulkAdd(notes);
  const times: number[] = [];
  const base: number[] = [];
  let sizes = { md: 0, json: 0, lines: 0 };
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    const pack = await loadEvidence(db, c.key, now, kindOfCase);
    if (pack === undefined) throw new Error('bench: the case is missing');
    const md = evidenceMarkdown(pack, 'zh');
    const json = evidenceJson(pack, 'zh');
    const t = performance.now() - t0;
    sizes = { md: md.length, json: json.length, lines: md.split('\n').length };
    // Baseline: the same records read raw and written as JSON, nothing parsed or told.
    const t1 = performance.now();
    const raw = await Promise.all([db.cases.get(c.key), db.caseEvents.where('caseKey').equals(c.key).toArray(), db.notes.where('caseKey').equals(c.key).toArray()]);
    const rawJson = JSON.stringify(raw);
    const tb = performance.now() - t1;
    if (rawJson.length === 0) log('impossible');
    if (i >= warmup) {
      times.push(t);
      base.push(tb);
    }
  }
  db.close();
  return {
    id: 'evidence-pack',
    title: `evidence pack of a case with ${EVIDENCE_ENTRIES.toLocaleString('en')} timeline entries: read, Markdown and JSON (Node, fake-indexeddb)`,
    median: median(times),
    unit: 'ms',
    runs,
    baseline: { label: 'the raw records read and JSON.stringify', median: median(base) },
    checks: [evaluateCheck({ label: 'median', budget: { kind: 'ms', max: 1000 }, value: median(times) })],
    notes: [`${sizes.lines} Markdown lines (${(sizes.md / 1024).toFixed(0)} KB), JSON ${(sizes.json / 1024).toFixed(0)} KB; ${(median(times) / median(base)).toFixed(1)}× the raw read`],
  };
}
