/**
 * Dismissals teach: how many cases each detector had dismissed recently and why, and — when a
 * seller keeps dismissing cases as "threshold too strict" — the threshold that would have
 * kept those cases quiet. A proposal only: the seller decides, nothing changes by itself.
 */
import type { Case } from '../schema';
import type { Settings } from '../settings';
import { DISMISS_REASONS } from '../schema';
import { PAGE_DETECTORS as DETECTORS } from '../detectors/pages';
import type { Tuning } from '../detectors/types';

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

/** Each tunable detector says in its own file how its threshold follows its evidence. */
const TUNING: ReadonlyMap<string, Tuning> = new Map(DETECTORS.flatMap((d) => (d.tuning ? [[d.id, d.tuning]] : [])));

export const TUNABLE_DETECTORS: readonly string[] = [...TUNING.keys()];

/** A threshold to propose for `detector`, from its recent "threshold too strict" dismissals. */
export function proposeThreshold(
  detector: string,
  cases: readonly Case[],
  settings: Settings,
  now: number,
  days = 30,
): ThresholdProposal | undefined {
  const tuning = TUNING.get(detector);
  if (!tuning) return undefined;
  const since = now - days * DAY;
  const strict = cases.filter(
    (c) =>
      c.detector === detector &&
      c.status === 'dismissed' &&
      c.dismissReason === 'threshold_too_strict' &&
      dismissedAt(c) >= since,
  );
  if (strict.length < PROPOSAL_MIN_DISMISSALS) return undefined;
  const current = (settings.detectors[detector as keyof Settings['detectors']] as Record<string, unknown>)[tuning.setting] as number;
  const proposal = tuning.tune(strict, dismissedAt);
  if (!proposal || proposal.proposed === current) return undefined;
  return { detector, setting: tuning.setting, current, ...proposal };
}
