// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { etsy } from '../../lib/adapters/etsy';
import { EMPTY_LIST, readOrders } from '../../lib/extract';
import { buildContext, evaluate } from '../../lib/detectors';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const SOLD_URL = 'https://www.etsy.com/your/orders/sold?ref=seller-platform-mcnav';
const NEW_URL = 'https://www.etsy.com/your/orders/sold/new';
/** 2026-11-25 09:00 in the seller's zone (America/New_York, UTC−5): midnight there is 05:00 UTC. */
const NOW = Date.UTC(2026, 10, 25, 14, 0, 0);
const midnightNY = (month: number, day: number) => Date.UTC(2026, month - 1, day, 5, 0, 0);

function load(name: string): Document {
  const html = readFileSync(`test/fixtures/etsy/${name}`, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('Etsy adapter on Orders & Shipping (order cards, 2026-11)', () => {
  const result = readOrders(etsy, load('sold.2026-11.html'), { url: SOLD_URL, now: NOW });
  const source = { url: SOLD_URL, adapter: 'etsy', observedAt: NOW };

  it('reads each card into the exact order; a ship-by date ends at midnight after that day', () => {
    expect(result.problem).toBeUndefined();
    expect(result.skipped).toEqual([]);
    expect(result.totalRows).toBe(6);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'etsy',
        orderId: '3012345678',
        placedAt: midnightNY(11, 18),
        shipBy: midnightNY(11, 23),
        status: 'awaiting_shipment',
        statusRaw: 'Not shipped',
        buyer: 'Mia Chen',
        items: [
          { title: 'Lavender Oat Milk Soap Bar - Handmade Cold Process', sku: 'Scent: Lavender', quantity: 2, unitPrice: 8 },
          { title: 'Bamboo Soap Dish', quantity: 1, unitPrice: 6.5 },
        ],
        money: { currency: 'USD', paid: 22.5, subtotal: 22.5 },
        source,
      },
      {
        marketplace: 'etsy',
        orderId: '3012456789',
        placedAt: midnightNY(11, 23),
        shipBy: midnightNY(11, 28),
        status: 'awaiting_shipment',
        statusRaw: 'Not shipped',
        buyer: 'Jordan Ellis',
        items: [{ title: 'Spa Gift Set - 4 Soaps in a Kraft Box', sku: 'Scents: Citrus mix', quantity: 1, unitPrice: 36 }],
        money: { currency: 'USD', paid: 36, subtotal: 36 },
        source,
      },
      {
        marketplace: 'etsy',
        orderId: '3011987654',
        placedAt: midnightNY(11, 16),
        status: 'shipped',
        statusRaw: 'Shipped',
        buyer: 'Priya Nair',
        items: [{ title: 'Charcoal & Tea Tree Face Soap', quantity: 2, unitPrice: 8 }],
        money: { currency: 'USD', paid: 16, subtotal: 16 },
        carrier: 'USPS',
        trackingNo: '9400111899223345678901',
        source,
      },
      {
        marketplace: 'etsy',
        orderId: '3011876543',
        placedAt: midnightNY(11, 15),
        status: 'completed',
        statusRaw: 'Completed',
        buyer: 'Tom Becker',
        items: [{ title: 'Shampoo Bar - Rosemary Mint', quantity: 1, unitPrice: 18 }],
        money: { currency: 'USD', paid: 18, subtotal: 18 },
        source,
      },
      {
        marketplace: 'etsy',
        orderId: '3012011122',
        placedAt: midnightNY(11, 19),
        status: 'cancelled',
        statusRaw: 'Canceled',
        buyer: 'Sara Lindqvist',
        items: [{ title: 'Travel Soap Tin', quantity: 1, unitPrice: 12 }],
        money: { currency: 'USD', paid: 12, subtotal: 12 },
        source,
      },
      {
        marketplace: 'etsy',
        orderId: '3012100001',
        placedAt: midnightNY(11, 20),
        status: 'refunded',
        statusRaw: 'Refunded',
        buyer: 'Alex Kim',
        items: [{ title: 'Unscented Baby Soap (set of 3)', quantity: 1, unitPrice: 30 }],
        money: { currency: 'USD', paid: 30, subtotal: 30 },
        source,
      },
    ]);
  });

  it('keeps the whole card as the row and puts the badge on the order number', () => {
    const first = result.rows[0]!;
    expect(first.row.getAttribute('data-order-id')).toBe('3012345678');
    expect(first.anchor.textContent).toBe('Order #3012345678');
  });
});

