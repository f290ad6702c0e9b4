import { describe, expect, it } from 'vitest';
import { endOfDay, endOfWeek, startOfDay, startOfWeek } from '../../lib/inbox/clock';
import { marketplaceTimeZone } from '../../lib/marketplaces';

// Sunday 2026-11-29 23:30 Beijing time (15:30 UTC).
const SUNDAY_NIGHT = Date.UTC(2026, 10, 29, 15, 30);

describe('marketplace clock', () => {
  it('keeps Beijing time for Chinese marketplaces and UTC for the others', () => {
    expect(marketplaceTimeZone('taobao')).toEqual('Asia/Shanghai');
    expect(marketplaceTimeZone('amazon')).toEqual('UTC');
  });

  it('ends the day and the ISO week at local midnight', () => {
    expect(new Date(startOfDay(SUNDAY_NIGHT, 'Asia/Shanghai')).toISOString()).toEqual('2026-11-28T16:00:00.000Z');
    expect(new Date(endOfDay(SUNDAY_NIGHT, 'Asia/Shanghai')).toISOString()).toEqual('2026-11-29T16:00:00.000Z');
    expect(new Date(startOfWeek(SUNDAY_NIGHT, 'Asia/Shanghai')).toISOString()).toEqual('2026-11-22T16:00:00.000Z');
    expect(new Date(endOfWeek(SUNDAY_NIGHT, 'Asia/Shanghai')).toISOString()).toEqual('2026-11-29T16:00:00.000Z');
    // The same instant is still Sunday afternoon in UTC.
    expect(new Date(endOfWeek(SUNDAY_NIGHT, 'UTC')).toISOString()).toEqual('2026-11-30T00:00:00.000Z');
  });

  it('counts a day across a DST change by the calendar, not 24 h', () => {
    // 2026-03-08 is 23 h long in New York.
    const morning = Date.UTC(2026, 2, 8, 12);
    expect(endOfDay(morning, 'America/New_York') - startOfDay(morning, 'America/New_York')).toEqual(23 * 3_600_000);
  });
});
