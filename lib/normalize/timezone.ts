/**
 * Wall time ↔ UTC instant in an IANA time zone, with Intl only (no date library).
 */
import { DAY_MS } from './civil';
import { tableFor } from '../remember';

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws RangeError for an unknown zone, as Intl does. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall time shown in `timeZone` at `instant`, asked of Intl (slow: ~3 µs a call). */
function wallTimeFromIntl(instant: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
    millisecond: ((instant % 1000) + 1000) % 1000,
  };
}

const BUCKET_MS = 86_400_000;
/**
 * The zone's offset per UTC day, when it is the same at the day's first and last millisecond
 * (null: a transition falls in that day, ask Intl each time). Reading a 500-order page asks
 * for thousands of wall times over a few days; Intl's formatToParts was the reader's largest
 * cost. No zone changes its offset twice within one day.
 */
const dayOffsets = new Map<string, Map<number, number | null>>();
let cachedDays = 0;

/** The offset of `timeZone` all through the UTC day `bucket`, or null when it changes that day. */
function dayOffset(bucket: number, timeZone: string): number | null {
  const zone = tableFor(dayOffsets, timeZone);
  let offset = zone.get(bucket);
  if (offset === undefined) {
    const start = bucket * BUCKET_MS;
    const end = start + BUCKET_MS - 1;
    const atStart = wallAsUtc(wallTimeFromIntl(start, timeZone)) - start;
    const atEnd = wallAsUtc(wallTimeFromIntl(end, timeZone)) - end;
    offset = atStart === atEnd ? atStart : null;
    if (++cachedDays > 100_000) {
      for (const days of dayOffsets.values()) days.clear();
      cachedDays = 1;
    }
    zone.set(bucket, offset);
  }
  return offset;
}

/** The wall time shown in `timeZone` at `instant`. */
export function wallTimeAt(instant: number, timeZone: string): WallTime {
  const offset = dayOffset(Math.floor(instant / BUCKET_MS), timeZone);
  if (offset === null) return wallTimeFromIntl(instant, timeZone);
  const d = new Date(instant + offset);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** The wall time's fields read as if they were UTC: `wallAsUtc(wallTimeAt(t, zone)) - t` is the zone's offset. */
export const wallAsUtc = (w: WallTime): number =>
  Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);

/**
 * The offset of `timeZone` all through the UTC days `bucket - 1` to `bucket + 1`, or null when it
 * changes in them. A wall time that reads as an instant of day `bucket` (wallAsUtc) is shown
 * less than a day from that instant (no zone's offset, LMT included, reaches a day), so inside those three days:
 * with one offset there it is shown once, at its UTC reading minus that offset, exactly what
 * instantOfWallTime's rule gives, for one lookup instead of four per date (a 500-row parse
 * reads ~2,000 dates; the four lookups were a tenth of it).
 */
const steadyOffsets = new Map<string, Map<number, number | null>>();
let steadyDays = 0;
/** The zone whose table was looked up last, and its table: a page's dates share one zone. */
let steadyZone: string | undefined;
let steadyTable: Map<number, number | null> | undefined;

function steadyOffset(bucket: number, timeZone: string): number | null {
  let zone = steadyTable;
  if (steadyZone !== timeZone || zone === undefined) {
    zone = steadyTable = tableFor(steadyOffsets, timeZone);
    steadyZone = timeZone;
  }
  let offset = zone.get(bucket);
  if (offset === undefined) {
    const mid = dayOffset(bucket, timeZone);
    offset = mid !== null && dayOffset(bucket - 1, timeZone) === mid && dayOffset(bucket + 1, timeZone) === mid ? mid : null;
    if (++steadyDays > 100_000) {
      for (const days of steadyOffsets.values()) days.clear();
      steadyDays = 1;
    }
    zone.set(bucket, offset);
  }
  return offset;
}

/** Offset of `timeZone` from UTC at `instant`, in ms (Asia/Shanghai: +8 h). */
export function offsetAt(instant: number, timeZone: string): number {
  // A day without a transition has one offset: no wall time to build (four of these per date read).
  const offset = dayOffset(Math.floor(instant / BUCKET_MS), timeZone);
  return offset ?? wallAsUtc(wallTimeFromIntl(instant, timeZone)) - instant;
}


/**
 * The instant at which `timeZone` shows `wall`.
 * Around a DST change the same rule as Temporal's `disambiguation: 'compatible'` (and
 * java.time, and most date libraries): a repeated wall time (autumn, 01:30 twice) is the
 * earlier instant; a skipped wall time (spring, 02:30 never shown) is read with the offset
 * in force before the change, which lands one gap later (02:30 PST = 03:30 PDT). A console
 * can only show a skipped time when its zone is not the one we were told, so moving by the
 * gap keeps the error to that gap instead of dropping the order.
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): number {
  const asUtc = wallAsUtc(wall);
  // Most dates: one offset all around, one lookup (the rule below gives the same instant).
  const steady = steadyOffset(Math.floor(asUtc / BUCKET_MS), timeZone);
  if (steady !== null) return asUtc - steady;
  // Offsets a day either side bracket any single transition near this wall time.
  const before = offsetAt(asUtc - DAY_MS, timeZone);
  const after = offsetAt(asUtc + DAY_MS, timeZone);
  // An instant shows `wall` when its own offset brings it there.
  const fromBefore = asUtc - before;
  const fromAfter = asUtc - after;
  const beforeFits = fromBefore + offsetAt(fromBefore, timeZone) === asUtc;
  const afterFits = fromAfter + offsetAt(fromAfter, timeZone) === asUtc;
  if (beforeFits && afterFits) return Math.min(fromBefore, fromAfter);
  if (beforeFits) return fromBefore;
  if (afterFits) return fromAfter;
  return asUtc - before;
}
