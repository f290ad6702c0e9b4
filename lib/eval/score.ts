/**
 * Scores a replay against what the recorded timestamps say. Three detectors can be checked
 * exactly, because the data records the fact each one judges:
 * - ship-deadline, at the ship-by deadline: P1 exactly for paid orders not handed to the
 *   carrier by then (hand-over after the deadline, or none at all);
 * - delivery-overdue, at the end of the estimated delivery day: exactly for parcels handed
 *   over and not delivered by then (delivered later, or not at all);
 * - negative-review, when a review is created: a rating finding (P1/P2) exactly for 1–2 stars
 *   (the threshold setting). Words alone under a good rating (P3) are counted apart: the
 *   scores cannot check them, and the words are Chinese and English while reviews are Portuguese.
 * Agreement is expected to be 100%: a disagreement is a bug in a detector or in the mapping.
 */
import { DETECTORS, detectorById } from '../detectors';
import { SEVERITY_RANK, type Severity } from '../schema';
import { type Settings } from '../settings';
import { wallTimeAt } from '../normalize';
import { EXPLANATIONS, explanationsUsed } from '../detectors/amount-mismatch';
import { toCents } from '../detectors/explain';
import { OLIST_TIME_ZONE, orderAsOf, statusAsOf, type OlistTimeline } from './olist';
import type { InstantKind, Judgement, Replay } from './replay';

export const CHECKED_DETECTORS = ['ship-deadline', 'delivery-overdue', 'negative-review'] as const;
export type CheckedDetector = (typeof CHECKED_DETECTORS)[number];
/** Disagreements listed in full per check; the rest are counted. */
export const LISTED_DISAGREEMENTS = 5;

export type ShownValue = string | number | null;

export interface Disagreement {
  orderId: string;
  /** The instant judged, Brazil wall time. */
  at: string;
  expected: boolean;
  fired: boolean;
  values: Record<string, ShownValue>;
}

export interface CheckResult {
  detector: CheckedDetector;
  implemented: boolean;
  rule: string;
  checked: number;
  /** Orders the rule says must fire. */
  expectedFires: number;
  fired: number;
  matches: number;
  /** matches / checked; null when nothing was checked. */
  agreement: number | null;
  disagreements: number;
  firstDisagreements: Disagreement[];
  /** Orders left out of the check, by reason. */
  excluded: Record<string, number>;
  /** negative-review only: findings on words alone under a good rating (P3), outside the check. */
  wordOnlyFindings?: number;
}

export interface DetectorCount {
  detector: string;
  /** Distinct cases the replay raised (one per order, or per shop period). */
  cases: number;
  /** Findings over every judged instant (a case seen at several instants counts each time). */
  findings: number;
  bySeverity: Record<Severity, number>;
}

export interface ReviewGroup {
  reviews: number;
  /** Reviews created after a delivery-overdue case was first raised on their order. */
  precededByOverdue: number;
  share: number | null;
}

export interface ReviewRelation {
  low: ReviewGroup;
  middle: ReviewGroup;
  high: ReviewGroup;
  /** Orders with a delivery-overdue case that were reviewed after it, and how many of those reviews were 1–2 stars. */
  overdueThenReviewed: number;
  overdueThenLow: number;
}

/** One detector's cases against how the orders turned out. */
export interface DetectorPrecision {
  detector: string;
  /** Orders it raised a case on (shop-level findings are counted apart, per shop period). */
  cases: number;
  /** Of those, orders that turned out fine (GOOD_ORDER_RULE). */
  onFineOrders: number;
  /** onFineOrders / cases; null without cases. */
  share: number | null;
  /** Cases of P1 or P2 severity (at any instant) on fine orders. */
  p1p2OnFine: number;
  p1OnFine: number;
}

/** How quiet the detectors stay on orders that went well. */
export interface Quietness {
  rule: string;
  fineOrders: number;
  withP1P2: number;
  withP1: number;
  /** null when no order turned out fine. */
  shareWithP1P2: number | null;
  shareWithP1: number | null;
  /** The detectors that raised those cases, most orders first. */
  raisedBy: Array<{ detector: string; withP1P2: number; withP1: number }>;
}

