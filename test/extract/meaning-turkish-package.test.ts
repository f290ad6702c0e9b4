// @vitest-environment happy-dom
// Hepsiburada lists a delivery (Teslimat No) or package (Paket No) number beside each order number, both ten
// digits (test/corpus/render/heldout8.mjs). Read first, the delivery column made every delivery number an order;
// its header names a number that is never the order's (lib/extract/meaning.ts DECOY_HEADER), and a bare "Sipariş"
// (order) names the order-number column as "Order" does (lib/extract/keys-world.ts).
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';

const NOW = Date.UTC(2026, 11, 7, 12, 50, 0);
const adapter = genericAdapter({ language: 'tr-TR', timeZone: 'Europe/Istanbul' });

const row = (pack: string, id: string, at: string, total: string, status: string): string =>
  `<tr><td>${pack}</td><td><a href="#">${id}</a></td><td>${at}</td><td>${total}</td><td><span>${status}</span></td><td>Ayşe Yılmaz</td></tr>`;

function page(packHeader: string, idHeader: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html lang="tr-TR"><body><h2>Siparişler</h2><table><thead><tr>` +
      `<th>${packHeader}</th><th>${idHeader}</th><th>Sipariş Tarihi</th><th>Tutar</th><th>Durum</th><th>Müşteri</th></tr></thead><tbody>` +
      row('3030869983', '4720472655', '07.12.2026 14:03', '₺1.234,56', 'Kargoya Verildi') +
      row('3205793646', '4735760179', '07.12.2026 11:41', '₺389,90', 'Hazırlanıyor') +
      row('3722166463', '4031961892', '06.12.2026 22:17', '₺2.049,00', 'İptal Edildi') +
      `</tbody></table></body></html>`,
    'text/html',
  );
}

describe('order numbers beside delivery numbers of the same shape', () => {
  it.each([
    ['Teslimat No', 'Sipariş'],
    ['Paket No', 'Sipariş'],
    ['Teslimat No', 'No'],
    ['Teslimat No', 'Sipariş No'],
  ])('reads the orders, never a %s, under "%s"', (packHeader, idHeader) => {
    const read = readOrders(adapter, page(packHeader, idHeader), { url: 'https://admin.example.test/orders', now: NOW });
    expect(read.skipped).toEqual([]);
    expect(read.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.money.currency, r.order.placedAt, r.order.status])).toEqual([
      ['4720472655', 1234.56, 'TRY', Date.UTC(2026, 11, 7, 11, 3), 'shipped'],
      ['4735760179', 389.9, 'TRY', Date.UTC(2026, 11, 7, 8, 41), 'awaiting_shipment'],
      ['4031961892', 2049, 'TRY', Date.UTC(2026, 11, 6, 19, 17), 'cancelled'],
    ]);
  });
});
