// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amazon } from '../../lib/adapters/amazon';
import { EMPTY_LIST, readOrders } from '../../lib/extract';
import { cancelRequestSignal } from '../../lib/detectors/cancel-pending';

const US_URL = 'https://sellercentral.amazon.com/orders-v3?page=1';
const DE_URL = 'https://sellercentral.amazon.de/orders-v3/mfn/unshipped?page=1';
const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);

function load(name: string): Document {
  const html = readFileSync(`test/fixtures/amazon/${name}`, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('Amazon Manage Orders on sellercentral.amazon.com (2026-11)', () => {
  const result = readOrders(amazon, load('manage-orders.2026-11.html'), { url: US_URL, now: NOW });
  const source = { url: US_URL, adapter: 'amazon', observedAt: NOW };

  it('reads every row of the multi-line cells into the exact canonical order', () => {
    expect(result.problem).toBeUndefined();
    expect(result.skipped).toEqual([]);
    expect(result.totalRows).toBe(6);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'amazon',
        orderId: '113-4567890-1234567',
        // "Nov 20, 2026 2:03 PM PST", not the "5 days ago" line above it.
        placedAt: Date.UTC(2026, 10, 20, 22, 3),
        // "Ship by: Nov 22, 2026" is met by shipping any time that day (Pacific).
        shipBy: Date.UTC(2026, 10, 23, 8, 0),
        // "Deliver by: Nov 27 – Dec 2, 2026": the promise holds until the end of Dec 2 (Pacific).
        deliverBy: Date.UTC(2026, 11, 3, 8, 0),
        status: 'awaiting_shipment',
        statusRaw: 'Unshipped',
        buyer: 'Jane Miller',
        items: [{ title: 'Handmade Goat Milk Soap Bar, Lavender, 4 oz', sku: 'SOAP-LAV-4OZ', quantity: 2 }],
        money: { currency: 'USD', paid: 25.98, subtotal: 25.98 },
        source,
      },
      {
        marketplace: 'amazon',
        orderId: '114-2233445-5566778',
        placedAt: Date.UTC(2026, 10, 24, 17, 15),
        shipBy: Date.UTC(2026, 10, 27, 8, 0),
        deliverBy: Date.UTC(2026, 11, 5, 8, 0),
        status: 'awaiting_shipment',
        statusRaw: 'Unshipped',
        buyer: 'Carlos Ortega',
        items: [{ title: 'Oatmeal Honey Soap, Unscented, 3-Pack', sku: 'SOAP-OAT-3PK', quantity: 1 }],
        money: { currency: 'USD', paid: 19.5, subtotal: 19.5 },
        source,
      },
      {
        marketplace: 'amazon',
        orderId: '112-9876543-2101234',
        placedAt: Date.UTC(2026, 10, 25, 2, 40),
        status: 'awaiting_payment',
        statusRaw: 'Pending',
        buyer: 'Priya Raman',
        items: [{ title: 'Natural Loofah Soap Dish', sku: 'DISH-LOOFAH', quantity: 1 }],
        money: { currency: 'USD', paid: 8.99, subtotal: 8.99 },
        source,
      },
      {
        marketplace: 'amazon',
        orderId: '111-3456789-0123456',
        placedAt: Date.UTC(2026, 10, 18, 19, 22),
        // "Deliver by: Nov 21 – Nov 24, 2026": still shipped, not delivered, a day after the promise.
        deliverBy: Date.UTC(2026, 10, 25, 8, 0),
        status: 'shipped',
        statusRaw: 'Shipped',
        buyer: 'Tom Becker',
        items: [{ title: 'Rose Clay Facial Soap, 4 oz', sku: 'SOAP-ROSE-4OZ', quantity: 1 }],
        money: { currency: 'USD', paid: 12.49, subtotal: 12.49 },
        source,
      },
      {
        marketplace: 'amazon',
        orderId: '113-1112223-3344455',
        placedAt: Date.UTC(2026, 10, 16, 16, 5),
        status: 'delivered',
        statusRaw: 'Shipped - Delivered',
        buyer: 'Aiko Tanaka',
        items: [{ title: 'Soap Saver Bag, Sisal, 2-Pack', sku: 'BAG-SISAL-2PK', quantity: 3 }],
        money: { currency: 'USD', paid: 20.97, subtotal: 20.97 },
        source,
      },
      {
        marketplace: 'amazon',
        orderId: '114-5556667-7788990',
        placedAt: Date.UTC(2026, 10, 20, 0, 47),
        status: 'cancelled',
        statusRaw: 'Canceled',
        buyer: 'Liam O’Connor',
        items: [{ title: 'Charcoal Detox Soap, 4 oz', sku: 'SOAP-CHAR-4OZ', quantity: 1 }],
        money: { currency: 'USD', paid: 11.99, subtotal: 11.99 },
        source,
      },
    ]);
  });

  it('puts the badge in the order-details cell of its row', () => {
    const first = result.rows[0]!;
    expect(first.anchor.tagName).toBe('TD');
    expect(first.anchor.textContent).toContain('Buyer name: Jane Miller');
    expect(first.row.contains(first.anchor)).toBe(true);
  });

  it('reads an order placed minutes ago that shows only the relative line', () => {
    const doc = load('manage-orders.2026-11.html');
    const dateCell = doc.querySelector('#orders-table tbody tr td:nth-child(2) .cell-body')!;
    dateCell.replaceChildren(Object.assign(doc.createElement('div'), { textContent: '3 hours ago' }));
    const again = readOrders(amazon, doc, { url: US_URL, now: NOW });
    expect(again.rows[0]!.order.placedAt).toBe(NOW - 3 * 3600_000);
  });
});

