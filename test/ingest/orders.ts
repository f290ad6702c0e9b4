// Test data shared by the ingest, messaging and background tests.
import { openDb, type SentinelDB } from '../../lib/db';
import type { Order, PageRow, ReadStatus } from '../../lib/schema';

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
