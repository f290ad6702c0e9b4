// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pinduoduo } from '../../lib/adapters/pinduoduo';
import { READ_TABLES, readOrders } from '../../lib/extract';
import { buildContext, evaluate } from '../../lib/detectors';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { mergeObserved } from '../../lib/ingest/merge';

const ORDERS_URL = 'https://mms.pinduoduo.com/orders/list?msfrom=mms_sidenav';
const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);

function load(name: string): Document {
  const html = readFileSync(`test/fixtures/pinduoduo/${name}`, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Wall time in Asia/Shanghai (UTC+8, no DST) as an instant. */
const cst = (day: number, h: number, m: number, s: number): number => Date.UTC(2026, 10, day, h - 8, m, s);

describe('Pinduoduo adapter on 订单查询 (2026-11)', () => {
  const result = readOrders(pinduoduo, load('orders-list.2026-11.html'), { url: ORDERS_URL, now: NOW });
  const source = { url: ORDERS_URL, adapter: 'pinduoduo', observedAt: NOW };

  it('reads every row into the exact canonical order, 成团时间 as order and payment time, with 商品总价 and the buyer', () => {
    expect(result.problem).toBeUndefined();
    expect(result.skipped).toEqual([]);
    expect(result.totalRows).toBe(6);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'pinduoduo',
        orderId: '241120-258301446712345',
        placedAt: cst(20, 9, 12, 40),
        paidAt: cst(20, 9, 12, 40),
        shipBy: cst(22, 9, 12, 40),
        status: 'awaiting_shipment',
        statusRaw: '待发货',
        buyer: '小雨点点',
        items: [{ title: '手工冷制皂 玫瑰精油 100g 滋润洁面', sku: '规格：玫瑰 100g', quantity: 2 }],
        money: { currency: 'CNY', paid: 59.9, subtotal: 69.8, shipping: 0 },
        source,
      },
      {
        marketplace: 'pinduoduo',
        orderId: '241121-258309912233445',
        placedAt: cst(21, 14, 30, 2),
        paidAt: cst(21, 14, 30, 2),
        shipBy: cst(23, 14, 30, 2),
        status: 'shipped',
        statusRaw: '已发货，待签收',
        buyer: '开心每一天',
        items: [{ title: '艾草精油皂 3块装 家庭装', sku: '规格：艾草 3块', quantity: 1 }],
        money: { currency: 'CNY', paid: 45, subtotal: 45, shipping: 0 },
        carrier: '圆通快递',
        trackingNo: 'YT7512345678901',
        source,
      },
      {
        marketplace: 'pinduoduo',
        orderId: '241118-258288801122334',
        placedAt: cst(18, 11, 2, 45),
        paidAt: cst(18, 11, 2, 45),
        shipBy: cst(20, 11, 2, 45),
        status: 'delivered',
        statusRaw: '已签收',
        buyer: '木子李',
        items: [{ title: '山茶花洁面皂 120g', sku: '规格：120g', quantity: 1 }],
        money: { currency: 'CNY', paid: 78, subtotal: 78, shipping: 0 },
        carrier: '中通快递',
        trackingNo: '78812345678901',
        source,
      },
      {
        marketplace: 'pinduoduo',
        orderId: '241119-258295566778899',
        placedAt: cst(19, 16, 40, 11),
        paidAt: cst(19, 16, 40, 11),
        status: 'cancelled',
        statusRaw: '已取消',
        buyer: '小雨点点',
        items: [{ title: '旅行装皂盒 沥水', sku: '规格：透明', quantity: 1 }],
        money: { currency: 'CNY', paid: 9.9, subtotal: 9.9, shipping: 0 },
        source,
      },
      {
        // 待发货 with 售后状态 退款中: a refund to answer, not a parcel to ship.
        marketplace: 'pinduoduo',
        orderId: '241122-258312233445566',
        placedAt: cst(22, 8, 15, 0),
        paidAt: cst(22, 8, 15, 0),
        shipBy: cst(24, 8, 15, 0),
        status: 'refund_requested',
        statusRaw: '待发货 / 退款中',
        buyer: '青青子衿',
        items: [{ title: '手工皂礼盒 6块装 送礼', sku: '规格：礼盒装', quantity: 1 }],
        money: { currency: 'CNY', paid: 129, subtotal: 129, shipping: 0 },
        source,
      },
      {
        marketplace: 'pinduoduo',
        orderId: '241117-258280099887766',
        placedAt: cst(17, 10, 0, 0),
        paidAt: cst(17, 10, 0, 0),
        shipBy: cst(19, 10, 0, 0),
        status: 'refunded',
        statusRaw: '未发货，退款成功',
        buyer: '阿坤',
        items: [{ title: '一次性洗脸巾 80抽', sku: '规格：80抽×3包', quantity: 3 }],
        money: { currency: 'CNY', paid: 36, subtotal: 36, shipping: 0 },
        source,
      },
    ]);
  });

  it('puts the badge in the order-number cell of each row', () => {
    const first = result.rows[0]!;
    expect(first.row.getAttribute('data-testid')).toBe('beast-core-table-body-tr');
    expect(first.anchor.tagName).toBe('TD');
    expect(first.anchor.textContent).toBe('241120-258301446712345 复制');
  });

  it('still reads the table when the beast-core data-testid attributes are gone', () => {
    const doc = load('orders-list.2026-11.html');
    for (const el of Array.from(doc.querySelectorAll('[data-testid]'))) el.removeAttribute('data-testid');
    const again = readOrders(pinduoduo, doc, { url: ORDERS_URL, now: NOW });
    expect(again.skipped).toEqual([]);
    expect(again.rows.map((r) => r.order)).toEqual(result.rows.map((r) => r.order));
  });
});

