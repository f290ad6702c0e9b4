// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jd } from '../../lib/adapters/jd';
import { READ_BLOCKS, readOrders } from '../../lib/extract';

const ORDERS_URL = 'https://shop.jd.com/jdm/trade/orders/order-list';
const OLD_ORDERS_URL = 'https://porder.shop.jd.com/order/orderlist/allOrders';
const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);

function load(name: string): Document {
  const html = readFileSync(`test/fixtures/jd/${name}`, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Wall time in Asia/Shanghai (UTC+8, no DST) as an instant. */
const cst = (day: number, h: number, m: number, s: number): number => Date.UTC(2026, 10, day, h - 8, m, s);

describe('JD adapter on 订单管理 (2026-11)', () => {
  const result = readOrders(jd, load('order-list.2026-11.html'), { url: ORDERS_URL, now: NOW });
  const source = { url: ORDERS_URL, adapter: 'jd', observedAt: NOW };

  it('reads each order block, including a two-item order, into the exact canonical order', () => {
    expect(result.problem).toBeUndefined();
    expect(result.skipped).toEqual([]);
    expect(result.totalRows).toBe(6);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'jd',
        orderId: '301234567801',
        placedAt: cst(21, 8, 55, 12),
        paidAt: cst(21, 8, 56, 40),
        // 承诺发货 under the status, which stays 等待出库 alone.
        shipBy: cst(22, 23, 59, 59),
        status: 'awaiting_shipment',
        statusRaw: '等待出库',
        buyer: 'jd_7f3a9c21',
        items: [
          { title: '手工冷制皂 玫瑰精油 100g', sku: '颜色：玫瑰 规格：100g', quantity: 1, unitPrice: 39 },
          { title: '手工皂起泡网 双层', sku: '颜色：白色', quantity: 2, unitPrice: 5 },
        ],
        money: { currency: 'CNY', paid: 57, subtotal: 49, shipping: 8 },
        source,
      },
      {
        marketplace: 'jd',
        orderId: '301234567802',
        placedAt: cst(22, 13, 10, 0),
        paidAt: cst(22, 13, 10, 31),
        status: 'shipped',
        statusRaw: '等待确认收货',
        buyer: 'jd_lucky88',
        items: [{ title: '艾草精油皂 3块装 家庭装', sku: '颜色：艾草 规格：3块装', quantity: 1, unitPrice: 45 }],
        money: { currency: 'CNY', paid: 45, subtotal: 45, shipping: 0 },
        source,
      },
      {
        marketplace: 'jd',
        orderId: '301234567803',
        placedAt: cst(16, 20, 2, 9),
        paidAt: cst(16, 20, 3, 0),
        status: 'completed',
        statusRaw: '完成',
        buyer: 'jd_春眠不觉晓',
        items: [{ title: '山茶花洁面皂 120g', sku: '规格：120g', quantity: 1, unitPrice: 78 }],
        money: { currency: 'CNY', paid: 78, subtotal: 78, shipping: 0 },
        source,
      },
      {
        marketplace: 'jd',
        orderId: '301234567804',
        placedAt: cst(19, 7, 30, 45),
        status: 'cancelled',
        statusRaw: '已取消',
        buyer: 'jd_a1b2c3',
        items: [{ title: '旅行装皂盒 沥水', sku: '颜色：透明', quantity: 1, unitPrice: 19.9 }],
        money: { currency: 'CNY', paid: 19.9, subtotal: 19.9, shipping: 0 },
        source,
      },
      {
        // 锁定: the buyer asked to cancel a paid order; the refund waits for the seller.
        marketplace: 'jd',
        orderId: '301234567805',
        placedAt: cst(23, 11, 11, 11),
        paidAt: cst(23, 11, 12, 2),
        status: 'refund_requested',
        statusRaw: '锁定',
        buyer: 'jd_北岛南风',
        items: [{ title: '手工皂礼盒 6块装 送礼', sku: '规格：礼盒装', quantity: 1, unitPrice: 129 }],
        money: { currency: 'CNY', paid: 129, subtotal: 129, shipping: 0 },
        source,
      },
      {
        marketplace: 'jd',
        orderId: '301234567806',
        placedAt: cst(24, 21, 40, 0),
        status: 'awaiting_payment',
        statusRaw: '等待付款',
        buyer: 'jd_小鹿斑比',
        items: [{ title: '一次性洗脸巾 80抽', sku: '规格：80抽', quantity: 3, unitPrice: 12 }],
        money: { currency: 'CNY', paid: 36, subtotal: 36, shipping: 0 },
        source,
      },
    ]);
  });

  it('puts the badge next to the order number and keeps the whole block as the row', () => {
    const first = result.rows[0]!;
    expect(first.row.className).toBe('order-item_wrap__kL2p9');
    expect(first.anchor.textContent).toBe('301234567801');
    expect(first.row.contains(first.anchor)).toBe(true);
  });

  it('still reads the blocks when the header line and body classes are renamed', () => {
    const doc = load('order-list.2026-11.html');
    for (const el of Array.from(doc.querySelectorAll('[class*="order-item_header"], [class*="order-item_body"]'))) {
      el.className = 'x';
    }
    const again = readOrders(jd, doc, { url: ORDERS_URL, now: NOW });
    expect(again.skipped).toEqual([]);
    expect(again.rows.map((r) => r.order)).toEqual(result.rows.map((r) => r.order));
  });
});

