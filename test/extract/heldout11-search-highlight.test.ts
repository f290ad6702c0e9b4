// @vitest-environment happy-dom
// A console's search highlights what it matched inside the order number: react-highlight-words and
// antd's Typography mark draw "<span>2612</span><mark>8585</mark><span>9420070058</span>", three texts
// that show as one number. Probes on copies of the eleventh set's ProTable, TDesign, div-grid and
// mobile-card pages (test/corpus/render/heldout11.mjs) with a highlight in every order number read
// 0 of 15, 15, 15 and 14, with 14, 15, 16 and 13 false orders (the last ten digits taken for the
// number); texts a <mark> meets with no space between are one text (lib/extract/meaning.ts chunksOf,
// only on a page that holds a <mark>), and a text in another block is never joined to them.
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';

const NOW = Date.UTC(2026, 11, 7, 13, 0, 0);
const URL = 'https://admin.example.test/orders';
const read = (html: string) =>
  readOrders(genericAdapter({ language: 'zh-CN', timeZone: 'Asia/Shanghai' }), new DOMParser().parseFromString(`<!doctype html><html lang="zh-CN"><body><main>${html}</main></body></html>`, 'text/html'), { url: URL, now: NOW });

const ORDERS = [
  ['261285859420070058', '¥618.68', '已完成', '2026-12-07 18:10:45'],
  ['261239585852301177', '¥918.25', '已取消', '2026-12-07 16:31:04'],
  ['261254022035858595', '¥385.05', '待发货', '2026-12-07 15:20:15'],
  ['261298585327008659', '¥523.47', '已发货', '2026-12-07 12:57:44'],
] as const;
/** The number as a highlighter draws it after a search for "8585". */
const marked = (id: string): string => {
  const at = id.indexOf('8585');
  return `<span>${id.slice(0, at) ? `<span>${id.slice(0, at)}</span>` : ''}<mark>8585</mark>${id.slice(at + 4) ? `<span>${id.slice(at + 4)}</span>` : ''}</span>`;
};
const EXPECTED = [
  ['261285859420070058', 618.68, 'completed', Date.UTC(2026, 11, 7, 10, 10)],
  ['261239585852301177', 918.25, 'cancelled', Date.UTC(2026, 11, 7, 8, 31)],
  ['261254022035858595', 385.05, 'awaiting_shipment', Date.UTC(2026, 11, 7, 7, 20)],
  ['261298585327008659', 523.47, 'shipped', Date.UTC(2026, 11, 7, 4, 57)],
];
const minute = (ms: number) => Math.floor(ms / 60_000) * 60_000;

describe('order numbers cut by a search highlight', () => {
  it('reads each table row once, by its whole number, with no false order', () => {
    const rows = ORDERS.map(([id, paid, status, time]) =>
      `<tr><td>${marked(id)}<span role="img" aria-label="copy"></span></td><td>${paid}</td><td><span>${status}</span></td><td>${time}</td><td><a>详情</a></td></tr>`);
    const got = read(`<table><thead><tr><th>订单号</th><th>实付金额</th><th>订单状态</th><th>下单时间</th><th>操作</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    expect(got.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.status, minute(r.order.placedAt)])).toEqual(EXPECTED);
  });

  it('reads cards with the number behind its label', () => {
    const cards = ORDERS.map(([id, paid, status, time]) =>
      `<li><div>${status}</div><div><span>订单号</span>${marked(id)}<button>复制</button></div><div>下单时间 ${time}</div><div>实付 <b>${paid}</b></div></li>`);
    const got = read(`<ul>${cards.join('')}</ul>`);
    expect(got.skipped).toEqual([]);
    expect(got.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.status, minute(r.order.placedAt)])).toEqual(EXPECTED);
  });

  for (const highlighted of [false, true]) {
    it(`reads a number under a COD tag in its cell as the number alone (${highlighted ? 'highlighted' : 'plain'})`, () => {
      // "COD" is no currency code before an 18-digit number; and with a search for "2612" each number
      // starts with the highlight, right under the tag's own block, which is never joined to it.
      const rows = ORDERS.map(([id, paid, status, time]) =>
        `<tr><td><div><span>COD</span></div><div>${highlighted ? `<mark>2612</mark><span>${id.slice(4)}</span>` : id}</div></td><td>${paid}</td><td>${status}</td><td>${time}</td></tr>`);
      const got = read(`<table><thead><tr><th>订单号</th><th>实付金额</th><th>订单状态</th><th>下单时间</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
      expect(got.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.status, minute(r.order.placedAt)])).toEqual(EXPECTED);
    });
  }
});

describe('an unlabelled card headed by a highlighted number', () => {
  it('reads the whole number at the head of each card, with no false order', () => {
    // No 订单号 label: the card is found by its number alone (meaning.ts unlabelledCards), cut by a search for "2612".
    const cards = ORDERS.map(([id, paid, status, time]) =>
      `<li><div><div>${status}</div><div><mark>2612</mark><span>${id.slice(4)}</span><button>复制</button></div></div><div>下单时间 ${time}</div><div>实付 <b>${paid}</b></div></li>`);
    const got = read(`<ul>${cards.join('')}</ul>`);
    expect(got.skipped).toEqual([]);
    expect(got.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.status, minute(r.order.placedAt)])).toEqual(EXPECTED);
  });
});

describe('a highlight that meets a dash or a label', () => {
  it('reads eBay-style numbers whose highlight starts at a dash, and a label run into the highlight, with no false order', () => {
    const ids = ['21-89055-86581', '25-25200-12287', '16-03747-53569'];
    const rows = ids.map((id, k) => `<tr><td><span>${id.slice(0, 2)}<mark>${id.slice(2, 6)}</mark>${id.slice(6)}</span></td><td>Dec ${5 + k}, 2026</td><td>$${20 + k}.50</td><td>Shipped</td></tr>`);
    const table = read(`<table><thead><tr><th>Order number</th><th>Date sold</th><th>Total</th><th>Status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    expect(table.rows.map((r) => [r.order.orderId, r.order.money.paid])).toEqual([['21-89055-86581', 20.5], ['25-25200-12287', 21.5], ['16-03747-53569', 22.5]]);
    const cards = ORDERS.map(([id, paid, status, time]) => `<li><div>订单号：<mark>${id.slice(0, 4)}</mark>${id.slice(4)}</div><div>${status}</div><div>下单时间 ${time}</div><div>实付 <b>${paid}</b></div></li>`);
    const got = read(`<ul>${cards.join('')}</ul>`);
    expect(got.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.status, minute(r.order.placedAt)])).toEqual(EXPECTED);
  });
});
