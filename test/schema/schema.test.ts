import { describe, expect, it } from 'vitest';
import { Message, Order } from '../../lib/schema';
import { DEFAULT_SETTINGS, Settings } from '../../lib/settings';

const order = {
  marketplace: 'taobao',
  orderId: '3712345678901234567',
  placedAt: Date.UTC(2026, 10, 20, 6, 3, 11),
  status: 'awaiting_shipment',
  statusRaw: '买家已付款',
  items: [{ title: '手工皂', quantity: 2, unitPrice: 29.9 }],
  money: { currency: 'CNY', paid: 59.8 },
  source: { url: 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm', adapter: 'taobao', observedAt: 1 },
};

describe('schema', () => {
  it('accepts a canonical order and rejects one with a negative quantity', () => {
    expect(Order.parse(order).orderId).toBe('3712345678901234567');
    const bad = Order.safeParse({ ...order, items: [{ title: 'x', quantity: -1 }] });
    expect(bad.success).toBe(false);
  });

  it('explains a refused order in words (zod/mini with the English locale, not "Invalid input")', () => {
    const issues = (input: unknown) => {
      const r = Order.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues({ ...order, items: [{ title: 'x', quantity: -1 }] })).toEqual(['items.0.quantity: Too small: expected number to be >0']);
    expect(issues({ ...order, orderId: 'x'.repeat(101) })).toEqual(['orderId: Too big: expected string to have <=100 characters']);
    expect(issues({ ...order, status: 'lost' })).toEqual([
      'status: Invalid option: expected one of "awaiting_payment"|"awaiting_shipment"|"shipped"|"delivered"|"completed"|"cancelled"|"refund_requested"|"refunded"|"return_requested"|"returned"|"disputed"|"unknown"',
    ]);
    expect(issues({ ...order, placedAt: 1.5, money: { currency: 'yuan', paid: '59.8' } })).toEqual([
      'placedAt: Invalid input: expected int, received number',
      'money.currency: Invalid string: must match pattern /^[A-Z]{3}$/',
      'money.paid: Invalid input: expected number, received string',
    ]);
  });

  it('fills every detector setting with its default', () => {
    expect(DEFAULT_SETTINGS.detectors['ship-deadline'].warnHours).toBe(6);
    expect(DEFAULT_SETTINGS.detectors['duplicate-order'].windowHours).toBe(24);
    expect(DEFAULT_SETTINGS.detectors['amount-mismatch'].tolerance).toBe(0.01);
    expect(Settings.parse({ language: 'en' }).reevaluateMinutes).toBe(15);
  });

  it('rejects a message of an unknown type and a note with only spaces', () => {
    expect(Message.safeParse({ type: 'orders.delete' }).success).toBe(false);
    expect(Message.safeParse({ type: 'case.addNote', caseKey: 'k', text: '   ' }).success).toBe(false);
    expect(Message.safeParse({ type: 'case.addNote', caseKey: 'k', text: ' 已联系买家 ' }).success).toBe(true);
  });
});
