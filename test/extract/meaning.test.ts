// @vitest-environment happy-dom
// The reader by meaning on pages nobody described: which list it reads when there
// are several, what it says when there is none, and hostile pages that must neither freeze nor
// crash it. Whole-page reads of real renderings are scored by `npm run corpus`.
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';
import { findOrderList, NO_ORDER_LIST, orderLists, valueIn } from '../../lib/extract/meaning';

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
    // Read health is told the page shows two order lists (the popup says which one was read).
    const result = read(page(products + ORDERS + refunds));
    expect(result.byStructure).toBe(2);
    expect(result.rows.map((r) => r.order.orderId)).toEqual(['4012345678901234567', '4012345678901234568']);
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

  it('finds an ARIA grid of orders beside order cards, and leaves a grid inside a card to the card', () => {
    const grid = (ids: readonly string[]) =>
      `<div role="grid"><div role="row"><span role="columnheader">订单编号</span><span role="columnheader">下单时间</span><span role="columnheader">实付款</span></div>` +
      ids.map((id) => `<div role="row"><span role="gridcell">${id}</span><span role="gridcell">2026-11-18 10:00</span><span role="gridcell">¥12.00</span></div>`).join('') +
      `</div>`;
    const card = (id: string, inner = '') => `<div><p>订单号：${id}</p><p>下单时间：2026-11-18 09:00</p><p>实付款：¥30.00</p>${inner}</div>`;
    // Nine small tables in a card: too many tables for a plain table page, so the cards are looked for.
    const small = '<table><tr><td>赠品</td><td>1</td></tr></table>'.repeat(9);
    const doc = page(
      `<div>${card('4012345678901234601', grid(['4012345678901234701', '4012345678901234702']))}${card('4012345678901234602', small)}</div>` +
        `<section><div>${grid(['4012345678901234501', '4012345678901234502'])}</div></section>`,
    );
    expect(orderLists(doc).map((l) => [l.kind, l.orders.map((o) => o.given.orderId)])).toEqual([
      ['table', ['4012345678901234501', '4012345678901234502']],
      ['cards', ['4012345678901234601', '4012345678901234602']],
    ]);
  });

  it('finds an HTML order table beside order cards that hold tables of their own, and leaves those tables to their cards', () => {
    const card = (id: string) =>
      `<div><p>订单号：${id}</p><p>下单时间：2026-11-18 09:00</p><p>实付款：¥30.00</p>${'<table><tr><td>赠品</td><td>1</td></tr></table>'.repeat(5)}</div>`;
    const doc = page(
      `<section><div>${card('4012345678901234601')}${card('4012345678901234602')}</div></section>` +
        `<aside><div><table><thead><tr><th>订单编号</th><th>下单时间</th><th>实付款</th></tr></thead><tbody>` +
        `<tr><td>4012345678901234501</td><td>2026-11-18 10:00</td><td>¥12.00</td></tr><tr><td>4012345678901234502</td><td>2026-11-18 11:00</td><td>¥13.00</td></tr>` +
        `</tbody></table></div></aside>`,
    );
    expect(orderLists(doc).map((l) => [l.kind, l.orders.map((o) => o.given.orderId)])).toEqual([
      ['table', ['4012345678901234501', '4012345678901234502']],
      ['cards', ['4012345678901234601', '4012345678901234602']],
    ]);
  });

  it('picks the status of a status cell reading only as far as it must: the same as reading every piece', () => {
    const cells = {
      // Taobao's 交易状态: the status, then a link the walk stops before.
      taobao: ['<div><p><span>交易成功</span></p><p><a href="#">详情</a></p></div>', '交易成功'],
      // A number then a lone currency sign are one piece, read before the status after them.
      joined: ['<div><span>12</span><span>元</span><span>已付款</span></div>', '已付款'],
      // A piece ending in a digit may still take a currency code after it: "Paid 3" is not the pick.
      later: ['<div><span>Paid 3</span><span>USD</span><span>Shipped</span></div>', 'Paid 3USD'],
      none: ['<div><b>abc</b><i>def</i></div>', 'abc def'],
      empty: ['<div><span> </span></div>', undefined],
      // A struck status is no status: the cell is read whole, without it.
      struck: ['<div><del>待发货</del><span>已发货</span></div>', '已发货'],
    } as const;
    const doc = page(`<table><tr>${Object.values(cells).map(([html]) => `<td>${html}</td>`).join('')}</tr></table>`);
    const tds = Array.from(doc.querySelectorAll('td'));
    expect(tds.map((td) => valueIn('status', td))).toEqual(Object.values(cells).map(([, pick]) => pick));
  });
});

