// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demo } from '../../lib/adapters/demo';
import { readOrders } from '../../lib/extract';

const URL_ = 'http://order-sentinel-demo.localhost:5173/orders?page=1';
const NOW = Date.UTC(2026, 10, 24, 4, 0, 0);
const source = { url: URL_, adapter: 'demo', observedAt: NOW };

function load(name: string): Document {
  const html = readFileSync(`test/fixtures/demo/${name}`, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('demo adapter on the saved order list', () => {
  const doc = load('order-list.2026-11.html');
  const result = readOrders(demo, doc, { url: URL_, now: NOW });

  it('reads every well-formed row into the exact canonical order', () => {
    expect(result.problem).toBeUndefined();
    expect(result.totalRows).toBe(7);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'demo',
        orderId: 'DS202611240001',
        placedAt: Date.UTC(2026, 10, 24, 1, 12, 33),
        paidAt: Date.UTC(2026, 10, 24, 1, 13, 2),
        status: 'awaiting_shipment',
        statusRaw: '待发货',
        buyer: '晴天小猪',
        items: [{ title: '手工冷制皂 玫瑰 100g', quantity: 2, unitPrice: 29.9 }],
        money: { currency: 'CNY', paid: 59.8, subtotal: 59.8, shipping: 0, discount: 0 },
        source,
      },
      {
        marketplace: 'demo',
        orderId: 'DS202611240002',
        placedAt: Date.UTC(2026, 10, 24, 0, 40, 5),
        paidAt: Date.UTC(2026, 10, 24, 0, 41, 10),
        status: 'awaiting_shipment',
        statusRaw: '待发货',
        buyer: '山间清风',
        items: [{ title: '手工皂礼盒 12块装', quantity: 1, unitPrice: 1299 }],
        money: { currency: 'CNY', paid: 1199, subtotal: 1299, shipping: 0, discount: 100 },
        source,
      },
      {
        marketplace: 'demo',
        orderId: 'DS202611240003',
        placedAt: Date.UTC(2026, 10, 23, 23, 55, 0),
        status: 'awaiting_payment',
        statusRaw: '等待买家付款',
        buyer: '小鹿斑比',
        items: [{ title: '一次性洗脸巾 80抽', quantity: 3, unitPrice: 12.5 }],
        money: { currency: 'CNY', paid: 43.5, subtotal: 37.5, shipping: 6, discount: 0 },
        source,
      },
      {
        marketplace: 'demo',
        orderId: 'DS202611230004',
        placedAt: Date.UTC(2026, 10, 23, 13, 30, 18),
        paidAt: Date.UTC(2026, 10, 23, 13, 31, 40),
        status: 'shipped',
        statusRaw: '已发货',
        buyer: '橙子味汽水',
        items: [{ title: '艾草精油皂 3块装', quantity: 1, unitPrice: 45 }],
        money: { currency: 'CNY', paid: 50, subtotal: 45, shipping: 10, discount: 5 },
        source,
      },
      {
        marketplace: 'demo',
        orderId: 'DS202611220006',
        placedAt: Date.UTC(2026, 10, 22, 5, 14, 15),
        paidAt: Date.UTC(2026, 10, 22, 5, 15, 0),
        status: 'completed',
        statusRaw: '交易成功',
        buyer: '北岛南风',
        items: [{ title: '山茶花洁面皂 120g', quantity: 1, unitPrice: 39.9 }],
        money: { currency: 'CNY', paid: 39.9, subtotal: 39.9, shipping: 0, discount: 0 },
        source,
      },
      {
        marketplace: 'demo',
        orderId: 'DS202611210007',
        placedAt: Date.UTC(2026, 10, 21, 10, 20, 0),
        status: 'cancelled',
        statusRaw: '交易关闭',
        buyer: '一只喵',
        items: [{ title: '旅行装皂盒', quantity: 2, unitPrice: 9.9 }],
        money: { currency: 'CNY', paid: 25.8, subtotal: 19.8, shipping: 6, discount: 0 },
        source,
      },
    ]);
  });

  it('skips the row with an unreadable amount and says why, keeping the rest', () => {
    expect(result.skipped).toEqual([{ row: 5, orderId: 'DS202611240005', reason: "实付款 '¥--' is not an amount" }]);
  });

  it('points each order at its table row and its order-number cell for the badge', () => {
    const first = result.rows[0]!;
    expect(first.row.tagName).toBe('TR');
    expect(first.anchor.tagName).toBe('TD');
    expect(first.anchor.textContent).toBe('DS202611240001');
    expect(first.anchor.parentElement).toBe(first.row);
  });

  it('reports an empty order table as empty, not as zero orders silently', () => {
    const empty = load('order-list.2026-11.html');
    for (const tr of Array.from(empty.querySelectorAll('table.order-table tbody tr'))) tr.remove();
    expect(readOrders(demo, empty, { url: URL_, now: NOW })).toEqual({
      adapter: 'demo',
      rows: [],
      skipped: [],
      totalRows: 0,
      problem: 'the order list is empty',
    });
  });

  it('says so when the page has no table with an order-number column', () => {
    const other = load('order-list.2026-11.html');
    other.querySelector('table.order-table')!.remove();
    expect(readOrders(demo, other, { url: URL_, now: NOW }).problem).toBe(
      'no order list found',
    );
  });
});
