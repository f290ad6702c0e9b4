// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demo } from '../../lib/adapters/demo';
import type { Adapter } from '../../lib/adapters/types';
import { readOrders } from '../../lib/extract';

/** A console with no adapter-specific knowledge: every table and ARIA grid is a candidate. */
const generic: Adapter = {
  ...demo,
  id: 'generic',
  layout: { kind: 'table', tables: ['table', '[role="grid"]', '[role="table"]'] },
  statusVocabulary: {},
};
const URL_ = 'http://order-sentinel-demo.localhost/orders';
const NOW = Date.UTC(2026, 10, 25, 0, 0, 0);
const source = { url: URL_, adapter: 'generic', observedAt: NOW };

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

// Ant Design 3 with a fixed header and a fixed-left column: header and body are separate
// <table>s, and the fixed column is rendered again (header + rows) in .ant-table-fixed-left.
const antRow = (id: string, buyer: string, item: string, qty: string, total: string, date: string, status: string) =>
  `<tr class="ant-table-row ant-table-row-level-0" data-row-key="${id}"><td class="ant-table-fixed-columns-in-body"><a href="#">${id}</a></td><td>${buyer}</td><td>${item}</td><td>${qty}</td><td>${total}</td><td>${date}</td><td><span class="ant-tag">${status}</span></td></tr>`;
const antFixedRow = (id: string) =>
  `<tr class="ant-table-row ant-table-row-level-0" data-row-key="${id}"><td><a href="#">${id}</a></td></tr>`;
const th = (t: string) => `<th><span class="ant-table-header-column"><div><span class="ant-table-column-title">${t}</span><span class="ant-table-column-sorter"></span></div></span></th>`;
const ANT = (rows: string[], fixedRows: string[]) => `
<div class="ant-table-wrapper"><div class="ant-spin-container"><div class="ant-table ant-table-default ant-table-fixed-header ant-table-scroll-position-left">
 <div class="ant-table-content">
  <div class="ant-table-scroll">
   <div class="ant-table-header ant-table-hide-scrollbar"><table class=""><colgroup><col style="width:160px"><col><col><col><col><col><col></colgroup>
    <thead class="ant-table-thead"><tr>${['Order ID', 'Customer', 'Product', 'Qty', 'Order total', 'Order date', 'Status'].map(th).join('')}</tr></thead></table></div>
   <div class="ant-table-body" style="max-height:400px;overflow-y:scroll"><table class=""><colgroup><col style="width:160px"><col><col><col><col><col><col></colgroup>
    <tbody class="ant-table-tbody">${rows.join('')}</tbody></table>${rows.length === 0 ? '<div class="ant-table-placeholder"><div class="ant-empty">No Data</div></div>' : ''}</div>
  </div>
  <div class="ant-table-fixed-left">
   <div class="ant-table-header ant-table-hide-scrollbar"><table class="ant-table-fixed"><colgroup><col style="width:160px"></colgroup>
    <thead class="ant-table-thead"><tr>${th('Order ID')}</tr></thead></table></div>
   <div class="ant-table-body-outer"><div class="ant-table-body-inner"><table class="ant-table-fixed"><colgroup><col style="width:160px"></colgroup>
    <tbody class="ant-table-tbody">${fixedRows.join('')}</tbody></table></div></div>
  </div>
 </div>
</div></div></div>`;

