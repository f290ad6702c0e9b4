import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FOLLOW_UP_ALARM, registerFollowUps } from '../../entrypoints/background/follow-up';
import { countsOnToolbar, followUpsCome, nextFollowUp, planFollowUpAlarm } from '../../lib/cases/follow-up';
import { recordChange, toolbarCount } from '../../lib/cases/store';
import { withStatus } from '../../lib/cases/upsert';
import { saveSettings, type SentinelDB } from '../../lib/db';
import { type Case } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb } from '../ingest/orders';
import { aCase, HOUR, NOW } from './a-case';

const MINUTE = 60_000;

describe('the toolbar count as follow-ups pass', () => {
  it('a P1 set waiting until a follow-up leaves the count, and comes back at that very millisecond', () => {
    const waiting = aCase('w', { status: 'waiting', waitingOn: 'buyer', followUpAt: NOW + 2 * HOUR });
    expect(countsOnToolbar(waiting, NOW)).toBe(false);
    expect(countsOnToolbar(waiting, NOW + 2 * HOUR - 1)).toBe(false);
    expect(countsOnToolbar(waiting, NOW + 2 * HOUR)).toBe(true);
  });

  it('counts live P1s whose condition holds, and any waiting case whose follow-up came; never a closed one', () => {
    const cases = [
      aCase('p1-open'),
      aCase('p1-cleared', { conditionCleared: true }),
      aCase('p1-open-follow-up-later', { followUpAt: NOW + HOUR }),
      aCase('p1-waiting-no-follow-up', { status: 'waiting' }),
      aCase('p2-waiting-follow-up-came', { severity: 'P2', status: 'waiting', followUpAt: NOW - MINUTE }),
      aCase('p3-cleared-waiting-follow-up-came', { severity: 'P3', status: 'waiting', conditionCleared: true, followUpAt: NOW }),
      aCase('p2-waiting-follow-up-later', { severity: 'P2', status: 'waiting', followUpAt: NOW + MINUTE }),
      // An open case is in the lists anyway: its follow-up does not add it to the toolbar.
      aCase('p2-open-follow-up-came', { severity: 'P2', followUpAt: NOW - MINUTE }),
      aCase('p1-resolved-follow-up-came', { status: 'resolved', followUpAt: NOW - HOUR }),
      aCase('p1-dismissed', { status: 'dismissed' }),
    ];
    expect(cases.filter((c) => countsOnToolbar(c, NOW)).map((c) => c.key)).toEqual([
      'p1-open',
      'p1-open-follow-up-later',
      'p1-waiting-no-follow-up',
      'p2-waiting-follow-up-came',
      'p3-cleared-waiting-follow-up-came',
    ]);
  });

  it('reads the same count from the database, where only live P1 and waiting cases are read', async () => {
    const { db } = freshDb();
    try {
      await db.cases.bulkPut([
        aCase('a', { status: 'in_progress' }),
        aCase('b', { status: 'waiting', followUpAt: NOW + HOUR }),
        aCase('c', { status: 'waiting', severity: 'P3', followUpAt: NOW - 1 }),
        aCase('d', { severity: 'P2', followUpAt: NOW - 1 }),
        aCase('e', { status: 'resolved' }),
      ]);
      expect(await toolbarCount(db, NOW)).toBe(2);
      expect(await toolbarCount(db, NOW + HOUR)).toBe(3);
    } finally {
      db.close();
    }
  });
});

describe('the follow-up alarm', () => {
  const cases = [
    aCase('later', { status: 'waiting', followUpAt: NOW + 3 * HOUR }),
    aCase('soonest', { status: 'waiting', followUpAt: NOW + 90 * MINUTE }),
    aCase('passed', { status: 'waiting', followUpAt: NOW - MINUTE }),
    aCase('resolved-sooner', { status: 'resolved', followUpAt: NOW + MINUTE }),
    aCase('open-sooner', { followUpAt: NOW + 2 * MINUTE }),
    aCase('none'),
  ];

  it('rings at the soonest follow-up still to come of a waiting case', () => {
    expect(nextFollowUp(cases, NOW)).toBe(NOW + 90 * MINUTE);
    expect(nextFollowUp(cases, NOW + 90 * MINUTE)).toBe(NOW + 3 * HOUR);
    expect(nextFollowUp(cases, NOW + 3 * HOUR)).toBeUndefined();
  });

  it('is set anew only when its time changes, and cleared when no follow-up is to come', () => {
    expect(planFollowUpAlarm(cases, NOW, undefined)).toEqual({ action: 'create', when: NOW + 90 * MINUTE });
    expect(planFollowUpAlarm(cases, NOW, NOW + 90 * MINUTE)).toEqual({ action: 'keep', when: NOW + 90 * MINUTE });
    expect(planFollowUpAlarm(cases, NOW, NOW + 3 * HOUR)).toEqual({ action: 'create', when: NOW + 90 * MINUTE });
    expect(planFollowUpAlarm(cases, NOW + 3 * HOUR, NOW + 3 * HOUR)).toEqual({ action: 'clear' });
  });

  it('names each follow-up that came once per case and time, the earliest first', () => {
    expect(followUpsCome(cases, NOW + 2 * HOUR).map((f) => f.id)).toEqual([`passed@${NOW - MINUTE}`, `soonest@${NOW + 90 * MINUTE}`]);
  });
});

