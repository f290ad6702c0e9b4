/**
 * The detector registry: a list of imports. Each detector's id, labels and defaults live in
 * its own file (STYLE.md §1, §6); nothing here repeats them.
 */
import { type Finding, type Order, SEVERITY_RANK, type Settings } from '../schema';
import { amountMismatch } from './amount-mismatch';
import { duplicateOrder } from './duplicate-order';
import { compareOrderIds } from './order-order';
import { shipDeadline } from './ship-deadline';
import { messageUnanswered } from './message-unanswered';
import { negativeReview } from './negative-review';
import { stockRisk } from './stock-risk';
import { rateSpike } from './rate-spike';
import { unpaidStale } from './unpaid-stale';
import { deliveryOverdue } from './delivery-overdue';
import { trackingStalled } from './tracking-stalled';
import { addressIssue } from './address-issue';
import { trackingInvalid } from './tracking-invalid';
import { cancelPending } from './cancel-pending';
import { refundPending } from './refund-pending';
import { repeatRefunder } from './repeat-refunder';
import { amountOutlier } from './amount-outlier';
import { disputeOpen } from './dispute-open';
import type { Detector, DetectorContext, DetectorId, DetectorResult, Silence } from './types';

export type { Detector, DetectorContext, DetectorFamily, DetectorId, DetectorResult, Silence } from './types';

export const DETECTORS: readonly Detector[] = [shipDeadline, duplicateOrder, amountMismatch, unpaidStale, messageUnanswered, negativeReview, stockRisk, rateSpike, deliveryOverdue, trackingStalled, addressIssue, trackingInvalid, cancelPending, refundPending, repeatRefunder, amountOutlier, disputeOpen];

export function detectorById(id: string): Detector | undefined {
  return DETECTORS.find((detector) => detector.id === id);
}

/**
 * The run's context over the shop's orders. Indexes are built lazily through `memo`, by the
 * detectors that use them, so a disabled detector (or one with nothing to judge) costs nothing.
 */
export function buildContext(
  orders: readonly Order[],
  history: { statusSince?: ReadonlyMap<string, number> } = {},
): DetectorContext {
  const memos = new Map<string, unknown>();
  return {
    orders,
    statusSince: history.statusSince ?? new Map(),
    memo<T>(key: string, build: () => T): T {
      let value = memos.get(key) as T | undefined;
      if (value === undefined && !memos.has(key)) memos.set(key, (value = build()));
      return value as T;
    },
  };
}

export interface Evaluation {
  findings: Finding[];
  silences: Silence[];
  /** Enabled detector ids that ran, in registry order. */
  evaluated: readonly DetectorId[];
}

/** Most urgent first: severity, then the earliest due time (none last), then stable keys. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.dueAt ?? Number.POSITIVE_INFINITY) - (b.dueAt ?? Number.POSITIVE_INFINITY) ||
    (a.marketplace < b.marketplace ? -1 : a.marketplace > b.marketplace ? 1 : 0) ||
    compareOrderIds(a.orderId, b.orderId) ||
    (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0)
  );
}

function compareSilences(a: Silence, b: Silence): number {
  return (
    (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0) ||
    (a.marketplace < b.marketplace ? -1 : a.marketplace > b.marketplace ? 1 : 0) ||
    compareOrderIds(a.orderId, b.orderId)
  );
}

const silenceOf = (detector: DetectorId, order: Order, reason: string): Silence => ({
  detector,
  marketplace: order.marketplace,
  orderId: order.orderId,
  reason,
});

/**
 * Runs every enabled detector over `targets`. A detector that throws on one order becomes a
 * silence with the reason, so one malformed order cannot hide the findings on the others.
 */
export function evaluate(targets: readonly Order[], ctx: DetectorContext, now: number, settings: Settings): Evaluation {
  const findings: Finding[] = [];
  const silences: Silence[] = [];
  const evaluated: DetectorId[] = [];
  for (const detector of DETECTORS) {
    const detectorSettings = settings.detectors[detector.id];
    if (!detectorSettings.enabled) continue;
    evaluated.push(detector.id);
    if (detector.runShop && targets.length > 0) {
      const shop = targets[0]!.marketplace;
      try {
        const result = detector.runShop(ctx, now, detectorSettings);
        findings.push(...result.findings);
        if (result.silence !== undefined) silences.push({ detector: detector.id, marketplace: shop, orderId: '@shop', reason: result.silence });
      } catch (error) {
        silences.push({ detector: detector.id, marketplace: shop, orderId: '@shop', reason: `detector failed: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
    if (!detector.run) continue;
    for (const order of targets) {
      let result: DetectorResult;
      try {
        result = detector.run(order, ctx, now, detectorSettings);
      } catch (error) {
        silences.push(silenceOf(detector.id, order, `detector failed: ${error instanceof Error ? error.message : String(error)}`));
        continue;
      }
      for (const finding of result.findings) findings.push(finding);
      if (result.silence !== undefined) silences.push(silenceOf(detector.id, order, result.silence));
    }
  }
  findings.sort(compareFindings);
  silences.sort(compareSilences);
  return { findings, silences, evaluated };
}
