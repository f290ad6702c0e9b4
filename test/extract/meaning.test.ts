// @vitest-environment happy-dom
// The reader by meaning on pages nobody described (issue 16): which list it reads when there
// are several, what it says when there is none, and hostile pages that must neither freeze nor
// crash it. Whole-page reads of real renderings are scored by `npm run corpus`.
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';
import { findOrderList, NO_ORDER_LIST } from '../../lib/extract/meaning';

const NOW = Date.parse('2026-11-20T10:00:00+08:00');
const page = (body: string): Document => new DOMParser().parseFromString(`<!doctype html><html lang="zh-CN"><body>${body}</body></html>`, 'text/html');
const zh = genericAdapter({ language: 'zh-CN', timeZone: 'Asia/Shanghai' });
const read = (doc: Document) => readOrders(zh, doc, { url: 'https://admin.example.test/orders', now: NOW });

const ORDERS = `<table><thead><tr><th>订单编号</th><th>下单时间</th><th>实付金额(元)</th><th>订单状态</th><th>快递单号</th></tr></thead><tbody>
<tr><td>4012345678901234567</td><td>昨天 14:03</td><td>128.50</td><td>待发货</td><td>SF1234567890123</td></tr>
<tr><td>4012345678901234568</td><td>3天前</td><td>1,299.00</td><td>已发货</td><td>YT2345678901234</td></tr>
<tr><td>合计</td><td></td><td>1,427.50</td><td></td><td></td></tr></tbody></table>`;

describe('the reader by meaning', () => {
  it('reads an order table by its header words and cells: the unit in the header, relative dates, no tracking number as an order', () => {
    const result = read(page(ORDERS));
    expect(result.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.money.currency, new Date(r.order.placedAt).toISOString(), r.order.status])).toEqual([
      ['4012345678901234567', 128.5, 'CNY', '2026-11-19T06:03:00.000Z', 'awaiting_shipment'],
      ['4012345678901234568', 1299, 'CNY', '2026-11-17T02:00:00.000Z', 'shipped'],
    ]);
    expect(result.skipped).toEqual([]);
    expect(result.rows.map((r) => r.order.trackingNo)).toEqual(['SF1234567890123', 'YT2345678901234']);
  });

  it('reads the list with order numbers when a page holds two lists, and counts the other one', () => {
    const products = `<table><thead><tr><th>商品</th><th>上架时间</th><th>价格</th></tr></thead><tbody>
      <tr><td>手工皂</td><td>2026-11-01 10:00</td><td>¥29.00</td></tr><tr><td>皂盒</td><td>2026-11-02 10:00</td><td>¥9.00</td></tr></tbody></table>`;
    const refunds = `<table><thead><tr><th>订单编号</th><th>申请时间</th><th>退款金额</th></tr></thead><tbody>
      <tr><td>4099999999999999999</td><td>2026-11-18 09:00</td><td>¥10.00</td></tr></tbody></table>`;
    const found = findOrderList(page(products + ORDERS + refunds));
    if (found.kind !== 'list') throw new Error(found.problem);
    expect(found.list.orders.map((o) => o.given.orderId)).toEqual(['4012345678901234567', '4012345678901234568']);
    expect(found.list.others).toBe(1);
    expect(found.list.columns.map((c) => c.key)).toEqual(['orderId', 'placedAt', 'paid', 'status', 'trackingNo']);
  });

  it('says "no order list found" on a page without one, never a silent zero', () => {
    const doc = page('<h1>店铺首页</h1><table><tr><th>指标</th><th>今日</th></tr><tr><td>访客</td><td>37</td></tr></table>');
    expect(findOrderList(doc)).toEqual({ kind: 'problem', problem: NO_ORDER_LIST });
    expect(read(doc)).toMatchObject({ rows: [], problem: NO_ORDER_LIST });
  });

  it('reads a page with a 100 KB cell and tables nested 20 deep without throwing', () => {
    let nested = ORDERS;
    for (let i = 0; i < 20; i++) nested = `<table><tr><td>${nested}</td></tr></table>`;
    const huge = `<table><thead><tr><th>订单编号</th><th>下单时间</th><th>实付款</th></tr></thead><tbody>
      <tr><td>4012345678901230001</td><td>2026-11-18 10:00</td><td>¥${'9'.repeat(100_000)}</td></tr></tbody></table>`;
    const result = read(page(nested + huge));
    expect(result.rows.map((r) => r.order.orderId)).toEqual(['4012345678901234567', '4012345678901234568']);
  });

  it('reads a 20,000-row list in bounded time', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `<tr><td>${4012345678901200000 + i}</td><td>2026-11-18 10:00</td><td>¥${i}.00</td></tr>`).join('');
    const doc = page(`<table><thead><tr><th>订单编号</th><th>下单时间</th><th>实付款</th></tr></thead><tbody>${rows}</tbody></table>`);
    const t0 = performance.now();
    const found = findOrderList(doc);
    const ms = performance.now() - t0;
    if (found.kind !== 'list') throw new Error(found.problem);
    expect(found.list.orders.length).toBe(20_000);
    // happy-dom is far slower than a browser; this holds the work linear, not a budget (see npm run bench).
    expect(ms).toBeLessThan(20_000);
  }, 30_000);
});
