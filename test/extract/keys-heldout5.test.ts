/**
 * The fifth held-out set's consoles (test/corpus/render/heldout5.mjs): their header words name their
 * meaning in lib/extract/keys-world.ts; their amounts, dates and order numbers are sniffed as such
 * (lib/extract/sniff.ts: ฿, Rp run into its digits, SAR/AED/EGP and the Arabic signs, Arabic-Indic
 * digits, Thai month abbreviations, Tokopedia's INV/…/MPL/… invoice numbers); the numbers beside an
 * order (national phone numbers with dashes, codes that call themselves SKUs) are never taken for one.
 */
import { describe, expect, it } from 'vitest';
import { type CellKey } from '../../lib/extract/keys';
import { worldHeaderLookup } from '../../lib/extract/keys-world';
import { currencyOfLanguage } from '../../lib/extract/generic';
import { idTokenOf, isDecoyToken, looksLikeDate, moneyStrength } from '../../lib/extract/sniff';

const lookup = worldHeaderLookup();

describe('headerLookup: the fifth held-out set', () => {
  it.each<[string, CellKey]>([
    ['Venda', 'orderId'],
    ['N.º de venta', 'orderId'],
    ['Número do pedido', 'orderId'],
    ['หมายเลขคำสั่งซื้อ', 'orderId'],
    ['No. Pesanan', 'orderId'],
    ['رقم الطلب', 'orderId'],
    ['Bestelnummer', 'orderId'],
    ['Data da venda', 'placedAt'],
    ['Fecha de venta', 'placedAt'],
    ['วันที่สั่งซื้อ', 'placedAt'],
    ['Tanggal Pesanan', 'placedAt'],
    ['تاريخ الطلب', 'placedAt'],
    ['Besteldatum', 'placedAt'],
    ['Besteld op', 'placedAt'],
    ['Comprador', 'buyer'],
    ['ผู้ซื้อ', 'buyer'],
    ['Pembeli', 'buyer'],
    ['العميل', 'buyer'],
    ['ยอดคำสั่งซื้อ', 'paid'],
    ['Total Bayar', 'paid'],
    ['الإجمالي', 'paid'],
    ['Totaalbedrag', 'paid'],
    ['Estado', 'status'],
    ['สถานะ', 'status'],
    ['حالة الطلب', 'status'],
    ['الحالة', 'status'],
    ['Guía', 'trackingNo'],
    ['หมายเลขติดตามพัสดุ', 'trackingNo'],
    ['No. Resi', 'trackingNo'],
    ['رقم التتبع', 'trackingNo'],
    ['Track & trace', 'trackingNo'],
  ])('%s → %s', (header, key) => {
    expect(lookup(header)).toBe(key);
  });

  it('names no meaning for the other numbers beside an order', () => {
    for (const header of ['Envio', 'Orderregel', 'EAN', 'Anúncio', 'Publicación']) expect(lookup(header), header).toBeUndefined();
  });
});

describe('sniffing the fifth held-out set', () => {
  it('takes ฿, Rp run into its digits, SAR/AED/EGP and the Arabic signs for amounts, and Arabic-Indic two-decimal numbers for weak ones', () => {
    const amounts = ['฿1,234.00', 'Rp1.234.567', 'Rp 18.000', 'SAR 1,234.56', '1,234.56 ر.س', '250.00 د.إ', '\u200f١٢٬٦٠٤٫٣٣ ج.م.\u200f', 'EGP 99.50', '$ 1,234.56'];
    expect(amounts.map(moneyStrength)).toEqual(amounts.map(() => 2));
    expect(['١٢٣٫٤٥', 'RM2000', 'TL123', 'SKU-LA3496'].map(moneyStrength)).toEqual([1, 0, 0, 0]);
  });

  it('takes Thai month abbreviations with a Buddhist-era year and dates in Arabic-Indic digits for dates, and a count for none', () => {
    const dates = ['5 ธ.ค. 2569 14:03', '5 ธันวาคม 2569', '٠٥\u200f/١٢\u200f/٢٠٢٦، ٢:٠٣ م', '٥ ديسمبر ٢٠٢٦', '05\u200f/12\u200f/2026، 2:03 م', '5 Des 2026'];
    expect(dates.map(looksLikeDate)).toEqual(dates.map(() => true));
    expect(['5 ชิ้น', 'x2', '٣ قطع'].map(looksLikeDate)).toEqual([false, false, false]);
  });

  it('takes an invoice-style number with slashes for an order number, never a date or a path', () => {
    expect(idTokenOf('INV/20261205/MPL/3269414873')).toBe('INV/20261205/MPL/3269414873');
    expect(idTokenOf('INV/2026/000123')).toBe('INV/2026/000123');
    expect(idTokenOf('No. INV/20261205/MPL/3269414873')).toBe('INV/20261205/MPL/3269414873');
    expect(idTokenOf('2026/12/05')).toBeUndefined();
    expect(idTokenOf('INV/2026/12')).toBeUndefined();
    expect(idTokenOf('/orders/12345678')).toBeUndefined();
  });

  it('never takes a national phone number with dashes or a code that calls itself a SKU for an order number', () => {
    for (const t of ['0812-3456-7890', '0857-4422-3819', '081-234-5678', 'SKU-LA3496', 'SKU88120', 'sku:88120']) {
      expect(isDecoyToken(t), t).toBe(true);
      expect(idTokenOf(t), t).toBeUndefined();
    }
  });

  it('still takes these consoles\' own order numbers', () => {
    for (const t of ['2000012345678901', '261205ABCD1234', '218547362', '1043946570', '4123456789012345678']) expect(idTokenOf(t), t).toBe(t);
  });
});

describe('the currency of a bare amount on a Gulf or Egyptian page', () => {
  it('is the region\'s own; Arabic alone names none', () => {
    expect(['ar-SA', 'en-SA', 'ar-AE', 'ar-EG', 'ar'].map(currencyOfLanguage)).toEqual(['SAR', 'SAR', 'AED', 'EGP', '']);
  });
});
