import { describe, expect, it } from 'vitest';
import { parseLeadingQuantity, parseQuantity } from '../../lib/normalize';

describe('parseQuantity', () => {
  it.each([
    ['2', 2],
    ['x2', 2],
    ['X 2', 2],
    ['×3', 3],
    ['*4', 4],
    ['2x', 2],
    ['数量：2', 2],
    ['数量: 12', 12],
    ['Qty: 1', 1],
    ['Quantity 5', 5],
    ['2件', 2],
    ['3 pcs', 3],
    ['１０', 10],
    [' 7\n', 7],
    ['1,200', 1200],
  ])('%j → %d', (text, quantity) => {
    expect(parseQuantity(text)).toEqual({ ok: true, value: quantity });
  });

  it.each([
    ['', 'empty'],
    ['0', 'not a positive quantity'],
    ['x0', 'not a positive quantity'],
    ['-1', 'not a whole number'],
    ['1.5', 'not a whole number'],
    ['2-3', 'not a whole number'],
    ['two', 'not a whole number'],
    ['x2 x3', 'not a whole number'],
    ['¥2', 'not a whole number'],
    ['99999999999999999999', 'too large'],
  ])('refuses %j (%s)', (text, why) => {
    const parsed = parseQuantity(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.raw).toBe(text);
    expect(parsed.reason).toContain(why);
  });
});

describe('parseLeadingQuantity', () => {
  it('reads the count a cell starts with when its unit follows, and nothing else', () => {
    expect(parseLeadingQuantity('48 unitsLT-K1RVZ, MM-FR0QU, MM-L1L9P')).toEqual({ ok: true, value: 48 });
    expect(parseLeadingQuantity('3 pcs 12-pack')).toEqual({ ok: true, value: 3 });
    expect(parseLeadingQuantity('2件 赠品1件')).toEqual({ ok: true, value: 2 });
    for (const text of ['lots', '2026-12-07 14:03', 'SKU 48 units', '5 itemsets', '0 units']) expect(parseLeadingQuantity(text).ok, text).toBe(false);
  });
});
