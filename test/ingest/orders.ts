// Test data shared by the ingest, messaging and background tests.
import { expect } from 'vitest';
import { openDb, type SentinelDB } from '../../lib/db';
import { ingestBatch } from '../../lib/ingest';
import type { Case, Order, PageRow, ReadStatus } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';

export const HOUR = 3_600_000;
/** 2026-11-20 08:00 UTC: payment time of the default order. */
export const T0 = Date.UTC(2026, 10, 20, 8, 0, 0);

/** A Taobao order paid at T0, waiting to be shipped (platform rule: 48 h). */
export function paidOrder(overrides: Partial<Order> = {}): Order {
  return {
    marketplace: 'taobao',
    orderId: '3712345678901234567',
    placedAt: T0 - 5 * 60_000,
    paidAt: T0,
    status: 'awaiting_shipment',
    statusRaw: '买家已付款',
    buyer: 'tb_buyer_01',
    items: [{ title: '手工皂', quantity: 2, unitPrice: 29.9 }],
    money: { currency: 'CNY', paid: 59.8 },
    source: { url: 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm', adapter: 'taobao', observedAt: T0 + HOUR },
    ...overrides,
  };
}

/** The same order seen later as shipped. */
export function shipped(order: Order, observedAt: number): Order {
  return {
    ...order,
    status: 'shipped',
    statusRaw: '卖家已发货',
    shippedAt: observedAt - HOUR,
    carrier: 'SF',
    trackingNo: 'SF1234567890123',
    source: { ...order.source, observedAt },
  };
}

export function seenAt(order: Order, observedAt: number): Order {
  return { ...order, source: { ...order.source, observedAt } };
}

let counter = 0;
/** A fresh database per test; the name is returned so a test can reopen it. */
export function freshDb(): { db: SentinelDB; name: string } {
  const name = `order-sentinel-test-${Date.now()}-${++counter}`;
  return { db: openDb(name), name };
}

/** `instant` as Taobao's console shows it: Beijing wall time, "2026-11-20 16:00:00". */
const beijing = (instant: number): string => new Date(instant + 8 * HOUR).toISOString().slice(0, 19).replace('T', ' ');

/**
 * The row a content script reads on Taobao's sold-items list for `paidOrder({ orderId, placedAt,
 * paidAt })`: the background parses it into that order, with the subtotal its item prices make.
 */
export function paidRow(order: Pick<Order, 'orderId' | 'placedAt'> & { paidAt?: number } = paidOrder(), position = 1): PageRow {
  return {
    position,
    orderId: order.orderId,
    cells: {
      placedAt: beijing(order.placedAt),
      ...(order.paidAt === undefined ? {} : { paidAt: beijing(order.paidAt) }),
      buyer: 'tb_buyer_01',
      paid: '¥59.80',
      status: '买家已付款',
    },
    items: [{ item: '手工皂', quantity: '2', unitPrice: '¥29.90' }],
  };
}

export const TAOBAO_LIST = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';

/** What the Taobao content script sends for these rows, read at `observedAt`. */
export function observedMessage(rows: PageRow[], status: ReadStatus, observedAt: number, url = TAOBAO_LIST) {
  return { type: 'orders.observed' as const, adapter: 'taobao', url, observedAt, labels: {}, rows, status };
}

/** The cases as a seller sees them (without when they were written). */
export const shownCases = (cases: Case[]) =>
  cases.map(({ key, status, severity, conditionCleared, evidence }) => ({ key, status, severity, conditionCleared, evidence })).sort((a, b) => a.key.localeCompare(b.key));

/**
 * Reads `reads` into a shop that trusts its flags and into one whose figures are dropped before each
 * read (as a write of orders outside ingest does), so it trusts none: after each read `flagsHold`
 * checks the flags, and both shops show the same cases.
 */
export async function sameCasesAsUnflagged<Seen>(
  reads: readonly (readonly Seen[])[],
  orderOf: (seen: Seen, read: number) => Order,
  flagsHold: (db: SentinelDB) => Promise<unknown>,
): Promise<void> {
  const flagged = freshDb().db;
  const plain = freshDb().db;
  try {
    for (const [i, read] of reads.entries()) {
      const batch = read.map((seen) => orderOf(seen, i));
      await plain.transaction('rw', [plain.orders], async () => plain.orders.bulkPut(await plain.orders.toArray()));
      await ingestBatch(flagged, batch, T0 + i * HOUR, DEFAULT_SETTINGS);
      await ingestBatch(plain, batch, T0 + i * HOUR, DEFAULT_SETTINGS);
      await flagsHold(flagged);
      expect(shownCases(await flagged.cases.toArray())).toEqual(shownCases(await plain.cases.toArray()));
    }
  } finally {
    flagged.close();
    plain.close();
  }
}
