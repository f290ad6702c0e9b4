/**
 * Retention on the re-evaluation alarm: orders older than the seller's retention setting that
 * no case refers to are pruned (lib/backup/retention.ts decides what goes).
 */
import { pruneOrders } from '../../lib/backup/retention';
import { loadSettings, type SentinelDB } from '../../lib/db';

export function registerRetention(db: SentinelDB, alarmName: string, logFailure: (what: string) => (err: unknown) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== alarmName) return;
    void loadSettings(db)
      .then((settings) => pruneOrders(db, Date.now(), settings.retentionDays))
      .catch(logFailure('pruning old orders'));
  });
}
