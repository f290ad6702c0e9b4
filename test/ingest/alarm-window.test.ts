import { describe, expect, it } from 'vitest';
import { alarmSince, lastAlarmRecord } from '../../lib/ingest/alarm-window';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

const T = Date.UTC(2026, 10, 25, 6, 0);
const other: Settings = { ...DEFAULT_SETTINGS, reevaluateMinutes: 30 };

describe('alarmSince', () => {
  it('counts from the last alarm under the same settings', () => {
    expect(alarmSince(lastAlarmRecord(T, DEFAULT_SETTINGS), DEFAULT_SETTINGS, T + 15 * 60_000)).toBe(T);
  });

  it('judges everything again after the settings changed, on a record it cannot read, or with a clock set back', () => {
    expect(alarmSince(lastAlarmRecord(T, DEFAULT_SETTINGS), other, T + 60_000)).toBeUndefined();
    expect(alarmSince(undefined, DEFAULT_SETTINGS, T)).toBeUndefined();
    expect(alarmSince({ at: 'yesterday', settings: JSON.stringify(DEFAULT_SETTINGS) }, DEFAULT_SETTINGS, T)).toBeUndefined();
    expect(alarmSince(lastAlarmRecord(T, DEFAULT_SETTINGS), DEFAULT_SETTINGS, T)).toBeUndefined();
    expect(alarmSince(lastAlarmRecord(T, DEFAULT_SETTINGS), DEFAULT_SETTINGS, T - 1)).toBeUndefined();
  });
});
