// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shopify } from '../../lib/adapters/shopify';
import { EMPTY_LIST, readOrders } from '../../lib/extract';

const ORDERS_URL = 'https://admin.shopify.com/store/sage-and-suds/orders';
const LEGACY_URL = 'https://savon-de-lune.myshopify.com/admin/orders';
/** Wednesday 2026-11-25, 09:00 in the store's zone (America/New_York, UTC−5). */
const NOW = Date.UTC(2026, 10, 25, 14, 0, 0);

function load(name: string): Document {
  const html = readFileSync(`test/fixtures/shopify/${name}`, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('Shopify adapter on admin Orders (Polaris IndexTable, 2026-11)', () => {
  const result = readOrders(shopify, load('orders.2026-11.html'), { url: ORDERS_URL, now: NOW });
  const source = { url: ORDERS_URL, adapter: 'shopify', observedAt: NOW };
  const order = (orderId: string, placedAt: number, status: string, statusRaw: string, buyer: string | undefined, currency: string, paid: number) => ({
    marketplace: 'shopify',
    orderId,
    placedAt,
    status,
    statusRaw,
    ...(buyer !== undefined && { buyer }),
    items: [],
    money: { currency, paid },
    source,
  });

  it('reads every row, combining payment and fulfillment status, relative and weekday dates in the store zone', () => {
    expect(result.problem).toBeUndefined();
    expect(result.skipped).toEqual([]);
    expect(result.totalRows).toBe(9);
    expect(result.rows.map((r) => r.order)).toEqual([
      order('#1012', Date.UTC(2026, 10, 25, 13, 41), 'awaiting_payment', 'Payment pending / Unfulfilled', 'Olivia Park', 'USD', 54),
      order('#1011', Date.UTC(2026, 10, 24, 14, 12), 'shipped', 'Paid / Fulfilled', 'Liam Walsh', 'USD', 32.5),
      order('#1010', Date.UTC(2026, 10, 23, 21, 20), 'refunded', 'Refunded / Unfulfilled', 'Noah Fischer', 'USD', 41),
      order('#1009', Date.UTC(2026, 10, 20, 15, 0), 'shipped', 'Paid / Fulfilled', 'Chloé Tremblay', 'CAD', 12),
      order('#1008', Date.UTC(2026, 10, 19, 16, 30), 'awaiting_shipment', 'Paid / Unfulfilled', 'Ava Martin', 'USD', 27),
      // Point of Sale without a customer: no buyer rather than a buyer called "No customer".
      order('#1007', Date.UTC(2026, 10, 18, 20, 45), 'shipped', 'Paid / Fulfilled', undefined, 'USD', 15),
      order('#1006', Date.UTC(2026, 10, 17, 19, 10), 'refunded', 'Partially refunded / Partially fulfilled', 'Mason Lee', 'USD', 88),
      order('#1005', Date.UTC(2026, 10, 17, 0, 55), 'awaiting_shipment', 'Paid / On hold', 'Sofia Reyes', 'USD', 19.5),
      order('#1004', Date.UTC(2026, 10, 15, 14, 5), 'cancelled', 'Voided / Unfulfilled', 'Ethan Brooks', 'USD', 23),
    ]);
  });

  it('puts the badge in the order-name cell of each row', () => {
    const first = result.rows[0]!;
    expect(first.anchor.tagName).toBe('TH');
    expect(first.anchor.textContent).toBe('#1012');
    expect(first.row.id).toBe('gid://shopify/Order/6102938475012');
  });

  it('reads the same orders when the status badges lose their Polaris class names', () => {
    const renamed = load('orders.2026-11.html');
    for (const el of Array.from(renamed.querySelectorAll('.Polaris-Text--visuallyHidden'))) el.className = 'Polaris-Text--visuallyHidden_x1';
    for (const el of Array.from(renamed.querySelectorAll('table'))) el.className = 'Table_a1b2';
    const again = readOrders(shopify, renamed, { url: ORDERS_URL, now: NOW });
    expect(again.skipped).toEqual([]);
    expect(again.rows.map((r) => r.order)).toEqual(result.rows.map((r) => r.order));
  });
});

describe('Shopify adapter on a store with customised columns (legacy admin URL, euros)', () => {
  const result = readOrders(shopify, load('orders-variant.2026-11.html'), { url: LEGACY_URL, now: NOW });
  const source = { url: LEGACY_URL, adapter: 'shopify', observedAt: NOW };

  it('reads reordered columns, a return in progress, euro amounts, and skips the row without a total', () => {
    expect(result.problem).toBeUndefined();
    expect(result.totalRows).toBe(3);
    expect(result.skipped).toEqual([{ row: 2, orderId: '#2102', reason: "Total '€—' is not an amount" }]);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'shopify',
        orderId: '#2103',
        placedAt: Date.UTC(2026, 10, 22, 23, 5),
        status: 'awaiting_shipment',
        statusRaw: 'Paid / Unfulfilled',
        buyer: 'Léa Dubois',
        items: [],
        money: { currency: 'EUR', paid: 12.5 },
        source,
      },
      {
        marketplace: 'shopify',
        orderId: '#2101',
        placedAt: Date.UTC(2026, 10, 20, 13, 0),
        status: 'return_requested',
        statusRaw: 'Paid / Fulfilled / Return in progress',
        buyer: 'Giulia Conti',
        items: [],
        money: { currency: 'EUR', paid: 1234 },
        source,
      },
    ]);
  });
});

describe('Shopify adapter on an empty order list', () => {
  it('reads the empty search result (no table at all) as an empty list, not a failure', () => {
    expect(readOrders(shopify, load('orders-empty.2026-11.html'), { url: ORDERS_URL, now: NOW })).toEqual({
      adapter: 'shopify',
      rows: [],
      skipped: [],
      totalRows: 0,
      problem: EMPTY_LIST,
    });
  });

  it('says the table is missing when neither a table nor the empty state is shown', () => {
    const doc = load('orders-empty.2026-11.html');
    doc.querySelector('.Polaris-IndexTable')!.remove();
    expect(readOrders(shopify, doc, { url: ORDERS_URL, now: NOW }).problem).toBe('no order list found');
  });
});
