import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../../lib/normalize';

// A trailing space keeps a cell off the fast path (it accepts the exact format only), so
// `text + ' '` is what the general path says about the same cell.
describe('parseDateTime on `YYYY-MM-DD HH:mm[:ss]`', () => {
  const now = Date.UTC(2026, 10, 25, 4, 0, 0);
  const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe'];
  const p = (n: number) => String(n).padStart(2, '0');

  it('gives the general path’s instant, or its refusal, for every cell', () => {
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let accepted = 0;
    for (let i = 0; i < 4000; i++) {
      const text =
        `${1965 + random(140)}-${p(random(14))}-${p(random(33))} ${p(random(26))}:${p(random(62))}` +
        (random(2) === 0 ? `:${p(random(62))}` : '');
      for (const timeZone of zones) {
        const fast = parseDateTime(text, { now, timeZone });
        const general = parseDateTime(`${text} `, { now, timeZone });
        expect(fast.ok, text).toBe(general.ok);
        if (fast.ok && general.ok) {
          expect(fast.value, `${text} ${timeZone}`).toBe(general.value);
          accepted++;
        }
      }
    }
    // Most random cells are invalid; enough valid ones must have been compared.
    expect(accepted).toBeGreaterThan(1000);
  });

  it('refuses a wall time before 1970 in the console’s zone, as the general path does', () => {
    const r = parseDateTime('1970-01-01 07:59:59', { now, timeZone: 'Asia/Shanghai' });
    expect(r).toEqual({ ok: false, raw: '1970-01-01 07:59:59', reason: '"1970-01-01 07:59:59" is not a valid date: it is before 1970.' });
    expect(parseDateTime('1970-01-01 08:00:00', { now, timeZone: 'Asia/Shanghai' })).toEqual({ ok: true, value: 0 });
  });

  it('reads wall times in DST changes as the general path does', () => {
    for (const text of ['2026-03-08 02:30:00', '2026-11-01 01:30:00', '2026-03-29 01:15', '2026-04-05 01:45:00']) {
      for (const timeZone of zones) {
        const fast = parseDateTime(text, { now, timeZone });
        expect(fast, `${text} ${timeZone}`).toEqual({ ...parseDateTime(`${text} `, { now, timeZone }) });
      }
    }
  });

  it('reads a Shanghai console time to the second', () => {
    expect(parseDateTime('2026-11-24 09:12:33', { now, timeZone: 'Asia/Shanghai' })).toEqual({ ok: true, value: Date.UTC(2026, 10, 24, 1, 12, 33) });
  });
});
