// @vitest-environment happy-dom
// Shops draw a price in three elements, the sign, the whole units large and the cents small
// ("<span>¥</span><span>618</span><span>.68</span>"). Probes on copies of the eleventh set's
// ProTable, grouped antd, TanStack, div-grid and mobile-card pages (test/corpus/render/heldout11.mjs)
// drawn so read 0 of 15, 15, 19, 15 and 14: tables took ¥618 for ¥618.68, the cards and the div grid
// skipped every order ("实付 '¥' is not an amount"). A point or comma and two digits alone after a
// digit are its cents, and a lone currency sign joins the number after it (lib/extract/meaning.ts
// addPiece, chunksOf); a code such as SKU before a number stays apart.
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';

const NOW = Date.UTC(2026, 11, 7, 22, 0, 0);
const URL = 'https://admin.example.test/orders';
const read = (html: string, language: string, timeZone: string) =>
  readOrders(genericAdapter({ language, timeZone }), new DOMParser().parseFromString(`<!doctype html><html lang="${language}"><body><main>${html}</main></body></html>`, 'text/html'), { url: URL, now: NOW });
const price = (sign: string, whole: string, cents: string) => `<span class="sign">${sign}</span><span class="int">${whole}</span><span class="dec">${cents}</span>`;

describe('a price drawn as sign, units and cents', () => {
  it('reads the whole amount in a table cell', () => {
    const rows = [['3036828819', '44', '.21', 'Shipped'], ['3098604650', '1,434', '.08', 'Awaiting shipment'], ['3011223344', '9', '.90', 'Delivered']].map(
      ([id, whole, cents, status]) => `<tr><td><a>${id}</a></td><td>Dec 7, 2026, 2:03 PM</td><td>${price('$', whole!, cents!)}</td><td>${status}</td></tr>`);
    const got = read(`<table><thead><tr><th>Order</th><th>Date</th><th>Total</th><th>Status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`, 'en-US', 'America/Chicago');
    expect(got.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.money.currency, r.order.status])).toEqual([
      ['3036828819', 44.21, 'USD', 'shipped'],
      ['3098604650', 1434.08, 'USD', 'awaiting_shipment'],
      ['3011223344', 9.9, 'USD', 'delivered'],
    ]);
  });

  it('reads the whole amount behind a card label, and keeps an SKU code apart from its number', () => {
    const cards = [['261212000309570999', '703', '.04'], ['261219121080494415', '1,286', '.50'], ['261233445566778899', '58', '.00']].map(
      ([id, whole, cents]) =>
        `<li><div><span>订单号</span> <span>${id}</span></div><div><span>SKU</span><span>1234567</span></div><div><span>下单时间</span> <span>2026-12-07 18:14</span></div><div><span>实付</span> <b>${price('¥', whole!, cents!)}</b></div><div>待发货</div></li>`);
    const got = read(`<ul>${cards.join('')}</ul>`, 'zh-CN', 'Asia/Shanghai');
    expect(got.skipped).toEqual([]);
    expect(got.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.money.currency])).toEqual([
      ['261212000309570999', 703.04, 'CNY'],
      ['261219121080494415', 1286.5, 'CNY'],
      ['261233445566778899', 58, 'CNY'],
    ]);
  });

  it('reads the units and cents after a label that ends with the sign ("合计 ¥" then "1,326" then ".42")', () => {
    const cards = [['703253221006422', '1,326', '.42'], ['703253221006423', '89', '.50'], ['703253221006424', '2,001', '.00']].map(
      ([id, whole, cents]) =>
        `<div class="card"><div><span>订单号：${id}</span></div><div>2026-12-07 18:14:03 · 陈** 199****6324</div><div>待发货</div><p>合计 ¥<span class="big">${whole}</span><small>${cents}</small></p></div>`);
    const got = read(`<div>${cards.join('')}</div>`, 'zh-CN', 'Asia/Shanghai');
    expect(got.skipped).toEqual([]);
    expect(got.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.money.currency])).toEqual([
      ['703253221006422', 1326.42, 'CNY'],
      ['703253221006423', 89.5, 'CNY'],
      ['703253221006424', 2001, 'CNY'],
    ]);
  });
});
