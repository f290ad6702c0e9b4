// @vitest-environment happy-dom
// Order cards headed by their number with no label (Tokopedia's seller orders: "INV/…/MPL/…" over
// the date, the items and "Total Belanja"), read when no other list with order numbers is found
// (lib/extract/meaning.ts unlabelledCards; test/corpus/render/heldout5.mjs cites the page). Cards
// of other numbers (parcels without an amount, products without a date) stay no order list.
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';
import { NO_ORDER_LIST } from '../../lib/extract/meaning';

const NOW = Date.UTC(2026, 11, 6, 12, 10, 0);
const URL = 'https://seller.example.test/orders';
const adapter = genericAdapter({ language: 'id-ID', timeZone: 'Asia/Jakarta' });
const load = (body: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><html lang="id-ID"><body><h4>Pesanan</h4><div>${body}</div></body></html>`, 'text/html');

function card(id: string, date: string, status: string, total: string): string {
  return (
    `<div class="card"><div class="head"><span><a href="#">${id}<button aria-label="Salin"><svg></svg></button></a></span>` +
    `<span>${date}</span><span class="tag">${status}</span></div>` +
    `<div class="row"><div>Tas ransel<div>SKU-YK7976</div></div><div>Rp969.300</div><div>x1</div><div>Rizky Pratama<div>0813-3348-4673</div></div></div>` +
    `<div><strong>Total Belanja ${total}</strong></div></div>`
  );
}

describe('order cards headed by an unlabelled invoice number', () => {
  it('reads each card: its number, total in rupiah, order time in Jakarta and status; SKUs and phones are no orders', () => {
    const doc = load(
      card('INV/20261206/MPL/8875345353', '6 Des 2026, 16:56 WIB', 'Siap Dikirim', 'Rp987.300') +
        card('INV/20261205/MPL/2124245666', '5 Des 2026, 22:36 WIB', 'Dibatalkan', 'Rp169.600') +
        card('INV/20261205/MPL/5311840415', '5 Des 2026, 13:04 WIB', 'Dalam Pengiriman', 'Rp1.765.200'),
    );
    const read = readOrders(adapter, doc, { url: URL, now: NOW });
    expect(read.skipped).toEqual([]);
    expect(read.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.money.currency, r.order.placedAt, r.order.status])).toEqual([
      ['INV/20261206/MPL/8875345353', 987300, 'IDR', Date.UTC(2026, 11, 6, 9, 56), 'awaiting_shipment'],
      ['INV/20261205/MPL/2124245666', 169600, 'IDR', Date.UTC(2026, 11, 5, 15, 36), 'cancelled'],
      ['INV/20261205/MPL/5311840415', 1765200, 'IDR', Date.UTC(2026, 11, 5, 6, 4), 'shipped'],
    ]);
  });

  it('finds no order list in cards of parcels (a number and a date, no amount) or of products (a number and a price, no date)', () => {
    const parcels = [1, 2, 3].map((i) => `<div><div>JP12345678${i}0</div><div>${i} Des 2026, 10:00 WIB</div><div>Diterima</div></div>`).join('');
    const products = [1, 2, 3].map((i) => `<div><div>8812034${i}</div><div>Lampu LED</div><div>Rp104.100</div></div>`).join('');
    for (const body of [parcels, products]) {
      const read = readOrders(adapter, load(body), { url: URL, now: NOW });
      expect(read.rows).toEqual([]);
      expect(read.problem).toBe(NO_ORDER_LIST);
    }
  });
});
