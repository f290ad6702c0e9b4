// @vitest-environment happy-dom
// A console's search highlights what it matched inside each order number ("3556<mark>7096</mark>9304").
// A probe on a copy of the corpus's Vaadin Grid page with a <mark> in every order number (the probe of
// test/corpus/render/heldout11.mjs, 2026-12-07) read 0 of 12 with 12 false orders: lib/extract/flat.ts
// took each cell's first text ("3556") for the number. Texts that meet with no space between, across
// inline elements only, one of them in a <mark>, are one piece (the rule lib/extract/meaning.ts chunksOf
// reads tables and cards by); texts in two blocks of a cell stay apart.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readOrders, type ReadResult } from '../../lib/extract';
import { EVERY_READER } from '../../lib/extract/flat';
import { genericAdapter } from '../../lib/extract/generic';

const NOW = Date.parse('2026-12-06T12:25:00+08:00');
const URL_ = 'https://admin.example.test/orders';
const zh = genericAdapter({ language: 'zh-CN', timeZone: 'Asia/Shanghai' });
const en = genericAdapter({ language: 'en-US', timeZone: 'America/New_York' });
const read = (doc: ParentNode, adapter = zh): ReadResult => readOrders(adapter, doc, { url: URL_, now: NOW }, EVERY_READER);
const minute = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
const seen = (r: ReadResult) => r.rows.map((x) => [x.order.orderId, x.order.money.paid, x.order.money.currency, minute(x.order.placedAt), x.order.status]);
const page = (body: string, lang = 'zh-CN'): Document => new DOMParser().parseFromString(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`, 'text/html');

const VAADIN = ['test/fixtures/corpus', 'test/corpus/pending'].map((dir) => `${dir}/react-vaadin-heldout4-shadow`).find((f) => existsSync(`${f}.json`))!;

describe('order numbers cut by a search highlight in a flat run of cells (lib/extract/flat.ts)', () => {
  it('reads the Vaadin Grid page with a <mark> in every order number: 12 of 12 京东 orders exactly, no false order', () => {
    const expected = JSON.parse(readFileSync(`${VAADIN}.json`, 'utf8')) as {
      orders: { orderId: string; total: number; currency: string; placedAt: string; status: string }[];
      decoys: string[];
    };
    let html = readFileSync(`${VAADIN}.html`, 'utf8');
    // As a search for the number's middle digits draws it: "3556" <mark>"7096"</mark> "9304".
    for (const { orderId: id } of expected.orders) html = html.replace(`<div>${id}</div>`, `<div>${id.slice(0, 4)}<mark>${id.slice(4, 8)}</mark>${id.slice(8)}</div>`);
    expect(html.match(/<mark>/g)?.length).toBe(12);
    const result = read(new DOMParser().parseFromString(html, 'text/html'));
    expect(seen(result)).toEqual(expected.orders.map((o) => [o.orderId, o.total, o.currency, new Date(o.placedAt).toISOString(), o.status]));
    expect(result.rows.map((r) => r.order.orderId).filter((id) => !expected.orders.some((o) => o.orderId === id))).toEqual([]);
    expect(result.skipped).toEqual([]);
  });

  it('reads a slotted shadow table whose number is highlighted inside the slotted span, at its start, middle or end', () => {
    const doc = page('<order-grid></order-grid>');
    const host = doc.querySelector('order-grid')!;
    const texts = [
      ['订单编号', '下单时间', '实付金额', '订单状态'],
      ['<mark>4012</mark>345678901234567', '2026-12-05 10:00', '¥128.50', '待发货'],
      ['40123<b><mark>4567</mark></b>8901234568', '2026-12-04 18:30', '¥1,299.00', '已发货'],
      ['401234567890123<mark>4569</mark>', '2026-12-04 09:05', '¥36.00', '已取消'],
    ];
    for (let r = 0; r < texts.length; r++) for (let c = 0; c < 4; c++) host.insertAdjacentHTML('beforeend', `<span slot="c${r}-${c}">${texts[r]![c]}</span>`);
    const cells = (r: number, tag: string) => Array.from({ length: 4 }, (_, c) => `<${tag}><slot name="c${r}-${c}"></slot></${tag}>`).join('');
    host.attachShadow({ mode: 'open' }).innerHTML =
      `<table><thead><tr>${cells(0, 'th')}</tr></thead><tbody><tr>${cells(1, 'td')}</tr><tr>${cells(2, 'td')}</tr><tr>${cells(3, 'td')}</tr></tbody></table>`;
    expect(seen(read(doc))).toEqual([
      ['4012345678901234567', 128.5, 'CNY', '2026-12-05T02:00:00.000Z', 'awaiting_shipment'],
      ['4012345678901234568', 1299, 'CNY', '2026-12-04T10:30:00.000Z', 'shipped'],
      ['4012345678901234569', 36, 'CNY', '2026-12-04T01:05:00.000Z', 'cancelled'],
    ]);
  });

  it('keeps a highlighted number apart from a line in another block of its cell, and from a text after a space', () => {
    // A CSS grid's cells: the order cell holds the number over a line of its own ("2 items").
    const header = ['Order', 'Date', 'Customer', 'Total', 'Status'].map((l) => `<div class="h">${l}</div>`).join('');
    const rows = [
      ['<div>#<mark>104</mark>7</div><div><mark>2</mark> items</div>', 'Dec 5, 2026 9:41 AM', '<mark>Ana</mark> Souza', '$128.50', 'Unfulfilled'],
      ['<div>#<mark>104</mark>6</div><div>1 item</div>', 'Dec 4, 2026 6:02 PM', 'Li Wei', '$1,299.00', 'Fulfilled'],
    ];
    const doc = page(`<div style="display:grid;grid-template-columns:repeat(5,auto)">${header}${rows.map((r) => r.map((c) => `<div>${c}</div>`).join('')).join('')}</div>`, 'en-US');
    const result = read(doc, en);
    expect(seen(result)).toEqual([
      ['#1047', 128.5, 'USD', '2026-12-05T14:41:00.000Z', 'awaiting_shipment'],
      ['#1046', 1299, 'USD', '2026-12-04T23:02:00.000Z', 'shipped'],
    ]);
    expect(result.rows.map((r) => r.order.buyer)).toEqual(['Ana Souza', 'Li Wei']);
  });
});
