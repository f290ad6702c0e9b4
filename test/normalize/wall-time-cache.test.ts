import { describe, expect, it } from 'vitest';
import { wallTimeAt } from '../../lib/normalize/timezone';

/** What Intl says, field by field: the reference the cached offsets must always agree with. */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlWallTime(instant: number, timeZone: string) {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format
      .formatToParts(instant)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  );
  return { ...parts, millisecond: ((instant % 1000) + 1000) % 1000 };
}

describe('wallTimeAt with offsets cached per day', () => {
  const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Sao_Paulo'];

  it('agrees with Intl a millisecond either side of DST changes', () => {
    const changes = [
      Date.UTC(2026, 2, 8, 7, 0), // New York springs forward 02:00 EST
      Date.UTC(2026, 10, 1, 6, 0), // New York falls back 02:00 EDT
      Date.UTC(2026, 2, 29, 1, 0), // London 01:00 GMT → BST
      Date.UTC(2026, 3, 4, 15, 0), // Lord Howe: half-hour change at 02:00 local
      Date.UTC(2018, 10, 4, 3, 0), // São Paulo's last DST start (Olist's times)
    ];
    for (const zone of zones) {
      for (const at of changes) {
        for (const instant of [at - 3_600_001, at - 1, at, at + 1, at + 1_800_000, at + 3_600_000]) {
          expect(wallTimeAt(instant, zone), `${zone} at ${new Date(instant).toISOString()}`).toEqual(intlWallTime(instant, zone));
        }
      }
    }
  });

  it('agrees with Intl over a year of hourly instants', () => {
    for (const zone of zones) {
      for (let instant = Date.UTC(2026, 0, 1) + 123_456; instant < Date.UTC(2027, 0, 1); instant += 3_600_000 + 7_919) {
        const fast = wallTimeAt(instant, zone);
        const reference = intlWallTime(instant, zone);
        if (JSON.stringify(fast) !== JSON.stringify(reference)) expect(fast, `${zone} ${instant}`).toEqual(reference);
      }
    }
  }, 30_000);
});
