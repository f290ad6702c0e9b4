// @vitest-environment happy-dom
// Two card shapes of the tenth held-out set (test/corpus/render/heldout10.mjs cites the pages): 抖店's order card holds
// a table of its items whose header row (商品 | 单价/数量 | 实付 | 订单状态 …) must not be read as "label: value" pairs,
// and Etsy's card labels its date "Ordered", a word react-admin's demo uses for a state, over "Sat 5 Dec 2026, 14:03".
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';

const URL = 'https://seller.example.com/orders';
const page = (lang: string, body: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><html lang="${lang}"><body><main>${body}</main></body></html>`, 'text/html');

const DOUDIAN = [
  ['6973172729154904743', '2026-12-07 10:47:54', '120.07', '待支付'],
  ['6972545818008564996', '2026-12-07 05:42:40', '357.35', '已发货'],
  ['6972145262880515166', '2026-12-07 00:32:54', '218.64', '待发货'],
  ['6956622778503158238', '2026-12-06 19:02:11', '89.90', '已完成'],
] as const;

describe('抖店 order cards with a table of their items', () => {
  it('reads the amount and the state from the rows, not from the table header', () => {
    const cards = DOUDIAN.map(
      ([id, at, paid, state], k) =>
        `<div class="card"><div class="card-head"><span>订单编号</span><span>${id}</span><span>下单时间</span><span>${at}</span><span>预计收入 ¥${(Number(paid) * 0.94).toFixed(2)}</span></div>` +
        `<table><thead><tr><th>商品</th><th>单价/数量</th><th>实付</th><th>订单状态</th><th>收货信息</th></tr></thead>` +
        `<tbody><tr><td><div>陶瓷马克杯 380ml</div><div>商品ID：372677713291912543${k}</div></td><td><div>¥${paid}</div><div>x1</div></td>` +
        `<td><b>¥${paid}</b><div>(含运费¥0.00)</div></td><td><span>${state}</span></td><td><div>z**8</div><div>186****203${k}</div></td></tr></tbody></table></div>`,
    );
    const read = readOrders(genericAdapter({ language: 'zh-CN', timeZone: 'Asia/Shanghai' }), page('zh-CN', cards.join('')), { url: URL, now: Date.UTC(2026, 11, 7, 5, 5) });
    expect(read.skipped).toEqual([]);
    expect(read.rows.map((r) => [r.order.orderId, new Date(r.order.placedAt).toISOString(), r.order.money.paid, r.order.status])).toEqual([
      ['6973172729154904743', '2026-12-07T02:47:54.000Z', 120.07, 'awaiting_payment'],
      ['6972545818008564996', '2026-12-06T21:42:40.000Z', 357.35, 'shipped'],
      ['6972145262880515166', '2026-12-06T16:32:54.000Z', 218.64, 'awaiting_shipment'],
      ['6956622778503158238', '2026-12-06T11:02:11.000Z', 89.9, 'completed'],
    ]);
  });
});

const ETSY = [
  ['Isla MacLeod', '3230815825', 'Mon 7 Dec 2026, 05:20', '150.78', 'Not shipped'],
  ['Harry Patel', '3258784571', 'Mon 7 Dec 2026, 04:14', '52.33', 'Cancelled'],
  ['Amelia Hughes', '3698707688', 'Sun 6 Dec 2026, 14:33', '130.71', 'Delivered'],
  ['Oliver Grant', '3302219956', 'Sat 5 Dec 2026, 09:08', '24.00', 'Shipped'],
] as const;

describe("Etsy's order cards: the date's label Ordered", () => {
  it('is no state: the badge is (the number keeps the # the card prints; the corpus score drops it)', () => {
    const cards = ETSY.map(
      ([buyer, id, at, total, state]) =>
        `<div class="card"><div><div><b>${buyer}</b> <a href="#">#${id}</a></div><p>Ordered</p><p>${at}</p></div>` +
        `<div><p>Linen tea towel set</p><p>Quantity 1 · SKU ET-0SBH · £11.01</p></div>` +
        `<div><p>Order total</p><p><b>£${total}</b></p><p>Shipping £2.85</p></div><div><span>${state}</span></div></div>`,
    );
    const read = readOrders(genericAdapter({ language: 'en-GB', timeZone: 'Europe/London' }), page('en-GB', cards.join('')), { url: URL, now: Date.UTC(2026, 11, 7, 16, 45) });
    expect(read.skipped).toEqual([]);
    expect(read.rows.map((r) => [r.order.orderId, new Date(r.order.placedAt).toISOString(), r.order.money.paid, r.order.status])).toEqual(
      [
        ['#3230815825', '2026-12-07T05:20:00.000Z', 150.78, 'awaiting_shipment'],
        ['#3258784571', '2026-12-07T04:14:00.000Z', 52.33, 'cancelled'],
        ['#3698707688', '2026-12-06T14:33:00.000Z', 130.71, 'delivered'],
        ['#3302219956', '2026-12-05T09:08:00.000Z', 24, 'shipped'],
      ],
    );
  });
});
