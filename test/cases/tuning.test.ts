import { describe, expect, it } from 'vitest';
import { dismissalStats, proposeThreshold } from '../../lib/cases/tuning';
import { type Case } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 10, 25, 6, 0);

/** A case dismissed `daysAgo`; `hoursLeft`: its deadline was that far off when dismissed. */
function dismissed(id: string, detector: string, reason: Case['dismissReason'], evidence: Case['evidence'], daysAgo = 1, hoursLeft?: number): Case {
  return {
    ...(hoursLeft === undefined ? {} : { dueAt: NOW - daysAgo * DAY + hoursLeft * HOUR }),
    key: `${detector}|demo|${id}`,
    detector,
    marketplace: 'demo',
    orderId: id,
    severity: 'P2',
    evidence,
    explanation: { en: 'x', zh: 'x' },
    status: 'dismissed',
    dismissReason: reason,
    dismissedSeverity: 'P2',
    conditionCleared: false,
    openedAt: NOW - daysAgo * DAY - DAY,
    updatedAt: NOW - daysAgo * DAY,
    lastDetectedAt: NOW - daysAgo * DAY,
    statusChangedAt: NOW - daysAgo * DAY,
  };
}

describe('dismissal statistics', () => {
  it('count the last 30 days per detector and reason, older ones left out', () => {
    const cases = [
      dismissed('1', 'ship-deadline', 'threshold_too_strict', {}),
      dismissed('2', 'ship-deadline', 'false_positive', {}),
      dismissed('3', 'ship-deadline', undefined, {}, 29),
      dismissed('4', 'ship-deadline', 'false_positive', {}, 31),
      dismissed('5', 'amount-mismatch', 'already_handled', {}),
      { ...dismissed('6', 'amount-mismatch', 'other', {}), status: 'open' as const },
    ];
    expect(dismissalStats(cases, NOW)).toEqual([
      { detector: 'amount-mismatch', total: 1, byReason: { false_positive: 0, threshold_too_strict: 0, already_handled: 1, other: 0 } },
      { detector: 'ship-deadline', total: 3, byReason: { false_positive: 1, threshold_too_strict: 1, already_handled: 0, other: 1 } },
    ]);
  });
});

describe('threshold proposals', () => {
  it('propose warning later than the earliest warning dismissed as too strict', () => {
    const cases = [5.5, 4.2, 5].map((h, i) => dismissed(String(i), 'ship-deadline', 'threshold_too_strict', {}, 1, h));
    expect(proposeThreshold('ship-deadline', cases, DEFAULT_SETTINGS, NOW)).toEqual({
      detector: 'ship-deadline',
      setting: 'warnHours',
      current: 6,
      proposed: 4,
      quieted: 3,
    });
  });

  it('need three "too strict" dismissals; other reasons do not count', () => {
    const two = [5, 4].map((h, i) => dismissed(String(i), 'ship-deadline', 'threshold_too_strict', {}, 1, h));
    expect(proposeThreshold('ship-deadline', two, DEFAULT_SETTINGS, NOW)).toBeUndefined();
    const mixed = [...two, dismissed('9', 'ship-deadline', 'false_positive', {}, 1, 3)];
    expect(proposeThreshold('ship-deadline', mixed, DEFAULT_SETTINGS, NOW)).toBeUndefined();
  });

  it('propose a duplicate window below the closest pair, and a tolerance up to the largest difference', () => {
    const pairs = [90, 95, 600].map((m, i) => dismissed(String(i), 'duplicate-order', 'threshold_too_strict', { minutesApart: m }));
    expect(proposeThreshold('duplicate-order', pairs, DEFAULT_SETTINGS, NOW)).toEqual({
      detector: 'duplicate-order',
      setting: 'windowHours',
      current: 24,
      proposed: 1.25,
      quieted: 3,
    });
    const amounts = [0.5, -2.31, 1].map((d, i) => dismissed(String(i), 'amount-mismatch', 'threshold_too_strict', { difference: d }));
    expect(proposeThreshold('amount-mismatch', amounts, DEFAULT_SETTINGS, NOW)).toEqual({
      detector: 'amount-mismatch',
      setting: 'tolerance',
      current: 0.01,
      proposed: 2.31,
      quieted: 3,
    });
  });

  it('propose nothing for a detector without a tunable threshold', () => {
    const cases = [1, 2, 3].map((i) => dismissed(String(i), 'no-such-detector', 'threshold_too_strict', {}));
    expect(proposeThreshold('no-such-detector', cases, DEFAULT_SETTINGS, NOW)).toBeUndefined();
  });
});
