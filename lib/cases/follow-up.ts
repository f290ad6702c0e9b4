/**
 * Follow-up times as they pass (DOMAIN.md 跟踪检查), for the background: which cases the toolbar
 * counts, when the next follow-up comes due, and which follow-ups have come. A follow-up brings
 * back a case set waiting (the seller parked it until then); an open case is in the lists anyway.
 * Pure: the caller gives the time.
 */
import { isLiveCaseStatus, type Case } from '../schema';

type Timed = Pick<Case, 'status' | 'severity' | 'conditionCleared' | 'followUpAt'>;

/** A case waiting until a follow-up time (any time, come or not). */
const parked = (c: Timed): c is Timed & { followUpAt: number } => c.status === 'waiting' && c.followUpAt !== undefined;

/**
 * Whether the case counts on the toolbar: a live P1 whose condition holds, except one the seller
 * set waiting until a later follow-up (they said when to look again), and any waiting case whose
 * follow-up time has come.
 */
export function countsOnToolbar(c: Timed, now: number): boolean {
  if (parked(c)) return c.followUpAt <= now;
  return isLiveCaseStatus(c.status) && c.severity === 'P1' && !c.conditionCleared;
}

/** The soonest follow-up of a waiting case still to come after `now`, or undefined when none is. */
export function nextFollowUp(cases: readonly Timed[], now: number): number | undefined {
  let next: number | undefined;
  for (const c of cases) {
    if (!parked(c) || c.followUpAt <= now) continue;
    if (next === undefined || c.followUpAt < next) next = c.followUpAt;
  }
  return next;
}

/** What to do with the follow-up alarm: ring at `when`, keep the one set for that time, or clear it. */
export type AlarmPlan = { action: 'create'; when: number } | { action: 'keep'; when: number } | { action: 'clear' };

/** The one alarm for the soonest follow-up to come, given the alarm set now (its scheduled time). */
export function planFollowUpAlarm(cases: readonly Timed[], now: number, scheduled: number | undefined): AlarmPlan {
  const when = nextFollowUp(cases, now);
  if (when === undefined) return { action: 'clear' };
  return scheduled === when ? { action: 'keep', when } : { action: 'create', when };
}

/**
 * The follow-ups of waiting cases that have come at `now`, each named once per case and time (`key@time`): a new
 * follow-up time on the same case is a new one to tell.
 */
export function followUpsCome<T extends Timed & Pick<Case, 'key'>>(cases: readonly T[], now: number): { id: string; item: T }[] {
  return cases
    .filter((c) => parked(c) && c.followUpAt <= now)
    .sort((a, b) => a.followUpAt! - b.followUpAt! || (a.key < b.key ? -1 : 1))
    .map((item) => ({ id: `${item.key}@${item.followUpAt}`, item }));
}