describe('Pinduoduo adapter on a later build (reordered and extra columns, a broken amount)', () => {
  const result = readOrders(pinduoduo, load('orders-list-variant.2026-11.html'), { url: ORDERS_URL, now: NOW });
  const source = { url: ORDERS_URL, adapter: 'pinduoduo', observedAt: NOW };

  it('reads the good rows by header meaning and skips the one whose 实收金额 is ¥--', () => {
    expect(result.problem).toBeUndefined();
    expect(result.totalRows).toBe(3);
    expect(result.skipped).toEqual([
      { row: 2, orderId: '241123-258318899001122', reason: "实收金额(元) '¥--' is not an amount" },
    ]);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'pinduoduo',
        orderId: '241124-258320011223344',
        placedAt: cst(24, 20, 5, 18),
        paidAt: cst(24, 20, 5, 18),
        shipBy: cst(26, 20, 5, 18),
        status: 'awaiting_shipment',
        statusRaw: '待发货',
        items: [{ title: '手工冷制皂 薰衣草 100g', sku: '规格：薰衣草 100g', quantity: 3 }],
        money: { currency: 'CNY', paid: 1080, shipping: 0 },
        source,
      },
      {
        marketplace: 'pinduoduo',
        orderId: '241121-258310000111222',
        placedAt: cst(21, 7, 45, 9),
        paidAt: cst(21, 7, 45, 9),
        shipBy: cst(23, 7, 45, 9),
        status: 'refund_requested',
        statusRaw: '已发货，待签收 / 售后处理中',
        items: [{ title: '手工皂起泡网 双层', sku: '规格：白色', quantity: 2 }],
        money: { currency: 'CNY', paid: 10, shipping: 2 },
        carrier: '韵达快递',
        trackingNo: '4312345678901',
        source,
      },
    ]);
  });
});

describe('Pinduoduo adapter when nothing can be read', () => {
  it('reads the 暂无数据 table as an empty list, not a failure', () => {
    expect(readOrders(pinduoduo, load('orders-list-empty.2026-11.html'), { url: ORDERS_URL, now: NOW })).toEqual({
      adapter: 'pinduoduo',
      rows: [],
      skipped: [],
      totalRows: 0,
      problem: 'the order list is empty',
    });
  });

  it('says no order table was found when the 订单号 header is renamed away', () => {
    const doc = load('orders-list.2026-11.html');
    for (const th of Array.from(doc.querySelectorAll('th'))) if (th.textContent === '订单号') th.textContent = '单号';
    expect(readOrders(pinduoduo, doc, { url: ORDERS_URL, now: NOW }, READ_TABLES).problem).toBe(
      'no order table with an order-number column was found',
    );
    // By its structure, 单号 over a column of order numbers is the order number.
    const saved = readOrders(pinduoduo, load('orders-list.2026-11.html'), { url: ORDERS_URL, now: NOW });
    const byStructure = readOrders(pinduoduo, doc, { url: ORDERS_URL, now: NOW });
    expect(byStructure.byStructure).toBe(1);
    expect(byStructure.rows.map((r) => r.order.orderId)).toEqual(saved.rows.map((r) => r.order.orderId));
  });
});

