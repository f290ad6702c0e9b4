/**
 * What the re-evaluation alarm remembers between two runs: when the last one succeeded, and
 * under which settings. With it the next alarm judges only results with a threshold in between
 * (lib/ingest `reevaluateAsTimePasses`); without it (a new browser session, changed settings,
 * an unreadable record) every result that can move with time is judged again.
 */
import * as z from 'zod/mini';
import type { Settings } from '../settings';

export const LastAlarm = z.object({
  at: z.number().check(z.int(), z.gte(0)),
  /** The settings the alarm judged with, as JSON: other settings give other results. */
  settings: z.string(),
});
export type LastAlarm = z.infer<typeof LastAlarm>;

export const lastAlarmRecord = (at: number, settings: Settings): LastAlarm => ({ at, settings: JSON.stringify(settings) });

/** The time the next alarm may count from, or undefined when it must judge everything time can move. */
export function alarmSince(stored: unknown, settings: Settings, now: number): number | undefined {
  const parsed = LastAlarm.safeParse(stored);
  if (!parsed.success || parsed.data.settings !== JSON.stringify(settings)) return undefined;
  // A clock set back makes "since" meaningless: judge everything.
  return parsed.data.at < now ? parsed.data.at : undefined;
}
