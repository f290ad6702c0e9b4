/**
 * Replays recorded orders through time: each order is judged by the real detector registry
 * as the console would have shown it at a few instants of its life.
 *
 * Approximation (to stay O(orders) per instant kind): the detector context for an instant
 * kind is built once, over every order as seen at its own instant of that kind, not over the
 * shop exactly as it stood at each instant. Only cross-order detectors (duplicate-order,
 * amount-outlier, repeat-refunder) can notice; shop-level detectors (runShop: rate-spike)
 * are run apart, once a week over the orders placed so far, seen at that instant.
 */
import { buildContext, DETECTORS, evaluate } from '../detectors';
import type { DetectorId } from '../detectors';
import { orderKey, type Order, type Severity } from '../schema';
import { type Settings } from '../settings';
import { OLIST_MARKETPLACE, orderAsOf, statusAsOf, type OlistTimeline } from './olist';

export const INSTANT_KINDS = ['approval', 'ship-deadline', 'delivery-estimate', 'delivery', 'review'] as const;
export type InstantKind = (typeof INSTANT_KINDS)[number];

/** "Just after approval": the first look at a paid order. */
export const AFTER_APPROVAL_MS = 60_000;
const WEEK_MS = 7 * 86_400_000;

/**
 * The instants an order is judged at. The deadlines are judged at the deadline itself: the
 * detectors call a deadline passed from that instant on (now ≥ deadline), and a minute later
 * would score a hand-over in that minute (two in the Olist sample) as on time.
 */
export function instantsOf(timeline: OlistTimeline): Array<{ kind: InstantKind; at: number }> {
  const instants: Array<{ kind: InstantKind; at: number }> = [];
  if (timeline.paidAt !== undefined) instants.push({ kind: 'approval', at: timeline.paidAt + AFTER_APPROVAL_MS });
  if (timeline.shipBy !== undefined) instants.push({ kind: 'ship-deadline', at: timeline.shipBy });
  if (timeline.deliverBy !== undefined) instants.push({ kind: 'delivery-estimate', at: timeline.deliverBy });
  if (timeline.deliveredAt !== undefined) instants.push({ kind: 'delivery', at: timeline.deliveredAt });
  for (const at of new Set(timeline.reviews.map((r) => r.at))) instants.push({ kind: 'review', at });
  // The console cannot show an order before it was placed (Olist has a few such timestamps).
  return instants.filter((i) => i.at >= timeline.placedAt);
}

export interface SeenFinding {
  detector: string;
  severity: Severity;
}

export interface Judgement {
  orderId: string;
  kind: InstantKind;
  at: number;
  findings: SeenFinding[];
}

export interface ShopJudgement {
  at: number;
  findings: Array<SeenFinding & { orderId: string }>;
}

export interface Replay {
  judgements: Judgement[];
  shop: ShopJudgement[];
  /** Detectors that threw, with the first message: a crash is a bug, not a silence. */
  failures: Map<string, { count: number; first: string }>;
  /** Per detector, how many judgements it stayed silent on, and its most frequent reason. */
  silences: Map<string, { count: number; reason: string }>;
}

const isShopDetector = (id: DetectorId): boolean => DETECTORS.some((d) => d.id === id && d.runShop !== undefined);

function withDetectors(settings: Settings, keep: (id: DetectorId) => boolean): Settings {
  const detectors = { ...settings.detectors };
  for (const id of Object.keys(detectors) as DetectorId[]) {
    if (!keep(id)) detectors[id] = { ...detectors[id], enabled: false } as never;
  }
  return { ...settings, detectors };
}

function statusSinceOf(views: ReadonlyArray<{ timeline: OlistTimeline; at: number }>): Map<string, number> {
  const since = new Map<string, number>();
  for (const { timeline, at } of views) {
    const s = statusAsOf(timeline, at).since;
    if (s !== undefined) since.set(orderKey({ marketplace: OLIST_MARKETPLACE, orderId: timeline.orderId }), s);
  }
  return since;
}

export function replay(timelines: readonly OlistTimeline[], settings: Settings): Replay {
  const perOrder = withDetectors(settings, (id) => !isShopDetector(id));
  const shopOnly = withDetectors(settings, isShopDetector);
  const failures = new Map<string, { count: number; first: string }>();
  const reasons = new Map<string, Map<string, number>>();
  const noteFailures = (silences: ReadonlyArray<{ detector: string; reason: string }>) => {
    for (const s of silences) {
      if (!s.reason.startsWith('detector failed')) {
        let byReason = reasons.get(s.detector);
        if (byReason === undefined) reasons.set(s.detector, (byReason = new Map()));
        byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
        continue;
      }
      const seen = failures.get(s.detector);
      if (seen === undefined) failures.set(s.detector, { count: 1, first: s.reason });
      else seen.count++;
    }
  };

  const judgements: Judgement[] = [];
  const byKind = new Map<InstantKind, Array<{ timeline: OlistTimeline; at: number }>>(INSTANT_KINDS.map((k) => [k, []]));
  for (const timeline of timelines) {
    for (const { kind, at } of instantsOf(timeline)) byKind.get(kind)!.push({ timeline, at });
  }
  for (const kind of INSTANT_KINDS) {
    const list = byKind.get(kind)!;
    // One view per order for the context: its latest instant of this kind (several only for reviews).
    const latest = new Map<string, { timeline: OlistTimeline; at: number }>();
    for (const item of list) latest.set(item.timeline.orderId, item);
    const views = [...latest.values()];
    const ctx = buildContext(views.map(({ timeline, at }) => orderAsOf(timeline, at)), { statusSince: statusSinceOf(views) });
    for (const { timeline, at } of list) {
      const result = evaluate([orderAsOf(timeline, at)], ctx, at, perOrder);
      noteFailures(result.silences);
      judgements.push({ orderId: timeline.orderId, kind, at, findings: result.findings.map((f) => ({ detector: f.detector, severity: f.severity })) });
    }
  }

  const shop: ShopJudgement[] = [];
  if (DETECTORS.some((d) => d.runShop !== undefined) && timelines.length > 0) {
    const byPlacement = [...timelines].sort((a, b) => a.placedAt - b.placedAt);
    const first = byPlacement[0]!.placedAt;
    const last = byPlacement[byPlacement.length - 1]!.placedAt;
    // Weekly, as each shop-level run looks back over the last 7 days; until the last order's
    // week (Olist has a seller deadline in 2020, two years after the last order).
    for (let at = first + WEEK_MS; at < last + WEEK_MS; at += WEEK_MS) {
      const views: Array<{ timeline: OlistTimeline; at: number }> = [];
      for (const timeline of byPlacement) {
        if (timeline.placedAt > at) break;
        views.push({ timeline, at });
      }
      const orders: Order[] = views.map((v) => orderAsOf(v.timeline, at));
      const ctx = buildContext(orders, { statusSince: statusSinceOf(views) });
      const result = evaluate(orders, ctx, at, shopOnly);
      noteFailures(result.silences);
      shop.push({ at, findings: result.findings.map((f) => ({ detector: f.detector, severity: f.severity, orderId: f.orderId })) });
    }
  }
  const silences = new Map<string, { count: number; reason: string }>();
  for (const [detector, byReason] of reasons) {
    let count = 0;
    let top: [string, number] = ['', 0];
    for (const entry of byReason) {
      count += entry[1];
      if (entry[1] > top[1]) top = entry;
    }
    silences.set(detector, { count, reason: top[0] });
  }
  return { judgements, shop, failures, silences };
}
