// @vitest-environment happy-dom
// An after-sales list shows a refund, after-sales, service or return number beside each order's
// number, in the same shape. Under a bare 单号 or "Order #" header the order's number is read, and
// the refund number never is (lib/extract/meaning.ts DECOY_HEADER; test/corpus/render/heldout9.mjs
// found 15 false orders a page before it).
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';

const NOW = Date.UTC(2026, 11, 7, 10, 0, 0);

function page(lang: string, headers: readonly string[], rows: readonly (readonly string[])[]): Document {
  const th = headers.map((h) => `<th>${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return new DOMParser().parseFromString(`<!doctype html><html lang="${lang}"><body><table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></body></html>`, 'text/html');
}

describe('refund and return numbers beside the order number', () => {
  it.each([
    ['退款编号', '单号'],
    ['售后编号', '编号'],
    ['服务单号', '单号'],
  ])('reads the order numbers under %s beside %s, never the other numbers', (decoy, idHeader) => {
    const doc = page('zh-CN', [decoy, idHeader, '买家', '实付金额', '下单时间', '订单状态'], [
      ['202612061834523311', '3712804412345678901', '张**', '¥128.00', '2026-12-06 18:34', '已发货'],
      ['202612051122334455', '3712804498765432102', '李**', '¥59.90', '2026-12-05 11:22', '待发货'],
      ['202612041010101010', '3712804411112222333', '王**', '¥300.00', '2026-12-04 10:10', '交易成功'],
    ]);
    const read = readOrders(genericAdapter({ language: 'zh-CN', timeZone: 'Asia/Shanghai' }), doc, { url: 'https://admin.example.test/refunds', now: NOW });
    expect(read.rows.map((r) => [r.order.orderId, r.order.money.paid])).toEqual([
      ['3712804412345678901', 128],
      ['3712804498765432102', 59.9],
      ['3712804411112222333', 300],
    ]);
  });

  it('reads the order numbers under a bare "No." beside an English "Return ID" or an RMA number', () => {
    for (const decoy of ['Return ID', 'RMA #']) {
      const doc = page('en-US', [decoy, 'No.', 'Buyer', 'Order total', 'Order date', 'Status'], [
        ['5012345678', '2210987654', 'jane_d', '$24.00', 'Dec 6, 2026 3:14 PM', 'Shipped'],
        ['5012345679', '2210987655', 'tom_k', '$18.50', 'Dec 5, 2026 9:02 AM', 'Delivered'],
      ]);
      const read = readOrders(genericAdapter({ language: 'en-US', timeZone: 'America/New_York' }), doc, { url: 'https://admin.example.test/returns', now: NOW });
      expect(read.rows.map((r) => r.order.orderId)).toEqual(['2210987654', '2210987655']);
    }
  });
});
