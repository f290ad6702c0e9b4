// @vitest-environment happy-dom
// In a page read, the reader by meaning reads an order block's header line and its total and
// status cells with the browser's text walker when the block holds no never-text (lib/extract/
// meaning.ts walkedTexts, statusWalked). A block with a struck price or a status icon is read by
// its elements as before: the seller sees the amount paid, not the struck one, and the status
// shown, not the icon's hidden name.
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';

const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);
const URL = 'https://shop.example.cn/sold';
const id = (i: number) => `37120000${String(1000000000 + i)}`;
const yuan = (n: number) => `￥${n.toFixed(2)}`;

/** One Taobao-like order block with every class stripped; `total` and `status`: the cells' inner markup. */
function block(i: number, total = `<p><strong><span>${yuan(20 + i)}</span></strong></p>`, status = '<p><span>交易成功</span></p>'): string {
  return (
    `<div><table><tbody><tr><td colspan="4"><label><span>订单号</span><span>：</span><span>${id(i)}</span></label>` +
    `<span>创建时间：2026-11-${String(1 + (i % 20)).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}:00</span></td><td colspan="4"><span>tb_小鹿${i}</span></td></tr></tbody>` +
    `<tbody><tr><td><div><p><a href="#"><span>商品 ${i}</span></a></p></div></td><td><div><p>${yuan(12)}</p></div></td><td><div><p>1</p></div></td><td><div></div></td>` +
    `<td><div><p><a href="#">tb_小鹿${i}</a></p></div></td><td><div>${status}<p><a href="#">详情</a></p></div></td>` +
    `<td><div>${total}<p><span>(含快递:${yuan(8)})</span></p></div></td><td><div></div></td></tr></tbody></table></div>`
  );
}

function page(blocks: readonly string[]): Document {
  const html =
    `<!doctype html><html lang="zh-CN"><body><div>` +
    `<table><thead><tr><th>宝贝</th><th>单价</th><th>数量</th><th>售后</th><th>买家</th><th>交易状态</th><th>实收款</th><th>评价</th></tr></thead></table>` +
    `<div>${blocks.join('')}</div></div></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('order blocks read by the text walker', () => {
  it('reads the amount paid beside a struck one, and the status shown beside an icon, as every other block', () => {
    const blocks = Array.from({ length: 12 }, (_, k) => block(k + 1));
    // Block 7: a struck list price before the amount paid, in the same bold line.
    blocks[6] = block(7, `<p><strong><del>${yuan(99)}</del><span>${yuan(27)}</span></strong></p>`);
    // Block 9: an icon named 已完成 (its hidden text) beside the status shown, 待发货.
    blocks[8] = block(9, undefined, '<p><span><span>已完成</span><svg></svg></span><span>待发货</span></p>');
    const read = readOrders(genericAdapter({ language: 'zh-CN', timeZone: 'Asia/Shanghai' }), page(blocks), { url: URL, now: NOW });
    expect(read.rows.map((r) => r.order.orderId)).toEqual(Array.from({ length: 12 }, (_, k) => id(k + 1)));
    const order = (i: number) => read.rows[i - 1]!.order;
    expect([order(7).money.paid, order(7).money.currency, order(7).status]).toEqual([27, 'CNY', 'completed']);
    expect([order(9).money.paid, order(9).status]).toEqual([29, 'awaiting_shipment']);
    expect([order(8).money.paid, order(8).status, order(8).buyer, order(8).placedAt]).toEqual([28, 'completed', 'tb_小鹿8', Date.UTC(2026, 10, 9, 2, 8, 0)]);
  });
});