/** Detectors that stayed silent on orders they could not judge, with their most frequent reason. */
export interface DetectorSilence {
  detector: string;
  judgements: number;
  reason: string;
}

export interface Score {
  orders: number;
  judgements: Record<InstantKind, number>;
  shopRuns: number;
  detectors: DetectorCount[];
  checks: CheckResult[];
  reviews: ReviewRelation;
  precision: DetectorPrecision[];
  quietness: Quietness;
  silences: DetectorSilence[];
  /** Orders whose amounts balance only with what the console shows beside them, by the explanations used. */
  amountsExplained: Record<string, number>;
  failures: Array<{ detector: string; count: number; first: string }>;
}

/** CI limits: a seller who sees alarms on orders that went well learns to ignore every alarm. */
export const MAX_FINE_WITH_P1P2 = 0.01;
export const MAX_FINE_WITH_P1 = 0.001;

export const GOOD_ORDER_RULE = 'delivered, handed to the carrier by the ship-by deadline, delivered by the end of the estimated day, latest review 4–5 stars';

/** An order that went well by every record: nothing a seller needed to act on. */
export function isFineOrder(t: OlistTimeline): boolean {
  const last = t.reviews[t.reviews.length - 1];
  return (
    t.finalStatus === 'delivered' &&
    t.gaps.length === 0 &&
    t.shipBy !== undefined &&
    t.handedOverAt !== undefined &&
    t.handedOverAt <= t.shipBy &&
    t.deliveredAt !== undefined &&
    t.deliverBy !== undefined &&
    t.deliveredAt <= t.deliverBy &&
    last !== undefined &&
    last.score >= 4
  );
}

