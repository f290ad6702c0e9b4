/**
 * The twelfth held-out set's consoles (test/corpus/render/heldout12.mjs): their header words name their meaning in
 * lib/extract/keys-world.ts, Yahoo!ショッピング's 注文ID (a store's account, a dash and a serial) is an order number
 * while item codes beside it are not, and Kaspi's tenge is an amount.
 */
import { describe, expect, it } from 'vitest';
import { type CellKey } from '../../lib/extract/keys';
import { worldHeaderLookup } from '../../lib/extract/keys-world';
import { idTokenOf, moneyStrength } from '../../lib/extract/sniff';

const lookup = worldHeaderLookup();

describe('headerLookup: the twelfth held-out set', () => {
  it.each<[string, CellKey]>([
    ['№ заказа', 'orderId'],
    ['№ задания', 'orderId'],
    ['Номер задания', 'orderId'],
    ['Дата создания', 'placedAt'],
    ['Дата', 'placedAt'],
    ['訂單成立時間', 'placedAt'],
    ['Retailer', 'buyer'],
    ['訂單金額', 'paid'],
    ['注文ステータス', 'status'],
    ['Bestellstatus', 'status'],
    ['狀態', 'status'],
    ['Накладная', 'trackingNo'],
    ['Číslo objednávky', 'orderId'],
    ['Numero Ordine', 'orderId'],
    ['Номер замовлення', 'orderId'],
    ['Datum objednávky', 'placedAt'],
    ['Data ordine', 'placedAt'],
    ['Zákazník', 'buyer'],
    ['Cliente', 'buyer'],
    ['Celková cena', 'paid'],
    ['Totale', 'paid'],
    ['Сума', 'paid'],
    ['Stav', 'status'],
    ['Stato', 'status'],
    ['Αριθμός Παραγγελίας', 'orderId'],
    ['Număr comandă', 'orderId'],
    ['מספר הזמנה', 'orderId'],
    ['Tilausnumero', 'orderId'],
    ['Rendelésszám', 'orderId'],
    ['Ημερομηνία', 'placedAt'],
    ['Data comenzii', 'placedAt'],
    ['תאריך', 'placedAt'],
    ['Tilauspäivä', 'placedAt'],
    ['שם לקוח', 'buyer'],
    ['Συνολικό Ποσό', 'paid'],
    ['סכום כולל', 'paid'],
    ['Kokonaissumma', 'paid'],
    ['Κατάσταση', 'status'],
    ['סטטוס', 'status'],
    ['Tila', 'status'],
    // earlier words unchanged
    ['注文ID', 'orderId'],
    ['Сумма', 'paid'],
    ['Статус', 'status'],
  ])('%s → %s', (header, key) => {
    expect(lookup(header)).toBe(key);
  });

  it("Yahoo's 出荷ステータス (the parcel's state beside the order's) names no order state", () => {
    expect(lookup('出荷ステータス')).toBeUndefined();
  });
});

describe('idTokenOf: a store account, a dash and a serial', () => {
  it.each<[string, string]>([
    ['hanako-zakka-10004821', 'hanako-zakka-10004821'],
    ['zakka-10004821', 'zakka-10004821'],
    ['store01-1000482', 'store01-1000482'],
  ])('%s → %s', (text, id) => {
    expect(idTokenOf(text)).toBe(id);
  });

  it.each(['zk-a1b2c3', 'hoodie-black-xl', 'mug-380-ab', 'hanako-zakka-10482', 'Hanako-zakka'])('%s is no order number', (text) => {
    expect(idTokenOf(text)).toBeUndefined();
  });
});

describe('moneyStrength: the tenge', () => {
  it.each(['12 345 ₸', '4 900 ₸', '12 345 тг', 'KZT 12 345'])('%s is an amount with its currency', (text) => {
    expect(moneyStrength(text)).toBe(2);
  });
});
