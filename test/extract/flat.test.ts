// @vitest-environment happy-dom
// Lists the reader by meaning finds no list in (lib/extract/flat.ts): cells with no element per
// row (a CSS grid's children, Vaadin Grid's light DOM) and lists inside open shadow roots, read
// after it says "no order list found". Each read is checked against the reader by meaning alone,
// which reads nothing on these pages.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jd } from '../../lib/adapters/jd';
import { readOrders, type ReadResult } from '../../lib/extract';
import { EVERY_READER, withFlat } from '../../lib/extract/flat';
import { genericAdapter } from '../../lib/extract/generic';
import { ALL_READERS, NO_ORDER_LIST } from '../../lib/extract/meaning';
import { LAYOUT_READERS } from '../../lib/extract/read';

const NOW = Date.parse('2026-12-06T12:25:00+08:00');
const URL_ = 'https://admin.example.test/orders';
const zh = genericAdapter({ language: 'zh-CN', timeZone: 'Asia/Shanghai' });
const en = genericAdapter({ language: 'en-US', timeZone: 'America/New_York' });
const page = (body: string, lang = 'zh-CN'): Document => new DOMParser().parseFromString(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`, 'text/html');
const read = (doc: ParentNode, adapter = zh, readers = EVERY_READER): ReadResult => readOrders(adapter, doc, { url: URL_, now: NOW }, readers);
const seen = (r: ReadResult) => r.rows.map((x) => [x.order.orderId, x.order.money.paid, x.order.money.currency, new Date(x.order.placedAt).toISOString(), x.order.status]);

/**
 * The Vaadin page, in the corpus once `npm run corpus` reads with this rule (lib/extract/index.ts),
 * waiting in test/corpus/pending until then.
 */
const VAADIN = ['test/fixtures/corpus', 'test/corpus/pending'].map((dir) => `${dir}/react-vaadin-heldout4-shadow`).find((f) => existsSync(`${f}.json`))!;
const vaadinPage = (): Document => new DOMParser().parseFromString(readFileSync(`${VAADIN}.html`, 'utf8'), 'text/html');

/** A CSS grid: every cell a child of one container, a selection column first, header labels, then rows. */
const cssGrid = (rows: readonly (readonly string[])[], extra = '') =>
  `<div class="orders" style="display:grid;grid-template-columns:repeat(6,auto)">` +
  ['<span><input type="checkbox" aria-label="Select all"></span>', 'Order', 'Date', 'Customer', 'Total', 'Status']
    .map((label) => (label.startsWith('<') ? label : `<div class="h">${label}</div>`))
    .join('') +
  rows.map((cells) => `<span><input type="checkbox"></span>${cells.map((c) => `<div>${c}</div>`).join('')}`).join('') +
  extra +
  `</div>`;
const ROWS = [
  ['#1047', 'Dec 5, 2026 9:41 AM', 'Ana Souza', '$128.50', 'Unfulfilled'],
  ['#1046', 'Dec 4, 2026 6:02 PM', 'Li Wei', '$1,299.00', 'Fulfilled'],
  ['#1045', 'Dec 4, 2026 8:15 AM', 'Sam Okafor', '$42.00', 'Refunded'],
] as const;

describe('a flat run of cells (no element per row)', () => {
  it('reads a CSS-grid order list with a selection column: each row its own order, read health told it was read by structure', () => {
    const doc = page(`<h1>Orders</h1>${cssGrid(ROWS)}`, 'en-US');
    // Alone, the reader by meaning takes each `#1047` cell for an order block's number, with no time or total beside it.
    const alone = read(doc, en, ALL_READERS);
    expect([alone.rows, alone.skipped.map((s) => s.reason)]).toEqual([[], Array(3).fill('no order time (下单时间) in this row')]);
    const result = read(doc, en);
    expect(seen(result)).toEqual([
      ['#1047', 128.5, 'USD', '2026-12-05T14:41:00.000Z', 'awaiting_shipment'],
      ['#1046', 1299, 'USD', '2026-12-04T23:02:00.000Z', 'shipped'],
      ['#1045', 42, 'USD', '2026-12-04T13:15:00.000Z', 'refunded'],
    ]);
    expect(result.rows.map((r) => r.order.buyer)).toEqual(['Ana Souza', 'Li Wei', 'Sam Okafor']);
    expect(result.skipped).toEqual([]);
    expect(result.byStructure).toBe(1);
    // The badge goes beside each order's number cell.
    expect(result.rows.map((r) => r.anchor.textContent)).toEqual(['#1047', '#1046', '#1045']);
  });

  it('reads the complete rows of a run cut short and reports the order of the cut row', () => {
    const cut = '<span><input type="checkbox"></span><div>#1044</div><div>Dec 3, 2026 7:00 PM</div><div>Jo Park</div>';
    const result = read(page(cssGrid(ROWS, cut), 'en-US'), en);
    expect(result.rows.map((r) => r.order.orderId)).toEqual(['#1047', '#1046', '#1045']);
    expect(result.skipped).toEqual([{ row: 4, orderId: '#1044', reason: 'no paid amount (Total) in this row' }]);
    expect(result.totalRows).toBe(4);
  });

  it('reads Vaadin Grid as a saved page holds it (its light DOM): 12 of 12 京东 orders exactly, no product number or phone taken for one', () => {
    const expected = JSON.parse(readFileSync(`${VAADIN}.json`, 'utf8')) as {
      orders: { orderId: string; total: number; currency: string; placedAt: string; status: string }[];
      decoys: string[];
    };
    const doc = vaadinPage();
    expect(read(doc, zh, ALL_READERS)).toMatchObject({ rows: [], problem: NO_ORDER_LIST });
    const result = read(doc);
    // The page shows each order's time to the second; the orders it was rendered from, to the minute.
    const minute = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
    expect(result.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.money.currency, minute(r.order.placedAt), r.order.status])).toEqual(
      expected.orders.map((o) => [o.orderId, o.total, o.currency, new Date(o.placedAt).toISOString(), o.status]),
    );
    expect(result.skipped).toEqual([]);
    expect(result.rows.filter((r) => expected.decoys.includes(r.order.orderId))).toEqual([]);
    expect(result.byStructure).toBe(1);
    expect(result.rows[0]!.order.trackingNo).toBeUndefined();
    expect(result.rows[1]!.order.trackingNo).toBe('JDV649749960166');
  });

  it('reads the same page for a console whose own layout finds nothing (JD after a redesign), by structure', () => {
    const doc = vaadinPage();
    const ctx = { url: 'https://shop.jd.com/jdm/trade/orders/order-list', now: NOW };
    expect(readOrders(jd, doc, ctx, ALL_READERS).problem).toBe(NO_ORDER_LIST);
    const result = readOrders(jd, doc, ctx, withFlat(LAYOUT_READERS));
    expect(result.rows.length).toBe(12);
    expect(result.rows[0]!.order.orderId).toBe('355670969304');
    expect(result.rows[0]!.order.money.paid).toBe(1035.18);
    expect(result.byStructure).toBe(1);
  });

  it("leaves a console's own read as it was: the rule adds nothing where the layout reads its list", () => {
    const doc = new DOMParser().parseFromString(readFileSync('test/fixtures/jd/order-list.2026-11.html', 'utf8'), 'text/html');
    const ctx = { url: 'https://shop.jd.com/jdm/trade/orders/order-list', now: NOW };
    const own = readOrders(jd, doc, ctx, LAYOUT_READERS);
    expect(own.rows.length).toBe(6);
    expect(readOrders(jd, doc, ctx, withFlat(LAYOUT_READERS))).toEqual(own);
  });

  it('reads no order from flat runs that are no order list: product tiles, a calendar, a product table', () => {
    const tiles = `<div style="display:grid;grid-template-columns:repeat(4,1fr)">${['手工皂', '皂盒', '香薰', '浴盐', '毛巾', '浴巾', '牙刷', '发梳']
      .map((name, i) => `<div><p>${name}</p><p>¥${(i + 1) * 9}.00</p><p>商品编号 10${i}2345678</p></div>`)
      .join('')}</div>`;
    const calendar = `<div style="display:grid;grid-template-columns:repeat(7,1fr)">${['一', '二', '三', '四', '五', '六', '日'].map((d) => `<b>${d}</b>`).join('')}${Array.from(
      { length: 31 },
      (_, i) => `<span>${i + 1}</span>`,
    ).join('')}</div>`;
    const products = `<div style="display:grid;grid-template-columns:repeat(4,1fr)"><b>商品编号</b><b>商品名称</b><b>价格</b><b>上架时间</b>${[1, 2, 3]
      .map((i) => `<span>10${i}2345678901</span><span>手工皂${i}</span><span>¥${i}9.00</span><span>2026-11-0${i} 10:00</span>`)
      .join('')}</div>`;
    for (const body of [tiles, calendar, products]) expect(read(page(body))).toMatchObject({ rows: [], skipped: [], problem: NO_ORDER_LIST });
  });

  it('leaves a run whose columns do not keep their kinds unread (ids under the date, amounts under the status)', () => {
    // Eleven body cells after a header of four: the rows drift a cell, so no period keeps the order number in one column.
    const drift = `<div><b>订单编号</b><b>下单时间</b><b>实付金额</b><b>订单状态</b>${[
      '4012345678901234561', '2026-12-05 10:00', '¥12.00', '待发货', '4012345678901234562', '2026-12-05 11:00', '¥13.00',
      '4012345678901234563', '2026-12-05 12:00', '¥14.00', '已发货',
    ]
      .map((t) => `<span>${t}</span>`)
      .join('')}</div>`;
    expect(read(page(drift))).toMatchObject({ rows: [], problem: NO_ORDER_LIST });
  });
});

