/**
 * The status words and amounts of the eighth held-out set's consoles (1C-Bitrix, Hepsiburada, TikTok Shop Vietnam,
 * Meesho; test/corpus/render/heldout8.mjs has the sources), read as a seller reads them.
 */
import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../lib/schema';
import { parseMoney, parseStatus } from '../../lib/normalize';
import { moneyStrength } from '../../lib/extract/sniff';

describe('parseStatus: the eighth held-out set', () => {
  it.each<[string, OrderStatus]>([
    ['Принят, ожидается оплата', 'awaiting_payment'],
    ['Оплачен, формируется к отправке', 'awaiting_shipment'],
    ['Выполнен', 'completed'],
    ['Hazırlanıyor', 'awaiting_shipment'],
    ['HAZIRLANIYOR', 'awaiting_shipment'],
    ['Chờ vận chuyển', 'awaiting_shipment'],
    ['Chờ thu gom', 'awaiting_shipment'],
    // Known before this set, and read the same on its pages.
    ['Отменён', 'cancelled'],
    ['Kargoya Verildi', 'shipped'],
    ['İptal Edildi', 'cancelled'],
    ['Chưa thanh toán', 'awaiting_payment'],
    ['Đang giao', 'shipped'],
    ['Đã giao', 'delivered'],
    ['Đã hủy', 'cancelled'],
  ])('%s → %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ status, known: true });
  });

  it('reads the Bitrix status, not the word "оплата" inside it, as what the seller must wait for', () => {
    expect(parseStatus('Принят, ожидается оплата').status).toBe('awaiting_payment');
    expect(parseStatus('Оплачен, формируется к отправке').status).toBe('awaiting_shipment');
  });
});

describe('parseMoney: the eighth held-out set', () => {
  it.each<[string, number, string]>([
    ['1\u00a0234,56 руб.', 1234.56, 'RUB'],
    ['12 345,00 руб.', 12345, 'RUB'],
    ['390,00 руб', 390, 'RUB'],
    ['₺1.234,56', 1234.56, 'TRY'],
    ['1.234.000 ₫', 1234000, 'VND'],
    ['₹1,23,456.00', 123456, 'INR'],
  ])('%s → %d %s', (text, amount, currency) => {
    const r = parseMoney(text);
    expect(r.ok && r.value).toEqual({ amount, currency });
  });

  it('takes "руб." after an amount as money when sniffing a column, and a bare number as less', () => {
    expect(moneyStrength('3\u00a0815,98 руб.')).toBe(2);
    expect(moneyStrength('3815')).toBe(0);
  });
});
