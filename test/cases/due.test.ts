import { describe, expect, it } from 'vitest';
import { dueNow, dueSince, moneyAtStake } from '../../lib/cases/due';
import type { Case } from '../../lib/schema';
import { aCase as baseCase, HOUR, NOW } from './a-case';

/** A P2 without words: the order of due cases is what is judged here. */
const aCase = (key: string, extra: Partial<Case> = {}): Case => baseCase(key, { severity: 'P2', explanation: { en: '', zh: '' }, ...extra });

describe('due now', () => {
  it('lists live cases whose deadline passed or whose follow-up came, the earliest first', () => {
    const cases = [
      aCase('later-deadline', { dueAt: NOW + HOUR }),
      aCase('deadline-2h-ago', { dueAt: NOW - 2 * HOUR, severity: 'P1' }),
      aCase('follow-up-5h-ago', { status: 'waiting', waitingOn: 'carrier', dueAt: NOW - 30 * HOUR, followUpAt: NOW - 5 * HOUR }),
      aCase('waiting-follow-up-tomorrow', { status: 'waiting', dueAt: NOW - 30 * HOUR, followUpAt: NOW + 24 * HOUR }),
      aCase('resolved', { status: 'resolved', dueAt: NOW - 10 * HOUR }),
      aCase('cleared', { conditionCleared: true, dueAt: NOW - 10 * HOUR }),
      aCase('cleared-but-follow-up', { conditionCleared: true, dueAt: NOW - 10 * HOUR, followUpAt: NOW - 1 }),
      aCase('no-time'),
    ];
    expect(dueNow(cases, NOW).map((d) => [d.item.key, d.because, (NOW - d.at) / HOUR])).toEqual([
      ['follow-up-5h-ago', 'followUp', 5],
      ['deadline-2h-ago', 'deadline', 2],
      ['cleared-but-follow-up', 'followUp', 1 / HOUR],
    ]);
  });

  it('a waiting case comes back as due once its follow-up time passes', () => {
    const waiting = aCase('w', { status: 'waiting', followUpAt: NOW + 3 * HOUR });
    expect(dueSince(waiting, NOW)).toBeUndefined();
    expect(dueSince(waiting, NOW + 3 * HOUR)).toEqual({ at: NOW + 3 * HOUR, because: 'followUp' });
  });

  it("puts at stake the detector's amount, else the paid total", () => {
    const order = { money: { currency: 'CNY', paid: 59.8 } };
    expect(moneyAtStake(aCase('a', { evidence: { amountAtStake: 30 } }), order)).toEqual({ amount: 30, currency: 'CNY' });
    expect(moneyAtStake(aCase('a', { evidence: { compensation: 5 } }), order)).toEqual({ amount: 5, currency: 'CNY' });
    expect(moneyAtStake(aCase('a'), order)).toEqual({ amount: 59.8, currency: 'CNY' });
    expect(moneyAtStake(aCase('a'), undefined)).toBeUndefined();
  });
});
