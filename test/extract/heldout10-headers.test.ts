// @vitest-environment happy-dom
// What the buyer paid, as Tmall's and Douyin's lists and exports head it (买家实付, 用户实付: lib/extract/keys-world.ts cites
// them): a probe of the tenth held-out set's 千牛 page with its 实收款 header renamed 买家实付 read none of its 15 orders
// ("no paid amount"), and its 拼多多 page with 用户实付 beside an unknown 货款合计 read the goods' total for 12 of 15.
import { describe, expect, it } from 'vitest';
import { type CellKey } from '../../lib/extract/keys';
import { worldHeaderLookup } from '../../lib/extract/keys-world';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';

const lookup = worldHeaderLookup();

describe('headerLookup: what the buyer paid', () => {
  it.each<[string, CellKey | undefined]>([
    ['买家实付', 'paid'],
    ['买家实付金额', 'paid'],
    ['用户实付', 'paid'],
    ['用户实付（订单金额）', 'paid'],
    ['用户实付金额', 'paid'],
    // unchanged beside them
    ['实收款', 'paid'],
    ['商品总价', 'subtotal'],
    // what the seller keeps after fees is not what the buyer paid
    ['商家实收', undefined],
  ])('%s → %s', (header, key) => {
    expect(lookup(header)).toBe(key);
  });
});

describe('a list headed 用户实付 beside another amount', () => {
  it('reads what the buyer paid, not the goods before discounts', () => {
    const rows = [
      ['261207-648683896358077', '81.41', '87.41', '2026-12-07 09:06:54'],
      ['261207-140808840974285', '141.98', '139.98', '2026-12-07 03:30:33'],
      ['261206-477773815838603', '264.58', '254.58', '2026-12-06 22:55:28'],
      ['261206-734628346368135', '322.60', '327.60', '2026-12-06 16:01:57'],
    ];
    const html =
      '<table><thead><tr><th>订单编号</th><th>商品</th><th>货款合计</th><th>用户实付</th><th>订单状态</th><th>成交时间</th></tr></thead><tbody>' +
      rows.map(([id, goods, paid, at]) => `<tr><td>${id}</td><td>手工皂 3块装</td><td>¥${goods}</td><td>¥${paid}</td><td>待发货</td><td>${at}</td></tr>`).join('') +
      '</tbody></table>';
    const doc = new DOMParser().parseFromString(`<!doctype html><html lang="zh-CN"><body>${html}</body></html>`, 'text/html');
    const read = readOrders(genericAdapter({ language: 'zh-CN', timeZone: 'Asia/Shanghai' }), doc, { url: 'https://seller.example.com/orders', now: Date.UTC(2026, 11, 7, 8, 0) });
    expect(read.skipped).toEqual([]);
    expect(read.rows.map((r) => [r.order.orderId, r.order.money.paid])).toEqual([
      ['261207-648683896358077', 87.41],
      ['261207-140808840974285', 139.98],
      ['261206-477773815838603', 254.58],
      ['261206-734628346368135', 327.6],
    ]);
  });
});
