import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../lib/normalize';

// A trailing space keeps a cell off the fast path (it accepts the exact format only), so
// `text + ' '` is what the general path says about the same cell.
describe('parseMoney on `¥1,299.00`', () => {
  it('gives the general path’s amount and currency for every cell', () => {
    let seed = 777;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const digits = () => String(random(10 ** (1 + random(7))));
    const grouped = (n: string) => n.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    let compared = 0;
    for (let i = 0; i < 3000; i++) {
      const int = random(3) === 0 ? grouped(digits()) : digits();
      const frac = ['', '.0', '.5', '.90', '.09', '.00'][random(6)]!;
      const text = `${random(2) === 0 ? '¥' : '￥'}${int}${frac}`;
      for (const currency of ['CNY', 'JPY']) {
        const fast = parseMoney(text, { currency });
        const general = parseMoney(`${text} `, { currency });
        expect(fast, `${text} ${currency}`).toEqual(general);
        compared++;
      }
    }
    expect(compared).toBe(6000);
  });

  it('leaves every near miss to the general path (its answer, not a guess)', () => {
    const nearMisses = ['¥', '¥,', '¥.5', '¥12.', '¥12.345', '¥1,23', '¥1,2345', '¥1234,567', '¥,123', '¥1,,234', '¥1.2.3', '¥1a', '¥ 12', '$12', '¥0012.50', '¥1,234,567.8'];
    // A refusal names the cell as given, so compare what is read, or that nothing is.
    const read = (text: string) => {
      const r = parseMoney(text, { currency: 'CNY' });
      return r.ok ? r.value : 'refused';
    };
    for (const text of nearMisses) expect(read(text), text).toEqual(read(`${text} `));
    expect(parseMoney('¥1,234,567.8', { currency: 'CNY' })).toEqual({ ok: true, value: { amount: 1234567.8, currency: 'CNY' } });
    expect(parseMoney('¥0012.50', { currency: 'CNY' })).toEqual({ ok: true, value: { amount: 12.5, currency: 'CNY' } });
  });

  it('reads grouped thousands and fen', () => {
    expect(parseMoney('￥1,299.05', { currency: 'CNY' })).toEqual({ ok: true, value: { amount: 1299.05, currency: 'CNY' } });
  });
});
