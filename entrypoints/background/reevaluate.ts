/**
 * Judging again as time passes: a periodic alarm at the seller's period, and one run shortly
 * after a burst of page reads has settled. The alarm counts from the last run that succeeded
 * in this browser session (session storage outlives a stopped worker), so only results with a
 * threshold in between change.
 */
import { loadSettings, type SentinelDB } from '../../lib/db';
import { reevaluateAsTimePasses } from '../../lib/ingest';
import { alarmSince, lastAlarmRecord } from '../../lib/ingest/alarm-window';
import { lastAlarmItem } from '../../lib/storage/items';

export const REEVALUATE_ALARM = 'reevaluate';
const REEVALUATE_AFTER_INGEST_MS = 2_000;

export interface Reevaluation {
  /** The alarm exists at the seller's period. */
  ensureAlarm(): Promise<void>;
  run(): void;
  /** A batch was stored: run once the burst of reads it belongs to has settled. */
  afterIngest(): void;
}

export function createReevaluation(
  db: SentinelDB,
  onDone: () => void,
  logFailure: (what: string) => (err: unknown) => void,
): Reevaluation {
  let timer: ReturnType<typeof setTimeout> | undefined;

  function run(): void {
    void (async () => {
      const settings = await loadSettings(db);
      const stored = await lastAlarmItem.getValue();
      const now = Date.now();
      await reevaluateAsTimePasses(db, now, settings, alarmSince(stored, settings, now));
      await lastAlarmItem.setValue(lastAlarmRecord(now, settings));
    })()
      .then(onDone)
      .catch(logFailure('re-evaluation'));
  }

  return {
    async ensureAlarm() {
      const { reevaluateMinutes } = await loadSettings(db);
      const existing = await browser.alarms.get(REEVALUATE_ALARM);
      if (existing?.periodInMinutes === reevaluateMinutes) return;
      await browser.alarms.create(REEVALUATE_ALARM, { delayInMinutes: reevaluateMinutes, periodInMinutes: reevaluateMinutes });
    },
    run,
    afterIngest() {
      clearTimeout(timer);
      timer = setTimeout(run, REEVALUATE_AFTER_INGEST_MS);
    },
  };
}
