import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../../lib/normalize';

const SHANGHAI = 'Asia/Shanghai';
const LA = 'America/Los_Angeles';
const PARIS = 'Europe/Paris';
const BERLIN = 'Europe/Berlin';
const MADRID = 'Europe/Madrid';
/** 2026-11-20 16:00 in Shanghai, 00:00 in Los Angeles (PST). */
const NOW = Date.UTC(2026, 10, 20, 8, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('parseDateTime: absolute wall times in the console zone', () => {
  it.each([
    ['2026-11-20 14:03:11', SHANGHAI, Date.UTC(2026, 10, 20, 6, 3, 11)],
    ['2026-11-20 14:03', SHANGHAI, Date.UTC(2026, 10, 20, 6, 3)],
    ['2026/11/20 14:03', SHANGHAI, Date.UTC(2026, 10, 20, 6, 3)],
    ['2026.11.20 14:03:11', SHANGHAI, Date.UTC(2026, 10, 20, 6, 3, 11)],
    ['2026-11-20', SHANGHAI, Date.UTC(2026, 10, 19, 16, 0)],
    ['2026年11月20日 14:03', SHANGHAI, Date.UTC(2026, 10, 20, 6, 3)],
    ['2026年11月20日', SHANGHAI, Date.UTC(2026, 10, 19, 16, 0)],
    ['２０２６－１１－２０　１４：０３', SHANGHAI, Date.UTC(2026, 10, 20, 6, 3)],
    ['2026/11/20 下午2:03:11', SHANGHAI, Date.UTC(2026, 10, 20, 6, 3, 11)],
    ['2026/11/20 上午12:30', SHANGHAI, Date.UTC(2026, 10, 19, 16, 30)],
    ['11/20/2026 2:03 PM', LA, Date.UTC(2026, 10, 20, 22, 3)],
    ['11/20/2026 12:15 AM', LA, Date.UTC(2026, 10, 20, 8, 15)],
    ['Nov 20, 2026', LA, Date.UTC(2026, 10, 20, 8, 0)],
    ['Nov 20, 2026 2:03 PM', LA, Date.UTC(2026, 10, 20, 22, 3)],
    ['Nov 20, 2026 at 2:03 pm', LA, Date.UTC(2026, 10, 20, 22, 3)],
    ['Fri, Nov 20, 2026 2 PM', LA, Date.UTC(2026, 10, 20, 22, 0)],
    ['November 20th, 2026', LA, Date.UTC(2026, 10, 20, 8, 0)],
    ['20 Nov 2026 14:03', 'Europe/London', Date.UTC(2026, 10, 20, 14, 3)],
    ['20 nov. 2026', PARIS, Date.UTC(2026, 10, 19, 23, 0)],
    ['20 déc. 2026', PARIS, Date.UTC(2026, 11, 19, 23, 0)],
    ['12 mai 2026', PARIS, Date.UTC(2026, 4, 11, 22, 0)],
    ['5 dic. 2026', MADRID, Date.UTC(2026, 11, 4, 23, 0)],
    ['20 de noviembre de 2026', MADRID, Date.UTC(2026, 10, 19, 23, 0)],
    ['20. Dez. 2026 14:03', BERLIN, Date.UTC(2026, 11, 20, 13, 3)],
    ['20.11.2026 14:03', BERLIN, Date.UTC(2026, 10, 20, 13, 3)],
    ['2028-02-29', 'UTC', Date.UTC(2028, 1, 29)],
  ])('%s in %s', (text, timeZone, expected) => {
    expect(parseDateTime(text, { now: NOW, timeZone })).toEqual({ ok: true, value: expected });
  });

  it('reads day/month/year when the console says so', () => {
    expect(parseDateTime('20/11/2026 14:03', { now: NOW, timeZone: PARIS, dateOrder: 'DMY' })).toEqual({
      ok: true,
      value: Date.UTC(2026, 10, 20, 13, 3),
    });
    expect(parseDateTime('05/11/2026', { now: NOW, timeZone: 'UTC', dateOrder: 'DMY' })).toEqual({
      ok: true,
      value: Date.UTC(2026, 10, 5),
    });
  });
});

describe('parseDateTime: a zone or offset in the cell wins over the console zone', () => {
  it.each([
    ['11/20/2026 2:03 PM PST', SHANGHAI, Date.UTC(2026, 10, 20, 22, 3)],
    ['7/20/2026 2:03 PM PDT', SHANGHAI, Date.UTC(2026, 6, 20, 21, 3)],
    ['11/20/2026 2:03 PM EST', LA, Date.UTC(2026, 10, 20, 19, 3)],
    ['7/20/2026 2:03 PM EDT', LA, Date.UTC(2026, 6, 20, 18, 3)],
    ['11/20/2026 2:03 PM CST', LA, Date.UTC(2026, 10, 20, 20, 3)],
    ['11/20/2026 2:03 PM MST', LA, Date.UTC(2026, 10, 20, 21, 3)],
    ['2026-11-20 14:03 UTC', LA, Date.UTC(2026, 10, 20, 14, 3)],
    ['2026-11-20 14:03 GMT', LA, Date.UTC(2026, 10, 20, 14, 3)],
    ['2026-11-20 14:03 JST', LA, Date.UTC(2026, 10, 20, 5, 3)],
    ['2026-11-20 14:03 CET', LA, Date.UTC(2026, 10, 20, 13, 3)],
    ['2026-07-20 14:03 CEST', LA, Date.UTC(2026, 6, 20, 12, 3)],
    ['2026-07-20 14:03 BST', LA, Date.UTC(2026, 6, 20, 13, 3)],
    ['2026-11-20 14:03 +08:00', LA, Date.UTC(2026, 10, 20, 6, 3)],
    ['2026-11-20 14:03 +0530', LA, Date.UTC(2026, 10, 20, 8, 33)],
    ['2026-11-20 14:03 UTC+8', LA, Date.UTC(2026, 10, 20, 6, 3)],
    ['2026-11-20 14:03 (GMT-5)', SHANGHAI, Date.UTC(2026, 10, 20, 19, 3)],
    ['2026-11-20T14:03:11Z', SHANGHAI, Date.UTC(2026, 10, 20, 14, 3, 11)],
    ['2026-11-20T14:03:11.250+08:00', LA, Date.UTC(2026, 10, 20, 6, 3, 11, 250)],
    ['2026-07-04 10:00 PT', SHANGHAI, Date.UTC(2026, 6, 4, 17, 0)],
    ['2026-11-20 14:03 北京时间', LA, Date.UTC(2026, 10, 20, 6, 3)],
    ['Nov 20, 2026, 2:03:11 PM PST', SHANGHAI, Date.UTC(2026, 10, 20, 22, 3, 11)],
    ['Friday, November 20, 2026 at 2:03 PM EST', SHANGHAI, Date.UTC(2026, 10, 20, 19, 3)],
    ['2026-11-20 14:03:11 +0800', LA, Date.UTC(2026, 10, 20, 6, 3, 11)],
    ['20.11.2026 14:03 MEZ', LA, Date.UTC(2026, 10, 20, 13, 3)],
    ['20.07.2026 14:03 MESZ', LA, Date.UTC(2026, 6, 20, 12, 3)],
  ])('%s (console zone %s)', (text, timeZone, expected) => {
    expect(parseDateTime(text, { now: NOW, timeZone })).toEqual({ ok: true, value: expected });
  });

  it('reads CST as China Standard Time on a console set to a Chinese zone', () => {
    expect(parseDateTime('2026-11-20 14:03 CST', { now: NOW, timeZone: SHANGHAI })).toEqual({
      ok: true,
      value: Date.UTC(2026, 10, 20, 6, 3),
    });
  });
});

describe('parseDateTime: relative cells, against now in the console zone', () => {
  it.each([
    ['今天 14:03', SHANGHAI, Date.UTC(2026, 10, 20, 6, 3)],
    ['今天14:03', SHANGHAI, Date.UTC(2026, 10, 20, 6, 3)],
    ['昨天 09:12', SHANGHAI, Date.UTC(2026, 10, 19, 1, 12)],
    ['前天 08:00', SHANGHAI, Date.UTC(2026, 10, 18, 0, 0)],
    ['明天 18:00', SHANGHAI, Date.UTC(2026, 10, 21, 10, 0)],
    ['3 天前', SHANGHAI, NOW - 3 * DAY],
    ['3天前', SHANGHAI, NOW - 3 * DAY],
    ['5 小时前', SHANGHAI, NOW - 5 * HOUR],
    ['半小时前', SHANGHAI, NOW - 30 * MIN],
    ['10 分钟前', SHANGHAI, NOW - 10 * MIN],
    ['刚刚', SHANGHAI, NOW],
    ['2 days ago', LA, NOW - 2 * DAY],
    ['3 hours ago', LA, NOW - 3 * HOUR],
    ['an hour ago', LA, NOW - HOUR],
    ['1 minute ago', LA, NOW - MIN],
    ['Just now', LA, NOW],
    ['hace 2 días', MADRID, NOW - 2 * DAY],
    ['il y a 3 heures', PARIS, NOW - 3 * HOUR],
    ['vor 10 Minuten', BERLIN, NOW - 10 * MIN],
    ['Today at 2:03 pm', LA, Date.UTC(2026, 10, 20, 22, 3)],
    ['Yesterday at 9:12 AM', LA, Date.UTC(2026, 10, 19, 17, 12)],
    ['Today', SHANGHAI, Date.UTC(2026, 10, 19, 16, 0)],
    ['Yesterday', SHANGHAI, Date.UTC(2026, 10, 18, 16, 0)],
    ['Nov 18 at 2:03 pm', LA, Date.UTC(2026, 10, 18, 22, 3)],
    ['11月18日 09:00', SHANGHAI, Date.UTC(2026, 10, 18, 1, 0)],
  ])('%s in %s', (text, timeZone, expected) => {
    expect(parseDateTime(text, { now: NOW, timeZone })).toEqual({ ok: true, value: expected });
  });

  it('takes "today" from the console zone, not from UTC', () => {
    // 2026-11-21 01:00 in Shanghai while it is still 2026-11-20 09:00 in Los Angeles.
    const now = Date.UTC(2026, 10, 20, 17, 0);
    expect(parseDateTime('今天 00:30', { now, timeZone: SHANGHAI })).toEqual({ ok: true, value: Date.UTC(2026, 10, 20, 16, 30) });
    expect(parseDateTime('Today', { now, timeZone: LA })).toEqual({ ok: true, value: Date.UTC(2026, 10, 20, 8, 0) });
  });

  it('puts a year-less date in the year nearest to now (Dec 31 seen on Jan 2 is last year)', () => {
    const now = Date.UTC(2027, 0, 2, 12, 0);
    expect(parseDateTime('Dec 31', { now, timeZone: 'UTC' })).toEqual({ ok: true, value: Date.UTC(2026, 11, 31) });
    expect(parseDateTime('Jan 5', { now, timeZone: 'UTC' })).toEqual({ ok: true, value: Date.UTC(2027, 0, 5) });
  });
});

describe('parseDateTime: daylight saving time in America/Los_Angeles', () => {
  // 2026: clocks go 02:00 → 03:00 on March 8 and 02:00 → 01:00 on November 1.
  it.each([
    ['2026-03-08 01:59', Date.UTC(2026, 2, 8, 9, 59)], // PST, before the change
    ['2026-03-08 03:00', Date.UTC(2026, 2, 8, 10, 0)], // PDT, after it
    ['2026-03-08', Date.UTC(2026, 2, 8, 8, 0)],
    // 02:30 never happens: read with the offset before the change, i.e. 03:30 PDT.
    ['2026-03-08 02:30', Date.UTC(2026, 2, 8, 10, 30)],
    ['2026-11-01 00:59', Date.UTC(2026, 10, 1, 7, 59)], // PDT
    // 01:30 happens twice: the earlier one (PDT) is taken.
    ['2026-11-01 01:30', Date.UTC(2026, 10, 1, 8, 30)],
    ['2026-11-01 01:30 PST', Date.UTC(2026, 10, 1, 9, 30)], // the later one, named explicitly
    ['2026-11-01 02:00', Date.UTC(2026, 10, 1, 10, 0)], // PST
  ])('%s', (text, expected) => {
    expect(parseDateTime(text, { now: NOW, timeZone: LA })).toEqual({ ok: true, value: expected });
  });
});

describe('parseDateTime: refuses instead of guessing', () => {
  it.each([
    ['13/45/2026', 'no month 13'],
    ['20/11/2026', 'no month 20'],
    ['2026-02-30', 'February 2026 has no day 30'],
    ['2025-02-29', 'February 2025 has no day 29'],
    ['2026-11-20 25:00', '25 is not an hour'],
    ['2026-11-20 14:60', 'no minute 60'],
    ['11/20/2026 13:03 PM', '13 is not an hour'],
    ['2026-11-20 14:03 15:04', 'more than one time'],
    ['14:03', 'a time but no date'],
    ['1969-12-31', 'out of range'],
    ['soon', 'Cannot read a date or time from "soon"'],
    ['26/11/20', 'no month 26'],
    ['2026-11-20 14:03 XYZ', 'Cannot read'],
    ['constructor', 'Cannot read'],
    ['3 months ago', 'Cannot read'],
    ['', 'empty'],
  ])('%j: %s', (text, why) => {
    const parsed = parseDateTime(text, { now: NOW, timeZone: SHANGHAI });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.raw).toBe(text);
    expect(parsed.reason).toContain(why);
  });

  it('refuses an unknown console time zone', () => {
    const parsed = parseDateTime('2026-11-20', { now: NOW, timeZone: 'Mars/Olympus' });
    expect(parsed).toEqual({ ok: false, raw: '2026-11-20', reason: 'Unknown time zone "Mars/Olympus" for "2026-11-20".' });
  });
});

