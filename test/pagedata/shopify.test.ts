import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pageDataOrders } from '../../lib/pagedata/ingest';
import { displayed } from '../../lib/pagedata/shopify';
import { adapterById } from '../../lib/adapters';

const SOURCE = 'https://admin.shopify.com/api/shopify/sage-and-suds?operation=OrderListData&type=query';
const LIST = 'https://admin.shopify.com/store/sage-and-suds/orders';
const AT = Date.UTC(2026, 11, 6, 2, 0);
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

  it('shows an enum value as the admin shows it', () => {
    expect(['PAID', 'PARTIALLY_REFUNDED', 'IN_PROGRESS', 'ON_HOLD'].map(displayed)).toEqual(['Paid', 'Partially refunded', 'In progress', 'On hold']);
  });
});