describe('Pinduoduo adapter on the 待发货 tab with one buyer’s repeated order (2026-11)', () => {
  const url = 'https://mms.pinduoduo.com/orders/list?type=0&tab=1';
  const result = readOrders(pinduoduo, load('orders-list-waiting.2026-11.html'), { url, now: NOW });
  const source = { url, adapter: 'pinduoduo', observedAt: NOW };
  const order = (orderId: string, placed: number, promised: number) => ({
    marketplace: 'pinduoduo',
    orderId,
    placedAt: placed,
    paidAt: placed,
    shipBy: promised,
    status: 'awaiting_shipment',
    statusRaw: '待发货',
    buyer: '夏天的风',
    items: [{ title: '手工冷制皂 薰衣草 100g', sku: '规格：薰衣草 100g', quantity: 1 }],
    money: { currency: 'CNY', paid: 29.9, subtotal: 29.9, shipping: 0 },
    source,
  });

  it('reads both orders with their buyer, so the later one is flagged as the same buyer’s duplicate', () => {
    expect(result.skipped).toEqual([]);
    const orders = result.rows.map((r) => r.order);
    expect(orders).toEqual([
      order('241124-258340011122233', cst(24, 10, 5, 12), cst(26, 10, 5, 12)),
      order('241124-258340099988877', cst(24, 10, 31, 40), cst(26, 10, 31, 40)),
    ]);
    const { findings } = evaluate(orders, buildContext(orders), NOW, DEFAULT_SETTINGS);
    expect(findings.map((f) => [f.orderId, f.detector, f.severity])).toEqual([['241124-258340099988877', 'duplicate-order', 'P2']]);
  });
});

describe('Pinduoduo adapter on the 已发货 tab with a number that fits no 圆通 format and a shipment without one (2026-11)', () => {
  const url = 'https://mms.pinduoduo.com/orders/list?type=0&tab=2';
  const result = readOrders(pinduoduo, load('orders-list-shipped.2026-11.html'), { url, now: NOW });
  const source = { url, adapter: 'pinduoduo', observedAt: NOW };
  const shipped = (orderId: string, day: number, h: number, m: number, s: number, buyer: string, title: string, sku: string, paid: number) => ({
    marketplace: 'pinduoduo',
    orderId,
    placedAt: cst(day, h, m, s),
    paidAt: cst(day, h, m, s),
    shipBy: cst(day + 2, h, m, s),
    status: 'shipped',
    statusRaw: '已发货，待签收',
    buyer,
    items: [{ title, sku, quantity: 1 }],
    money: { currency: 'CNY', paid, subtotal: paid, shipping: 0 },
    source,
  });

  it('reads each shipment’s carrier and number as shown: a 圆通 number too short for its format and a shipment without one are fake-shipping risks', () => {
    expect(result.skipped).toEqual([]);
    const orders = result.rows.map((r) => r.order);
    expect(orders).toEqual([
      { ...shipped('241123-258331100223344', 23, 8, 20, 15, '木子李', '山茶花洁面皂 120g', '规格：120g', 78), carrier: '中通快递', trackingNo: '78812345678902' },
      { ...shipped('241123-258331155667788', 23, 11, 2, 48, '清风徐来', '艾草精油皂 3块装 家庭装', '规格：艾草 3块', 45), carrier: '圆通快递', trackingNo: 'YT751234' },
      shipped('241123-258331199887766', 23, 16, 45, 9, '大白兔', '手工皂礼盒 6块装 送礼', '规格：礼盒装', 129),
    ]);
    const { findings } = evaluate(orders, buildContext(orders), NOW, DEFAULT_SETTINGS);
    expect(findings.map((f) => [f.orderId, f.detector, f.severity, f.evidence['check']])).toEqual([
      ['241123-258331155667788', 'tracking-invalid', 'P1', 'malformed'],
      ['241123-258331199887766', 'tracking-invalid', 'P1', 'missing'],
    ]);
  });
});