/**
 * Shapes public code that reads the real consoles describes (lib/adapters/* cite the sources,
 * seen 2026-12-06), written here with made-up classes: the reader by meaning must read them
 * with no console's selectors.
 */
describe('shapes public code reads on the real consoles', () => {
  const ids = (doc: Document) => {
    const result = read(doc);
    return result.rows.map((r) => [r.order.orderId, r.order.money.paid, new Date(r.order.placedAt).toISOString(), r.order.status]);
  };

  it('JD 2026: one card per order, times written before 下单 and 付款, the total as 应收', () => {
    const card = (id: string, placed: string, total: string, status: string) => `<div class="c1"><div class="h"><span>订单编号</span><span>${id}</span>
      <div class="t">${placed} 下单，2026-11-18 10:05:04 付款</div></div>
      <table><tr><td><div>手工皂 玫瑰 100g</div><div>商品编号：100012345611</div></td><td>×1</td><td>应收 ${total}</td><td>jd_云朵</td><td>${status}</td></tr></table></div>`;
    const doc = page(`<table><thead><tr><th>商品</th><th>数量</th><th>订单金额</th><th>买家</th><th>订单状态</th></tr></thead></table>
      <div class="list">${card('301234567811', '2026-11-18 10:01:22', '¥129.00', '等待出库')}${card('301234567812', '2026-11-19 08:00:00', '¥59.90', '等待确认收货')}</div>`);
    expect(ids(doc)).toEqual([
      ['301234567811', 129, '2026-11-18T02:01:22.000Z', 'awaiting_shipment'],
      ['301234567812', 59.9, '2026-11-19T00:00:00.000Z', 'shipped'],
    ]);
  });

  it('抖店 (Auxo): an order header row across the table ("订单编号 …", "下单时间 2026/11/18 …") over its item rows', () => {
    const order = (id: string, placed: string, paid: string, status: string) =>
      `<tr data-row-key="${id}"><td colspan="5"><span>订单编号 ${id}</span><span>下单时间 ${placed}</span></td></tr>
       <tr><td>玫瑰精油皂 100g</td><td>x2</td><td>${paid}</td><td>${status}</td><td><a>详情</a></td></tr>`;
    const doc = page(`<table><thead><tr><th>商品</th><th>数量</th><th>实付金额</th><th>订单状态</th><th>操作</th></tr></thead><tbody>
      ${order('6938812345678902001', '2026/11/18 14:00:00', '¥59.90', '待发货')}${order('6938812345678902002', '2026/11/19 09:30:00', '¥1,078.00', '已完成')}</tbody></table>`);
    expect(ids(doc)).toEqual([
      ['6938812345678902001', 59.9, '2026-11-18T06:00:00.000Z', 'awaiting_shipment'],
      ['6938812345678902002', 1078, '2026-11-19T01:30:00.000Z', 'completed'],
    ]);
  });

  it('拼多多: one block per order, "订单编号：" and "订单成交时间：" over a row of cells', () => {
    const block = (id: string, placed: string, paid: string, status: string) => `<div class="b"><div><span>订单编号：${id}</span><span>订单成交时间：${placed}</span><span>承诺发货时间：2026-11-21 23:59:59</span></div>
      <table><tr><td>纸巾 24包</td><td>${status}</td><td>1</td><td>¥30.00</td><td>${paid}</td><td>张**</td></tr></table></div>`;
    const doc = page(`<table><thead><tr><th>商品</th><th>订单状态</th><th>数量</th><th>商品总价</th><th>实收金额</th><th>收货人</th></tr></thead></table>
      ${block('231118-123456789012345', '2026-11-18 20:15:00', '¥27.90', '待发货')}${block('231119-223456789012345', '2026-11-19 07:45:00', '¥55.80', '已发货，待签收')}`);
    expect(ids(doc)).toEqual([
      ['231118-123456789012345', 27.9, '2026-11-18T12:15:00.000Z', 'awaiting_shipment'],
      ['231119-223456789012345', 55.8, '2026-11-18T23:45:00.000Z', 'shipped'],
    ]);
  });

  it('Taobao 已卖出的宝贝: two tables per order, the header line (订单号, 创建时间) and the items', () => {
    const order = (id: string, placed: string, paid: string, status: string) => `<div class="m"><table><tbody><tr><td>
      <label><input type="checkbox"><span>订单号</span><span>：</span><span>${id}</span></label><span>创建时间：${placed}</span></td></tr></tbody></table>
      <table><tbody><tr><td>手工冷制皂 玫瑰精油 100g</td><td>￥29.00</td><td>2</td><td></td><td>tb_晴天小猪</td><td>${status}<a>详情</a></td><td><strong>${paid}</strong><span>(含快递:￥10.00)</span></td></tr></tbody></table></div>`;
    const doc = page(`<table><thead><tr><th>宝贝</th><th>单价</th><th>数量</th><th>售后</th><th>买家</th><th>交易状态</th><th>实收款</th></tr></thead></table>
      ${order('3712804412345678901', '2026-11-18 14:03:11', '￥68.00', '买家已付款')}${order('3712804412345678902', '2026-11-19 09:00:00', '￥--', '交易关闭')}`);
    const result = read(doc);
    expect(result.rows.map((r) => [r.order.orderId, r.order.money.paid, new Date(r.order.placedAt).toISOString(), r.order.status])).toEqual([
      ['3712804412345678901', 68, '2026-11-18T06:03:11.000Z', 'awaiting_shipment'],
    ]);
    // A total the console does not show is a row skipped with the reason, never ¥0.
    expect(result.skipped).toEqual([{ row: 2, orderId: '3712804412345678902', reason: "实收款 '￥--' is not an amount" }]);
  });
});