describe('the background as a follow-up comes due', () => {
  let db: SentinelDB;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    db = freshDb().db;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    db.close();
  });

  const fail = () => (err: unknown) => {
    throw err;
  };

  it('sets the alarm for the soonest follow-up, moves it when the seller changes one, and on ringing refreshes the count and notifies once', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, language: 'en', notifications: { enabled: true, dailyCap: 5 } });
    const late = withStatus(aCase('ship-deadline|taobao|A1', { orderId: 'A1' }), 'waiting', NOW, { waitingOn: 'buyer' });
    await db.cases.bulkPut([late, aCase('ship-deadline|taobao|B2', { orderId: 'B2', severity: 'P2' })]);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const onDue = vi.fn();
    registerFollowUps(db, onDue, fail);
    expect(await toolbarCount(db, NOW)).toBe(1);

    // The seller asks to look again in 2 h: the alarm is set for then, and the case leaves the count.
    await recordChange(db, late.key, { field: 'followUp', followUpAt: NOW + 2 * HOUR }, NOW);
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(NOW + 2 * HOUR));
    expect(await toolbarCount(db, NOW)).toBe(0);
    // Moved to 90 min: the alarm follows.
    await recordChange(db, late.key, { field: 'followUp', followUpAt: NOW + 90 * MINUTE }, NOW);
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(NOW + 90 * MINUTE));
    expect(create).not.toHaveBeenCalled();

    // The clock reaches it and the alarm rings: count refreshed, one notification, no alarm left.
    vi.setSystemTime(NOW + 90 * MINUTE);
    expect(await toolbarCount(db, Date.now())).toBe(1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: FOLLOW_UP_ALARM, scheduledTime: NOW + 90 * MINUTE });
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(onDue).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(`case:${late.key}`, {
      type: 'basic',
      iconUrl: expect.stringMatching(/\/icon\/128\.png$/),
      title: 'Follow-up due · order A1',
      message: expect.stringMatching(/^Shipping deadline.*: you asked to look at this case again at 06\/12\/2026, 21:30 \(Beijing time\)\.$/),
      priority: 1,
    });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(FOLLOW_UP_ALARM)).toBeUndefined());

    // Another change to the cases does not tell the same follow-up twice; a new follow-up time is a new one.
    await recordChange(db, late.key, { field: 'cause', cause: { code: 'stock_short' } }, NOW + 91 * MINUTE);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(create).toHaveBeenCalledTimes(1);
    await recordChange(db, late.key, { field: 'followUp', followUpAt: NOW + 2 * HOUR }, NOW + 91 * MINUTE);
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(NOW + 2 * HOUR));
    expect(await toolbarCount(db, Date.now())).toBe(0);
  });

  it('an alarm that rings a little early waits for the follow-up time before refreshing', async () => {
    const at = NOW + 10 * MINUTE;
    await db.cases.put(aCase('k', { status: 'waiting', followUpAt: at }));
    let countAtDue: number | undefined;
    registerFollowUps(db, () => void toolbarCount(db, Date.now()).then((n) => (countAtDue = n)), fail);
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(at));
    // The browser rings 30 ms before the time, with the clock running.
    vi.useFakeTimers({ toFake: ['Date'], now: at - 30, shouldAdvanceTime: true });
    await fakeBrowser.alarms.onAlarm.trigger({ name: FOLLOW_UP_ALARM, scheduledTime: at });
    await vi.waitFor(() => expect(countAtDue).toBe(1));
    expect(Date.now()).toBeGreaterThanOrEqual(at);
  });
});
