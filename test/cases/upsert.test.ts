import { describe, expect, it } from 'vitest';
import { clearCase, mergeCase, withStatus } from '../../lib/cases/upsert';
import type { Case, Finding } from '../../lib/schema';

const HOUR = 3_600_000;
const T = Date.UTC(2026, 10, 22, 10, 0, 0);

const warning: Finding = {
  detector: 'ship-deadline',
  marketplace: 'taobao',
  orderId: '42',
  severity: 'P2',
  dueAt: T + 4 * HOUR,
  evidence: { hoursLeft: 4 },
  explanation: { en: 'Ship within 4 h.', zh: '还剩 4 小时。' },
};
const overdue: Finding = {
  ...warning,
  severity: 'P1',
  evidence: { hoursOverdue: 1 },
  explanation: { en: '1 h overdue.', zh: '已超时 1 小时。' },
};

describe('mergeCase', () => {
  it('opens a new case from a finding', () => {
    expect(mergeCase(undefined, warning, T)).toEqual({
      key: 'ship-deadline|taobao|42',
      detector: 'ship-deadline',
      marketplace: 'taobao',
      orderId: '42',
      severity: 'P2',
      dueAt: T + 4 * HOUR,
      evidence: { hoursLeft: 4 },
      explanation: { en: 'Ship within 4 h.', zh: '还剩 4 小时。' },
      status: 'open',
      conditionCleared: false,
      openedAt: T,
      updatedAt: T,
      lastDetectedAt: T,
    });
  });

  it("updates what the detector saw and keeps the seller's status, status time and opening time", () => {
    const sellerWorking: Case = { ...mergeCase(undefined, warning, T), status: 'waiting', statusChangedAt: T + HOUR };
    const merged = mergeCase(sellerWorking, overdue, T + 5 * HOUR);
    expect(merged).toEqual({
      ...sellerWorking,
      severity: 'P1',
      evidence: { hoursOverdue: 1 },
      explanation: { en: '1 h overdue.', zh: '已超时 1 小时。' },
      updatedAt: T + 5 * HOUR,
      lastDetectedAt: T + 5 * HOUR,
    });
    expect(merged.status).toBe('waiting');
    expect(merged.statusChangedAt).toBe(T + HOUR);
    expect(merged.openedAt).toBe(T);
  });

  it('keeps a resolved case resolved when the detector fires again', () => {
    const resolved: Case = { ...mergeCase(undefined, warning, T), status: 'resolved', statusChangedAt: T + HOUR };
    expect(mergeCase(resolved, overdue, T + 5 * HOUR).status).toBe('resolved');
  });

  it('leaves updatedAt alone when the same finding comes again', () => {
    const first = mergeCase(undefined, warning, T);
    const again = mergeCase(first, { ...warning, evidence: { hoursLeft: 4 } }, T + HOUR);
    expect(again).toEqual({ ...first, lastDetectedAt: T + HOUR });
  });

  it('drops a due time the detector no longer gives', () => {
    const first = mergeCase(undefined, warning, T);
    const { dueAt: _due, ...withoutDue } = warning;
    const merged = mergeCase(first, withoutDue, T + HOUR);
    expect('dueAt' in merged).toBe(false);
    expect(merged.updatedAt).toBe(T + HOUR);
  });

  it('reopens the condition of a cleared case that fires again', () => {
    const cleared = clearCase(mergeCase(undefined, warning, T), T + HOUR);
    const merged = mergeCase(cleared, warning, T + 2 * HOUR);
    expect(merged.conditionCleared).toBe(false);
    expect(merged.updatedAt).toBe(T + 2 * HOUR);
  });
});

describe('clearCase', () => {
  it('marks the condition cleared and keeps everything the seller set', () => {
    const working: Case = { ...mergeCase(undefined, warning, T), status: 'in_progress', statusChangedAt: T + HOUR };
    expect(clearCase(working, T + 3 * HOUR)).toEqual({
      ...working,
      conditionCleared: true,
      clearedAt: T + 3 * HOUR,
      updatedAt: T + 3 * HOUR,
    });
  });

  it('forgets the cleared time when the condition comes back', () => {
    const cleared = clearCase(mergeCase(undefined, warning, T), T + HOUR);
    const back = mergeCase(cleared, warning, T + 2 * HOUR);
    expect(back.conditionCleared).toBe(false);
    expect(back.clearedAt).toBeUndefined();
  });

  it('changes nothing on a case already cleared', () => {
    const cleared = clearCase(mergeCase(undefined, warning, T), T + HOUR);
    expect(clearCase(cleared, T + 9 * HOUR)).toBe(cleared);
  });
});

describe('dismissals', () => {
  const late: Finding = { ...warning, severity: 'P1' };

  it('keep a dismissed case dismissed while it is no more severe than when dismissed', () => {
    const dismissed = withStatus(mergeCase(undefined, warning, T), 'dismissed', T + HOUR, 'threshold_too_strict');
    expect(dismissed).toMatchObject({ status: 'dismissed', dismissedSeverity: 'P2', dismissReason: 'threshold_too_strict' });
    const again = mergeCase(dismissed, warning, T + 2 * HOUR);
    expect(again.status).toBe('dismissed');
    expect(again.updatedAt).toBe(dismissed.updatedAt);
  });

  it('reopen a dismissed case whose severity rose above what was dismissed', () => {
    const dismissed = withStatus(mergeCase(undefined, warning, T), 'dismissed', T + HOUR, 'false_positive');
    const reopened = mergeCase(dismissed, late, T + 5 * HOUR);
    expect(reopened).toMatchObject({ status: 'open', severity: 'P1', statusChangedAt: T + 5 * HOUR, updatedAt: T + 5 * HOUR });
    // What was dismissed is still recorded, so a second dismissal compares with P2.
    expect(reopened.dismissedSeverity).toBe('P2');
  });

  it('a P1 dismissed stays dismissed (nothing is more severe)', () => {
    const dismissed = withStatus(mergeCase(undefined, late, T), 'dismissed', T + HOUR);
    expect(dismissed.dismissReason).toBe('other');
    expect(mergeCase(dismissed, late, T + 9 * HOUR).status).toBe('dismissed');
  });

  it('leaving dismissed forgets the dismissal', () => {
    const dismissed = withStatus(mergeCase(undefined, warning, T), 'dismissed', T + HOUR, 'already_handled');
    const working = withStatus(dismissed, 'in_progress', T + 2 * HOUR);
    expect(working.dismissedSeverity).toBeUndefined();
    expect(working.dismissReason).toBeUndefined();
    expect(withStatus(working, 'in_progress', T + 3 * HOUR)).toBe(working);
  });
});