describe('parseDateTime: a bare weekday (Shopify: "Friday at 10:00 am") is the latest such day before today', () => {
  const NEW_YORK = 'America/New_York';
  // Wednesday 2026-11-25, 09:00 in New York (14:00 UTC).
  const WEDNESDAY = Date.UTC(2026, 10, 25, 14, 0);
  it.each([
    ['Monday at 8:15 am', Date.UTC(2026, 10, 23, 13, 15)],
    ['Sunday at 11:59 pm', Date.UTC(2026, 10, 23, 4, 59)],
    ['Friday at 10:00 am', Date.UTC(2026, 10, 20, 15, 0)],
    ['Thursday at 3:45 PM', Date.UTC(2026, 10, 19, 20, 45)],
    ['Fri at 10:00 am', Date.UTC(2026, 10, 20, 15, 0)],
    // Today's weekday names last week's day: today itself is written "Today".
    ['Wednesday at 10:00 am', Date.UTC(2026, 10, 18, 15, 0)],
    ['Tuesday', Date.UTC(2026, 10, 24, 5, 0)],
  ])('%s', (text, expected) => {
    expect(parseDateTime(text, { now: WEDNESDAY, timeZone: NEW_YORK })).toEqual({ ok: true, value: expected });
  });

  it('counts the weekday in the console zone, not in UTC', () => {
    // 2026-11-26 01:00 UTC is still Wednesday evening in New York: "Tuesday" is the day before.
    const lateWednesday = Date.UTC(2026, 10, 26, 1, 0);
    expect(parseDateTime('Tuesday at 9:00 am', { now: lateWednesday, timeZone: NEW_YORK })).toEqual({
      ok: true,
      value: Date.UTC(2026, 10, 24, 14, 0),
    });
  });

  it('still refuses a weekday with words it does not know', () => {
    expect(parseDateTime('Friday next week at 10:00 am', { now: WEDNESDAY, timeZone: NEW_YORK }).ok).toBe(false);
  });
});

