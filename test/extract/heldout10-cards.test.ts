// @vitest-environment happy-dom
// The tenth held-out set's Chinese lists as the reader by meaning meets them (test/corpus/render/heldout10.mjs cites
// the pages): 京东's 2026 order cards print the time ordered and the time paid in one text, with 承诺发货时间 under
// the state; 拼多多's 订单查询 shows 成交时间 beside 承诺发货时间 and names an order refunded in full 未发货，退款成功.
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';

const NOW = Date.UTC(2026, 11, 7, 10, 20, 0);
const URL = 'https://seller.example.com/orders';
const adapter = genericAdapter({ language: 'zh-CN', timeZone: 'Asia/Shanghai' });
const page = (body: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><html lang="zh-CN"><body><main>${body}</main></body></html>`, 'text/html');

const JD = [
  { id: '321658484553', time: '2026-12-07 11:56:21 下单', paid: '73.06', state: '待付款', due: '' },
  { id: '316995664110', time: '2026-12-07 07:24:09 下单，2026-12-07 07:25:50 付款', paid: '51.96', state: '等待出库', due: '2026-12-09 23:59:59' },
  { id: '391643511333', time: '2026-12-07 02:29:06 下单，2026-12-07 02:30:05 付款', paid: '40.67', state: '已取消', due: '' },
  { id: '394083847680', time: '2026-12-06 23:02:10 下单，2026-12-06 23:04:07 付款', paid: '44.69', state: '等待出库', due: '2026-12-08 23:59:59' },
  { id: '336443868738', time: '2026-12-06 17:51:22 下单，2026-12-06 17:53:14 付款', paid: '304.47', state: '等待确认收货', due: '' },
];

function jdCard(o: (typeof JD)[number], k: number): string {
  return (
    `<div class="card"><div class="card-header"><span class="shop-order-id">订单号 <button class="order-info-btn"><span>${o.id}</span></button></span>` +
    `<span class="order-time-info">${o.time}</span></div>` +
    `<div class="row"><div><div>记忆棉枕头</div><div>货号：HH99342${k}</div><div>SKU：1002248047642${k}</div><div>¥70.06</div><div>x1</div></div>` +
    `<div><b>¥${o.paid}</b><div>运费：¥8.00</div></div>` +
    `<div><div>张**，陕西安康市紫阳县**********</div><div>159****631${k}</div><div>jd_w0ctjft1x${k}</div></div>` +
    `<div><div class="order-status"><span>${o.state}</span></div>${o.due ? `<div><div>承诺发货时间</div><div>${o.due}</div></div>` : ''}</div></div></div>`
  );
}

describe('京东 order cards: one text holding the time ordered and the time paid', () => {
  it('reads each order at the time it was placed, never the time paid or the ship deadline', () => {
    const read = readOrders(adapter, page(`<div><span>商品</span><span>应收金额</span><span>收货人</span><span>订单状态</span></div>${JD.map(jdCard).join('')}`), { url: URL, now: NOW });
    expect(read.skipped).toEqual([]);
    expect(read.rows.map((r) => [r.order.orderId, new Date(r.order.placedAt).toISOString(), r.order.money.paid, r.order.status])).toEqual([
      ['321658484553', '2026-12-07T03:56:21.000Z', 73.06, 'awaiting_payment'],
      ['316995664110', '2026-12-06T23:24:09.000Z', 51.96, 'awaiting_shipment'],
      ['391643511333', '2026-12-06T18:29:06.000Z', 40.67, 'cancelled'],
      ['394083847680', '2026-12-06T15:02:10.000Z', 44.69, 'awaiting_shipment'],
      ['336443868738', '2026-12-06T09:51:22.000Z', 304.47, 'shipped'],
    ]);
  });
});

const PDD = [
  ['261207-648683896358077', '81.41', '87.41', '已发货，待签收', '2026-12-07 09:06:54', '-'],
  ['261207-140808840974285', '141.98', '149.98', '未发货，退款成功', '2026-12-07 03:30:33', '-'],
  ['261206-477773815838603', '264.58', '274.58', '已取消', '2026-12-06 22:55:28', '-'],
  ['261206-734628346368135', '322.60', '327.60', '待发货', '2026-12-06 16:01:57', '2026-12-08 16:01:57'],
  ['261206-802007566816389', '56.00', '50.00', '已发货，退款成功', '2026-12-06 11:12:40', '-'],
] as const;

describe('拼多多 订单查询: 商品总价 beside 实收金额, 成交时间 beside 承诺发货时间', () => {
  it('reads what the buyer paid, the time of the sale and an order refunded in full as refunded', () => {
    const head = ['订单编号', '商品', '商品总价', '实收金额', '订单状态', '成交时间', '承诺发货时间', '收货人'];
    const rows = PDD.map(
      ([id, goods, paid, state, at, due], k) =>
        `<tr><td>${id}</td><td><div>手工皂 3块装</div><div>商品ID：78428114937${k}</div></td><td>¥${goods}</td><td>¥${paid}</td><td>${state}</td><td>${at}</td><td>${due}</td><td><div>李**</div><div>138****737${k}</div></td></tr>`,
    );
    const html = `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
    const read = readOrders(adapter, page(html), { url: URL, now: NOW });
    expect(read.skipped).toEqual([]);
    expect(read.rows.map((r) => [r.order.orderId, new Date(r.order.placedAt).toISOString(), r.order.money.paid, r.order.status])).toEqual([
      ['261207-648683896358077', '2026-12-07T01:06:54.000Z', 87.41, 'shipped'],
      ['261207-140808840974285', '2026-12-06T19:30:33.000Z', 149.98, 'refunded'],
      ['261206-477773815838603', '2026-12-06T14:55:28.000Z', 274.58, 'cancelled'],
      ['261206-734628346368135', '2026-12-06T08:01:57.000Z', 327.6, 'awaiting_shipment'],
      ['261206-802007566816389', '2026-12-06T03:12:40.000Z', 50, 'refunded'],
    ]);
  });
});