describe('JD adapter on a later build (new hashes, reordered columns, a broken amount)', () => {
  const result = readOrders(jd, load('order-list-variant.2026-11.html'), { url: OLD_ORDERS_URL, now: NOW });
  const source = { url: OLD_ORDERS_URL, adapter: 'jd', observedAt: NOW };

  it('reads the good blocks by header meaning and skips the one whose 应付金额 is ¥--', () => {
    expect(result.problem).toBeUndefined();
    expect(result.totalRows).toBe(3);
    expect(result.skipped).toEqual([{ row: 2, orderId: '301234567812', reason: "订单金额 '¥--' is not an amount" }]);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        // 暂停: paused, neither to ship nor closed; the raw text is kept for the seller.
        marketplace: 'jd',
        orderId: '301234567811',
        placedAt: cst(20, 9, 0, 0),
        paidAt: cst(20, 9, 1, 15),
        status: 'unknown',
        statusRaw: '暂停',
        buyer: 'jd_云朵',
        items: [{ title: '手工冷制皂 薰衣草 100g', sku: '颜色：薰衣草', quantity: 1, unitPrice: 1299 }],
        money: { currency: 'CNY', paid: 1299, subtotal: 1299, shipping: 0 },
        source,
      },
      {
        marketplace: 'jd',
        orderId: '301234567813',
        placedAt: cst(24, 12, 0, 0),
        paidAt: cst(24, 12, 0, 48),
        status: 'awaiting_shipment',
        statusRaw: '等待出库',
        buyer: 'jd_星星',
        items: [{ title: '山茶花洁面皂 120g', sku: '规格：120g', quantity: 1, unitPrice: 78 }],
        money: { currency: 'CNY', paid: 86, subtotal: 78, shipping: 8 },
        source,
      },
    ]);
  });
});

describe('JD adapter when nothing can be read', () => {
  it('reads "暂无数据" as an empty list with a clear reason', () => {
    expect(readOrders(jd, load('order-list-empty.2026-11.html'), { url: ORDERS_URL, now: NOW })).toEqual({
      adapter: 'jd',
      rows: [],
      skipped: [],
      totalRows: 0,
      problem: 'the order list is empty',
    });
  });

  it('tells a changed layout (headers but no order blocks) apart from an empty list', () => {
    const doc = load('order-list.2026-11.html');
    for (const el of Array.from(doc.querySelectorAll('[class*="order-item_wrap"]'))) el.className = 'renamed';
    // A script without the reader by meaning says the layout changed ...
    expect(readOrders(jd, doc, { url: ORDERS_URL, now: NOW }, READ_BLOCKS).problem).toBe(
      'the order list shows no order blocks (the page layout may have changed)',
    );
    // ... and with it, the same orders are read by the page's structure, which read health says.
    const saved = readOrders(jd, load('order-list.2026-11.html'), { url: ORDERS_URL, now: NOW });
    const byStructure = readOrders(jd, doc, { url: ORDERS_URL, now: NOW });
    expect(byStructure.byStructure).toBe(1);
    // Item titles lose their own element's selector; the order's number, total, time and status do not.
    const essentials = (r: (typeof saved.rows)[number]) => [r.order.orderId, r.order.money.paid, r.order.placedAt, r.order.paidAt, r.order.status, r.order.buyer];
    expect(byStructure.rows.map(essentials)).toEqual(saved.rows.map(essentials));
  });
});
