import { describe, expect, it } from 'vitest';
import { buyerHistory } from '../../lib/inbox/buyer';
import type { Order } from '../../lib/schema';

const order = (orderId: string, buyer: string | undefined, status: Order['status'], refunded?: number): Order => ({
  marketplace: 'taobao',
  orderId,
  placedAt: 0,
  status,
  statusRaw: status,
  ...(buyer === undefined ? {} : { buyer }),
  items: [{ title: 'x', quantity: 1 }],
  money: { currency: 'CNY', paid: 10, ...(refunded === undefined ? {} : { refunded }) },
  source: { url: 'https://example.test', adapter: 'test', observedAt: 0 },
});

const ORDERS = [
  order('1', '豆豆妈妈', 'awaiting_shipment'),
  order('2', '豆豆妈妈', 'refunded'),
  order('3', '豆豆妈妈', 'completed', 3),
  order('4', '豆豆妈妈', 'disputed'),
  order('5', '豆豆妈妈', 'cancelled'),
  order('6', '林深见鹿', 'refund_requested'),
  order('7', undefined, 'disputed'),
];

describe('buyerHistory', () => {
  it("counts the buyer's orders, refunds (asked or money back), disputes and cancellations", () => {
    expect(buyerHistory(ORDERS, '豆豆妈妈')).toEqual({ orders: 5, refunds: 2, disputes: 1, cancelled: 1, blocked: false });
  });

  it('marks a buyer on the block list, ignoring case and width', () => {
    expect(buyerHistory([order('8', 'Alice', 'shipped')], 'alice', ['ＡＬＩＣＥ'])).toEqual({
      orders: 1,
      refunds: 0,
      disputes: 0,
      cancelled: 0,
      blocked: true,
    });
  });
});