describe('generic reader: component-library tables', () => {
  const usd: Adapter = { ...generic, currency: 'USD', timeZone: 'America/Los_Angeles' };

  it('pairs the separate header and body tables and reads each order once despite the fixed-column copy', () => {
    const doc = page(
      ANT(
        [
          antRow('A-1001', 'Ann Lee', 'Lavender soap', '2', '$19.80', '2026-11-24 09:12', 'Unshipped'),
          antRow('A-1002', 'Bo Chen', 'Soap dish', '1', '$7.50', '2026-11-23 18:00', 'Shipped'),
        ],
        [antFixedRow('A-1001'), antFixedRow('A-1002')],
      ),
    );
    const result = readOrders(usd, doc, { url: URL_, now: NOW });
    expect(result.problem).toBeUndefined();
    expect(result.totalRows).toBe(2);
    expect(result.skipped).toEqual([]);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'demo',
        orderId: 'A-1001',
        placedAt: Date.UTC(2026, 10, 24, 17, 12, 0),
        status: 'awaiting_shipment',
        statusRaw: 'Unshipped',
        buyer: 'Ann Lee',
        items: [{ title: 'Lavender soap', quantity: 2 }],
        money: { currency: 'USD', paid: 19.8 },
        source,
      },
      {
        marketplace: 'demo',
        orderId: 'A-1002',
        placedAt: Date.UTC(2026, 10, 24, 2, 0, 0),
        status: 'shipped',
        statusRaw: 'Shipped',
        buyer: 'Bo Chen',
        items: [{ title: 'Soap dish', quantity: 1 }],
        money: { currency: 'USD', paid: 7.5 },
        source,
      },
    ]);
    // The badge goes into the scrolling body's row, not the fixed copy.
    const anchor = result.rows[0]!.anchor;
    expect(anchor.closest('.ant-table-fixed-left')).toBeNull();
    expect(anchor.closest('.ant-table-scroll')).not.toBeNull();
    expect(result.rows[0]!.row.getAttribute('data-row-key')).toBe('A-1001');
  });

  it('reads an empty component table as an empty list', () => {
    expect(readOrders(usd, page(ANT([], [])), { url: URL_, now: NOW }).problem).toBe('the order list is empty');
  });

  it('ignores a hidden measure row and a "no data" row spanning the table', () => {
    const doc = page(`<table><thead><tr><th>订单号</th><th>实付款</th><th>下单时间</th></tr></thead><tbody>
      <tr aria-hidden="true" class="ant-table-measure-row"><td></td><td></td><td></td></tr>
      <tr class="ant-table-placeholder"><td colspan="3">暂无数据</td></tr></tbody></table>`);
    expect(readOrders(generic, doc, { url: URL_, now: NOW })).toEqual({
      adapter: 'generic',
      rows: [],
      skipped: [],
      totalRows: 0,
      problem: 'the order list is empty',
    });
  });
});

describe('generic reader: ARIA grids', () => {
  it('reads role=grid / row / columnheader / gridcell by header meaning, honouring aria-colindex', () => {
    const doc = page(`
      <div role="grid" aria-label="订单列表" aria-colcount="5">
        <div role="rowgroup">
          <div role="row"><div role="columnheader">订单编号</div><div role="columnheader">买家昵称</div><div role="columnheader">创建时间</div><div role="columnheader">实收款（元）</div><div role="columnheader">交易状态</div></div>
        </div>
        <div role="rowgroup">
          <div role="row" aria-rowindex="2"><div role="gridcell">9001</div><div role="gridcell">阿香</div><div role="gridcell">2026-11-24 10:00:00</div><div role="gridcell">￥120.00</div><div role="gridcell">待发货</div></div>
          <div role="row" aria-rowindex="3">
            <div role="gridcell" aria-colindex="4">￥8.00</div><div role="gridcell" aria-colindex="1">9002</div><div role="gridcell" aria-colindex="5">交易成功</div><div role="gridcell" aria-colindex="2">小周</div><div role="gridcell" aria-colindex="3">2026-11-20 08:30:00</div>
          </div>
        </div>
      </div>`);
    const result = readOrders(generic, doc, { url: URL_, now: NOW });
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'demo',
        orderId: '9001',
        placedAt: Date.UTC(2026, 10, 24, 2, 0, 0),
        status: 'awaiting_shipment',
        statusRaw: '待发货',
        buyer: '阿香',
        items: [],
        money: { currency: 'CNY', paid: 120 },
        source,
      },
      {
        marketplace: 'demo',
        orderId: '9002',
        placedAt: Date.UTC(2026, 10, 20, 0, 30, 0),
        status: 'completed',
        statusRaw: '交易成功',
        buyer: '小周',
        items: [],
        money: { currency: 'CNY', paid: 8 },
        source,
      },
    ]);
    expect(result.rows[1]!.anchor.getAttribute('aria-colindex')).toBe('1');
  });
});