describe('Amazon Manage Orders on sellercentral.amazon.de (German labels, reordered columns)', () => {
  const result = readOrders(amazon, load('manage-orders-de.2026-11.html'), { url: DE_URL, now: NOW });
  const source = { url: DE_URL, adapter: 'amazon', observedAt: NOW };

  it('reads euro amounts and German dates, and skips the row whose subtotal shows no amount', () => {
    expect(result.problem).toBeUndefined();
    expect(result.totalRows).toBe(3);
    expect(result.skipped).toEqual([{ row: 2, orderId: '305-7654321-1234567', reason: "Produktname '-- €' is not an amount" }]);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'amazon',
        orderId: '302-1234567-7654321',
        // "21.11.2026 09:12 MEZ" (UTC+1).
        placedAt: Date.UTC(2026, 10, 21, 8, 12),
        // "Versand bis: 23.11.2026": the end of that day in Berlin.
        shipBy: Date.UTC(2026, 10, 23, 23, 0),
        // "Zustellung bis: 26.11.2026 – 28.11.2026": the end of the range's last day in Berlin.
        deliverBy: Date.UTC(2026, 10, 28, 23, 0),
        status: 'awaiting_shipment',
        statusRaw: 'Nicht versandt',
        buyer: 'Jonas Weber',
        items: [{ title: 'Handgemachte Ziegenmilchseife Lavendel, 120 g, 48er-Karton', sku: 'SOAP-LAV-CASE48', quantity: 1 }],
        money: { currency: 'EUR', paid: 1234.56, subtotal: 1234.56 },
        source,
      },
      {
        marketplace: 'amazon',
        orderId: '028-9988776-5544332',
        placedAt: Date.UTC(2026, 10, 19, 6, 5),
        deliverBy: Date.UTC(2026, 10, 24, 23, 0),
        status: 'shipped',
        statusRaw: 'Versandt',
        buyer: 'Lukas Fischer',
        items: [{ title: 'Rosen-Tonerde-Gesichtsseife, 120 g', sku: 'SOAP-ROSE-4OZ', quantity: 2 }],
        money: { currency: 'EUR', paid: 24.98, subtotal: 24.98 },
        source,
      },
    ]);
  });
});

