// Bengali and Devanagari digits, as Intl prints amounts and times for bn-BD, mr-IN and ne-NP consoles
// (the Intl probes of test/corpus/render/heldout12.mjs left them unread): read as their ASCII digits.
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../lib/normalize';
import { westernDigits } from '../../lib/normalize/digits';

describe('Bengali and Devanagari digits', () => {
  it('become ASCII digits, and nothing else changes', () => {
    expect(westernDigits('১,২৩৪.৫৬৳')).toBe('1,234.56৳');
    expect(westernDigits('७/१२/२६, ८:३३ AM')).toBe('7/12/26, 8:33 AM');
    expect(westernDigits('नेरू १,२३४.५६')).toBe('नेरू 1,234.56');
    expect(westernDigits('Order 1234')).toBe('Order 1234');
  });

  it('read as an amount in the console currency', () => {
    const bdt = parseMoney('১,২৩৪.৫৬৳', { currency: 'BDT' });
    expect(bdt.ok && [bdt.value.amount, bdt.value.currency]).toEqual([1234.56, 'BDT']);
  });
});
