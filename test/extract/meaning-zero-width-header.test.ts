// @vitest-environment happy-dom
// A header cell may hold a zero-width character beside its word: Semi Design's filter trigger puts a U+200B
// before its icon, so TikTok Shop Vietnam's "Trạng thái" header read "Trạng thái\u200b" and named no meaning
// (test/corpus/render/heldout8.mjs). The column is the status column by its header, so a status word the
// reader does not know still shows as the seller's own text instead of nothing (lib/extract/meaning.ts cleanLabel).
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';

const NOW = Date.UTC(2026, 11, 7, 12, 30, 0);
const adapter = genericAdapter({ language: 'vi-VN', timeZone: 'Asia/Ho_Chi_Minh' });

const row = (id: string, total: string, status: string, at: string): string =>
  `<tr><td><a href="#">${id}</a></td><td>${total}</td><td><span class="tag">${status}</span></td><td>${at}</td></tr>`;

function page(zeroWidth: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html lang="vi-VN"><body><h4>Quản lý đơn hàng</h4><table>` +
      `<thead><tr><th>Mã đơn hàng</th><th>Tổng tiền</th>` +
      `<th><span>Trạng thái</span><div aria-haspopup="true">${zeroWidth}<span role="button" aria-label="Filter"><svg></svg></span></div></th>` +
      `<th>Thời gian tạo</th></tr></thead><tbody>` +
      row('576932018345678901', '1.234.000 ₫', 'Chưa thanh toán', '07/12/2026 14:03') +
      row('576932018345678902', '89.000 ₫', 'Chờ xác nhận', '07/12/2026 11:20') +
      row('576932018345678903', '455.000 ₫', 'Chờ xác nhận', '06/12/2026 22:41') +
      `</tbody></table></body></html>`,
    'text/html',
  );
}

describe('a header word beside a zero-width character', () => {
  it.each([['\u200b'], ['\ufeff'], ['']])('names the status column (%j beside the word)', (zw) => {
    const read = readOrders(adapter, page(zw), { url: 'https://admin.example.test/orders', now: NOW });
    expect(read.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.money.currency, r.order.status, r.order.statusRaw])).toEqual([
      ['576932018345678901', 1234000, 'VND', 'awaiting_payment', 'Chưa thanh toán'],
      ['576932018345678902', 89000, 'VND', 'unknown', 'Chờ xác nhận'],
      ['576932018345678903', 455000, 'VND', 'unknown', 'Chờ xác nhận'],
    ]);
  });
});
