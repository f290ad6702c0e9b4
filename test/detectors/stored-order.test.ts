// The two registries' order is stored: a seller's settings are saved (and compared as text by the
// alarm) in the settings list's order, and each stored order's clocks name detectors by their
// place in DETECTORS. A new detector goes at the end of both; an existing one never moves.
import { describe, expect, it } from 'vitest';
import { clockBit, DETECTORS } from '../../lib/detectors';
import { DEFAULT_SETTINGS } from '../../lib/settings';

describe('the stored order of the detectors', () => {
  it('keeps each detector at its place in DETECTORS, which its clock bit stands for', () => {
    expect(DETECTORS.slice(0, 17).map((d) => d.id)).toEqual([
      'ship-deadline',
      'duplicate-order',
      'amount-mismatch',
      'unpaid-stale',
      'message-unanswered',
      'negative-review',
      'stock-risk',
      'rate-spike',
      'delivery-overdue',
      'tracking-stalled',
      'address-issue',
      'tracking-invalid',
      'cancel-pending',
      'refund-pending',
      'repeat-refunder',
      'amount-outlier',
      'dispute-open',
    ]);
    // A clock stored as 2^7 is rate-spike's, 2^16 dispute-open's.
    expect(clockBit(DETECTORS.findIndex((d) => d.id === 'rate-spike'))).toBe(128);
    expect(clockBit(DETECTORS.findIndex((d) => d.id === 'dispute-open'))).toBe(65_536);
  });

  it('keeps the settings in the order they are saved in', () => {
    expect(Object.keys(DEFAULT_SETTINGS.detectors).slice(0, 17)).toEqual([
      'ship-deadline',
      'duplicate-order',
      'amount-mismatch',
      'unpaid-stale',
      'delivery-overdue',
      'tracking-stalled',
      'address-issue',
      'tracking-invalid',
      'cancel-pending',
      'message-unanswered',
      'negative-review',
      'stock-risk',
      'rate-spike',
      'refund-pending',
      'repeat-refunder',
      'amount-outlier',
      'dispute-open',
    ]);
    expect(JSON.stringify(DEFAULT_SETTINGS.detectors).slice(0, 60)).toBe('{"ship-deadline":{"enabled":true,"warnHours":6,"hoursByMarke');
  });

  it('lists the same detectors in both, a new one at the end of each', () => {
    expect(Object.keys(DEFAULT_SETTINGS.detectors).sort()).toEqual(DETECTORS.map((d) => d.id).sort());
  });
});
