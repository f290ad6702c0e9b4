// A Russian or Polish "not" before a state word says the order is not in that state: "не выполнен"
// (not done) is no completed order, "nie wysłane" (not sent) no shipped one; the word alone still
// reads as before (lib/normalize/status.ts).
import { describe, expect, it } from 'vitest';
import { parseStatus } from '../../lib/normalize/status';

describe('a state word after "not"', () => {
  it('reads "выполнен" as completed and "не выполнен" as no known state', () => {
    expect(parseStatus('Выполнен')).toEqual({ status: 'completed', known: true });
    expect(parseStatus('Не выполнен')).toEqual({ status: 'unknown', known: false });
  });

  it('reads "wysłane" as shipped, "nie wysłane" as no known state, and "Zamówienie wysłane" (a word ending in nie) as shipped', () => {
    expect(parseStatus('wysłane')).toEqual({ status: 'shipped', known: true });
    expect(parseStatus('nie wysłane')).toEqual({ status: 'unknown', known: false });
    expect(parseStatus('Zamówienie wysłane')).toEqual({ status: 'shipped', known: true });
  });
});
