import { describe, expect, it } from 'vitest';
import { fillTemplate, missingVariables, valuesFor } from '../../lib/templates/fill';
import { BUILT_IN_TEMPLATES } from '../../lib/templates/catalogue';
import type { Order } from '../../lib/schema';

const order: Order = {
  marketplace: 'demo',
  orderId: 'DS381208567195',
  placedAt: Date.UTC(2026, 10, 22, 5, 59, 13),
  paidAt: Date.UTC(2026, 10, 22, 6, 0, 0),
  shipBy: Date.UTC(2026, 10, 24, 6, 0, 0),
  status: 'awaiting_shipment',
  statusRaw: '待发货',
  buyer: '豆豆妈妈',
  items: [{ title: '手工冷制皂 玫瑰 100g', quantity: 3 }],
  money: { currency: 'CNY', paid: 97.7 },
  source: { url: 'http://order-sentinel-demo.localhost/orders', adapter: 'demo', observedAt: 0 },
};

describe('fillTemplate', () => {
  it('fills known variables and keeps a missing one visible and marked', () => {
    const filled = fillTemplate('Hi {buyer}, order {orderId} ships with {carrier} ({trackingNo}).', {
      buyer: 'Ann',
      orderId: '113-4567890-1234567',
      carrier: 'UPS',
    });
    expect(filled.text).toBe('Hi Ann, order 113-4567890-1234567 ships with UPS ({trackingNo}).');
    expect(filled.parts).toEqual([
      { text: 'Hi ' },
      { text: 'Ann', variable: 'buyer' },
      { text: ', order ' },
      { text: '113-4567890-1234567', variable: 'orderId' },
      { text: ' ships with ' },
      { text: 'UPS', variable: 'carrier' },
      { text: ' (' },
      { text: '{trackingNo}', variable: 'trackingNo', missing: true },
      { text: ').' },
    ]);
    expect(missingVariables(filled)).toEqual(['trackingNo']);
  });

  it('treats a blank value as missing and leaves unknown braces as text', () => {
    const filled = fillTemplate('{buyer}: {tracking} {buyer}', { buyer: '  ' });
    expect(filled.text).toBe('{buyer}: {tracking} {buyer}');
    expect(filled.parts).toEqual([
      { text: '{buyer}', variable: 'buyer', missing: true },
      { text: ': {tracking} ' },
      { text: '{buyer}', variable: 'buyer', missing: true },
    ]);
    expect(missingVariables(filled)).toEqual(['buyer']);
  });
});

describe('valuesFor', () => {
  it('takes buyer, item, amount and the ship-by date from the order, the shop from the seller', () => {
    expect(valuesFor(order, { orderId: order.orderId }, '晨光小铺', { language: 'zh', timeZone: 'Asia/Shanghai' })).toEqual({
      orderId: 'DS381208567195',
      shop: '晨光小铺',
      buyer: '豆豆妈妈',
      item: '手工冷制皂 玫瑰 100g × 3',
      amount: '¥97.70',
      eta: '11月24日周二',
    });
  });

  it('writes the amount and the promised delivery date in English for an English reply', () => {
    const shipped: Order = { ...order, deliverBy: Date.UTC(2026, 10, 27, 8), carrier: 'SF', trackingNo: 'SF1234567890123' };
    expect(valuesFor(shipped, { orderId: order.orderId }, undefined, { language: 'en', timeZone: 'Asia/Shanghai' })).toEqual({
      orderId: 'DS381208567195',
      buyer: '豆豆妈妈',
      item: '手工冷制皂 玫瑰 100g × 3',
      carrier: 'SF',
      trackingNo: 'SF1234567890123',
      amount: 'CN¥97.70',
      eta: 'Fri 27 Nov',
    });
  });

  it('writes a by-date stored as the next midnight as the day meant, on the marketplace clock', () => {
    // Amazon "Ship by: Nov 22" (Pacific) is read as the end of that day; Amazon cases keep UTC.
    const amazon: Order = { ...order, marketplace: 'amazon', shipBy: Date.UTC(2026, 10, 23, 0, 0), money: { currency: 'USD', paid: 25.98 } };
    expect(valuesFor(amazon, { orderId: 'A' }, undefined, { language: 'en' })).toMatchObject({ eta: 'Sun 22 Nov', amount: '$25.98' });
  });

  it('fills only the order id when the order is not known, and nothing for a shop-level case', () => {
    expect(valuesFor(undefined, { orderId: 'X1' }, undefined, { language: 'en' })).toEqual({ orderId: 'X1' });
    expect(valuesFor(undefined, { orderId: '@2026-11-25' }, 'Shop', { language: 'en' })).toEqual({ shop: 'Shop' });
  });

  it('fills the late-shipment apology with the order and marks what the seller must add', () => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'ship-late-apology')!;
    const { shipBy: _unknown, ...noShipBy } = order;
    const values = valuesFor(noShipBy, { orderId: order.orderId }, undefined, { language: 'zh' });
    const filled = fillTemplate(template.body.zh, values);
    expect(filled.text).toBe(
      '豆豆妈妈您好，非常抱歉，您的订单DS381208567195（手工冷制皂 玫瑰 100g × 3）没能按时发出，责任在我们。我们会在{eta}前交给快递，当天把运单号发给您。如果您不想再等，直接回复这里，我们马上为您取消并全额退款¥97.70。——{shop}',
    );
    expect(missingVariables(filled)).toEqual(['eta', 'shop']);
  });
});