describe('Etsy adapter on a later build (hashed class names, no data-test-id)', () => {
  const result = readOrders(etsy, load('sold-variant.2026-11.html'), { url: NEW_URL, now: NOW });
  const source = { url: NEW_URL, adapter: 'etsy', observedAt: NOW };

  it('reads the cards by their labels and skips the one whose total did not render', () => {
    expect(result.problem).toBeUndefined();
    expect(result.totalRows).toBe(3);
    expect(result.skipped).toEqual([{ row: 2, orderId: '3013000002', reason: "Order total '$--' is not an amount" }]);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'etsy',
        orderId: '3013000001',
        placedAt: midnightNY(11, 21),
        shipBy: midnightNY(11, 25),
        status: 'awaiting_shipment',
        statusRaw: 'Not shipped',
        buyer: 'Hannah Scott',
        items: [{ title: 'Goat Milk Soap - Honey', quantity: 3, unitPrice: 8 }],
        money: { currency: 'USD', paid: 24, subtotal: 24 },
        source,
      },
      {
        marketplace: 'etsy',
        orderId: '3013000003',
        placedAt: midnightNY(11, 24),
        shipBy: midnightNY(12, 2),
        status: 'awaiting_shipment',
        statusRaw: 'Not shipped',
        buyer: 'Emily Zhao',
        items: [{ title: 'Lip Balm - Peppermint', quantity: 1, unitPrice: 9.5 }],
        money: { currency: 'USD', paid: 9.5, subtotal: 9.5 },
        source,
      },
    ]);
    expect(result.rows[0]!.anchor.textContent).toBe('Order #3013000001');
  });
});

describe('Etsy adapter on an empty list', () => {
  it('reads "No orders to show" as an empty list, not a failure', () => {
    expect(readOrders(etsy, load('sold-empty.2026-11.html'), { url: NEW_URL, now: NOW })).toEqual({
      adapter: 'etsy',
      rows: [],
      skipped: [],
      totalRows: 0,
      problem: EMPTY_LIST,
    });
  });

  it('says the layout may have changed when the list is there without cards or the empty message', () => {
    const doc = load('sold-empty.2026-11.html');
    doc.querySelector('[data-test-id="order-list"] p')!.remove();
    expect(readOrders(etsy, doc, { url: NEW_URL, now: NOW }).problem).toBe(
      'the order list shows no order cards (the page layout may have changed)',
    );
  });
});

describe('Etsy adapter: the note from the buyer on an order card (2026-12)', () => {
  const result = readOrders(etsy, load('sold-note.2026-12.html'), { url: NEW_URL, now: NOW });

  it("reads each card's note as the buyer's message, and none where the card has no note", () => {
    expect(result.problem).toBeUndefined();
    expect(result.skipped).toEqual([]);
    expect(result.rows.map((r) => [r.order.orderId, r.order.status, r.order.buyerMessage])).toEqual([
      ['3013100001', 'awaiting_shipment', 'Please ship to my new address: 88 Orchard St, Apt 4B, Portland, OR 97205. The one on my account is where I lived before.'],
      ['3013100002', 'awaiting_shipment', 'It is a birthday gift, please leave the price off the packing slip.'],
    ]);
    const plain = readOrders(etsy, load('sold.2026-11.html'), { url: SOLD_URL, now: NOW });
    expect(plain.rows.filter((r) => r.order.buyerMessage !== undefined)).toEqual([]);
  });

  it('raises address-issue (P2, due at the ship-by date) on the note asking for a new address, and nothing on the gift note', () => {
    const orders = result.rows.map((r) => r.order);
    const { findings } = evaluate(orders, buildContext(orders), NOW, DEFAULT_SETTINGS);
    expect(findings.filter((f) => f.detector === 'address-issue').map((f) => [f.orderId, f.severity, f.dueAt, f.evidence.keyword, f.explanation.en])).toEqual([
      [
        '3013100001',
        'P2',
        midnightNY(11, 29),
        'new address',
        'The buyer asked to change the address after paying ("new address") — settle it with the buyer before shipping (the ship-by deadline is still ahead).',
      ],
    ]);
  });
});
