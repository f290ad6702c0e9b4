/**
 * The status words and money of the fourth held-out set's consoles (Flipkart, Ozon, Trendyol; JD's and
 * Amazon's were known already), read as a seller reads them, and the neighbours of the new words that
 * must not be read as them (test/corpus/render/heldout4.mjs has the sources).
 */
import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../lib/schema';
import { parseMoney, parseStatus } from '../../lib/normalize';

describe('parseStatus: the fourth held-out set', () => {
  it.each<[string, OrderStatus]>([
    ['Approved', 'awaiting_shipment'],
    ['Packed', 'awaiting_shipment'],
    ['Ready to Dispatch', 'awaiting_shipment'],
    ['Pickup Complete', 'shipped'],
    ['Return Requested', 'return_requested'],
    ['Ожидает оплаты', 'awaiting_payment'],
    ['Ожидает сборки', 'awaiting_shipment'],
    ['Ожидает упаковки', 'awaiting_shipment'],
    ['Ожидает отгрузки', 'awaiting_shipment'],
    ['Доставляется', 'shipped'],
    ['Передан в доставку', 'shipped'],
    ['Доставлено', 'delivered'],
    ['Доставлен', 'delivered'],
    ['Отменено', 'cancelled'],
    ['Отменён', 'cancelled'],
    ['İşleme Alındı', 'awaiting_shipment'],
    ['Kargoya Verildi', 'shipped'],
    ['Teslim Edildi', 'delivered'],
    ['İptal Edildi', 'cancelled'],
    ['İade Edildi', 'returned'],
    ['等待出库', 'awaiting_shipment'],
    ['Unshipped', 'awaiting_shipment'],
  ])('%s → %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ status, known: true });
  });

  it('reads Turkish capitals as their lower-case words: İPTAL EDİLDİ and iptal edildi are one status', () => {
    expect(parseStatus('İPTAL EDİLDİ')).toEqual({ status: 'cancelled', known: true });
    expect(parseStatus('iptal edildi')).toEqual({ status: 'cancelled', known: true });
    expect(parseStatus('işleme alındı')).toEqual({ status: 'awaiting_shipment', known: true });
  });

  it('does not read a return or refund approved as an order approved to ship', () => {
    expect(parseStatus('Return approved')).toEqual({ status: 'return_requested', known: true });
    expect(parseStatus('Refund approved')).toEqual({ status: 'refund_requested', known: true });
    expect(parseStatus('Pending approval')).toEqual({ status: 'awaiting_payment', known: true });
  });

  it('leaves the words those consoles use two ways unknown (Trendyol Yeni, JD 锁定 and 暂停)', () => {
    for (const text of ['Yeni', '锁定', '暂停']) expect(parseStatus(text)).toEqual({ status: 'unknown', known: false });
  });
});

describe('parseMoney: the fourth held-out set', () => {
  it('reads Trendyol\'s "1.234,56 TL" in Turkish lira, before or after the number', () => {
    expect(parseMoney('1.306,22 TL')).toEqual({ ok: true, value: { amount: 1306.22, currency: 'TRY' } });
    expect(parseMoney('TL 1.234,56')).toEqual({ ok: true, value: { amount: 1234.56, currency: 'TRY' } });
    expect(parseMoney('34,99 TL')).toEqual({ ok: true, value: { amount: 34.99, currency: 'TRY' } });
  });

  it('does not take TL inside a word for the lira', () => {
    expect(parseMoney('12 TLX').ok).toBe(false);
  });

  it('reads Ozon\'s roubles with no-break spaces and Flipkart\'s Indian grouping', () => {
    expect(parseMoney('5\u00a0083,75\u00a0₽')).toEqual({ ok: true, value: { amount: 5083.75, currency: 'RUB' } });
    expect(parseMoney('₹1,23,456.00')).toEqual({ ok: true, value: { amount: 123456, currency: 'INR' } });
  });
});
