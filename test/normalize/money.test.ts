import { describe, expect, it } from 'vitest';
import { parseMoney, parseMoneyAll } from '../../lib/normalize';

describe('parseMoney: amounts a seller sees in a console', () => {
  it.each([
    ['¥1,299.00', undefined, 1299, 'CNY'],
    // One separator before exactly three digits groups thousands, in either locale.
    ['¥1.005', undefined, 1005, 'CNY'],
    ['￥88', undefined, 88, 'CNY'],
    ['$1,234.56', undefined, 1234.56, 'USD'],
    ['1.234,56 €', undefined, 1234.56, 'EUR'],
    ['CN¥88.50', undefined, 88.5, 'CNY'],
    ['RMB 88', undefined, 88, 'CNY'],
    ['US$12', undefined, 12, 'USD'],
    ['CA$19.99', undefined, 19.99, 'CAD'],
    ['£7.50', undefined, 7.5, 'GBP'],
    ['€12,50', undefined, 12.5, 'EUR'],
    ['-¥5.00', undefined, -5, 'CNY'],
    ['¥-5.00', undefined, -5, 'CNY'],
    ['−$3.10', undefined, -3.1, 'USD'],
    ['¥ 88.00', undefined, 88, 'CNY'],
    ['\u00a0 ¥\u00a088.00 \n', undefined, 88, 'CNY'],
    ['1\u202f234,56\u00a0€', undefined, 1234.56, 'EUR'],
    ["CHF 1'234.50", undefined, 1234.5, 'CHF'],
    ['1,299', undefined, 1299, undefined],
    ['88.00元', undefined, 88, 'CNY'],
    ['12.00 EUR', undefined, 12, 'EUR'],
    ['rmb 66', undefined, 66, 'CNY'],
    ['$12', 'CAD', 12, 'CAD'],
    ['$12', 'EUR', 12, 'USD'],
    ['¥1,299', 'JPY', 1299, 'JPY'],
    ['¥1,299', 'CNY', 1299, 'CNY'],
    ['CN¥88', 'JPY', 88, 'CNY'],
    ['€12', 'USD', 12, 'EUR'],
    ['88.00', 'CNY', 88, 'CNY'],
    ['￥88.00(含快递:￥10.00)', undefined, 88, 'CNY'],
    ['实收¥88', undefined, 88, 'CNY'],
    ['共2件 ¥59.80', undefined, 59.8, 'CNY'],
    ['¥0.30', undefined, 0.3, 'CNY'],
    ['¥0.125', undefined, 0.13, 'CNY'],
    ['1.234.567,89 €', undefined, 1234567.89, 'EUR'],
    ['$1,234,567.891', undefined, 1234567.89, 'USD'],
    ['¥１２.５０', undefined, 12.5, 'CNY'],
  ] as const)('%s (console currency %s) → %d %s', (text, currency, amount, expectedCurrency) => {
    const opts = currency === undefined ? {} : { currency };
    const parsed = parseMoney(text, opts);
    if (expectedCurrency === undefined) {
      // A bare number needs the console's currency.
      expect(parseMoney(text, { currency: 'CNY' })).toEqual({ ok: true, value: { amount, currency: 'CNY' } });
      expect(parsed.ok).toBe(false);
      return;
    }
    expect(parsed).toEqual({ ok: true, value: { amount, currency: expectedCurrency } });
  });

  it('reads "¥-0" as plain 0, never -0', () => {
    const parsed = parseMoney('¥-0');
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && Object.is(parsed.value.amount, 0)).toBe(true);
  });

  // Float arithmetic gets these wrong: 0.285 * 100 = 28.4999…, 1.255 * 100 = 125.4999…
  it.each([
    ['¥0.285', 0.29],
    ['¥1,001.255', 1001.26],
    ['¥4.35', 4.35],
    ['¥0.30', 0.3],
    ['¥0.1', 0.1],
  ])('rounds %s to exact cents: %d', (text, amount) => {
    expect(parseMoney(text)).toEqual({ ok: true, value: { amount, currency: 'CNY' } });
  });

  it.each([
    ['¥--', 'contains no amount'],
    ['NaN', 'contains no amount'],
    ['Infinity', 'contains no amount'],
    ['1e309', 'contains no amount'],
    ['$1e3', 'contains no amount'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['1,23,4 €', 'digit groups are not thousands'],
    ['1.234.56 €', 'digit groups are not thousands'],
    ['1.234,56,7 €', 'more than once as a decimal point'],
    ['$99999999999999999999', 'too large'],
    ['88.00', 'no currency'],
    ['12 3', 'several numbers'],
    ['€12 GBP', 'two different currencies'],
  ])('refuses %j, saying why (%s)', (text, why) => {
    const parsed = parseMoney(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.raw).toBe(text);
    expect(parsed.reason).toContain(why);
    if (text.trim() !== '') expect(parsed.reason).toContain(`"${text}"`);
  });
});

