// @vitest-environment happy-dom
// A number of a tracking number's shape (15 digits after a 7, as 申通 numbers its parcels) is the order's number under
// a header that names the order number (Daraz Bangladesh, test/corpus/render/heldout15.mjs, 2026-12-08); beside an
// order-number column it stays a parcel's.
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';

const NOW = Date.parse('2026-12-08T10:00:00+06:00');
const page = (body: string): Document => new DOMParser().parseFromString(`<!doctype html><html lang="en"><body>${body}</body></html>`, 'text/html');
const read = (doc: Document) => readOrders(genericAdapter({ language: 'en-BD', timeZone: 'Asia/Dhaka' }), doc, { url: 'https://sellercenter.example.test/orders', now: NOW });
const row = (id: string, tracking: string, total: string) => `<tr><td>${id}</td><td>2026-12-07 14:03</td><td>${total}</td><td>Shipped</td><td>${tracking}</td></tr>`;

describe('order numbers of a tracking number\'s shape', () => {
  it('reads them under an "Order number" header', () => {
    const doc = page(`<table><thead><tr><th>Order number</th><th>Order date</th><th>Total</th><th>Status</th><th>Tracking</th></tr></thead><tbody>
      ${row('735661696404768', 'SF1234567890123', '৳6,801.00')}${row('732275192357620', 'SF1234567890124', '৳4,244.00')}${row('742309657884148', 'SF1234567890125', '৳1,278.00')}</tbody></table>`);
    expect(read(doc).rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.trackingNo])).toEqual([
      ['735661696404768', 6801, 'SF1234567890123'],
      ['732275192357620', 4244, 'SF1234567890124'],
      ['742309657884148', 1278, 'SF1234567890125'],
    ]);
  });

  it('leaves them to the parcel beside a column of order numbers', () => {
    const doc = page(`<table><thead><tr><th>Order number</th><th>Order date</th><th>Total</th><th>Status</th><th>Tracking</th></tr></thead><tbody>
      ${row('4012345678901234567', '735661696404768', '৳6,801.00')}${row('4012345678901234568', '732275192357620', '৳4,244.00')}</tbody></table>`);
    expect(read(doc).rows.map((r) => [r.order.orderId, r.order.trackingNo])).toEqual([
      ['4012345678901234567', '735661696404768'],
      ['4012345678901234568', '732275192357620'],
    ]);
  });
});
