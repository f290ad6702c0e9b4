import { describe, expect, it } from 'vitest';
import { endOfOlistDay, OLIST_STATUSES, orderAsOf, readOlist } from '../../lib/eval/olist';

const ORDERS = `order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date
a1,c1,delivered,2018-06-12 20:07:44,2018-06-12 20:44:26,2018-06-13 13:09:00,2018-06-19 12:44:08,2018-07-17 00:00:00
b2,c2,canceled,2018-01-18 14:48:30,,,,2018-02-05 00:00:00
c3,c3,delivered,2017-10-01 10:00:00,2017-10-01 10:05:00,,2017-10-09 09:00:00,2017-10-14 00:00:00
d4,c4,shipped,yesterday-ish,,,,2018-02-05 00:00:00
`;
const ITEMS = `order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value
a1,1,p-lamp,s1,2018-06-18 20:44:26,199.0,17.87
a1,2,p-lamp,s1,2018-06-15 20:44:26,199.0,17.87
a1,3,p-cable,s2,2018-06-16 20:44:26,9.9,8.5
`;
const PAYMENTS = `order_id,payment_sequential,payment_type,payment_installments,payment_value
a1,1,credit_card,8,400.00
a1,2,voucher,1,53.04
`;
const REVIEWS = `review_id,order_id,review_score,review_comment_title,review_comment_message,review_creation_date,review_answer_timestamp
r1,a1,2,atrasou,"chegou quebrado,
sem resposta",2018-06-20 00:00:00,2018-06-21 10:00:00
r2,a1,4,,,2018-06-25 00:00:00,2018-06-26 10:00:00
`;
const CUSTOMERS = `customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state
c1,buyer-9,8775,mogi das cruzes,SP
`;

const read = () => readOlist({ orders: ORDERS, items: ITEMS, payments: PAYMENTS, reviews: REVIEWS, customers: CUSTOMERS });
const a1 = () => read().timelines.find((t) => t.orderId === 'a1')!;

describe('readOlist', () => {
  it('reads Brazil wall times as instants (UTC−3 in winter) and joins items, payments, reviews and the buyer', () => {
    expect(a1()).toEqual({
      orderId: 'a1',
      statusRaw: 'delivered',
      finalStatus: 'delivered',
      placedAt: Date.UTC(2018, 5, 12, 23, 7, 44),
      paidAt: Date.UTC(2018, 5, 12, 23, 44, 26),
      // The earliest of the items' seller deadlines.
      shipBy: Date.UTC(2018, 5, 15, 23, 44, 26),
      handedOverAt: Date.UTC(2018, 5, 13, 16, 9, 0),
      deliveredAt: Date.UTC(2018, 5, 19, 15, 44, 8),
      // The whole estimated day counts: its last millisecond, Brazil time.
      deliverBy: Date.UTC(2018, 6, 18, 3, 0, 0) - 1,
      buyer: 'buyer-9',
      items: [
        { title: 'p-lamp', quantity: 1, unitPrice: 199 },
        { title: 'p-lamp', quantity: 1, unitPrice: 199 },
        { title: 'p-cable', quantity: 1, unitPrice: 9.9 },
      ],
      // Paid partly by card in 8 instalments: the console shows the plan (amount-mismatch reads interest from it).
      money: { currency: 'BRL', paid: 453.04, subtotal: 407.9, shipping: 44.24, discount: 0, installments: 8 },
      reviews: [
        { at: Date.UTC(2018, 5, 20, 3), score: 2, text: 'atrasou — chegou quebrado,\nsem resposta' },
        { at: Date.UTC(2018, 5, 25, 3), score: 4 },
      ],
      gaps: [],
    });
  });

  it('keeps an order without items or payments, with nothing paid and no ship-by deadline', () => {
    const b2 = read().timelines.find((t) => t.orderId === 'b2')!;
    expect(b2.finalStatus).toBe('cancelled');
    expect(b2.items).toEqual([]);
    // No item rows: no item total or freight shown, rather than zeros that would not add up to a payment.
    expect(b2.money).toEqual({ currency: 'BRL', paid: 0, discount: 0 });
    expect(b2.shipBy).toBeUndefined();
    expect(b2.paidAt).toBeUndefined();
  });

  it('marks a delivered order without a carrier hand-over time as an incomplete timeline', () => {
    expect(read().timelines.find((t) => t.orderId === 'c3')!.gaps).toEqual(['delivered without a carrier hand-over time']);
  });

  it('reports an unreadable purchase time and drops that order instead of guessing', () => {
    const { timelines, problems } = read();
    expect(timelines.map((t) => t.orderId)).toEqual(['a1', 'b2', 'c3']);
    expect(problems).toEqual([
      { file: 'olist_orders_dataset.csv', row: 4, orderId: 'd4', reason: 'order_purchase_timestamp: Cannot read a date or time from "yesterday-ish".' },
      { file: 'olist_orders_dataset.csv', row: 4, orderId: 'd4', reason: 'no purchase time: the order cannot be placed on the timeline' },
    ]);
  });

  it('reports an unreadable price and leaves that line out of the order', () => {
    const { timelines, problems } = readOlist({
      orders: ORDERS.split('\n').slice(0, 2).join('\n'),
      items: 'order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value\na1,1,p-lamp,s1,2018-06-18 20:44:26,n/a,17.87\n',
    });
    expect(problems).toEqual([{ file: 'olist_order_items_dataset.csv', row: 1, orderId: 'a1', reason: 'price: not a number ("n/a")' }]);
    expect(timelines[0]!.items).toEqual([]);
  });

  it('maps every Olist status', () => {
    expect(OLIST_STATUSES).toEqual({
      delivered: 'delivered',
      shipped: 'shipped',
      canceled: 'cancelled',
      unavailable: 'cancelled',
      invoiced: 'awaiting_shipment',
      processing: 'awaiting_shipment',
      approved: 'awaiting_shipment',
      created: 'awaiting_payment',
    });
  });
});

