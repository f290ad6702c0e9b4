/**
 * Weeks and days in the seller's time zone. A week is labelled with its ISO week number
 * (`2026-W47`); when the seller's weeks start on Sunday, the Sunday before the ISO Monday
 * opens it, so a label names the same 7 days whatever the start.
 */
import { civilFromDays, DAY_MS, MAX_FOUR_DIGIT_YEAR_MS, TWO_DIGITS as TWO } from '../normalize/civil';
import { instantOfWallTime, wallAsUtc, wallTimeAt } from '../normalize/timezone';
import { remember, tableFor } from '../remember';

/** 0 = weeks start on Sunday (en-US), 1 = on Monday (ISO, zh-CN and most locales). */
export type WeekStart = 0 | 1;

export interface WeekOptions {
  timeZone: string;
  weekStartsOn: WeekStart;
}

export interface WeekRange {
  /** `2026-W47` */
  id: string;
  /** First instant of the week (midnight in the time zone). */
  start: number;
  /** First instant of the next week. */
  end: number;
  /** Each day's first instant and its date `YYYY-MM-DD`, 7 entries. */
  days: { date: string; start: number; end: number }[];
}

/** A week as its first and last day, `2026-11-16 – 2026-11-22`: how sellers name it (not an ISO week id). */
export const weekDates = (week: WeekRange): string => `${week.days[0]!.date} – ${week.days[6]!.date}`;

const WEEK_ID = /^(\d{4})-W(\d{2})$/;

/** A calendar date as a UTC-midnight number, so date arithmetic is plain addition. */
const dateNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day);

function midnightAt(date: number, timeZone: string): number {
  const d = new Date(date);
  return instantOfWallTime(
    { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0, minute: 0, second: 0, millisecond: 0 },
    timeZone,
  );
}

const isoDate = (date: number): string => new Date(date).toISOString().slice(0, 10);

/** ISO week-numbering year and week of a Monday (as a date number). */
function isoWeekOfMonday(monday: number): { year: number; week: number } {
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  return { year, week: Math.floor((thursday.getTime() - jan1) / DAY_MS / 7) + 1 };
}

/** The Monday (date number) of ISO week `week` of `year`. */
function mondayOfIsoWeek(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Dow = (new Date(jan4).getUTCDay() + 6) % 7; // 0 = Monday
  return jan4 - jan4Dow * DAY_MS + (week - 1) * 7 * DAY_MS;
}

function rangeFromFirstDay(firstDay: number, opts: WeekOptions): WeekRange {
  const monday = opts.weekStartsOn === 1 ? firstDay : firstDay + DAY_MS;
  const { year, week } = isoWeekOfMonday(monday);
  const days = Array.from({ length: 7 }, (_, i) => {
    const date = firstDay + i * DAY_MS;
    return { date: isoDate(date), start: midnightAt(date, opts.timeZone), end: midnightAt(date + DAY_MS, opts.timeZone) };
  });
  return { id: `${year}-W${String(week).padStart(2, '0')}`, start: days[0]!.start, end: days[6]!.end, days };
}

/** The week holding `instant`. */
export function weekOf(instant: number, opts: WeekOptions): WeekRange {
  const wall = wallTimeAt(instant, opts.timeZone);
  const date = dateNumber(wall.year, wall.month, wall.day);
  const offset = (new Date(date).getUTCDay() - opts.weekStartsOn + 7) % 7;
  return rangeFromFirstDay(date - offset * DAY_MS, opts);
}

/** The week named `2026-W47`, or undefined when the id is not a week of that year. */
export function weekById(id: string, opts: WeekOptions): WeekRange | undefined {
  const m = WEEK_ID.exec(id);
  if (!m) return undefined;
  const year = Number(m[1]);
  const week = Number(m[2]);
  const monday = mondayOfIsoWeek(year, week);
  if (week < 1 || isoWeekOfMonday(monday).year !== year) return undefined;
  return rangeFromFirstDay(opts.weekStartsOn === 1 ? monday : monday - DAY_MS, opts);
}

/** The week `n` weeks after `week` (negative: before). */
export function shiftWeek(week: WeekRange, n: number, opts: WeekOptions): WeekRange {
  // Noon of the first day, moved by whole weeks, stays clear of any DST hour.
  const firstDay = Date.parse(`${week.days[0]!.date}T12:00:00Z`) - 12 * 3_600_000;
  return rangeFromFirstDay(firstDay + n * 7 * DAY_MS, opts);
}

/**
 * The locale's first day of the week: Sunday where calendars start on Sunday (en-US, ja, …),
 * Monday elsewhere. Uses Intl's week info when the engine has it.
 */
export function defaultWeekStart(locale: string): WeekStart {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = l.getWeekInfo?.() ?? l.weekInfo;
    if (info) return info.firstDay === 7 ? 0 : 1;
  } catch {
    // An invalid tag falls through to the table below.
  }
  return /^(en-US|en-CA|ja|he|pt-BR|ko|zh-TW|zh-HK|es-MX|en-PH|hi|en-IN)\b/i.test(locale) || /^en$/i.test(locale) ? 0 : 1;
}

/** `YYYY-MM-DD HH:mm` in the time zone (how exports write times). */
export function formatLocalTime(instant: number, timeZone: string): string {
  const offset = hourOffset(instant, timeZone);
  if (offset === null || !(instant + offset >= 0 && instant + offset < MAX_FOUR_DIGIT_YEAR_MS)) {
    const w = wallTimeAt(instant, timeZone);
    return `${String(w.year).padStart(2, '0')}-${TWO[w.month]}-${TWO[w.day]} ${TWO[w.hour]}:${TWO[w.minute]}`;
  }
  // Exports write three times per case: the wall time from the hour's offset, by arithmetic.
  const wall = Math.floor(instant + offset);
  const days = Math.floor(wall / DAY_MS);
  const ofDay = wall - days * DAY_MS;
  const { year, month, day } = civilFromDays(days);
  return `${year}-${TWO[month]}-${TWO[day]} ${TWO[Math.floor(ofDay / 3_600_000)]}:${TWO[Math.floor(ofDay / 60_000) % 60]}`;
}

/**
 * The zone's offset during the UTC hour holding `instant`, or null when it changes within that
 * hour (a DST change: then each instant is converted on its own). Remembered per zone and hour.
 */
const hourOffsets = new Map<string, Map<number, number | null>>();
function hourOffset(instant: number, timeZone: string): number | null {
  const hour = Math.floor(instant / 3_600_000);
  return remember(
    tableFor(hourOffsets, timeZone),
    hour,
    () => {
      const start = hour * 3_600_000;
      const end = start + 3_599_999;
      const atStart = wallAsUtc(wallTimeAt(start, timeZone)) - start;
      return wallAsUtc(wallTimeAt(end, timeZone)) - end === atStart ? atStart : null;
    },
    100_000,
  );
}