describe('Pinduoduo adapter on a month of orders (50 per page) with one bulk order far above the shop’s usual', () => {
  const url = 'https://mms.pinduoduo.com/orders/list?type=0&page_size=50';
  const result = readOrders(pinduoduo, load('orders-list-month.2026-11.html'), { url, now: NOW });

  it('reads all 31 orders, and the unshipped order of 30 gift boxes is the one to check before shipping', () => {
    expect(result.skipped).toEqual([]);
    const orders = result.rows.map((r) => r.order);
    expect(orders.length).toBe(31);
    expect(orders[0]).toMatchObject({
      orderId: '241124-258349900112233',
      status: 'awaiting_shipment',
      buyer: '企业采购王经理',
      items: [{ title: '手工皂礼盒 6块装 送礼', sku: '规格：礼盒装', quantity: 30 }],
      money: { currency: 'CNY', paid: 3870, subtotal: 3870, shipping: 0 },
    });
    expect(orders.slice(1).every((o) => o.status === 'delivered' && o.money.paid <= 258 && o.carrier === '中通快递')).toBe(true);
    const { findings } = evaluate(orders, buildContext(orders), NOW, DEFAULT_SETTINGS);
    expect(findings.map((f) => [f.orderId, f.detector, f.severity])).toEqual([['241124-258349900112233', 'amount-outlier', 'P3']]);
  });
});

describe('Pinduoduo adapter on a month of orders read on Thursday 26 November, four of them unshipped past Wednesday\'s 承诺发货时间', () => {
  const url = 'https://mms.pinduoduo.com/orders/list?type=0&page_size=50';
  const now = cst(26, 12, 0, 0);
  const result = readOrders(pinduoduo, load('orders-list-late-day.2026-11.html'), { url, now });

  it('counts the four as late shipments on Wednesday in Beijing time against none on the four Wednesdays before: an unusual day', () => {
    expect(result.skipped).toEqual([]);
    const orders = result.rows.map((r) => r.order);
    expect(orders.length).toBe(35);
    const { findings } = evaluate(orders, buildContext(orders), now, DEFAULT_SETTINGS);
    const late = ['261123-258300000000000', '261123-258300000000001', '261123-258300000000002', '261123-258300000000003'];
    expect(findings.map((f) => [f.orderId, f.detector, f.severity, f.explanation.en])).toEqual([
      ...late.map((id) => [id, 'ship-deadline', 'P1', 'Not shipped: the ship-by time shown on Pinduoduo has passed.']),
      ['@2026-11-25', 'rate-spike', 'P2', 'On Wednesday 2026-11-25 (Beijing time): late shipments 4, usually 0 (z = 4) — far from the last 4 Wednesdays (robust z beyond 3).'],
    ]);
    expect(findings.at(-1)!.evidence).toMatchObject({ lateShipments: 4, lateShipmentsLastWeeks: '0, 0, 0, 0', timeZone: 'Asia/Shanghai' });
  });
});

describe('Pinduoduo adapter on two reads of 订单查询 on Tuesday 24 November, the four parcels sent out last turning 退款中 between them', () => {
  const url = 'https://mms.pinduoduo.com/orders/list?type=0&page_size=50';
  const first = readOrders(pinduoduo, load('orders-list-refunds-before.2026-11.html'), { url, now: cst(24, 20, 0, 0) });
  const second = readOrders(pinduoduo, load('orders-list-refunds-after.2026-11.html'), { url, now: cst(24, 22, 0, 0) });

  it('counts the four refund requests on the day the second read saw them: an unusual day of refunds, where the first read alone raised nothing', () => {
    expect([first.skipped, second.skipped]).toEqual([[], []]);
    const before = first.rows.map((r) => r.order);
    expect(evaluate(before, buildContext(before), cst(24, 20, 0, 0), DEFAULT_SETTINGS).findings).toEqual([]);
    const known = new Map(before.map((o) => [o.orderId, o]));
    const after = second.rows.map((r) => mergeObserved(known.get(r.order.orderId)!, r.order));
    expect(after.filter((o) => o.statusChangeSeenAt !== undefined).map((o) => [o.orderId, o.statusRaw, o.status])).toEqual(
      ['261123-258300000000100', '261122-258300000000101', '261121-258300000000102', '261120-258300000000103'].map((id) => [id, '已发货，待签收 / 退款中', 'refund_requested']),
    );
    const { findings } = evaluate(after, buildContext(after), cst(24, 22, 0, 0), DEFAULT_SETTINGS);
    expect(findings.map((f) => [f.orderId, f.detector, f.severity, f.explanation.en])).toEqual([
      ['@2026-11-24', 'rate-spike', 'P2', 'So far on Tuesday 2026-11-24 (Beijing time): refunds and returns 4, usually 0 (z = 4) — far from the last 4 Tuesdays (robust z beyond 3).'],
    ]);
  });
});
