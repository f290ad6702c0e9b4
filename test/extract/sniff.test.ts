// What an order number looks like in a cell's text (lib/extract/sniff.ts idTokenOf): a text of
// letters and digits alone is read without splitting it, and must read exactly as the split does.
import { describe, expect, it } from 'vitest';
import { idTokenOf, isDecoyToken, moneyStrength } from '../../lib/extract/sniff';

describe('idTokenOf on a text of letters and digits alone', () => {
  it('reads order numbers and refuses decoys and words', () => {
    expect(idTokenOf('DS202611240001')).toBe('DS202611240001');
    expect(idTokenOf('QZ8P7X')).toBe('QZ8P7X');
    expect(idTokenOf('112')).toBe('112');
    // A parcel's tracking number is no order number, unless an order number's label vouches for it.
    expect(idTokenOf('SF1234567890123')).toBeUndefined();
    expect(idTokenOf('SF1234567890123', true)).toBe('SF1234567890123');
    // Lower-case letters need five digits, at least half the token.
    expect(idTokenOf('ab12')).toBeUndefined();
    expect(idTokenOf('ab12345')).toBe('ab12345');
    // A relative day in capitals is a date, never a reference, even behind a label.
    expect(idTokenOf('GESTERN', true)).toBeUndefined();
    expect(idTokenOf('YESTERDAY', true)).toBeUndefined();
  });

  it('gives what the same token gives among other text, for 5,000 random tokens', () => {
    // A fixed-seed generator: the same tokens every run.
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const digitsFirst = '0123456789ABCDEFSZT';
    let tokens = 0;
    for (let i = 0; i < 5000; i++) {
      const length = 1 + next(44);
      let token = '';
      for (let j = 0; j < length; j++) token += j % 3 === 0 ? digitsFirst[next(digitsFirst.length)] : alphabet[next(alphabet.length)];
      for (const labelled of [false, true]) {
        // A leading space sends the text down the split: the token is then read as one of several.
        const split = idTokenOf(` ${token}`, labelled);
        expect(idTokenOf(token, labelled), `${token} ${labelled}`).toBe(split);
        if (split !== undefined) tokens++;
      }
    }
    // Both kinds are met: tokens read as order numbers and tokens refused.
    expect(tokens).toBeGreaterThan(300);
    expect(tokens).toBeLessThan(9000);
  });
});

describe('phones among digits alone', () => {
  it('takes 11 digits (or 86 and 11) for a phone and no other run of digits alone', () => {
    for (const t of ['13800138000', '8613800138000', '138 0013 8000', '+86 138-0013-8000']) expect(isDecoyToken(t), t).toBe(true);
    for (const t of ['138001380001', '1380013800', '371200001000000017', '86138001380001']) expect(isDecoyToken(t), t).toBe(false);
    expect(idTokenOf('13800138000')).toBeUndefined();
    expect(idTokenOf('371200001000000017')).toBe('371200001000000017');
  });
});

describe('random keys as order numbers', () => {
  it('takes a key of 16 to 32 capitals, small letters and digits that changes kind often, and not a name run into a year', () => {
    // Mercari Shops numbers its records with 22 characters of base 62 (its product ids, seen 2026-12-08).
    expect(idTokenOf('teZe6YNUYoTC7YKec8Au8e')).toBe('teZe6YNUYoTC7YKec8Au8e');
    expect(idTokenOf('注文ID mYQ4dspiwCYsELs84GW5kC')).toBe('mYQ4dspiwCYsELs84GW5kC');
    // One run of digits, or few changes between capitals, small letters and digits: a product's name and year.
    expect(idTokenOf('BlueShirtXL2024Men')).toBeUndefined();
    expect(idTokenOf('HelloWorld2024Edition')).toBeUndefined();
    // No capital, or shorter than 16: not this rule's.
    expect(idTokenOf('abcdefgh1ij2klmnop')).toBeUndefined();
    expect(idTokenOf('aB3dE5gH7jK')).toBeUndefined();
  });
});

describe('UUIDs as order numbers', () => {
  it('takes a UUID whatever its share of letters, as Allegro numbers its checkout forms', () => {
    // 16 of its 32 hex digits are letters: no share of digits says it is a number, its shape does.
    expect(idTokenOf('75da8bdf-62d5-11e1-bfba-b670d80d1cc4')).toBe('75da8bdf-62d5-11e1-bfba-b670d80d1cc4');
    expect(idTokenOf('zosia_b 8F09EDEE-4FA2-11E8-911A-AF538E8E0BD4')).toBe('8F09EDEE-4FA2-11E8-911A-AF538E8E0BD4');
    // One group short is no UUID, and no order number of so few digits.
    expect(idTokenOf('75da8bdf-62d5-11e1-bfba')).toBeUndefined();
  });
});

describe('signs in Latin letters after an amount', () => {
  it('takes "1 235 Ft" and "1 234,56 Br" for amounts, and a length or a room count run into its number for none', () => {
    // Amazon's product name "USB-C charging cable 6ft" had been taken for the order's total in forints, and three
    // orders skipped (test/corpus/render/heldout10.mjs, Amazon Manage Orders).
    expect(moneyStrength('USB-C charging cable 6ft')).toBe(0);
    expect(moneyStrength('2br apartment')).toBe(0);
    expect(moneyStrength('1 235 Ft')).toBe(2);
    expect(moneyStrength('1\u00a0234,56\u00a0Br')).toBe(2);
    expect(moneyStrength('1.234,56 lei')).toBe(2);
    expect(moneyStrength('12345тг')).toBe(2);
  });
});
