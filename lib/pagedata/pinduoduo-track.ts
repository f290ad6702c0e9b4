/**
 * Pinduoduo's parcel tracking as its seller console shows it (物流轨迹): the answer to the
 * console's own GET /express_base/mms/track/… for one order (lib/pagedata/sources.ts), read for
 * the latest carrier event's time and text. It names no order amount or time, so it is not read
 * as an order: it adds tracking to the order the address names, already read from 订单查询.
 *
 * Shape, seen 2026-12-06: GET https://mms.pinduoduo.com/express_base/mms/track/<order_sn>?source=MMS_TRACK_STATUS
 * answers {success, result: {traces: [{time, info}]}}, each trace's time and info drawn one under the other
 * (a Pinduoduo seller tool's after-sales script, file 35662937049); the console now asks
 * …/express_base/mms/track/get?orderSn=<order_sn>&source=MMS_TRACK_STATUS (a Pinduoduo seller
 * extension's constants, file 56281904589), its answer's list under result.traces or result.traceList,
 * each with time and info (the same extension's api-unwrap.ts, file 56149204123).
 */
import { z } from 'zod/mini';
import { issueOf } from './rows';
import { PINDUODUO_TRACK } from './sources';
import type { SkippedRow } from '../schema';

/** The order a tracking answer's address names (path or `orderSn` query). */
export function orderOfTrackAddress(url: string): string | undefined {
  const m = PINDUODUO_TRACK.exec(url);
  return m === null ? undefined : (m[1] ?? m[2]);
}

/** The tracking an answer adds to one order; times as the console writes them (its zone), or ISO with a zone. */
export interface TrackingEntry {
  readonly orderId: string;
  /** The latest event's time. */
  readonly lastTrackingAt: string;
  readonly trackingEvent?: string;
}

export type TrackRead = { ok: true; entries: TrackingEntry[]; skipped: SkippedRow[] } | { ok: false; reason: string };

const TRACES_MAX = 500;
const Trace = z.object({
  // A time as text ("2026-11-26 09:14:02") or an epoch number (seconds or milliseconds).
  time: z.union([z.string().check(z.minLength(1), z.maxLength(40)), z.number().check(z.int(), z.positive(), z.lte(1e13))]),
  info: z.nullish(z.string().check(z.maxLength(2000))),
});
const Answer = z.object({
  success: z.optional(z.boolean()),
  error_msg: z.nullish(z.string()),
  result: z.nullish(
    z.object({
      traces: z.nullish(z.array(z.unknown()).check(z.maxLength(TRACES_MAX))),
      traceList: z.nullish(z.array(z.unknown()).check(z.maxLength(TRACES_MAX))),
    }),
  ),
});

/** A time text ordered as its instant within one answer (same zone): digits of "YYYY-MM-DD HH:mm:ss", or an epoch. */
function sortKey(time: string | number): number | undefined {
  if (typeof time === 'number') return time < 1e11 ? time * 1000 : time;
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
  if (m === null) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
}

const timeText = (time: string | number): string => (typeof time === 'number' ? new Date(time < 1e11 ? time * 1000 : time).toISOString() : time.trim());

/**
 * The latest event of the order's tracking answer (whatever order the list is in), or why the
 * answer is not one; an answer with no events yet adds nothing. An event without a readable time
 * is skipped, never guessed.
 */
export function readPinduoduoTrack(value: unknown, orderId: string): TrackRead {
  const parsed = Answer.safeParse(value);
  if (!parsed.success) return { ok: false, reason: `not the order's tracking (${issueOf(parsed.error)})` };
  if (parsed.data.success === false || !parsed.data.result) {
    return { ok: false, reason: `the console answered with an error${parsed.data.error_msg ? `: ${parsed.data.error_msg.slice(0, 200)}` : ''}` };
  }
  const list = parsed.data.result.traces ?? parsed.data.result.traceList ?? [];
  const skipped: SkippedRow[] = [];
  let latest: { key: number; time: string | number; info: string | undefined } | undefined;
  list.forEach((entry, i) => {
    const trace = Trace.safeParse(entry);
    const key = trace.success ? sortKey(trace.data.time) : undefined;
    if (!trace.success || key === undefined) {
      skipped.push({ row: i + 1, orderId, reason: trace.success ? `time '${String(trace.data.time).slice(0, 40)}' is not a date and time` : issueOf(trace.error) });
      return;
    }
    if (latest === undefined || key > latest.key) latest = { key, time: trace.data.time, info: trace.data.info?.replace(/\s+/g, ' ').trim() };
  });
  if (latest === undefined) return { ok: true, entries: [], skipped };
  const event = latest.info === undefined || latest.info === '' ? {} : { trackingEvent: latest.info.slice(0, 500) };
  return { ok: true, entries: [{ orderId, lastTrackingAt: timeText(latest.time), ...event }], skipped };
}
