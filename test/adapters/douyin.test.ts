// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { douyin } from '../../lib/adapters/douyin';
import { readOrders } from '../../lib/extract';
import { buildContext, evaluate } from '../../lib/detectors';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const ORDERS_URL = 'https://fxg.jinritemai.com/ffa/morder/order/list';
const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);

function load(name: string): Document {
  const html = readFileSync(`test/fixtures/douyin/${name}`, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Wall time in Asia/Shanghai (UTC+8, no DST) as an instant. */
const cst = (day: number, h: number, m: number, s: number): number => Date.UTC(2026, 10, day, h - 8, m, s);

describe('Douyin adapter on 抖店 订单管理 (Arco table, 2026-11)', () => {
  const result = readOrders(douyin, load('order-list.2026-11.html'), { url: ORDERS_URL, now: NOW });
  const source = { url: ORDERS_URL, adapter: 'douyin', observedAt: NOW };

  it('pairs the split header and body tables and reads each order once, a two-item order included, the buyer without the address', () => {
    expect(result.problem).toBeUndefined();
    expect(result.skipped).toEqual([]);
    expect(result.totalRows).toBe(7);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'douyin',
        orderId: '6938812345678901001',
        placedAt: cst(21, 19, 20, 5),
        status: 'awaiting_shipment',
        statusRaw: '待发货',
        buyer: '皂友小林',
        items: [
          { title: '手工冷制皂 玫瑰精油 100g', sku: '玫瑰；100g', quantity: 1, unitPrice: 39.9 },
          { title: '手工冷制皂 薰衣草 100g', sku: '薰衣草；100g', quantity: 1, unitPrice: 39.9 },
        ],
        money: { currency: 'CNY', paid: 79.8, subtotal: 79.8, shipping: 0 },
        source,
      },
      {
        marketplace: 'douyin',
        orderId: '6938812345678901002',
        placedAt: cst(22, 10, 0, 0),
        status: 'shipped',
        statusRaw: '已发货',
        buyer: '清风徐来',
        items: [{ title: '艾草精油皂 3块装 家庭装', sku: '艾草；3块装', quantity: 1, unitPrice: 45 }],
        money: { currency: 'CNY', paid: 45, subtotal: 45, shipping: 0 },
        source,
      },
      {
        marketplace: 'douyin',
        orderId: '6938812345678901003',
        placedAt: cst(16, 9, 30, 0),
        status: 'completed',
        statusRaw: '已完成',
        buyer: '皂友小林',
        items: [{ title: '山茶花洁面皂 120g', sku: '120g', quantity: 1, unitPrice: 78 }],
        money: { currency: 'CNY', paid: 86, subtotal: 78, shipping: 8 },
        source,
      },
      {
        marketplace: 'douyin',
        orderId: '6938812345678901004',
        placedAt: cst(18, 22, 10, 0),
        status: 'cancelled',
        statusRaw: '已关闭',
        buyer: 'momo酱',
        items: [{ title: '旅行装皂盒 沥水', sku: '透明', quantity: 1, unitPrice: 19.9 }],
        money: { currency: 'CNY', paid: 19.9, subtotal: 19.9, shipping: 0 },
        source,
      },
      {
        marketplace: 'douyin',
        orderId: '6938812345678901005',
        placedAt: cst(24, 23, 50, 0),
        status: 'awaiting_payment',
        statusRaw: '待支付',
        buyer: '一只小橘子',
        items: [{ title: '一次性洗脸巾 80抽', sku: '80抽', quantity: 3, unitPrice: 12 }],
        money: { currency: 'CNY', paid: 36, subtotal: 36, shipping: 0 },
        source,
      },
      {
        // 已发货 with 售后状态 售后中: the buyer's request is what needs the seller now.
        marketplace: 'douyin',
        orderId: '6938812345678901006',
        placedAt: cst(19, 15, 45, 30),
        status: 'refund_requested',
        statusRaw: '已发货 / 售后中',
        buyer: '阿May',
        items: [{ title: '手工皂礼盒 6块装 送礼', sku: '礼盒装', quantity: 1, unitPrice: 129 }],
        money: { currency: 'CNY', paid: 129, subtotal: 129, shipping: 0 },
        source,
      },
      {
        marketplace: 'douyin',
        orderId: '6938812345678901007',
        placedAt: cst(20, 8, 5, 44),
        status: 'refunded',
        statusRaw: '已关闭 / 退款成功',
        buyer: '阿May',
        items: [{ title: '手工皂起泡网 双层', sku: '白色', quantity: 2, unitPrice: 5 }],
        money: { currency: 'CNY', paid: 10, subtotal: 10, shipping: 0 },
        source,
      },
    ]);
  });

  it('still pairs the header and body tables when the Arco wrapper classes are renamed', () => {
    const doc = load('order-list.2026-11.html');
    for (const el of Array.from(doc.querySelectorAll('[class*="arco-table"]'))) el.className = 'x';
    const again = readOrders(douyin, doc, { url: ORDERS_URL, now: NOW });
    expect(again.skipped).toEqual([]);
    expect(again.rows.map((r) => r.order)).toEqual(result.rows.map((r) => r.order));
  });

  it('puts the badge in the order-number cell of the order’s first row', () => {
    const first = result.rows[0]!;
    expect(first.anchor.tagName).toBe('TD');
    expect(first.anchor.getAttribute('rowspan')).toBe('2');
    expect(first.anchor.textContent).toBe('6938812345678901001复制');
    expect(first.row.contains(first.anchor)).toBe(true);
  });
});

