/**
 * Case upsert rules (pure). A case is keyed by detector + order; detection owns what the
 * detector saw (severity, due time, evidence, explanation), the seller owns the status and
 * the notes, and detection never writes the seller's part.
 */
import { caseKey, SEVERITY_RANK, type Case, type CaseStatus, type Finding, type Resolution, type WaitingOn } from '../schema';
import { sameData } from './equal';

/**
 * How stale `lastDetectedAt` may be: a detection that finds the same as before moves it only once
 * this long has passed, so a page read does not rewrite its orders' cases (and wake every view
 * watching them) for nothing the seller can see.
 */
export const LAST_DETECTED_STEP = 60 * 60_000;

/**
 * The case for `finding`, created (status `open`) or updated from `existing`. `updatedAt`
 * moves only when something the seller can see changed, so running detection again on the
 * same data leaves the case as it was, apart from `lastDetectedAt` once `LAST_DETECTED_STEP` has passed.
 */
export function mergeCase(existing: Case | undefined, finding: Finding, now: number): Case {
  const detected = {
    severity: finding.severity,
    ...(finding.dueAt === undefined ? {} : { dueAt: finding.dueAt }),
    evidence: finding.evidence,
    explanation: finding.explanation,
  };
  if (existing === undefined) {
    return {
      key: caseKey(finding),
      detector: finding.detector,
      marketplace: finding.marketplace,
      orderId: finding.orderId,
      ...detected,
      status: 'open',
      conditionCleared: false,
      openedAt: now,
      updatedAt: now,
      lastDetectedAt: now,
    };
  }
  // A dismissal holds while the finding is no more severe than what the seller dismissed;
  // a rise above it (P2 dismissed, now P1) brings the case back.
  const reopen =
    existing.status === 'dismissed' &&
    existing.dismissedSeverity !== undefined &&
    SEVERITY_RANK[detected.severity] < SEVERITY_RANK[existing.dismissedSeverity];
  const visibleChange =
    reopen ||
    existing.conditionCleared ||
    existing.severity !== detected.severity ||
    existing.dueAt !== finding.dueAt ||
    !sameData(existing.evidence, detected.evidence) ||
    !sameData(existing.explanation, detected.explanation);
  // Rebuilt without the old dueAt (a due time the detector no longer gives disappears) and
  // without clearedAt (the condition holds again).
  const { dueAt: _oldDue, clearedAt: _oldCleared, ...rest } = existing;
  return {
    ...rest,
    ...detected,
    ...(reopen ? { status: 'open' as CaseStatus, statusChangedAt: now } : {}),
    conditionCleared: false,
    updatedAt: visibleChange ? now : existing.updatedAt,
    lastDetectedAt: visibleChange || now - existing.lastDetectedAt >= LAST_DETECTED_STEP ? Math.max(existing.lastDetectedAt, now) : existing.lastDetectedAt,
  };
}

/** The detector no longer fires on this order: say so, keep everything else. */
export function clearCase(existing: Case, now: number): Case {
  if (existing.conditionCleared) return existing;
  return { ...existing, conditionCleared: true, clearedAt: now, updatedAt: now };
}

export type DismissReason = NonNullable<Case['dismissReason']>;

/**
 * The seller moves a case to `status`. Dismissing remembers the severity dismissed (the
 * case stays dismissed unless it becomes more severe) and why; waiting remembers on whom;
 * resolving remembers the remedy. Leaving a status forgets what belonged to it.
 */
export function withStatus(
  existing: Case,
  status: CaseStatus,
  now: number,
  detail: DismissReason | { dismissReason?: DismissReason; waitingOn?: WaitingOn; resolution?: Resolution } = {},
): Case {
  const { dismissReason, waitingOn, resolution } = typeof detail === 'string' ? { dismissReason: detail } : detail;
  const next: Case = (() => {
    const { dismissedSeverity: _s, dismissReason: _r, waitingOn: _w, resolution: _res, ...rest } = existing;
    return {
      ...rest,
      status,
      ...(status === 'dismissed' ? { dismissedSeverity: existing.severity, dismissReason: dismissReason ?? 'other' } : {}),
      ...(status === 'waiting' && waitingOn ? { waitingOn } : {}),
      ...(status === 'resolved' && resolution ? { resolution } : {}),
      statusChangedAt: now,
      updatedAt: Math.max(existing.updatedAt, now),
    };
  })();
  const same =
    existing.status === status &&
    existing.dismissReason === next.dismissReason &&
    existing.waitingOn === next.waitingOn &&
    sameData(existing.resolution ?? null, next.resolution ?? null);
  return same ? existing : next;
}
