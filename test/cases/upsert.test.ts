import { describe, expect, it } from 'vitest';
import { clearCase, mergeCase } from '../../lib/cases/upsert';
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
    expect(clearCase(working, T + 3 * HOUR)).toEqual({ ...working, conditionCleared: true, updatedAt: T + 3 * HOUR });
  });

  it('changes nothing on a case already cleared', () => {
    const cleared = clearCase(mergeCase(undefined, warning, T), T + HOUR);
    expect(clearCase(cleared, T + 9 * HOUR)).toBe(cleared);
  });
});