describe('lists inside open shadow roots', () => {
  const TABLE = `<table><thead><tr><th>订单编号</th><th>下单时间</th><th>实付金额</th><th>订单状态</th></tr></thead><tbody>
    <tr><td>4012345678901234567</td><td>2026-12-05 10:00</td><td>¥128.50</td><td>待发货</td></tr>
    <tr><td>4012345678901234568</td><td>2026-12-04 18:30</td><td>¥1,299.00</td><td>已发货</td></tr></tbody></table>`;
  const EXPECTED = [
    ['4012345678901234567', 128.5, 'CNY', '2026-12-05T02:00:00.000Z', 'awaiting_shipment'],
    ['4012345678901234568', 1299, 'CNY', '2026-12-04T10:30:00.000Z', 'shipped'],
  ];

  it('reads a table two shadow roots down (an app shell around an order table), which no query of the page reaches', () => {
    const doc = page('<order-app></order-app>');
    const shell = doc.querySelector('order-app')!.attachShadow({ mode: 'open' });
    shell.innerHTML = '<h1>订单管理</h1><order-table></order-table>';
    shell.querySelector('order-table')!.attachShadow({ mode: 'open' }).innerHTML = TABLE;
    expect(read(doc, zh, ALL_READERS)).toMatchObject({ rows: [], problem: NO_ORDER_LIST });
    const result = read(doc);
    expect(seen(result)).toEqual(EXPECTED);
    expect(result.byStructure).toBe(1);
  });

  it('reads a shadow table whose cells are slots, through the nodes slotted into them (the light DOM alone holds no list)', () => {
    const doc = page('<order-grid></order-grid>');
    const host = doc.querySelector('order-grid')!;
    const texts = [
      ['订单编号', '下单时间', '实付金额', '订单状态'],
      ['4012345678901234567', '2026-12-05 10:00', '¥128.50', '待发货'],
      ['4012345678901234568', '2026-12-04 18:30', '¥1,299.00', '已发货'],
    ];
    // The light DOM holds the cells last row first and the header last (a grid reuses its cells as it
    // scrolls and sorts), so no run of them is a list: only the shadow root's rows put them in order.
    for (const r of [2, 1, 0]) for (let c = 0; c < 4; c++) host.insertAdjacentHTML('beforeend', `<span slot="c${r}-${c}"><i>${texts[r]![c]}</i></span>`);
    const cells = (r: number, tag: string) => Array.from({ length: 4 }, (_, c) => `<${tag}><slot name="c${r}-${c}"></slot></${tag}>`).join('');
    host.attachShadow({ mode: 'open' }).innerHTML = `<table><thead><tr>${cells(0, 'th')}</tr></thead><tbody><tr>${cells(1, 'td')}</tr><tr>${cells(2, 'td')}</tr></tbody></table>`;
    expect(read(doc, zh, ALL_READERS)).toMatchObject({ rows: [], problem: NO_ORDER_LIST });
    const result = read(doc);
    expect(seen(result)).toEqual(EXPECTED);
    expect(result.rows.map((r) => r.anchor.getAttribute('slot'))).toEqual(['c1-0', 'c2-0']);
  });

  it('still says "no order list found" when no shadow root holds one', () => {
    const doc = page('<x-card></x-card>');
    doc.querySelector('x-card')!.attachShadow({ mode: 'open' }).innerHTML = '<table><tr><th>指标</th><th>今日</th></tr><tr><td>访客</td><td>37</td></tr></table>';
    expect(read(doc)).toMatchObject({ rows: [], skipped: [], problem: NO_ORDER_LIST });
  });
});
