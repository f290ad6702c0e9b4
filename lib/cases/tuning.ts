/**
 * Dismissals teach: how many cases each detector had dismissed recently and why, and — when a
 * seller keeps dismissing cases as "threshold too strict" — the threshold that would have
 * kept those cases quiet. A proposal only: the seller decides, nothing changes by itself.
 */
import type { Case, Settings } from '../schema';
import { DISMISS_REASONS } from '../schema';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Dismissals "threshold too strict" needed before a threshold is proposed. */
export const PROPOSAL_MIN_DISMISSALS = 3;

export type DismissReason = (typeof DISMISS_REASONS)[number];

export interface DismissalStats {
  detector: string;
  total: number;
  byReason: Record<DismissReason, number>;
}

/** When the seller dismissed the case. */
const dismissedAt = (c: Case): number => c.statusChangedAt ?? c.updatedAt;

/** Per detector, the cases dismissed within the last `days` (by when their status changed). */
export function dismissalStats(cases: readonly Case[], now: number, days = 30): DismissalStats[] {
  const since = now - days * DAY;
  const byDetector = new Map<string, DismissalStats>();
  for (const c of cases) {
    if (c.status !== 'dismissed' || dismissedAt(c) < since) continue;
    let stats = byDetector.get(c.detector);
    if (!stats) {
      stats = { detector: c.detector, total: 0, byReason: Object.fromEntries(DISMISS_REASONS.map((r) => [r, 0])) as Record<DismissReason, number> };
      byDetector.set(c.detector, stats);
    }
    stats.total += 1;
    stats.byReason[c.dismissReason ?? 'other'] += 1;
  }
  return [...byDetector.values()].sort((a, b) => a.detector.localeCompare(b.detector));
}

export interface ThresholdProposal {
  detector: string;
  /** The setting's name inside the detector's settings. */
  setting: string;
  current: number;
  proposed: number;
  /** How many of the dismissed cases the proposed value would have kept quiet. */
  quieted: number;
}

type Tuner = (cases: readonly Case[]) => Omit<ThresholdProposal, 'detector' | 'current'> | undefined;

const numbers = (cases: readonly Case[], key: string): number[] =>
  cases.map((c) => c.evidence[key]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

/**
 * How each tunable detector's threshold relates to its evidence. A case is quiet when the
 * threshold no longer reaches its observed value.
 */
const TUNERS: Record<string, { setting: string; read: (s: Settings['detectors']) => number; tune: Tuner }> = {
  // Warnings come `warnHours` before the deadline: warn later than the earliest dismissed one.
  'ship-deadline': {
    setting: 'warnHours',
    read: (s) => s['ship-deadline'].warnHours,
    tune: (cases) => {
      // Hours left when the seller dismissed the warning (the case keeps its deadline as dueAt).
      const left = cases.flatMap((c) => (c.dueAt !== undefined && c.dueAt > dismissedAt(c) ? [(c.dueAt - dismissedAt(c)) / HOUR] : []));
      if (left.length === 0) return undefined;
      const proposed = Math.floor(Math.min(...left) * 2 - 1e-9) / 2; // half hours, strictly below
      return proposed > 0 ? { setting: 'warnHours', proposed, quieted: left.length } : undefined;
    },
  },
  // Two orders count as duplicates within `windowHours`: shrink it below the closest pair dismissed.
  'duplicate-order': {
    setting: 'windowHours',
    read: (s) => s['duplicate-order'].windowHours,
    tune: (cases) => {
      const apart = numbers(cases, 'minutesApart');
      if (apart.length === 0) return undefined;
      // Quarter hours, strictly below the closest pair (the window's edge counts as inside).
      const proposed = Math.floor(((Math.min(...apart) - 1) / 60) * 4) / 4;
      return proposed > 0 ? { setting: 'windowHours', proposed, quieted: apart.length } : undefined;
    },
  },
  // Differences up to `tolerance` are ignored: raise it to the largest difference dismissed.
  'amount-mismatch': {
    setting: 'tolerance',
    read: (s) => s['amount-mismatch'].tolerance,
    tune: (cases) => {
      const differences = numbers(cases, 'difference').map(Math.abs);
      if (differences.length === 0) return undefined;
      const proposed = Math.ceil(Math.max(...differences) * 100) / 100;
      return { setting: 'tolerance', proposed, quieted: differences.length };
    },
  },
};

export const TUNABLE_DETECTORS: readonly string[] = Object.keys(TUNERS);

/** A threshold to propose for `detector`, from its recent "threshold too strict" dismissals. */
export function proposeThreshold(
  detector: string,
  cases: readonly Case[],
  settings: Settings,
  now: number,
  days = 30,
): ThresholdProposal | undefined {
  const tuner = TUNERS[detector];
  if (!tuner) return undefined;
  const since = now - days * DAY;
  const strict = cases.filter(
    (c) =>
      c.detector === detector &&
      c.status === 'dismissed' &&
      c.dismissReason === 'threshold_too_strict' &&
      dismissedAt(c) >= since,
  );
  if (strict.length < PROPOSAL_MIN_DISMISSALS) return undefined;
  const current = tuner.read(settings.detectors);
  const proposal = tuner.tune(strict);
  if (!proposal || proposal.proposed === current) return undefined;
  return { detector, current, ...proposal };
}
