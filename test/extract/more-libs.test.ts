// @vitest-environment happy-dom
// Three shapes the Vue libraries rendered in test/corpus/render/vue/more-libs-pages.mjs showed the reader
// by meaning (each page waited in test/corpus/pending until the rule below): el-table-v2's sub-order rows
// marked only by a depth class, a Total line pinned over fixed columns whose label sits in the
// order-number cell, and Quasar's grid cards titled "Order 3851098092".
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const page = (lang: string, body: string): Document => new DOMParser().parseFromString(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`, 'text/html');
const read = (doc: Document, language: string, timeZone: string) =>
  readOrders(genericAdapter({ language, timeZone }), doc, { url: 'https://admin.example.test/orders', now: NOW });
const ids = (r: ReturnType<typeof read>) => r.rows.map((row) => row.order.orderId);

describe('shapes of el-table-v2 and Quasar', () => {
  it('passes over a tree grid row marked as a child only by its depth class', () => {
    const row = (cls: string, id: string, paid: string) =>
      `<div role="row" class="el-table-v2__row ${cls}"><div role="cell">${id}</div><div role="cell">2026/12/07 10:12</div><div role="cell">¥${paid}</div><div role="cell">待发货</div></div>`;
    const doc = page(
      'zh-CN',
      `<div role="table"><div role="row"><div role="columnheader">主订单号</div><div role="columnheader">下单时间</div><div role="columnheader">实付金额</div><div role="columnheader">订单状态</div></div>` +
        row('el-table-v2__row-depth-0', '6931234567890123456', '88.00') +
        row('el-table-v2__row-depth-1', '6931234567890123457', '40.00') +
        row('el-table-v2__row-depth-1', '6931234567890123458', '48.00') +
        row('el-table-v2__row-depth-0', '6931234567890129999', '12.50') +
        `</div>`,
    );
    const r = read(doc, 'zh-CN', 'Asia/Shanghai');
    expect(ids(r)).toEqual(['6931234567890123456', '6931234567890129999']);
    expect(r.rows.map((x) => x.order.money.paid)).toEqual([88, 12.5]);
    expect(r.skipped).toEqual([]);
  });

  it('passes over sub-order rows indented only in the pinned order-number part, with every class stripped', () => {
    // el-table-v2 draws a tree's parts apart (the main part, then the pinned left part), rows joined by their key;
    // with its classes gone, a child row is told only by the indent before its number in the left part.
    const main = (key: string, title: string, paid: string) =>
      `<div role="row" rowkey="${key}"><div role="cell">${title}</div><div role="cell">¥${paid}</div><div role="cell">2026/12/07 18:35</div><div role="cell">待发货</div></div>`;
    const left = (key: string, id: string, child: boolean) =>
      `<div role="row" rowkey="${key}"><div role="cell">${child ? '<div style="margin-inline-start: 12px; width: 12px"></div>' : '<button type="button" aria-label="展开"></button>'}<div>${id}</div></div></div>`;
    const doc = page(
      'zh-CN',
      `<div role="table"><div role="row"><div role="columnheader">商品</div><div role="columnheader">实付金额</div><div role="columnheader">下单时间</div><div role="columnheader">订单状态</div></div>` +
        `${main('o0', '羽绒服', '918.00')}${main('o0-c0', '羽绒服', '459.00')}${main('o0-c1', '羽绒服', '459.00')}${main('o1', '耳机', '199.00')}</div>` +
        `<div role="table"><div role="row"><div role="columnheader">主订单号</div></div>` +
        `${left('o0', '6955187101877108538', false)}${left('o0-c0', '6955187101877108539', true)}${left('o0-c1', '6955187101877108540', true)}${left('o1', '6955187101877108600', false)}</div>`,
    );
    const r = read(doc, 'zh-CN', 'Asia/Shanghai');
    expect(ids(r)).toEqual(['6955187101877108538', '6955187101877108600']);
    expect(r.rows.map((x) => x.order.money.paid)).toEqual([918, 199]);
  });

  it('skips a Total line whose label sits in the order-number cell of a fixed left table', () => {
    // As el-table-v2 draws it: the main part first, the pinned left part after it, rows joined by their key.
    const left = (key: string, id: string) => `<tr data-row-key="${key}"><td>${id}</td></tr>`;
    const main = (key: string, qty: string, date: string, total: string) => `<tr data-row-key="${key}"><td>${qty}</td><td>${date}</td><td>${total}</td><td>Paid</td></tr>`;
    const doc = page(
      'en-US',
      `<div><table><thead><tr><th>Qty</th><th>Date sold</th><th>Total</th><th>Payment</th></tr></thead><tbody>` +
        `${main('o0', '1', 'Dec 6, 2026 3:12 PM', '$24.99')}${main('o1', '2', 'Dec 6, 2026 4:40 PM', '$51.00')}${main('sum', '3', '', '$75.99')}</tbody></table>` +
        `<table><thead><tr><th>Order number</th></tr></thead><tbody>${left('o0', '14-13846-51023')}${left('o1', '14-13846-51024')}${left('sum', 'Total')}</tbody></table></div>`,
    );
    const r = read(doc, 'en-US', 'America/New_York');
    expect(ids(r)).toEqual(['14-13846-51023', '14-13846-51024']);
    expect(r.rows.map((x) => x.order.money.paid)).toEqual([24.99, 51]);
    expect(r.skipped).toEqual([]);
  });

  it('reads cards titled "Order" and the number, as an order number behind its label', () => {
    const card = (id: string, date: string, total: string) =>
      `<div class="q-card"><div>Order ${id}</div><div><span>Date</span><span>${date}</span></div><div><span>Total</span><span>${total}</span></div><div><span>Status</span><span>Dispatched</span></div></div>`;
    const doc = page('en-GB', `<main>${card('3851098092', '05/12/2026 14:03', '£18.50')}${card('3851098107', '06/12/2026 09:41', '£42.00')}</main>`);
    const r = read(doc, 'en-GB', 'Europe/London');
    expect(ids(r)).toEqual(['3851098092', '3851098107']);
    expect(r.rows.map((x) => [x.order.money.paid, x.order.money.currency, new Date(x.order.placedAt).toISOString(), x.order.status])).toEqual([
      [18.5, 'GBP', '2026-12-05T14:03:00.000Z', 'shipped'],
      [42, 'GBP', '2026-12-06T09:41:00.000Z', 'shipped'],
    ]);
  });
});