describe('Amazon: the marketplace domain sets currency and zone', () => {
  it.each([
    ['https://sellercentral.amazon.com/orders-v3/mfn/unshipped', 'USD', 'America/Los_Angeles'],
    ['https://sellercentral.amazon.ca/orders-v3/mfn/unshipped', 'CAD', 'America/Los_Angeles'],
    ['https://sellercentral.amazon.co.uk/orders-v3/mfn/unshipped', 'GBP', 'Europe/London'],
    ['https://sellercentral.amazon.de/orders-v3/mfn/unshipped', 'EUR', 'Europe/Berlin'],
    ['https://sellercentral.amazon.co.jp/orders-v3/mfn/unshipped', 'JPY', 'Asia/Tokyo'],
    ['https://sellercentral.amazon.in/orders-v3/mfn/unshipped/easyship', 'INR', 'Asia/Kolkata'],
  ])('%s → %s, %s', (url, currency, zone) => {
    expect([amazon.currencyFor?.(new URL(url)), amazon.timeZoneFor?.(new URL(url))]).toEqual([currency, zone]);
  });

  it('reads a bare ¥ amount as yen on the Japanese console, with Tokyo wall times', () => {
    const doc = load('manage-orders.2026-11.html');
    const row = doc.querySelector('#orders-table tbody tr')!;
    row.querySelector('td:nth-child(5) .cell-body > div:last-child')!.textContent = 'Item subtotal: ￥2,480';
    row.querySelector('td:nth-child(2) .cell-body > div:last-child')!.textContent = '2026/11/20 14:03';
    const url = 'https://sellercentral.amazon.co.jp/orders-v3/mfn/unshipped';
    const order = readOrders(amazon, doc, { url, now: NOW }).rows[0]!.order;
    expect([order.money, order.placedAt]).toEqual([{ currency: 'JPY', paid: 2480, subtotal: 2480 }, Date.UTC(2026, 10, 20, 5, 3)]);
  });
});

describe('Amazon Manage Orders with no orders', () => {
  it('reads zero orders and says the list is empty', () => {
    const result = readOrders(amazon, load('manage-orders-empty.2026-11.html'), { url: US_URL, now: NOW });
    expect(result).toEqual({ adapter: 'amazon', rows: [], skipped: [], totalRows: 0, problem: EMPTY_LIST });
  });
});

describe("Amazon Manage Orders with a buyer's cancel request (2026-11)", () => {
  const result = readOrders(amazon, load('manage-orders-cancel.2026-11.html'), { url: US_URL, now: NOW });

  it('reads the request and its reason into the status text, still an unshipped order, and the repeated order beside it', () => {
    expect(result.skipped).toEqual([]);
    expect(result.rows.map((r) => [r.order.orderId, r.order.status, r.order.statusRaw, r.order.buyer, r.order.placedAt])).toEqual([
      [
        '113-7001122-3344556',
        'awaiting_shipment',
        'UnshippedBuyer cancellation requestedCancellation reason: Order Created by Mistake',
        'Nora Patel',
        Date.UTC(2026, 10, 24, 15, 12),
      ],
      ['111-2030405-0607080', 'awaiting_shipment', 'Unshipped', 'Grace Whitfield', Date.UTC(2026, 10, 24, 18, 2)],
      ['112-2030405-0607999', 'awaiting_shipment', 'Unshipped', 'Grace Whitfield', Date.UTC(2026, 10, 24, 18, 41)],
    ]);
  });

  it('gives cancel-pending its signal on the requested order only', () => {
    expect(result.rows.map((r) => cancelRequestSignal(r.order))).toEqual(['cancellation requested', undefined, undefined]);
    // The public reader tests only the line's first words: they are enough.
    expect(cancelRequestSignal({ ...result.rows[0]!.order, statusRaw: 'UnshippedBuyer cancellation' })).toBe('buyer cancellation');
  });
});
