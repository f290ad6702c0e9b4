/**
 * Follow-up times coming due (DOMAIN.md 跟踪检查): one alarm rings at the soonest follow-up,
 * set again whenever cases change and when the worker starts. When it rings, the toolbar count
 * and the pages showing orders are refreshed (`onDue`) and, if the seller allowed it, a desktop
 * notification says the case is due again, without waiting for the next page read.
 */
import { liveQuery } from 'dexie';
import { planFollowUpAlarm } from '../../lib/cases/follow-up';
import { liveFollowUps } from '../../lib/cases/store';
import type { SentinelDB } from '../../lib/db';
import type { Case } from '../../lib/schema';
import { announceFollowUps } from './notify';

export const FOLLOW_UP_ALARM = 'follow-up';

export function registerFollowUps(db: SentinelDB, onDue: () => void, logFailure: (what: string) => (err: unknown) => void): void {
  // One step at a time, so a change arriving while the alarm rings cannot set an older time.
  let queue = Promise.resolve();
  const run = (what: string, step: () => Promise<void>) => {
    queue = queue.then(step).catch(logFailure(what));
  };

  async function arm(cases: readonly Case[], now: number): Promise<void> {
    const plan = planFollowUpAlarm(cases, now, (await browser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime);
    if (plan.action === 'clear') await browser.alarms.clear(FOLLOW_UP_ALARM);
    else if (plan.action === 'create') await browser.alarms.create(FOLLOW_UP_ALARM, { when: plan.when });
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== FOLLOW_UP_ALARM) return;
    run('follow-up alarm', async () => {
      // The follow-up counts from its very time: an alarm a few milliseconds early waits for it.
      const early = alarm.scheduledTime - Date.now();
      if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
      onDue();
      const cases = await liveFollowUps(db);
      const now = Date.now();
      await announceFollowUps(db, cases, now);
      await arm(cases, now);
    });
  });

  // Runs once as the worker starts (the alarm set for the current cases) and on every change.
  liveQuery(() => liveFollowUps(db)).subscribe({
    next: (cases) =>
      run('setting the follow-up alarm', async () => {
        const now = Date.now();
        await arm(cases, now);
        await announceFollowUps(db, cases, now);
      }),
    error: logFailure('watching follow-ups'),
  });
}