describe('order cards and numbers the reader was never tuned to', () => {
  const en = genericAdapter({ language: 'en-US', timeZone: 'America/New_York' });
  const enPage = (body: string): Document => new DOMParser().parseFromString(`<!doctype html><html lang="en-US"><body>${body}</body></html>`, 'text/html');

  it('reads a card whose tracking number sits behind its own label: the number is the parcel\'s, not a decoy that sinks the card', () => {
    const card = (id: string, placed: string, status: string, total: string, tracking: string) =>
      `<div class="paper"><div><h6>Order ${id}</h6><p>Placed ${placed}</p><span>${status}</span></div><hr>` +
      `<div><p>Linen shirt, M</p><p>SKU GP661715</p><p>×1</p><p>$48.00</p></div><hr>` +
      `<div><p>Olivia Martin</p>${tracking ? `<p>Tracking <a>${tracking}</a></p>` : ''}<p><b>Total ${total}</b></p></div></div>`;
    const doc = enPage(`<main><h5>Orders</h5>${card('#1990', 'Dec 5, 2026 at 1:03 pm', 'Refunded', '$48.00', '')}${card('#1719', 'Dec 5, 2026 at 11:09 am', 'Completed', '$32.50', 'SF5299853891418')}${card('#3419', 'Dec 4, 2026 at 9:31 am', 'Shipped', '$557.97', '9400484613105109055818')}</main>`);
    const result = readOrders(en, doc, { url: 'https://admin.example.test/orders', now: Date.parse('2026-12-05T13:20:00-05:00') });
    expect(result.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.money.currency, new Date(r.order.placedAt).toISOString(), r.order.status, r.order.trackingNo])).toEqual([
      ['1990', 48, 'USD', '2026-12-05T18:03:00.000Z', 'refunded', undefined],
      ['1719', 32.5, 'USD', '2026-12-05T16:09:00.000Z', 'completed', 'SF5299853891418'],
      ['3419', 557.97, 'USD', '2026-12-04T14:31:00.000Z', 'shipped', '9400484613105109055818'],
    ]);
  });

  it('takes a 12-digit order number that starts like a mobile number after one digit (813975138440) for the order it is, not a phone', () => {
    const block = (id: string, placed: string) =>
      `<div class="card"><div class="head"><span>订单号码：${id}</span><span>下单日期：${placed}</span></div>` +
      `<div class="body"><p>纯棉T恤 白色 L</p><p>商家编码：SKU-6761-QJC</p><p><strong>CN¥150.00</strong></p><p>待付款</p></div></div>`;
    const result = read(page(`<section>${block('813975138440', '2026-11-20 09:37')}${block('691792624219', '2026-11-20 08:51')}</section>`));
    expect(result.rows.map((r) => [r.order.orderId, r.order.money.paid, new Date(r.order.placedAt).toISOString(), r.order.status])).toEqual([
      ['813975138440', 150, '2026-11-20T01:37:00.000Z', 'awaiting_payment'],
      ['691792624219', 150, '2026-11-20T00:51:00.000Z', 'awaiting_payment'],
    ]);
  });

  it('reads a number behind an order number\'s own label even when it is shaped like a parcel\'s (12 digits from 7, as ZTO\'s are)', () => {
    const block = (id: string) =>
      `<div class="c"><div><span>订单号：${id}</span><span>下单时间：2026-11-18 09:00</span></div><div><p>保温杯 500ml</p><p><strong>¥30.00</strong></p><p>待发货</p></div></div>`;
    const result = read(page(`<section>${['731234567890', '281234567890', '913800001111'].map(block).join('')}</section>`));
    expect(result.rows.map((r) => [r.order.orderId, r.order.money.paid, new Date(r.order.placedAt).toISOString(), r.order.status])).toEqual([
      ['731234567890', 30, '2026-11-18T01:00:00.000Z', 'awaiting_shipment'],
      ['281234567890', 30, '2026-11-18T01:00:00.000Z', 'awaiting_shipment'],
      ['913800001111', 30, '2026-11-18T01:00:00.000Z', 'awaiting_shipment'],
    ]);
  });

  it('still takes no parcel number for an order where no order-number label vouches for it', () => {
    const block = (id: string, parcel: string) =>
      `<div class="c"><div><span>订单号：${id}</span><span>下单时间：2026-11-18 09:00</span></div><div><p>保温杯 500ml</p><p>运单号：${parcel}</p><p><strong>¥30.00</strong></p><p>已发货</p></div></div>`;
    const result = read(page(`<section>${block('281234567890', '731234567891')}${block('381234567890', '731234567892')}</section>`));
    expect(result.rows.map((r) => [r.order.orderId, r.order.trackingNo])).toEqual([
      ['281234567890', '731234567891'],
      ['381234567890', '731234567892'],
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('reads order cards by label families it was never given word for word, the unit in a label (实收金额(元), Total (EUR)) naming the currency', () => {
    const zhCard = (labels: readonly string[], id: string, placed: string, paid: string, status: string) =>
      `<div class="c"><p><span>${labels[0]}：</span><span>${id}</span></p><p><span>${labels[1]}：</span><span>${placed}</span></p><p>保温杯 500ml ×1</p>` +
      `<p><span>${labels[2]}：</span><span>${paid}</span></p><p><span>${labels[3]}：</span><span>${status}</span></p></div>`;
    const zhRead = (labels: readonly string[], paid: readonly [string, string]) =>
      read(page(`<section>${zhCard(labels, '4012345678901234567', '2026-11-18 09:00', paid[0], '待发货')}${zhCard(labels, '4012345678901234568', '2026-11-17 09:00', paid[1], '已发货')}</section>`)).rows.map((r) => [
        r.order.orderId, r.order.money.paid, r.order.money.currency, new Date(r.order.placedAt).toISOString(), r.order.status, r.order.buyer,
      ]);
    const zhWant = [
      ['4012345678901234567', 88, 'CNY', '2026-11-18T01:00:00.000Z', 'awaiting_shipment', undefined],
      ['4012345678901234568', 1288, 'CNY', '2026-11-17T01:00:00.000Z', 'shipped', undefined],
    ];
    expect(zhRead(['订单号码', '下单日期', '买家实付', '交易状态'], ['¥88.00', '¥1,288.00'])).toEqual(zhWant);
    expect(zhRead(['订单编号', '订单时间', '实收金额(元)', '处理状态'], ['88.00', '1,288.00'])).toEqual(zhWant);

    const en = genericAdapter({ language: 'en-US', timeZone: 'America/New_York' });
    const enCard = (id: string, placed: string, paid: string, status: string) =>
      `<div class="c"><p><span>Order ref.:</span> <span>${id}</span></p><p><span>Submitted:</span> <span>${placed}</span></p><p>Linen shirt ×1</p>` +
      `<p><span>Total (EUR):</span> <span>${paid}</span></p><p><span>State:</span> <span>${status}</span></p></div>`;
    const doc = new DOMParser().parseFromString(
      `<!doctype html><html lang="en-US"><body><section>${enCard('R123456789', 'Nov 18, 2026 9:00 AM', '88.00', 'Processing')}${enCard('R123456790', 'Nov 17, 2026 9:00 AM', '1,288.00', 'Shipped')}</section></body></html>`,
      'text/html',
    );
    expect(readOrders(en, doc, { url: 'https://admin.example.test/orders', now: NOW }).rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.money.currency, new Date(r.order.placedAt).toISOString(), r.order.status])).toEqual([
      ['R123456789', 88, 'EUR', '2026-11-18T14:00:00.000Z', 'awaiting_shipment'],
      ['R123456790', 1288, 'EUR', '2026-11-17T14:00:00.000Z', 'shipped'],
    ]);
  });

  it('reads a status badge by its visible word, not the hidden name of the icon beside it, unless the icon is all it shows', () => {
    const en = genericAdapter({ language: 'en-US', timeZone: 'America/New_York' });
    const badge = (icon: string, word: string) => `<span><span><span><span>${icon}</span><svg></svg></span></span>${word ? `<span>${word}</span>` : ''}</span>`;
    const row = (id: string, date: string, total: string, pay: string, fulfil: string) => `<tr><td>${id}</td><td>${date}</td><td>${total}</td><td>${pay}</td><td>${fulfil}</td></tr>`;
    const doc = new DOMParser().parseFromString(
      `<!doctype html><html lang="en-US"><body><table><thead><tr><th>Order</th><th>Date</th><th>Total</th><th>Payment status</th><th>Fulfillment status</th></tr></thead><tbody>` +
        row('#1042', 'Nov 18, 2026 9:00 AM', '$48.00', badge('Complete', 'Paid'), badge('Complete', 'Fulfilled')) +
        row('#1041', 'Nov 17, 2026 9:00 AM', '$32.50', badge('Complete', 'Paid'), badge('Incomplete', 'Unfulfilled')) +
        row('#1040', 'Nov 16, 2026 9:00 AM', '$12.00', badge('Refunded', ''), badge('Complete', 'Fulfilled')) +
        `</tbody></table></body></html>`,
      'text/html',
    );
    expect(readOrders(en, doc, { url: 'https://admin.example.test/orders', now: NOW }).rows.map((r) => [r.order.orderId, r.order.status])).toEqual([
      ['#1042', 'shipped'],
      ['#1041', 'awaiting_shipment'],
      ['#1040', 'refunded'],
    ]);
  });

  it('leaves out a tree table\'s child rows by their indent when no class or aria-level marks them (classes renamed or stripped)', () => {
    const cell = (indent: number | undefined, text: string) =>
      `<td><div>${indent === undefined ? '' : `<span style="padding-left: ${indent}px;"></span>`}<div>${text}</div></div></td>`;
    const row = (indent: number | undefined, id: string, date: string, total: string, status: string) =>
      `<tr>${cell(indent, id)}<td>${date}</td><td>${total}</td><td>${status}</td></tr>`;
    const table = (rows: string) => `<table><thead><tr><th>订单号</th><th>下单时间</th><th>实付金额</th><th>订单状态</th></tr></thead><tbody>${rows}</tbody></table>`;
    const tree = table(
      row(0, '4129523485425202659', '2026-11-18 09:00', '¥88.00', '已发货') +
        row(16, '4129523485425202660', '2026-11-18 09:00', '¥58.00', '已发货') +
        row(16, '4129523485425202661', '2026-11-18 09:00', '¥30.00', '已发货') +
        row(0, '4129523485425202700', '2026-11-17 09:00', '¥19.90', '待发货'),
    );
    expect(read(page(tree)).rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.status])).toEqual([
      ['4129523485425202659', 88, 'shipped'],
      ['4129523485425202700', 19.9, 'awaiting_shipment'],
    ]);
    // Every row indented alike (a table's own padding) drops none.
    const even = table(row(12, '4129523485425202659', '2026-11-18 09:00', '¥88.00', '已发货') + row(12, '4129523485425202700', '2026-11-17 09:00', '¥19.90', '待发货'));
    expect(read(page(even)).rows.map((r) => r.order.orderId)).toEqual(['4129523485425202659', '4129523485425202700']);
  });
});

