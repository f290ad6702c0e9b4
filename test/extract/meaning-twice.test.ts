// @vitest-environment happy-dom
// The reader by meaning completes a block's values in place and runs its order-number search
// on module state (lib/extract/meaning.ts finishOrder, orderNumberHits): a page read twice must
// read the same orders, and orders of a table, whose rows share no values, must not share them.
import { describe, expect, it } from 'vitest';
import { orderLists } from '../../lib/extract/meaning';

const yuan = (n: number) => `￥${n.toFixed(2)}`;

function blockPage(count: number): Document {
  const blocks = Array.from({ length: count }, (_, k) => {
    const i = k + 1;
    return (
      `<div><table><tbody><tr><td colspan="4"><label><span>订单号</span><span>：</span><span>37120000${1000000000 + i}</span></label>` +
      `<span>创建时间：2026-11-${String(1 + (i % 20)).padStart(2, '0')} 10:00:00</span></td><td colspan="4"><span>tb_小鹿${i}</span></td></tr></tbody>` +
      `<tbody><tr><td><div><p><a href="#"><span>商品 ${i}</span></a></p></div></td><td><div><p>${yuan(10 + i)}</p></div></td><td><div><p>1</p></div></td><td><div></div></td>` +
      `<td><div><p><a href="#">tb_小鹿${i}</a></p></div></td><td><div><p><span>${i % 2 === 0 ? '交易成功' : '卖家已发货'}</span></p><p><a href="#">详情</a></p></div></td>` +
      `<td><div><p><strong><span>${yuan(18 + i)}</span></strong></p><p><span>(含快递:${yuan(8)})</span></p></div></td><td><div></div></td></tr></tbody></table></div>`
    );
  }).join('\n');
  const html =
    `<!doctype html><html lang="zh-CN"><body><div><table><thead><tr><th>宝贝</th><th>单价</th><th>数量</th><th>售后</th><th>买家</th><th>交易状态</th><th>实收款</th><th>评价</th></tr></thead></table>` +
    `<div>${blocks}</div></div></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

const values = (doc: Document) =>
  orderLists(doc)
    .filter((l) => l.orders.length > 0)
    .map((l) => ({ kind: l.kind, orders: l.orders.map((o) => ({ position: o.position, given: { ...o.given } })) }));

describe('the reader by meaning read twice', () => {
  it('reads the same order blocks, each with its own number, time, status and total', () => {
    const doc = blockPage(12);
    const first = values(doc);
    expect(values(doc)).toEqual(first);
    expect(first).toHaveLength(1);
    const { kind, orders } = first[0]!;
    expect(kind).toBe('blocks');
    expect(orders).toHaveLength(12);
    expect(orders[0]).toEqual({
      position: 1,
      given: { orderId: '371200001000000001', placedAt: '2026-11-02 10:00:00', status: '卖家已发货', paid: '￥19.00' },
    });
    expect(orders[11]).toEqual({
      position: 12,
      given: { orderId: '371200001000000012', placedAt: '2026-11-13 10:00:00', status: '交易成功', paid: '￥30.00' },
    });
  });

  it('gives each row of a plain table values of its own', () => {
    const rows = [1, 2, 3]
      .map((i) => `<tr><td>DS20260000000${i}</td><td>2026-11-0${i} 09:00</td><td>¥${i}0.00</td><td><span>交易成功</span> <a href="#">详情</a></td></tr>`)
      .join('');
    const doc = new DOMParser().parseFromString(
      `<!doctype html><html><body><table><thead><tr><th>订单号</th><th>下单时间</th><th>实付款</th><th>订单状态</th></tr></thead><tbody>${rows}</tbody></table></body></html>`,
      'text/html',
    );
    const [list] = orderLists(doc);
    expect(list!.orders.map((o) => o.given)).toEqual([
      { orderId: 'DS202600000001', status: '交易成功' },
      { orderId: 'DS202600000002', status: '交易成功' },
      { orderId: 'DS202600000003', status: '交易成功' },
    ]);
    expect(new Set(list!.orders.map((o) => o.given)).size).toBe(3);
    expect(values(doc)).toEqual(values(doc));
  });
});
