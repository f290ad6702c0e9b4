import { describe, expect, it } from 'vitest';
import { formatLocalTime } from '../../lib/summary/calendar';
import { wallTimeAt } from '../../lib/normalize/timezone';

/** The plain definition: the zone's wall time from Intl (through lib/normalize), padded. */
function reference(instant: number, timeZone: string): string {
  const w = wallTimeAt(instant, timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)}`;
}

describe('formatLocalTime', () => {
  it('writes the wall time in the zone', () => {
    expect(formatLocalTime(Date.UTC(2026, 10, 20, 16, 5), 'Asia/Shanghai')).toBe('2026-11-21 00:05');
    expect(formatLocalTime(Date.UTC(2026, 2, 8, 6, 59), 'America/New_York')).toBe('2026-03-08 01:59');
    expect(formatLocalTime(Date.UTC(2026, 2, 8, 7, 0), 'America/New_York')).toBe('2026-03-08 03:00'); // DST starts
    expect(formatLocalTime(Date.UTC(2026, 10, 20, 0, 0), 'Asia/Kathmandu')).toBe('2026-11-20 05:45');
  });

  it('agrees with the wall time from Intl minute by minute across DST changes, odd offsets and old dates', () => {
    const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'UTC'];
    const around = [Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 9, 4, 15), Date.UTC(2026, 3, 5, 15), Date.UTC(2026, 9, 25, 1), Date.UTC(1970, 0, 1), Date.UTC(1900, 0, 1)];
    for (const zone of zones) {
      for (const at of around) {
        for (let m = -150; m <= 150; m += 7) {
          const instant = at + m * 60_000 + (m % 3) * 17_000;
          expect(formatLocalTime(instant, zone), `${zone} ${new Date(instant).toISOString()}`).toBe(reference(instant, zone));
        }
      }
      // A year of hours at an uneven minute.
      for (let h = 0; h < 24 * 366; h += 5) {
        const instant = Date.UTC(2026, 0, 1) + h * 3_600_000 + 1_234_567;
        if (formatLocalTime(instant, zone) !== reference(instant, zone)) throw new Error(`${zone} ${instant}`);
      }
    }
  });
});
