/**
 * Header words of the fourth held-out set's consoles (test/corpus/render/heldout4.mjs) name their
 * meaning in lib/extract/keys.ts and keys-world.ts; the numbers those lists print beside the order's own (Ozon's posting,
 * Trendyol's package, Amazon's and Flipkart's order items, ASIN, FSN) name none of the order's meanings.
 */
import { describe, expect, it } from 'vitest';
import { type CellKey } from '../../lib/extract/keys';
import { worldHeaderLookup } from '../../lib/extract/keys-world';

const lookup = worldHeaderLookup();

describe('headerLookup: the fourth held-out set', () => {
  it.each<[string, CellKey]>([
    ['订单编号', 'orderId'],
    ['Номер заказа', 'orderId'],
    ['Sipariş No', 'orderId'],
    ['Sipariş Numarası', 'orderId'],
    ['Дата оформления', 'placedAt'],
    ['Дата заказа', 'placedAt'],
    ['Sipariş Tarihi', 'placedAt'],
    ['Покупатель', 'buyer'],
    ['Alıcı', 'buyer'],
    ['Сумма', 'paid'],
    ['Сумма заказа', 'paid'],
    ['Tutar', 'paid'],
    ['订单金额', 'paid'],
    ['Статус', 'status'],
    ['Статус заказа', 'status'],
    ['Sipariş Durumu', 'status'],
    ['Durum', 'status'],
    ['Трек-номер', 'trackingNo'],
    ['Kargo Takip No', 'trackingNo'],
    ['Tracking ID', 'trackingNo'],
  ])('%s → %s', (header, key) => {
    expect(lookup(header)).toBe(key);
  });

  it('names no meaning for the other numbers beside an order', () => {
    for (const header of ['Номер отправления', 'Paket No', 'Order item ID', 'Order Item ID', 'ASIN', 'FSN', '子订单号']) {
      expect(lookup(header), header).toBeUndefined();
    }
  });
});