describe('words and formats of the second held-out set (test/corpus/render/heldout2.mjs)', () => {
  const en = genericAdapter({ language: 'en-GB', timeZone: 'Europe/Zurich' });
  const enPage = (body: string): Document => new DOMParser().parseFromString(`<!doctype html><html lang="en-GB"><body>${body}</body></html>`, 'text/html');
  const rowsOf = (doc: Document) =>
    readOrders(en, doc, { url: 'https://admin.example.test/orders', now: Date.parse('2026-12-05T12:00:00+01:00') }).rows.map((r) => [
      r.order.orderId, r.order.money.paid, r.order.money.currency, new Date(r.order.placedAt).toISOString(), r.order.status,
    ]);

  it('reads PrestaShop capital-letter references under a Reference header, never the Customer ID beside them, and CHF amounts with ’ groups', () => {
    const doc = enPage(`<table><thead><tr><th>Reference</th><th>Customer ID</th><th>Customer</th><th>Total</th><th>Status</th><th>Date</th></tr></thead><tbody>
<tr><td>XKBKNABJK</td><td>CUST-458753</td><td>Hannah Keller</td><td>CHF 1’234.50</td><td>Shipped</td><td>05.12.2026 09:41</td></tr>
<tr><td>OHSATSERP</td><td>CUST-158393</td><td>Luca Bianchi</td><td>CHF 88.00</td><td>Delivered</td><td>04.12.2026 18:02</td></tr>
<tr><td>FFATNOMJW</td><td>CUST-295968</td><td>Mia Novak</td><td>CHF 12.50</td><td>Cancelled</td><td>03.12.2026 07:15</td></tr></tbody></table>`);
    expect(rowsOf(doc)).toEqual([
      ['XKBKNABJK', 1234.5, 'CHF', '2026-12-05T08:41:00.000Z', 'shipped'],
      ['OHSATSERP', 88, 'CHF', '2026-12-04T17:02:00.000Z', 'delivered'],
      ['FFATNOMJW', 12.5, 'CHF', '2026-12-03T06:15:00.000Z', 'cancelled'],
    ]);
  });

  it('takes no capital word for an order number where no header names the column as one', () => {
    const doc = enPage(`<table><thead><tr><th>Carrier</th><th>Order ID</th><th>Total</th><th>Status</th><th>Date</th></tr></thead><tbody>
<tr><td>DHLEXPRESS</td><td>10041</td><td>CHF 20.00</td><td>Shipped</td><td>05.12.2026 09:41</td></tr>
<tr><td>POSTLOGISTICS</td><td>10042</td><td>R$ 1.234,50</td><td>Shipped</td><td>05.12.2026 10:41</td></tr></tbody></table>`);
    expect(rowsOf(doc)).toEqual([
      ['10041', 20, 'CHF', '2026-12-05T08:41:00.000Z', 'shipped'],
      ['10042', 1234.5, 'BRL', '2026-12-05T09:41:00.000Z', 'shipped'],
    ]);
  });
});