describe('endOfOlistDay', () => {
  it('ends a summer-time day at 23:59:59.999 UTC−2', () => {
    expect(endOfOlistDay(Date.UTC(2018, 0, 18, 2))).toBe(Date.UTC(2018, 0, 19, 2) - 1);
  });

  it('ends the day before the October 2017 change (midnight skipped to 01:00) at the first instant of the next day', () => {
    // 2017-10-15 00:00 did not exist in São Paulo: the 15th began at 01:00 UTC−2 = 03:00 UTC.
    expect(endOfOlistDay(Date.UTC(2017, 9, 14, 3))).toBe(Date.UTC(2017, 9, 15, 3) - 1);
  });
});

describe('orderAsOf', () => {
  const minute = 60_000;

  it('shows nothing recorded after the instant: awaiting payment right after the purchase', () => {
    const order = orderAsOf(a1(), Date.UTC(2018, 5, 12, 23, 10));
    expect(order).toMatchObject({ marketplace: 'custom', status: 'awaiting_payment', statusRaw: 'created' });
    expect(order.paidAt).toBeUndefined();
    expect(order.shippedAt).toBeUndefined();
    expect(order.rating).toBeUndefined();
  });

  it('is awaiting shipment after approval, with the deadline and estimate already shown', () => {
    const t = a1();
    const order = orderAsOf(t, t.paidAt! + minute);
    expect(order).toMatchObject({ status: 'awaiting_shipment', statusRaw: 'approved', paidAt: t.paidAt, shipBy: t.shipBy, deliverBy: t.deliverBy });
    expect(order.shippedAt).toBeUndefined();
  });

  it('is shipped from the carrier hand-over until delivery, then delivered', () => {
    const t = a1();
    expect(orderAsOf(t, t.handedOverAt!)).toMatchObject({ status: 'shipped', statusRaw: 'shipped', shippedAt: t.handedOverAt });
    expect(orderAsOf(t, t.deliveredAt! - 1).deliveredAt).toBeUndefined();
    expect(orderAsOf(t, t.deliveredAt!)).toMatchObject({ status: 'delivered', statusRaw: 'delivered', deliveredAt: t.deliveredAt });
  });

  it('shows the latest review created so far, from its creation date on', () => {
    const t = a1();
    expect(orderAsOf(t, t.reviews[0]!.at - 1).rating).toBeUndefined();
    expect(orderAsOf(t, t.reviews[0]!.at)).toMatchObject({ rating: 2, review: 'atrasou — chegou quebrado,\nsem resposta' });
    const later = orderAsOf(t, t.reviews[1]!.at);
    expect(later.rating).toBe(4);
    expect(later.review).toBeUndefined();
  });

  it('shows a cancelled order as cancelled at every instant (the data has no cancellation time)', () => {
    const b2 = read().timelines.find((t) => t.orderId === 'b2')!;
    expect(orderAsOf(b2, b2.placedAt).status).toBe('cancelled');
    expect(orderAsOf(b2, b2.deliverBy!).status).toBe('cancelled');
  });
});