describe('parseDateTime: short and programmer formats an order list shows on pages it was never tuned to', () => {
  // 2026-11-18 was a Wednesday.
  it.each([
    // Intl's short date style writes two-digit years: the year nearest to now ending in them.
    ['11/18/26, 3:04 PM', LA, 'MDY', Date.UTC(2026, 10, 18, 23, 4)],
    ['18/11/26 15:04', 'Europe/London', 'DMY', Date.UTC(2026, 10, 18, 15, 4)],
    ['18.11.26 15:04', BERLIN, undefined, Date.UTC(2026, 10, 18, 14, 4)],
    ['11/18/99', LA, 'MDY', Date.UTC(1999, 10, 18, 8, 0)],
    // A weekday beside the date adds nothing to it.
    ['11月18日 周三 15:04', SHANGHAI, undefined, Date.UTC(2026, 10, 18, 7, 4)],
    ['2026-11-18 15:04（星期三）', SHANGHAI, undefined, Date.UTC(2026, 10, 18, 7, 4)],
    ['Wed 11/18/2026 3:04 PM', LA, 'MDY', Date.UTC(2026, 10, 18, 23, 4)],
    // Date.prototype.toString, which demo admins print as is.
    ['Wed Nov 18 2026 15:04:05 GMT+0800 (China Standard Time)', LA, undefined, Date.UTC(2026, 10, 18, 7, 4, 5)],
    ['Wed Nov 18 2026 15:04:05 GMT+0800 (中国标准时间)', SHANGHAI, undefined, Date.UTC(2026, 10, 18, 7, 4, 5)],
    // Compact relative times: m is minutes.
    ['15m ago', SHANGHAI, undefined, NOW - 15 * MIN],
    ['1m ago', SHANGHAI, undefined, NOW - MIN],
  ] as const)('%j in %s (%s) → the exact instant', (text, timeZone, dateOrder, want) => {
    expect(parseDateTime(text, { now: NOW, timeZone, ...(dateOrder === undefined ? {} : { dateOrder }) })).toEqual({ ok: true, value: want });
  });

  it('still reads a bare weekday as the date itself', () => {
    // Friday 2026-11-13 10:00 in Los Angeles.
    expect(parseDateTime('Friday at 10:00 am', { now: NOW, timeZone: LA })).toEqual({ ok: true, value: Date.UTC(2026, 10, 13, 18, 0) });
  });
});