describe('Douyin adapter on a later build (Semi table, reordered and extra columns, a broken amount)', () => {
  const result = readOrders(douyin, load('order-list-variant.2026-11.html'), { url: ORDERS_URL, now: NOW });
  const source = { url: ORDERS_URL, adapter: 'douyin', observedAt: NOW };

  it('reads the good rows with the buyer message and seller remark, and skips the one whose 实付金额 is ¥-', () => {
    expect(result.problem).toBeUndefined();
    expect(result.totalRows).toBe(3);
    expect(result.skipped).toEqual([{ row: 2, orderId: '6938812345678902002', reason: "实付金额 '¥-' is not an amount" }]);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'douyin',
        orderId: '6938812345678902001',
        placedAt: cst(24, 18, 0, 0),
        status: 'awaiting_shipment',
        statusRaw: '待发货',
        items: [{ title: '手工冷制皂 玫瑰精油 100g', sku: '玫瑰；100g', quantity: 1 }],
        money: { currency: 'CNY', paid: 59.9 },
        buyerMessage: '周末要送人，麻烦尽快发货',
        source,
      },
      {
        marketplace: 'douyin',
        orderId: '6938812345678902003',
        placedAt: cst(17, 12, 0, 0),
        status: 'completed',
        statusRaw: '已完成',
        items: [{ title: '山茶花洁面皂 120g', sku: '120g', quantity: 1 }],
        money: { currency: 'CNY', paid: 1078 },
        sellerRemark: '大客户，附赠小样',
        source,
      },
    ]);
  });
});

describe('Douyin adapter when nothing can be read', () => {
  it('reads the Arco 暂无数据 row as an empty list, not a failure', () => {
    expect(readOrders(douyin, load('order-list-empty.2026-11.html'), { url: ORDERS_URL, now: NOW })).toEqual({
      adapter: 'douyin',
      rows: [],
      skipped: [],
      totalRows: 0,
      problem: 'the order list is empty',
    });
  });

  it('says no order list was found on a page without one, by its layout or its structure', () => {
    const doc = new DOMParser().parseFromString('<main><p>订单管理</p></main>', 'text/html');
    expect(readOrders(douyin, doc, { url: ORDERS_URL, now: NOW }).problem).toBe(
      'no order list found',
    );
  });
});

describe('Douyin adapter on page 2 of the list (Semi table with the buyer): a buyer of many refunds, an address to change', () => {
  const url = 'https://fxg.jinritemai.com/ffa/morder/order/list?page=2';
  const result = readOrders(douyin, load('order-list-page2.2026-11.html'), { url, now: NOW });
  const source = { url, adapter: 'douyin', observedAt: NOW };
  const wanfeng = '晚风';
  const at = (month: number, day: number, h: number, m: number, s: number): number => Date.UTC(2026, month - 1, day, h - 8, m, s);

  it('reads each order with its buyer and message: the buyer of three refunds and the request to change an address are flagged', () => {
    expect(result.skipped).toEqual([]);
    const orders = result.rows.map((r) => r.order);
    expect(orders).toEqual([
      {
        marketplace: 'douyin',
        orderId: '6938812345678903005',
        placedAt: at(11, 24, 21, 40, 12),
        status: 'awaiting_shipment',
        statusRaw: '待发货',
        buyer: '小周同学',
        items: [{ title: '手工冷制皂 薰衣草 100g', sku: '薰衣草；100g', quantity: 1 }],
        money: { currency: 'CNY', paid: 39.9 },
        buyerMessage: '地址填错了，麻烦改到西湖区文三路那个地址',
        source,
      },
      {
        marketplace: 'douyin',
        orderId: '6938812345678903001',
        placedAt: at(11, 24, 20, 15, 33),
        status: 'awaiting_shipment',
        statusRaw: '待发货',
        buyer: wanfeng,
        items: [{ title: '手工皂礼盒 6块装 送礼', sku: '礼盒装', quantity: 1 }],
        money: { currency: 'CNY', paid: 129 },
        source,
      },
      {
        marketplace: 'douyin',
        orderId: '6938812345678903004',
        placedAt: at(11, 2, 9, 5, 41),
        status: 'refund_requested',
        statusRaw: '已发货 / 售后中',
        buyer: wanfeng,
        items: [{ title: '手工冷制皂 玫瑰精油 100g', sku: '玫瑰；100g', quantity: 1 }],
        money: { currency: 'CNY', paid: 39.9 },
        source,
      },
      {
        marketplace: 'douyin',
        orderId: '6938812345678903002',
        placedAt: at(10, 20, 14, 22, 8),
        status: 'refunded',
        statusRaw: '已关闭 / 退款成功',
        buyer: wanfeng,
        items: [{ title: '艾草精油皂 3块装 家庭装', sku: '艾草；3块装', quantity: 1 }],
        money: { currency: 'CNY', paid: 45 },
        source,
      },
      {
        marketplace: 'douyin',
        orderId: '6938812345678903003',
        placedAt: at(10, 12, 19, 47, 55),
        status: 'refunded',
        statusRaw: '已完成 / 退款成功',
        buyer: wanfeng,
        items: [{ title: '山茶花洁面皂 120g', sku: '120g', quantity: 1 }],
        money: { currency: 'CNY', paid: 78 },
        source,
      },
    ]);
    const { findings } = evaluate(orders, buildContext(orders), NOW, DEFAULT_SETTINGS);
    // 晚风 has three refunds within 90 days (two done, one requested): their open orders are flagged.
    expect(findings.map((f) => [f.orderId, f.detector, f.severity])).toEqual([
      ['6938812345678903005', 'address-issue', 'P2'],
      ['6938812345678903001', 'repeat-refunder', 'P3'],
      ['6938812345678903004', 'repeat-refunder', 'P3'],
    ]);
  });
});
