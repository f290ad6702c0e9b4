import { describe, expect, it } from 'vitest';
import { buildOrder, type ReadOrder } from '../../lib/normalize/order';
import { Order } from '../../lib/schema';

const read: ReadOrder = {
  marketplace: 'taobao',
  orderId: '2536857072',
  placedAt: Date.UTC(2026, 10, 3, 2, 0),
  status: 'awaiting_shipment',
  statusRaw: '买家已付款，等待卖家发货',
  items: [{ title: '保温杯', quantity: 2, unitPrice: 39.9 }, { title: '杯套', sku: 'SKU-7', unitPrice: 5.1 }],
  currency: 'CNY',
  paid: 79.9,
  shipping: 0,
  discount: -5,
  refunded: 0,
  source: { url: 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm', adapter: 'taobao', observedAt: Date.UTC(2026, 10, 3, 3, 0) },
};

describe('buildOrder, shared by page rows and imported reports', () => {
  it('sums the items total from priced lines, keeps a discount positive and leaves a zero refund out', () => {
    const order = buildOrder(read);
    expect(order.items).toEqual([
      { title: '保温杯', quantity: 2, unitPrice: 39.9 },
      { title: '杯套', sku: 'SKU-7', quantity: 1, unitPrice: 5.1 },
    ]);
    expect(order.money).toEqual({ currency: 'CNY', paid: 79.9, subtotal: 84.9, shipping: 0, discount: 5 });
    // What it builds is an Order as the schema gives it back, keys in the schema's order.
    expect(JSON.stringify(Order.parse(order))).toBe(JSON.stringify(order));
  });

  it('keeps a shown items total, leaves it out when a line has no price, and cuts long texts to the schema', () => {
    expect(buildOrder({ ...read, subtotal: 90 }).money.subtotal).toBe(90);
    expect(buildOrder({ ...read, items: [{ title: '保温杯', quantity: 2 }] }).money.subtotal).toBeUndefined();
    const long = buildOrder({ ...read, buyer: 'b'.repeat(300), statusRaw: 's'.repeat(250), buyerMessage: 'm'.repeat(2500) });
    expect([long.buyer?.length, long.statusRaw.length, long.buyerMessage?.length]).toEqual([200, 200, 2000]);
  });
});
