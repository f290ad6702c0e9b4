/**
 * Money as consoles of other countries print it, in the forms Intl.NumberFormat gives for their locales (seen
 * 2026-12-07): each is read with its own currency, from its sign alone, and the reader by meaning knows it for an
 * amount. A never-seen console in one of these countries would otherwise have every total skipped, as Kaspi's
 * "12 345 ₸" had (test/corpus/render/heldout12.mjs).
 */
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../lib/normalize';
import { moneyStrength } from '../../lib/extract/sniff';

describe('parseMoney and moneyStrength: signs after or before the number', () => {
  it.each<[string, number, string]>([
    ['1 234,56 ₴', 1234.56, 'UAH'],
    ['1 234,56 грн', 1234.56, 'UAH'],
    ['1234,56 ₾', 1234.56, 'GEL'],
    ['89 990,00 ֏', 89990, 'AMD'],
    ['1.234,56 ₼', 1234.56, 'AZN'],
    ['1 234,56 soʻm', 1234.56, 'UZS'],
    ['1234,56 Br', 1234.56, 'BYN'],
    ['1,234.56 ₪', 1234.56, 'ILS'],
    ['₪ 1,234.56', 1234.56, 'ILS'],
    ['₮ 1,234.56', 1234.56, 'MNT'],
    ['1 234,56 ⃀', 1234.56, 'KGS'],
    ['1 234,56 сом', 1234.56, 'KGS'],
    ['1 234,56 Kč', 1234.56, 'CZK'],
    ['1 235 Ft', 1235, 'HUF'],
    ['1.234,56 lei', 1234.56, 'RON'],
    ['1 234,56 лв.', 1234.56, 'BGN'],
    ['S/ 1,234.56', 1234.56, 'PEN'],
    ['Ksh 1,234.56', 1234.56, 'KES'],
    ['GH₵1,234.56', 1234.56, 'GHS'],
    ['TSh 1,234.56', 1234.56, 'TZS'],
    ['USh 89,990', 89990, 'UGX'],
    ['1 235 F CFA', 1235, 'XOF'],
    ['89 990 FCFA', 89990, 'XOF'],
    ['١٬٢٣٤٫٥٦ E£', 1234.56, 'EGP'],
    ['Rs 1,235', 1235, 'INR'],
    ['Rs. 1,234.56', 1234.56, 'INR'],
    ['1.234,56 RON', 1234.56, 'RON'],
    ['NZD 1,234.56', 1234.56, 'NZD'],
    ['ARS 89.990,00', 89990, 'ARS'],
    ['1.234,56 MAD', 1234.56, 'MAD'],
    ['89.990,00 RSD', 89990, 'RSD'],
  ])('%s → %d %s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ ok: true, value: { amount, currency } });
    expect(moneyStrength(text)).toBe(2);
  });

  it('Rs is the console\'s own rupee when it has one', () => {
    expect(parseMoney('Rs 1,235', { currency: 'PKR' })).toEqual({ ok: true, value: { amount: 1235, currency: 'PKR' } });
    expect(parseMoney('Rs 1,234.56', { currency: 'LKR' })).toEqual({ ok: true, value: { amount: 1234.56, currency: 'LKR' } });
  });

  it('a dollar after the number, as French Canada writes it, is the console\'s dollar', () => {
    expect(parseMoney('1 234,56 $', { currency: 'CAD' })).toEqual({ ok: true, value: { amount: 1234.56, currency: 'CAD' } });
    expect(moneyStrength('1 234,56 $')).toBe(2);
  });

  it.each(['12 Brothers', '3 Brown', 'Lei Wang 12', 'Order 1204'])('%s is no amount: a word sign does not run into a word', (text) => {
    expect(moneyStrength(text)).toBe(0);
  });
});
