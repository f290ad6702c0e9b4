import { describe, expect, it } from 'vitest';
import { emptyNotifyState, selectNotifications } from '../../lib/cases/notify';

const NOW = Date.UTC(2026, 10, 25, 6, 0);
const DAY = 86_400_000;
const on = { enabled: true, dailyCap: 2 };

describe('desktop notifications for new P1 cases', () => {
  it('announce each new P1 case once, up to the daily cap', () => {
    const first = selectNotifications(['a', 'b', 'c'], emptyNotifyState(NOW), NOW, on);
    expect(first.announce).toEqual(['a', 'b']);
    expect(first.next).toEqual({ day: '2026-11-25', sentToday: 2, announced: ['a', 'b', 'c'] });
    // 'c' went over the cap: it is not announced later the same day, nor after midnight.
    const again = selectNotifications(['a', 'b', 'c', 'd'], first.next, NOW + 60_000, on);
    expect(again.announce).toEqual([]);
    const tomorrow = selectNotifications(['a', 'b', 'c', 'd', 'e'], again.next, NOW + DAY, on);
    expect(tomorrow.announce).toEqual(['e']);
    expect(tomorrow.next.sentToday).toBe(1);
  });

  it('announce nothing while switched off, and nothing old when switched on', () => {
    const off = selectNotifications(['a'], emptyNotifyState(NOW), NOW, { enabled: false, dailyCap: 5 });
    expect(off.announce).toEqual([]);
    expect(selectNotifications(['a', 'b'], off.next, NOW + 1, { enabled: true, dailyCap: 5 }).announce).toEqual(['b']);
  });

  it('announce a case again when it stopped being P1 and became P1 again', () => {
    const first = selectNotifications(['a'], emptyNotifyState(NOW), NOW, on);
    const dropped = selectNotifications([], first.next, NOW + 1, on);
    expect(selectNotifications(['a'], dropped.next, NOW + 2, on).announce).toEqual(['a']);
  });
});