/** How many orders amount-mismatch accepted thanks to each explanation (platform subsidy, interest, refund, instalments). */
function amountsExplained(timelines: readonly OlistTimeline[], settings: Settings): Record<string, number> {
  const counts: Record<string, number> = {};
  const tolerance = toCents(settings.detectors['amount-mismatch'].tolerance);
  for (const t of timelines) {
    const used = explanationsUsed(orderAsOf(t, t.deliveredAt ?? t.placedAt), tolerance);
    if (used === undefined || used.length === 0) continue;
    const key = used.map((u) => EXPLANATIONS[u].en).join(' + ');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function precisionOf(timelines: readonly OlistTimeline[], replay: Replay): { precision: DetectorPrecision[]; quietness: Quietness } {
  const fine = new Set(timelines.filter(isFineOrder).map((t) => t.orderId));
  /** detector → orderId → the most severe severity it raised there. */
  const worst = new Map<string, Map<string, Severity>>(DETECTORS.filter((d) => d.run !== undefined).map((d) => [d.id, new Map()]));
  for (const j of replay.judgements) {
    for (const f of j.findings) {
      let byOrder = worst.get(f.detector);
      if (byOrder === undefined) worst.set(f.detector, (byOrder = new Map()));
      const seen = byOrder.get(j.orderId);
      if (seen === undefined || SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen]) byOrder.set(j.orderId, f.severity);
    }
  }
  const precision: DetectorPrecision[] = [];
  const p1p2Orders = new Set<string>();
  const p1Orders = new Set<string>();
  const raisedBy: Quietness['raisedBy'] = [];
  for (const [detector, byOrder] of worst) {
    let onFine = 0;
    let p1p2 = 0;
    let p1 = 0;
    for (const [orderId, severity] of byOrder) {
      if (!fine.has(orderId)) continue;
      onFine++;
      if (severity !== 'P3') { p1p2++; p1p2Orders.add(orderId); }
      if (severity === 'P1') { p1++; p1Orders.add(orderId); }
    }
    precision.push({ detector, cases: byOrder.size, onFineOrders: onFine, share: share(onFine, byOrder.size), p1p2OnFine: p1p2, p1OnFine: p1 });
    if (p1p2 > 0) raisedBy.push({ detector, withP1P2: p1p2, withP1: p1 });
  }
  raisedBy.sort((a, b) => b.withP1P2 - a.withP1P2 || b.withP1 - a.withP1 || a.detector.localeCompare(b.detector));
  return {
    precision,
    quietness: {
      rule: GOOD_ORDER_RULE,
      fineOrders: fine.size,
      withP1P2: p1p2Orders.size,
      withP1: p1Orders.size,
      shareWithP1P2: share(p1p2Orders.size, fine.size),
      shareWithP1: share(p1Orders.size, fine.size),
      raisedBy,
    },
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Brazil wall time, as the Olist files write it. */
export function olistTime(instant: number | undefined): string | null {
  if (instant === undefined) return null;
  const w = wallTimeAt(instant, OLIST_TIME_ZONE);
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${w.millisecond === 0 ? '' : `.${pad(w.millisecond, 3)}`}`;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Why an order cannot be checked against a rule about shipping and delivery times. */
function exclusionOf(timeline: OlistTimeline): string | undefined {
  if (timeline.finalStatus === 'cancelled') return 'cancelled or unavailable (no cancellation time recorded)';
  if (timeline.gaps.length > 0) return `incomplete timeline (${timeline.gaps[0]})`;
  return undefined;
}

class Check {
  readonly result: CheckResult;
  constructor(detector: CheckedDetector, rule: string) {
    this.result = {
      detector,
      implemented: detectorById(detector) !== undefined,
      rule,
      checked: 0,
      expectedFires: 0,
      fired: 0,
      matches: 0,
      agreement: null,
      disagreements: 0,
      firstDisagreements: [],
      excluded: {},
    };
  }
  exclude(reason: string): void {
    this.result.excluded[reason] = (this.result.excluded[reason] ?? 0) + 1;
  }
  record(orderId: string, at: number, expected: boolean, fired: boolean, values: () => Record<string, ShownValue>): void {
    const r = this.result;
    // A detector not written yet is reported as such, not as a disagreement on every order.
    if (!r.implemented) return;
    r.checked++;
    if (expected) r.expectedFires++;
    if (fired) r.fired++;
    if (expected === fired) r.matches++;
    else {
      r.disagreements++;
      if (r.firstDisagreements.length < LISTED_DISAGREEMENTS) r.firstDisagreements.push({ orderId, at: olistTime(at)!, expected, fired, values: values() });
    }
  }
  finish(): CheckResult {
    this.result.agreement = share(this.result.matches, this.result.checked);
    return this.result;
  }
}

const severitiesOf = (judgement: Judgement, detector: string): string =>
  judgement.findings.filter((f) => f.detector === detector).map((f) => f.severity).join(',') || 'none';

export function score(timelines: readonly OlistTimeline[], replay: Replay, settings: Settings): Score {
  const judgementsByKind = new Map<InstantKind, Map<string, Judgement[]>>();
  const judgements = { approval: 0, 'ship-deadline': 0, 'delivery-estimate': 0, delivery: 0, review: 0 } satisfies Record<InstantKind, number>;
  const counts = new Map<string, { cases: Set<string>; findings: number; bySeverity: Record<Severity, number> }>(
    DETECTORS.map((d) => [d.id, { cases: new Set(), findings: 0, bySeverity: { P1: 0, P2: 0, P3: 0 } }]),
  );
  const count = (detector: string, orderId: string, severity: Severity) => {
    let c = counts.get(detector);
    if (c === undefined) counts.set(detector, (c = { cases: new Set(), findings: 0, bySeverity: { P1: 0, P2: 0, P3: 0 } }));
    c.cases.add(orderId);
    c.findings++;
    c.bySeverity[severity]++;
  };
  /** orderId → when its first delivery-overdue case was raised. */
  const overdueSince = new Map<string, number>();
  for (const j of replay.judgements) {
    judgements[j.kind]++;
    let byOrder = judgementsByKind.get(j.kind);
    if (byOrder === undefined) judgementsByKind.set(j.kind, (byOrder = new Map()));
    const list = byOrder.get(j.orderId);
    if (list === undefined) byOrder.set(j.orderId, [j]);
    else list.push(j);
    for (const f of j.findings) {
      count(f.detector, j.orderId, f.severity);
      if (f.detector !== 'delivery-overdue') continue;
      const since = overdueSince.get(j.orderId);
      if (since === undefined || j.at < since) overdueSince.set(j.orderId, j.at);
    }
  }
  for (const run of replay.shop) for (const f of run.findings) count(f.detector, f.orderId, f.severity);
  const judged = (kind: InstantKind, orderId: string) => judgementsByKind.get(kind)?.get(orderId) ?? [];

  // ship-deadline at the deadline.
  const ship = new Check('ship-deadline', 'P1 at the ship-by deadline ⇔ paid by then and neither handed to the carrier nor delivered by then');
  for (const t of timelines) {
    if (t.shipBy === undefined) { ship.exclude('no items, so no shipping_limit_date'); continue; }
    const why = exclusionOf(t);
    if (why !== undefined) { ship.exclude(why); continue; }
    const [j] = judged('ship-deadline', t.orderId);
    if (j === undefined) { ship.exclude('deadline before the purchase'); continue; }
    const paid = t.finalStatus !== 'awaiting_payment' && (t.paidAt === undefined || t.paidAt <= j.at);
    // A delivered parcel was handed over, whatever the carrier date says (2 Olist orders were delivered before it).
    const handedOver = [t.handedOverAt, t.deliveredAt].some((at) => at !== undefined && at <= j.at);
    const expected = paid && !handedOver;
    const fired = j.findings.some((f) => f.detector === 'ship-deadline' && f.severity === 'P1');
    ship.record(t.orderId, j.at, expected, fired, () => ({
      status: t.statusRaw,
      approvedAt: olistTime(t.paidAt),
      shipBy: olistTime(t.shipBy),
      handedOverAt: olistTime(t.handedOverAt),
      shownStatus: statusAsOf(t, j.at).status,
      severities: severitiesOf(j, 'ship-deadline'),
    }));
  }

  // delivery-overdue at the end of the estimated day.
  const delivery = new Check('delivery-overdue', 'fires at the end of the estimated delivery day ⇔ handed over and not delivered by then');
  for (const t of timelines) {
    if (t.deliverBy === undefined) { delivery.exclude('no estimated delivery date'); continue; }
    const why = exclusionOf(t);
    if (why !== undefined) { delivery.exclude(why); continue; }
    const [j] = judged('delivery-estimate', t.orderId);
    if (j === undefined) { delivery.exclude('estimate before the purchase'); continue; }
    const inTransit = t.finalStatus !== 'awaiting_shipment' && t.finalStatus !== 'awaiting_payment';
    const expected = inTransit && t.handedOverAt !== undefined && t.handedOverAt <= j.at && !(t.deliveredAt !== undefined && t.deliveredAt <= j.at);
    const fired = j.findings.some((f) => f.detector === 'delivery-overdue');
    delivery.record(t.orderId, j.at, expected, fired, () => ({
      status: t.statusRaw,
      handedOverAt: olistTime(t.handedOverAt),
      deliveredAt: olistTime(t.deliveredAt),
      deliverBy: olistTime(t.deliverBy),
      shownStatus: statusAsOf(t, j.at).status,
      severities: severitiesOf(j, 'delivery-overdue'),
    }));
  }

  // negative-review when each review appears.
  const maxRating = settings.detectors['negative-review'].maxRating;
  const reviews = new Check('negative-review', `a rating finding (P1/P2) when a review appears ⇔ ${maxRating} stars or fewer`);
  let wordOnly = 0;
  for (const t of timelines) {
    for (const j of judged('review', t.orderId)) {
      let shown = t.reviews[0]!;
      for (const r of t.reviews) if (r.at <= j.at) shown = r;
      const expected = shown.score <= maxRating;
      const fired = j.findings.some((f) => f.detector === 'negative-review' && f.severity !== 'P3');
      if (j.findings.some((f) => f.detector === 'negative-review' && f.severity === 'P3')) wordOnly++;
      reviews.record(t.orderId, j.at, expected, fired, () => ({
        score: shown.score,
        review: shown.text?.slice(0, 80) ?? null,
        severities: severitiesOf(j, 'negative-review'),
      }));
    }
    if (t.reviews.length > 0 && judged('review', t.orderId).length === 0) reviews.exclude('review created before the purchase');
  }
  const reviewCheck = reviews.finish();
  reviewCheck.wordOnlyFindings = wordOnly;

  // How delivery-overdue cases relate to the reviews that follow.
  const group = (): ReviewGroup => ({ reviews: 0, precededByOverdue: 0, share: null });
  const relation: ReviewRelation = { low: group(), middle: group(), high: group(), overdueThenReviewed: 0, overdueThenLow: 0 };
  for (const t of timelines) {
    const since = overdueSince.get(t.orderId);
    let reviewedAfter = false;
    let lowAfter = false;
    for (const r of t.reviews) {
      const g = r.score <= 2 ? relation.low : r.score === 3 ? relation.middle : relation.high;
      g.reviews++;
      if (since !== undefined && since < r.at) {
        g.precededByOverdue++;
        reviewedAfter = true;
        if (r.score <= 2) lowAfter = true;
      }
    }
    if (reviewedAfter) relation.overdueThenReviewed++;
    if (lowAfter) relation.overdueThenLow++;
  }
  for (const g of [relation.low, relation.middle, relation.high]) g.share = share(g.precededByOverdue, g.reviews);

  return {
    orders: timelines.length,
    judgements,
    shopRuns: replay.shop.length,
    detectors: [...counts].map(([detector, c]) => ({ detector, cases: c.cases.size, findings: c.findings, bySeverity: c.bySeverity })),
    checks: [ship.finish(), delivery.finish(), reviewCheck],
    reviews: relation,
    ...precisionOf(timelines, replay),
    amountsExplained: amountsExplained(timelines, settings),
    silences: [...replay.silences].map(([detector, s]) => ({ detector, judgements: s.count, reason: s.reason })).sort((a, b) => a.detector.localeCompare(b.detector)),
    failures: [...replay.failures].map(([detector, f]) => ({ detector, ...f })),
  };
}

/** Exit status for CI: a disagreement in an exact check fails. */
export const hasDisagreement = (s: Score): boolean => s.checks.some((c) => c.disagreements > 0);

/** Why CI fails on this score (empty: it passes): an exact check below 100%, or alarms on too many fine orders. */
export function failedLimits(s: Score): string[] {
  const failed: string[] = [];
  for (const c of s.checks) if (c.implemented && c.disagreements > 0) failed.push(`${c.detector}: exact check at ${percentText(c.agreement)}, below 100%`);
  const q = s.quietness;
  if (q.shareWithP1P2 !== null && q.shareWithP1P2 > MAX_FINE_WITH_P1P2) failed.push(`fine orders with a P1/P2 case: ${percentText(q.shareWithP1P2)}, above ${percentText(MAX_FINE_WITH_P1P2)}`);
  if (q.shareWithP1 !== null && q.shareWithP1 > MAX_FINE_WITH_P1) failed.push(`fine orders with a P1 case: ${percentText(q.shareWithP1)}, above ${percentText(MAX_FINE_WITH_P1)}`);
  for (const f of s.failures) failed.push(`${f.detector} threw ${f.count} times`);
  return failed;
}

/** A share to two decimals of a percent: 0.1% limits need them. */
export const percentText = (x: number | null): string => (x === null ? '—' : `${(Math.round(x * 10000) / 100).toFixed(2)}%`);
