import { describe, expect, it } from 'vitest';
import { formatHours, formatMoney, hoursFromMs, isoTime } from '../../lib/detectors/explain';
import { compareOrderIds } from '../../lib/detectors/order-order';

describe('explanation formatting', () => {
  it('formats durations as minutes under an hour, else hours to 0.1 h, in both languages', () => {
    expect(formatHours(52)).toEqual({ en: '52 h', zh: '52 小时' });
    expect(formatHours(4.25)).toEqual({ en: '4.3 h', zh: '4.3 小时' });
    expect(formatHours(-3)).toEqual({ en: '3 h', zh: '3 小时' });
    expect(formatHours(0.5)).toEqual({ en: '30 min', zh: '30 分钟' });
    expect(formatHours(59.6 / 60)).toEqual({ en: '1 h', zh: '1 小时' });
    expect(formatHours(0)).toEqual({ en: '0 min', zh: '0 分钟' });
    expect(formatHours(0.001)).toEqual({ en: '< 1 min', zh: '不到 1 分钟' });
  });

  it('rounds evidence hours to 0.01 h so a minute stays visible', () => {
    expect(hoursFromMs(60_000)).toBe(0.02);
    expect(hoursFromMs(52 * 3_600_000)).toBe(52);
  });

  it('formats money with its symbol, thousands separators and a real minus sign', () => {
    expect(formatMoney(129_900, 'CNY')).toBe('¥1,299.00');
    expect(formatMoney(123_456_789, 'USD')).toBe('$1,234,567.89');
    expect(formatMoney(-500, 'EUR')).toBe('−€5.00');
    expect(formatMoney(150_000, 'JPY')).toBe('JP¥1,500');
    expect(formatMoney(1_999, 'CHF')).toBe('CHF 19.99');
  });

  it('orders numeric ids by value without losing precision on 19-digit ids', () => {
    expect(compareOrderIds('9', '10')).toBeLessThan(0);
    expect(compareOrderIds('3712345678901234568', '3712345678901234567')).toBeGreaterThan(0);
    expect(compareOrderIds('007', '7')).toBeLessThan(0); // same value: the string order decides, never 0 for different ids
    expect(compareOrderIds('A-10', 'A-9')).toBeLessThan(0);
    // Leading zeros do not count toward the value's length; an all-zero id is the value 0.
    expect(compareOrderIds('0010', '9')).toBeGreaterThan(0);
    expect(compareOrderIds('000', '1')).toBeLessThan(0);
    expect(compareOrderIds('', '0')).toBeLessThan(0);
    expect(compareOrderIds('12', '12')).toBe(0);
    expect(compareOrderIds('A9', 'B1')).toBeLessThan(0);
    expect(compareOrderIds('10', '0x')).toBeGreaterThan(0);
    expect(compareOrderIds('07', '10')).toBeLessThan(0);
    expect(compareOrderIds('70', '09')).toBeGreaterThan(0);
    // The same order as the plain definition, on ids of every kind.
    const ids = ['', '0', '00', '007', '7', '9', '10', '010', '99', '100', 'A-9', 'A-10', '1a', 'a1', '3712345678901234567', '3712345678901234568', '0371234567890123456'];
    const definition = (a: string, b: string): number => {
      if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
        const x = a.replace(/^0+(?=\d)/, '');
        const y = b.replace(/^0+(?=\d)/, '');
        if (x.length !== y.length) return x.length - y.length;
      }
      return a < b ? -1 : a > b ? 1 : 0;
    };
    for (const a of ids) for (const b of ids) expect(Math.sign(compareOrderIds(a, b)), `${a} vs ${b}`).toBe(Math.sign(definition(a, b)));
  });
});

describe('isoTime', () => {
  it('writes what Date#toISOString writes', () => {
    const cases = [0, 1, 999, 1000, 59_999, 86_399_999, 86_400_000, Date.UTC(2000, 1, 29, 23, 59, 59, 7), Date.UTC(2026, 10, 20, 6, 0), Date.UTC(2100, 2, 1), 253_402_300_799_999, 1.5, 123_456.999];
    for (const ms of cases) expect(isoTime(ms), String(ms)).toBe(new Date(ms).toISOString());
    // Every day from 1970 to 2400 (leap years, centuries) at a varying time of day.
    for (let day = 0; day < 157_000; day++) {
      const ms = day * 86_400_000 + ((day * 7_919_371) % 86_400_000);
      if (isoTime(ms) !== new Date(ms).toISOString()) throw new Error(`${ms}: ${isoTime(ms)}`);
    }
  });

  it('leaves instants outside 1970–9999 to Date', () => {
    expect(isoTime(-1)).toBe('1969-12-31T23:59:59.999Z');
    expect(isoTime(253_402_300_800_000)).toBe('+010000-01-01T00:00:00.000Z');
  });
});

