// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Adapter, CardLayout } from '../../lib/adapters/types';
import { EMPTY_LIST, readOrders } from '../../lib/extract';

const URL_ = 'https://shop.example/orders';
const NOW = Date.UTC(2026, 10, 25, 12, 0);

const layout: CardLayout = {
  kind: 'cards',
  list: ['.orders'],
  card: ['.orders > .card'],
  anchor: ['.order-no'],
  fields: {
    orderId: { label: 'Order #', select: ['.order-no'], pattern: /#\s*(\d+)/ },
    buyer: { label: 'Buyer', select: ['.buyer'] },
    placedAt: { label: 'Ordered', pattern: /Ordered\s+([A-Z][a-z]{2} \d{1,2}, \d{4})/ },
    shipBy: { label: 'Ship by', pattern: /Ship by\s+([A-Z][a-z]{2} \d{1,2})/ },
    paid: { label: 'Order total', select: ['.total'], ignore: ['.label'] },
    status: { label: 'Status', select: ['.status'] },
  },
  itemLines: ['.line'],
  itemFields: {
    item: { label: 'Item', select: ['.title'] },
    quantity: { label: 'Quantity', select: ['.qty'] },
    unitPrice: { label: 'Price', select: ['.price'] },
  },
};

const adapter: Adapter = {
  id: 'cards-test',
  marketplace: 'etsy',
  label: { en: 'Cards', zh: '卡片' },
  matches: [],
  isOrderList: () => false,
  currency: 'USD',
  timeZone: 'UTC',
  layout,
  statusVocabulary: { 'Not shipped': 'awaiting_shipment', Shipped: 'shipped' },
  emptyMarkers: ['No orders yet'],
};

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
}

const card = (id: string, total: string, extra = '') => `
  <div class="card">
    <span class="buyer">Mia Chen</span> <a class="order-no">Order #${id}</a>
    <p>Ordered Nov 18, 2026</p> <p>Ship by Nov 22</p>
    <div class="line"><a class="title">Sage soap bar</a> <span class="qty">Quantity 2</span> <span class="price">$8.00</span></div>
    <div class="line"><a class="title">Soap dish</a> <span class="qty">Quantity 1</span> <span class="price">$6.50</span></div>
    <p class="total"><span class="label">Order total</span> ${total}</p>
    <span class="status">Not shipped</span> <button>Complete order</button>${extra}
  </div>`;

const source = { url: URL_, adapter: 'cards-test', observedAt: NOW };

describe('card layout reader', () => {
  it('reads labelled text and item lines of each card into the exact order', () => {
    const result = readOrders(adapter, page(`<div class="orders">${card('3012345678', '$22.50')}</div>`), { url: URL_, now: NOW });
    expect(result.problem).toBeUndefined();
    expect(result.skipped).toEqual([]);
    expect(result.totalRows).toBe(1);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'etsy',
        orderId: '3012345678',
        placedAt: Date.UTC(2026, 10, 18),
        shipBy: Date.UTC(2026, 10, 22),
        status: 'awaiting_shipment',
        statusRaw: 'Not shipped',
        buyer: 'Mia Chen',
        items: [
          { title: 'Sage soap bar', quantity: 2, unitPrice: 8 },
          { title: 'Soap dish', quantity: 1, unitPrice: 6.5 },
        ],
        money: { currency: 'USD', paid: 22.5, subtotal: 22.5 },
        source,
      },
    ]);
    expect(result.rows[0]!.row.className).toBe('card');
    expect(result.rows[0]!.anchor.textContent).toBe('Order #3012345678');
  });

  it('skips a card with a broken total by its label and keeps the others', () => {
    const html = `<div class="orders">${card('3012345601', '$22.50')}${card('3012345602', '$--')}${card('3012345603', '$22.50')}</div>`;
    const result = readOrders(adapter, page(html), { url: URL_, now: NOW });
    expect(result.totalRows).toBe(3);
    expect(result.rows.map((r) => r.order.orderId)).toEqual(['3012345601', '3012345603']);
    expect(result.skipped).toEqual([{ row: 2, orderId: '3012345602', reason: "Order total '$--' is not an amount" }]);
  });

  it('names the missing label when a card has no order number', () => {
    const html = `<div class="orders">${card('3012345601', '$22.50').replace('Order #3012345601', 'Order pending')}</div>`;
    const result = readOrders(adapter, page(html), { url: URL_, now: NOW });
    expect(result.rows).toEqual([]);
    expect(result.skipped).toEqual([{ row: 1, reason: 'no order number (Order #) in this row' }]);
  });

  it('tells an empty list from a changed layout and from a page without the list', () => {
    const empty = readOrders(adapter, page('<div class="orders"><p>No orders yet</p></div>'), { url: URL_, now: NOW });
    expect(empty).toEqual({ adapter: 'cards-test', rows: [], skipped: [], totalRows: 0, problem: EMPTY_LIST });
    const changed = readOrders(adapter, page('<div class="orders"><section class="renamed-card">Order #1</section></div>'), { url: URL_, now: NOW });
    expect(changed.problem).toBe('the order list shows no order cards (the page layout may have changed)');
    const elsewhere = readOrders(adapter, page('<h1>Dashboard</h1>'), { url: URL_, now: NOW });
    expect(elsewhere.problem).toBe('no order list found');
  });
});
