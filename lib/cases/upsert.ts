/**
 * Case upsert rules (pure). A case is keyed by detector + order; detection owns what the
 * detector saw (severity, due time, evidence, explanation), the seller owns the status and
 * the notes, and detection never writes the seller's part.
 */
import { caseKey, type Case, type Finding } from '../schema';
import { sameData } from './equal';

/**
 * The case for `finding`, created (status `open`) or updated from `existing`. `updatedAt`
 * moves only when something the seller can see changed, so running detection again on the
 * same data leaves the case as it was apart from `lastDetectedAt`.
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
  const visibleChange =
    existing.conditionCleared ||
    existing.severity !== detected.severity ||
    existing.dueAt !== finding.dueAt ||
    !sameData(existing.evidence, detected.evidence) ||
    !sameData(existing.explanation, detected.explanation);
  // Rebuilt without the old dueAt so a due time the detector no longer gives disappears.
  const { dueAt: _oldDue, ...rest } = existing;
  return {
    ...rest,
    ...detected,
    conditionCleared: false,
    updatedAt: visibleChange ? now : existing.updatedAt,
    lastDetectedAt: Math.max(existing.lastDetectedAt, now),
  };
}

/** The detector no longer fires on this order: say so, keep everything else. */
export function clearCase(existing: Case, now: number): Case {
  if (existing.conditionCleared) return existing;
  return { ...existing, conditionCleared: true, updatedAt: now };
}