describe('generic reader: rows and cells', () => {
  it('reads an order spanning two item rows (rowspan) as one order with two items', () => {
    const doc = page(`<table><thead><tr><th>订单号</th><th>商品</th><th>数量</th><th>单价</th><th>实付款</th><th>下单时间</th><th>订单状态</th></tr></thead><tbody>
      <tr><td rowspan="2">P-1</td><td>玫瑰皂</td><td>1</td><td>¥20.00</td><td rowspan="2">¥50.00</td><td rowspan="2">2026-11-24 12:00:00</td><td rowspan="2">待发货</td></tr>
      <tr><td>皂盒</td><td>3</td><td>¥10.00</td></tr>
      <tr><td>P-2</td><td>起泡网</td><td>1</td><td>¥5.00</td><td>¥5.00</td><td>2026-11-24 13:00:00</td><td>已发货</td></tr>
    </tbody></table>`);
    const result = readOrders(generic, doc, { url: URL_, now: NOW });
    expect(result.totalRows).toBe(2);
    expect(result.rows.map((r) => [r.order.orderId, r.order.items, r.order.money])).toEqual([
      [
        'P-1',
        [
          { title: '玫瑰皂', quantity: 1, unitPrice: 20 },
          { title: '皂盒', quantity: 3, unitPrice: 10 },
        ],
        { currency: 'CNY', paid: 50, subtotal: 50 },
      ],
      ['P-2', [{ title: '起泡网', quantity: 1, unitPrice: 5 }], { currency: 'CNY', paid: 5, subtotal: 5 }],
    ]);
  });

  it('skips malformed rows with a reason a seller understands and keeps the others', () => {
    const doc = page(`<table><thead><tr><th>订单号</th><th>数量</th><th>实付款</th><th>下单时间</th><th>付款时间</th></tr></thead><tbody>
      <tr><td></td><td>1</td><td>¥1.00</td><td>2026-11-24 12:00:00</td><td></td></tr>
      <tr><td>M-2</td><td>1</td><td>¥1.00</td><td>not a date</td><td></td></tr>
      <tr><td>M-3</td><td>1</td><td></td><td>2026-11-24 12:00:00</td><td></td></tr>
      <tr><td>M-4</td><td>lots</td><td>¥1.00</td><td>2026-11-24 12:00:00</td><td></td></tr>
      <tr><td>M-5</td><td>1</td><td>¥1.00</td><td>2026-11-24 12:00:00</td><td>soon</td></tr>
      <tr><td>M-6</td><td>1</td><td>¥1.00</td><td>2026-11-24 12:00:00</td><td>—</td></tr>
      <tr><td>M-7</td><td>1</td><td>¥1.00</td></tr>
    </tbody></table>`);
    const result = readOrders(generic, doc, { url: URL_, now: NOW });
    expect(result.rows.map((r) => r.order.orderId)).toEqual(['M-6']);
    expect(result.skipped).toEqual([
      { row: 1, reason: 'no order number (订单号) in this row' },
      { row: 2, orderId: 'M-2', reason: "下单时间 'not a date' is not a date and time" },
      { row: 3, orderId: 'M-3', reason: 'no paid amount (实付款) in this row' },
      { row: 4, orderId: 'M-4', reason: "数量 'lots' is not a quantity" },
      { row: 5, orderId: 'M-5', reason: "付款时间 'soon' is not a date and time" },
      { row: 7, orderId: 'M-7', reason: 'no order time (下单时间) in this row' },
    ]);
    expect(result.totalRows).toBe(7);
  });

  it('reports a row that fails the order schema with the schema issue', () => {
    // Order numbers are at most 100 characters in the schema.
    const longId = `Z${'9'.repeat(120)}`;
    const doc = page(`<table><thead><tr><th>订单号</th><th>实付款</th><th>下单时间</th></tr></thead><tbody>
      <tr><td>${longId}</td><td>¥1.00</td><td>2026-11-24 12:00:00</td></tr>
      <tr><td>Z-2</td><td>¥2.00</td><td>2026-11-24 12:00:00</td></tr></tbody></table>`);
    const result = readOrders(generic, doc, { url: URL_, now: NOW });
    expect(result.rows.map((r) => r.order.orderId)).toEqual(['Z-2']);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]!.row).toBe(1);
    expect(result.skipped[0]!.orderId).toBe(longId.slice(0, 100));
    expect(result.skipped[0]!.reason).toMatch(/^orderId: ./);
  });

  it('takes cell text only, whitespace collapsed, never markup, and never throws on odd pages', () => {
    const doc = page(`<table><thead><tr><th> 订单号： </th><th>实付款</th><th>下单时间</th><th>买家</th></tr></thead><tbody>
      <tr><td>订单号: <b>Q-1</b> <button>复制</button></td><td>¥<i>3.00</i></td><td>2026-11-24
         12:00:00</td><td>&lt;img src=x onerror=alert(1)&gt;   小  王</td></tr></tbody></table>`);
    const result = readOrders(generic, doc, { url: URL_, now: NOW });
    expect(result.rows.map((r) => [r.order.orderId, r.order.buyer, r.order.money.paid])).toEqual([
      ['Q-1', '<img src=x onerror=alert(1)> 小 王', 3],
    ]);
    const odd = [
      '',
      '<table></table>',
      '<table><tr><th>订单号</th></tr><tr><td colspan="abc" rowspan="-4">x</td><td rowspan="99999">y</td></tr></table>',
      '<div role="grid"><div role="row"><div role="columnheader">订单号</div></div><div role="row"><div role="gridcell" aria-colindex="NaN">1</div></div></div>',
    ];
    for (const body of odd) expect(() => readOrders(generic, page(body), { url: 'not a url', now: NOW })).not.toThrow();
  });
});
