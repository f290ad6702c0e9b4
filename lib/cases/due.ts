/**
 * The seller's day (DOMAIN.md 跟踪检查): which cases are due now. A live case is due when its
 * deadline has passed (while its condition holds) or its follow-up time has come; a waiting case
 * is due only by its follow-up time when it has one, since the seller said when to look again.
 */
import { SEVERITY_RANK, isLiveCaseStatus, type Case, type Order } from '../schema';

export type DueBecause = 'deadline' | 'followUp';

/** When the case came due and why, or undefined when it is not due at `now`. */
export function dueSince(c: Case, now: number): { at: number; because: DueBecause } | undefined {
  if (!isLiveCaseStatus(c.status)) return undefined;
  const followUp = c.followUpAt !== undefined && c.followUpAt <= now ? c.followUpAt : undefined;
  const deadlineCounts = !c.conditionCleared && !(c.status === 'waiting' && c.followUpAt !== undefined);
  const deadline = deadlineCounts && c.dueAt !== undefined && c.dueAt <= now ? c.dueAt : undefined;
  if (deadline !== undefined && (followUp === undefined || deadline <= followUp)) return { at: deadline, because: 'deadline' };
  if (followUp !== undefined) return { at: followUp, because: 'followUp' };
  return undefined;
}

export interface DueCase {
  item: Case;
  at: number;
  because: DueBecause;
}

/** The cases due at `now`, soonest first (the one that came due earliest), then most severe. */
export function dueNow(cases: readonly Case[], now: number): DueCase[] {
  const due: DueCase[] = [];
  for (const item of cases) {
    const since = dueSince(item, now);
    if (since) due.push({ item, ...since });
  }
  return due.sort((a, b) => a.at - b.at || SEVERITY_RANK[a.item.severity] - SEVERITY_RANK[b.item.severity] || (a.item.key < b.item.key ? -1 : 1));
}

/**
 * The money at stake on a case: what its detector put at stake (a refund asked, compensation
 * owed), else the order's paid total. Undefined without either.
 */
export function moneyAtStake(c: Pick<Case, 'evidence'>, order: Pick<Order, 'money' | 'refundRequested'> | undefined): { amount: number; currency: string } | undefined {
  if (order === undefined) return undefined;
  for (const name of ['amountAtStake', 'compensation']) {
    const v = c.evidence[name];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) return { amount: v, currency: order.money.currency };
  }
  return { amount: order.money.paid, currency: order.money.currency };
}