describe('parseMoneyAll', () => {
  it('returns the paid total and the shipping inside Taobao\'s 实收款 cell', () => {
    expect(parseMoneyAll('￥88.00(含快递:￥10.00)')).toEqual({
      ok: true,
      value: [
        { amount: 88, currency: 'CNY' },
        { amount: 10, currency: 'CNY' },
      ],
    });
  });

  it('does not read the dash of a range as a minus sign, and skips counts', () => {
    expect(parseMoneyAll('共3件 ¥10 - ¥20')).toEqual({
      ok: true,
      value: [
        { amount: 10, currency: 'CNY' },
        { amount: 20, currency: 'CNY' },
      ],
    });
  });

  it('uses the console currency for bare numbers', () => {
    expect(parseMoneyAll('12.50 / 3.00', { currency: 'usd' })).toEqual({
      ok: true,
      value: [
        { amount: 12.5, currency: 'USD' },
        { amount: 3, currency: 'USD' },
      ],
    });
  });
});

describe('parseMoney: accounting notation', () => {
  it.each([
    // An amount alone in parentheses is a negative one (a refund in an exported or Western ledger).
    ['($12.00)', 'USD', -12, 'USD'],
    ['(US$1,234.50)', undefined, -1234.5, 'USD'],
    ['(1.234,50)', 'EUR', -1234.5, 'EUR'],
    ['(-$12.00)', 'USD', -12, 'USD'],
    // A note around an amount, a count, or a Chinese console's full-width brackets stay positive.
    ['(含运费 ¥8.00)', 'CNY', 8, 'CNY'],
    ['(incl. shipping $5.00)', 'USD', 5, 'USD'],
    ['(3)', 'USD', 3, 'USD'],
    ['（￥88.00）', 'CNY', 88, 'CNY'],
  ])('%j → %d %s', (text, currency, amount, code) => {
    expect(parseMoney(text, currency === undefined ? {} : { currency })).toEqual({ ok: true, value: { amount, currency: code } });
  });
});

describe('amounts of the formats the held-out sets left unread', () => {
  it('reads Indian digit grouping (lakh and crore) with ₹ or INR', () => {
    expect(parseMoney('₹1,23,456.00')).toEqual({ ok: true, value: { amount: 123456, currency: 'INR' } });
    expect(parseMoney('INR 12,34,567')).toEqual({ ok: true, value: { amount: 1234567, currency: 'INR' } });
    expect(parseMoney('₹ 1,00,00,000.50')).toEqual({ ok: true, value: { amount: 10000000.5, currency: 'INR' } });
  });
  it('still refuses groups that are neither thousands nor Indian', () => {
    expect(parseMoney('$1,2,3').ok).toBe(false);
    expect(parseMoney('₹12,345,67').ok).toBe(false);
  });
  it('reads the rupiah as Rp with dots grouping thousands', () => {
    expect(parseMoney('Rp 150.000')).toEqual({ ok: true, value: { amount: 150000, currency: 'IDR' } });
    expect(parseMoney('Rp1.250.000,50')).toEqual({ ok: true, value: { amount: 1250000.5, currency: 'IDR' } });
  });
});

describe('kr: the krona or krone the console trades in', () => {
  it('reads kr before or after the amount in the console’s own krona', () => {
    expect(parseMoney('1 234,50 kr', { currency: 'SEK' })).toEqual({ ok: true, value: { amount: 1234.5, currency: 'SEK' } });
    expect(parseMoney('kr 499,00', { currency: 'NOK' })).toEqual({ ok: true, value: { amount: 499, currency: 'NOK' } });
    expect(parseMoney('1.299,00 kr', { currency: 'DKK' })).toEqual({ ok: true, value: { amount: 1299, currency: 'DKK' } });
  });
  it('refuses kr where the console trades in no krona or krone, and an explicit code still wins', () => {
    expect(parseMoney('499,00 kr', { currency: 'EUR' }).ok).toBe(false);
    expect(parseMoney('499,00 kr').ok).toBe(false);
    expect(parseMoney('SEK 499,00', { currency: 'EUR' })).toEqual({ ok: true, value: { amount: 499, currency: 'SEK' } });
  });
});