describe('clock times written in words (有赞, 微店 order lists)', () => {
  const opts = { timeZone: SHANGHAI, now: Date.UTC(2026, 11, 5, 10, 0, 0) };
  const at = (text: string) => {
    const r = parseDateTime(text, opts);
    return r.ok ? new Date(r.value).toISOString() : r.reason;
  };
  it('reads 时/点 … 分 (… 秒) as the time of day in the console zone', () => {
    expect(at('2026年12月5日 14时03分')).toBe('2026-12-05T06:03:00.000Z');
    expect(at('2026年12月5日14时03分')).toBe('2026-12-05T06:03:00.000Z');
    expect(at('2026年12月5日 14点03分05秒')).toBe('2026-12-05T06:03:05.000Z');
    expect(at('12月4日 9时5分')).toBe('2026-12-04T01:05:00.000Z');
  });
  it('leaves elapsed minutes (3 分钟前) to the relative reading', () => {
    expect(at('3 分钟前')).toBe('2026-12-05T09:57:00.000Z');
  });
});

describe('dates the held-out sets left unread', () => {
  const opts = { timeZone: SHANGHAI, now: Date.UTC(2026, 11, 5, 10, 0, 0) };
  const at = (text: string, o = opts) => {
    const r = parseDateTime(text, o);
    return r.ok ? new Date(r.value).toISOString() : r.reason;
  };
  it('reads a compact 20261204 date with its time', () => {
    expect(at('20261204 15:04')).toBe('2026-12-04T07:04:00.000Z');
    expect(at('20261204 15:04:09')).toBe('2026-12-04T07:04:09.000Z');
  });
  it('refuses a compact date that names no month', () => {
    expect(parseDateTime('20261304 15:04', opts).ok).toBe(false);
  });
  it('reads a card label run into its date (Placed Dec 4, 2026)', () => {
    const ny = { timeZone: 'America/New_York', now: Date.UTC(2026, 11, 5, 10, 0, 0) };
    expect(at('Placed Dec 4, 2026', ny)).toBe('2026-12-04T05:00:00.000Z');
    expect(at('Placed on Dec 4, 2026 at 3:04 pm', ny)).toBe('2026-12-04T20:04:00.000Z');
    expect(at('Created: 12/04/2026 15:04', ny)).toBe('2026-12-04T20:04:00.000Z');
    expect(at('下单时间：2026-12-04 15:04')).toBe('2026-12-04T07:04:00.000Z');
  });
});