describe('compact dates and Indian grouping in an order table', () => {
  it('reads 20261204 15:04 under 下单时间 and ₹1,23,456.00 under 实付金额', () => {
    const doc = page(`<table><thead><tr><th>订单编号</th><th>下单时间</th><th>实付金额</th><th>订单状态</th></tr></thead><tbody>
<tr><td>4012345678901234567</td><td>20261119 15:04</td><td>₹1,23,456.00</td><td>待发货</td></tr>
<tr><td>4012345678901234568</td><td>20261118 09:30</td><td>₹2,450.50</td><td>已发货</td></tr></tbody></table>`);
    expect(read(doc).rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.money.currency, new Date(r.order.placedAt).toISOString(), r.order.status])).toEqual([
      ['4012345678901234567', 123456, 'INR', '2026-11-19T07:04:00.000Z', 'awaiting_shipment'],
      ['4012345678901234568', 2450.5, 'INR', '2026-11-18T01:30:00.000Z', 'shipped'],
    ]);
  });
});

describe('weak order-number labels in cards: 单号 alone, a bare Reference:', () => {
  const card = (label: string, id: string, at: string, total: string, status: string, extra: string) =>
    `<div class="order-card"><div class="head"><span>${label}</span><span>${id}</span><span>${at}</span></div>
<div class="line"><span>陶瓷马克杯 ×1</span><span>${total}</span><span>${status}</span></div><div class="foot">${extra}</div></div>`;
  it('reads 单号： as an order number in a card and never 运单号 beside it', () => {
    const doc = page(`<main><h2>订单</h2>${[
      card('单号：', '3712345678901234', '2026-11-19 14:03', '¥88.00', '待发货', '买家：王**'),
      card('单号：', '3712345678901299', '2026-11-18 09:30', '¥1,299.00', '已发货', '运单号：SF1234567890123'),
    ].join('')}</main>`);
    expect(read(doc).rows.map((r) => [r.order.orderId, r.order.money.paid, new Date(r.order.placedAt).toISOString(), r.order.status])).toEqual([
      ['3712345678901234', 88, '2026-11-19T06:03:00.000Z', 'awaiting_shipment'],
      ['3712345678901299', 1299, '2026-11-18T01:30:00.000Z', 'shipped'],
    ]);
  });
  it('reads a bare Reference: with a capital-letter reference in an English card', () => {
    const en = genericAdapter({ language: 'en-GB', timeZone: 'Europe/London' });
    const doc = new DOMParser().parseFromString(`<!doctype html><html lang="en-GB"><body><main><h2>Orders</h2>${[
      card('Reference:', 'XKBKNABJK', '19/11/2026 14:03', '£88.00', 'Shipped', 'Tracking 1Z999AA10123456784'),
      card('Reference:', 'OHSATSERP', '18/11/2026 09:30', '£12.50', 'Delivered', 'Phone +44 20 7946 0958'),
    ].join('')}</main></body></html>`, 'text/html');
    const rows = readOrders(en, doc, { url: 'https://admin.example.test/orders', now: NOW }).rows;
    expect(rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.money.currency, new Date(r.order.placedAt).toISOString(), r.order.status])).toEqual([
      ['XKBKNABJK', 88, 'GBP', '2026-11-19T14:03:00.000Z', 'shipped'],
      ['OHSATSERP', 12.5, 'GBP', '2026-11-18T09:30:00.000Z', 'delivered'],
    ]);
  });
});
