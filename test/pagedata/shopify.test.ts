import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pageDataOrders } from '../../lib/pagedata/ingest';
import { displayed } from '../../lib/pagedata/shopify';
import { adapterById } from '../../lib/adapters';
import { buildContext, evaluate } from '../../lib/detectors';
import { type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const SOURCE = 'https://admin.shopify.com/api/shopify/sage-and-suds?operation=OrderListData&type=query';
const LIST = 'https://admin.shopify.com/store/sage-and-suds/orders';
const AT = Date.UTC(2026, 11, 6, 2, 0);
const iso = (at: number): string => new Date(at).toISOString();
const read = (body: string | undefined, source = SOURCE) => pageDataOrders({ url: LIST, source, observedAt: AT, body }, (id) => adapterById(id), []);

describe('Shopify admin orders read from its GraphQL answers', () => {
  it('builds the orders with their payment and fulfillment status words, total, shipping, customer and lines', () => {
    const r = read(readFileSync('test/fixtures/pagedata/shopify-orders.2026-12.json', 'utf8'));
    if (r.kind !== 'read') throw new Error(r.kind);
    expect(r.orders.map((o) => [o.orderId, o.status, o.statusRaw, o.money.paid, o.money.currency, o.money.shipping, o.buyer])).toEqual([
      ['#1101', 'awaiting_shipment', 'Paid / Unfulfilled', 48.5, 'USD', 5, 'Maya Chen'],
      ['#1102', 'refunded', 'Partially refunded / Fulfilled', 22, 'USD', 0, undefined],
    ]);
    expect(new Date(r.orders[0]!.placedAt).toISOString()).toBe('2026-11-27T14:02:11.000Z');
    expect(r.orders[0]!.items).toEqual([
      { title: 'Lavender soap bar', sku: 'SOAP-LAV', quantity: 3 },
      { title: 'Gift box', quantity: 1 },
    ]);
    expect(r.orders[1]!.items).toEqual([{ title: 'Oat milk shampoo', sku: 'SHAM-OAT', quantity: 1 }]);
    // #1103's createdAt is no date: skipped, the others stand.
    expect(r.health).toEqual({ ordersRead: 2, skipped: 1, at: AT });
  });

  it('passes over the admin\'s other answers at the same address, and any malformed or oversized one, silently', () => {
    expect(read('{"data":{"shop":{"name":"Sage and Suds"}}}')).toEqual({ kind: 'none' });
    expect(read('{"data":{"orders":{"edges":[{"node":{"total":1e309}}]}}}')).toEqual({ kind: 'none' });
    expect(read(undefined)).toEqual({ kind: 'none' });
    expect(read('{"data":{"orders":{"edges":[]}}}', 'https://admin.shopify.com/store/sage-and-suds/orders.json')).toEqual({ kind: 'none' });
  });

  it('reads what the fulfillments show: tracking number and carrier, estimated delivery, last tracking event, delivered', () => {
    const r = read(readFileSync('test/fixtures/pagedata/shopify-fulfillments.2026-12.json', 'utf8'));
    if (r.kind !== 'read') throw new Error(r.kind);
    const shipment = (o: Order) => [o.orderId, o.status, o.statusRaw, o.carrier, o.trackingNo, o.deliverBy && iso(o.deliverBy), o.lastTrackingAt && iso(o.lastTrackingAt), o.deliveredAt && iso(o.deliveredAt)];
    expect(r.orders.map(shipment)).toEqual([
      // In transit: the carrier's estimate, and the latest of its events (not the label bought before).
      ['#1201', 'shipped', 'Paid / Fulfilled', 'UPS', '1Z999AA10123456784', '2026-11-26T20:00:00.000Z', '2026-11-22T09:12:00.000Z', undefined],
      // Every shipment delivered: delivered when, whatever the list's "Fulfilled" says, and no estimate left to miss.
      ['#1202', 'delivered', 'Paid / Delivered', 'USPS', '9400111899223197428490', undefined, '2026-11-22T16:41:00.000Z', '2026-11-22T16:41:00.000Z'],
      // Marked fulfilled with a number no USPS label carries, and no event yet.
      ['#1203', 'shipped', 'Paid / Fulfilled', 'USPS', '94001118', undefined, undefined, undefined],
      ['#1204', 'awaiting_shipment', 'Paid / Unfulfilled', undefined, undefined, undefined, undefined, undefined],
    ]);
    expect(r.health).toEqual({ ordersRead: 4, skipped: 0, at: AT });
  });

  it('raises on Shopify what only the fulfillments show: a parcel past its estimate, one whose tracking stopped, a number that fits no label', () => {
    const r = read(readFileSync('test/fixtures/pagedata/shopify-fulfillments.2026-12.json', 'utf8'));
    if (r.kind !== 'read') throw new Error(r.kind);
    const now = Date.UTC(2026, 10, 28, 12, 0);
    const { findings } = evaluate(r.orders, buildContext(r.orders), now, DEFAULT_SETTINGS);
    const shipping = new Set(['delivery-overdue', 'tracking-stalled', 'tracking-invalid']);
    expect(findings.filter((f) => shipping.has(f.detector)).map((f) => [f.orderId, f.detector, f.severity]).sort()).toEqual([
      // Due Nov 26 20:00 UTC, not delivered 1.7 days later: late, not yet urgent (3 days).
      ['#1201', 'delivery-overdue', 'P2'],
      // Last moved Nov 22 09:12 UTC: over 3 days still, not yet 7 (suspected lost).
      ['#1201', 'tracking-stalled', 'P2'],
      ['#1203', 'tracking-invalid', 'P1'],
    ]);
  });

  it('keeps a delivered parcel quiet when the list\'s text, which says only "Fulfilled", is read after its data', () => {
    const r = read(readFileSync('test/fixtures/pagedata/shopify-fulfillments.2026-12.json', 'utf8'));
    if (r.kind !== 'read') throw new Error(r.kind);
    const delivered = r.orders.find((o) => o.orderId === '#1202')!;
    // What a read of the list's text gives for it, the fields it does not show kept from the data.
    const relisted: Order = { ...delivered, status: 'shipped', statusRaw: 'Paid / Fulfilled' };
    const later = Date.UTC(2026, 11, 6, 12, 0);
    const { findings } = evaluate([relisted], buildContext([relisted]), later, DEFAULT_SETTINGS);
    expect(findings.map((f) => f.detector)).toEqual([]);
  });

  it('shows an enum value as the admin shows it', () => {
    expect(['PAID', 'PARTIALLY_REFUNDED', 'IN_PROGRESS', 'ON_HOLD'].map(displayed)).toEqual(['Paid', 'Partially refunded', 'In progress', 'On hold']);
  });
});
