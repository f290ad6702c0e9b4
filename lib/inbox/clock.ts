/**
 * The marketplace's clock: deadlines count every hour, weekends and nights included, and
 * "today" / "this week" end at midnight where the marketplace keeps its time.
 */
import { instantOfWallTime, wallTimeAt } from '../normalize/timezone';

const DAY = 86_400_000;

/** The instant the marketplace's current day began (its local midnight). */
export function startOfDay(now: number, timeZone: string): number {
  const wall = wallTimeAt(now, timeZone);
  return instantOfWallTime({ ...wall, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/** The instant the marketplace's current day ends (next local midnight). */
export function endOfDay(now: number, timeZone: string): number {
  // Midnight after noon tomorrow's start: safe across a DST change (days of 23 or 25 h).
  return startOfDay(startOfDay(now, timeZone) + DAY + DAY / 2, timeZone);
}

/** Start of the ISO week (Monday 00:00) on the marketplace's clock. */
export function startOfWeek(now: number, timeZone: string): number {
  const today = startOfDay(now, timeZone);
  const wall = wallTimeAt(today + DAY / 2, timeZone);
  const weekday = (new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay() + 6) % 7; // Monday 0
  return startOfDay(today - weekday * DAY + DAY / 2, timeZone);
}

/** End of the ISO week (Monday 00:00 of the next one) on the marketplace's clock. */
export function endOfWeek(now: number, timeZone: string): number {
  return startOfDay(startOfWeek(now, timeZone) + 7 * DAY + DAY / 2, timeZone);
}
