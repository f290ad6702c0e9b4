/**
 * The weekly summary: one pure computation that the side panel view, the printable report and
 * every export (CSV, XLSX, Markdown) read, so they can never disagree.
 *
 * Definitions (a seller reads them as "this week"):
 * - opened: `openedAt` in the week; resolved / dismissed: the case's current status, changed
 *   in the week; still open: opened before the week's end and not closed by then.
 * - first action: the first status change or note after opening; resolution: opening → resolved.
 * - deadline missed: `dueAt` in the week and passed (before `now`) while the case was live and
 *   its condition had not cleared.
 * - money: refunds and other compensation recorded in resolutions made this week, plus amounts
 *   the detectors put at stake on cases opened this week and not dismissed (`amountAtStake`,
 *   `compensation`).
 */
import { DETECTOR_INFO as DETECTORS } from '../detectors/labels';
import {
  isLiveCaseStatus,
  orderKey,
  type Case,
  type CaseEvent,
  type Marketplace,
  type Note,
  type Order,
  RESPONSIBLE_PARTIES,
  type ResponsibleParty,
  type Severity,
  type StatusChange,
} from '../schema';
import { shiftWeek, weekById, weekOf, type WeekOptions, type WeekRange } from './calendar';

export type { WeekOptions, WeekRange, WeekStart } from './calendar';

export interface SummaryInput {
  cases: readonly Case[];
  /**
   * Observed status changes of orders (optional): a page read shows no shipping time, so the
   * first time an order was seen shipped is when the scorecard counts it shipped.
   */
  statusHistory?: readonly StatusChange[];
  /** Timeline events of those cases (status changes count as actions). */
  events: readonly CaseEvent[];
  notes: readonly Note[];
  orders: readonly Order[];
}

export interface SummaryOptions extends WeekOptions {
  /** `'all'` or one marketplace: the shop the summary and its file names are about. */
  shop: Marketplace | 'all';
  now: number;
}

/** Family of a detector id; seller-note cases and unknown ids are 'other'. */
export function familyOf(detector: string): string {
  return FAMILIES.get(detector) ?? 'other';
}
// Looked up for every case several times per summary: a map, not a search of the registry.
const FAMILIES: ReadonlyMap<string, string> = new Map(DETECTORS.map((d) => [d.id, d.family]));

export interface Breakdown {
  total: number;
  byFamily: Record<string, number>;
  bySeverity: Record<Severity, number>;
  byMarketplace: Record<string, number>;
}

/** Money in cents per currency (integers, so sums are exact). */
export interface MoneyFigures {
  currency: string;
  refundedCents: number;
  compensatedCents: number;
  atStakeCents: number;
  totalCents: number;
}

/** The figures compared week against week. */
export interface HeadlineFigures {
  opened: number;
  resolved: number;
  dismissed: number;
  open: number;
  deadlinesMissed: number;
  medianFirstActionMs: number | undefined;
  medianResolutionMs: number | undefined;
  /** Sum over currencies of `totalCents` (only one currency in almost every shop). */
  moneyCents: number;
}
export type FigureName = keyof HeadlineFigures;
export const FIGURE_NAMES: readonly FigureName[] = [
  'opened',
  'resolved',
  'dismissed',
  'open',
  'deadlinesMissed',
  'medianFirstActionMs',
  'medianResolutionMs',
  'moneyCents',
];

export interface Comparison {
  value: number | undefined;
  /** Average of the previous four weeks (weeks without a value are left out). */
  average: number | undefined;
  direction: 'up' | 'down' | 'same' | 'new';
  /** Whole percent of change against the average; undefined when the average is 0 or unknown. */
  percent: number | undefined;
}

export interface CaseRow {
  key: string;
  detector: string;
  family: string;
  marketplace: Marketplace;
  orderId: string;
  severity: Severity;
  status: Case['status'];
  openedAt: number;
  statusChangedAt: number | undefined;
  dueAt: number | undefined;
  resolution: Case['resolution'];
  dismissReason: Case['dismissReason'];
  buyer: string | undefined;
  items: string;
  paid: number | undefined;
  currency: string | undefined;
  orderStatus: string | undefined;
  carrier: string | undefined;
  trackingNo: string | undefined;
  afterSalesReason: string;
  /** The after-sales reason as the console or report wrote it. */
  afterSalesReasonRaw: string | undefined;
  responsible: Responsible;
  causeCode: string | undefined;
  causeText: string | undefined;
  noteCount: number;
  lastNote: string | undefined;
}

/** Who was responsible (DOMAIN.md 责任划分): the parties a case record names. */
export const RESPONSIBLE = RESPONSIBLE_PARTIES;
export type Responsible = ResponsibleParty;

/** The scorecard's name for parcels whose carrier the page or report did not show. */
export const CARRIER_NOT_SHOWN = '';

export interface CarrierScore {
  /** As shown by the console; CARRIER_NOT_SHOWN when it showed none. */
  carrier: string;
  /** Parcels handed over in the week (shipping time, first scan, or first seen shipped). */
  shipped: number;
  /** No first scan within 24 h of shipping (a fake-shipping risk on Chinese platforms). */
  lateFirstScan: number;
  stalled: number;
  lost: number;
  /** Delivered after the estimate, or still on the way past it. */
  deliveredLate: number;
}

/**
 * The scorecard's limits with imported reports, said beside it: orders paid in the week whose
 * report shows no shipping at all (no shipping time, first scan, carrier, tracking number, nor a
 * status after shipping), which it cannot count; and report orders whose status says shipped
 * without a time, counted as shipped in the week they were paid.
 */
export interface ScorecardGaps {
  noShippingShown: number;
  shippedByStatus: number;
}

/** The complaint reply and resolution target the seed sets (24 h). */
export const TARGET_MS = 24 * 3_600_000;

export interface TargetFigures {
  targetMs: number;
  /** Cases resolved in the week within / over the target, counted from opening. */
  within: number;
  over: number;
  /** The same for complaint and dispute cases alone (the seed's 24 h rule is theirs). */
  complaintsWithin: number;
  complaintsOver: number;
}

/** Remedies of cases resolved in the week, per kind and currency, with the money paid. */
export interface RemedyFigure {
  category: NonNullable<Case['resolution']>['category'];
  currency: string | undefined;
  cases: number;
  paidCents: number;
}

export const RESOLUTION_BUCKETS = ['<1h', '1-4h', '4-24h', '1-3d', '3-7d', '>7d'] as const;
export type ResolutionBucket = (typeof RESOLUTION_BUCKETS)[number];

export interface WeekSummary {
  week: WeekRange;
  shop: Marketplace | 'all';
  timeZone: string;
  opened: Breakdown;
  resolved: Breakdown;
  dismissed: Breakdown;
  open: Breakdown;
  figures: HeadlineFigures;
  compare: Record<FigureName, Comparison>;
  money: MoneyFigures[];
  topItems: { name: string; cases: number }[];
  topBuyers: { name: string; cases: number }[];
  byReason: Record<string, number>;
  byResponsible: Record<Responsible, number>;
  /** Causes the seller recorded (case record), by code; 'unknown' when none was set. */
  byCause: Record<string, number>;
  /** Free-text causes written with the codes, for the export. */
  causeTexts: { caseKey: string; code: string; text: string }[];
  target: TargetFigures;
  remedies: RemedyFigure[];
  /** Money paid out per currency by the week's remedies (refunds and compensation), in cents. */
  remediesPaid: { currency: string; cents: number }[];
  carriers: CarrierScore[];
  /** What the scorecard cannot see in imported reports, or only infers (ScorecardGaps). */
  scorecardGaps: ScorecardGaps;
  notes: { caseKey: string; detector: string; marketplace: Marketplace; orderId: string; notes: { at: number; text: string }[] }[];
  perDay: { date: string; byFamily: Record<string, number>; total: number }[];
  resolutionBuckets: Record<ResolutionBucket, number>;
  trend: { week: string; opened: number; resolved: number; dismissed: number }[];
  /** The cases the week concerns (live during it, or noted in it), oldest first. */
  cases: CaseRow[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TOP = 5;

const closedAt = (c: Case): number | undefined =>
  isLiveCaseStatus(c.status) ? undefined : (c.statusChangedAt ?? c.updatedAt);
const inRange = (t: number | undefined, r: { start: number; end: number }): t is number =>
  t !== undefined && t >= r.start && t < r.end;
const toCents = (amount: number): number => Math.round(amount * 100);

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

function breakdown(cases: readonly Case[]): Breakdown {
  const b: Breakdown = { total: 0, byFamily: {}, bySeverity: { P1: 0, P2: 0, P3: 0 }, byMarketplace: {} };
  for (const c of cases) {
    b.total++;
    const family = familyOf(c.detector);
    b.byFamily[family] = (b.byFamily[family] ?? 0) + 1;
    b.bySeverity[c.severity]++;
    b.byMarketplace[c.marketplace] = (b.byMarketplace[c.marketplace] ?? 0) + 1;
  }
  return b;
}

/** Indexes built once per summary (not per week compared). */
interface Index {
  cases: readonly Case[];
  /** marketplace → orderId → the order (the last stored one, as a keyed map would keep). */
  orders: Map<string, Map<string, Order>>;
  /** caseKey → first status-event times and note times, sorted. */
  actions: Map<string, number[]>;
  notes: Map<string, Note[]>;
}

function buildIndex(input: SummaryInput, shop: SummaryOptions['shop']): Index {
  const cases = shop === 'all' ? input.cases : input.cases.filter((c) => c.marketplace === shop);
  // Only the orders some case is about are indexed: a shop keeps far more orders than cases,
  // and an id test per order is cheaper than a map entry per order. By marketplace, then id:
  // no key string is built per order.
  const wanted = new Set<string>();
  for (const c of cases) wanted.add(c.orderId);
  const orders = new Map<string, Map<string, Order>>();
  for (const o of input.orders) {
    if (!wanted.has(o.orderId)) continue;
    let byId = orders.get(o.marketplace);
    if (byId === undefined) orders.set(o.marketplace, (byId = new Map()));
    byId.set(o.orderId, o);
  }
  const actions = new Map<string, number[]>();
  const push = (key: string, at: number) => {
    const list = actions.get(key);
    if (list) list.push(at);
    else actions.set(key, [at]);
  };
  for (const e of input.events) if (e.kind === 'status') push(e.caseKey, e.at);
  const notes = new Map<string, Note[]>();
  for (const n of input.notes) {
    push(n.caseKey, n.createdAt);
    const list = notes.get(n.caseKey);
    if (list) list.push(n);
    else notes.set(n.caseKey, [n]);
  }
  for (const list of actions.values()) list.sort((a, b) => a - b);
  for (const list of notes.values()) list.sort((a, b) => a.createdAt - b.createdAt || (a.id ?? 0) - (b.id ?? 0));
  return { cases, orders, actions, notes };
}

const orderOf = (ix: Index, c: Case): Order | undefined => ix.orders.get(c.marketplace)?.get(c.orderId);

function firstActionAt(ix: Index, c: Case): number | undefined {
  const after = ix.actions.get(c.key)?.find((at) => at >= c.openedAt);
  // A status change recorded on the case without a timeline event (older databases) counts too.
  const own = c.statusChangedAt !== undefined && c.statusChangedAt >= c.openedAt ? c.statusChangedAt : undefined;
  if (after === undefined) return own;
  return own === undefined ? after : Math.min(after, own);
}

function currencyOf(ix: Index, c: Case): string {
  return c.resolution?.currency ?? orderOf(ix, c)?.money.currency ?? 'CNY';
}

function moneyOf(ix: Index, week: WeekRange): MoneyFigures[] {
  const byCurrency = new Map<string, MoneyFigures>();
  const entry = (currency: string) => {
    let m = byCurrency.get(currency);
    if (!m) byCurrency.set(currency, (m = { currency, refundedCents: 0, compensatedCents: 0, atStakeCents: 0, totalCents: 0 }));
    return m;
  };
  for (const c of ix.cases) {
    if (c.status === 'resolved' && inRange(closedAt(c), week) && c.resolution?.amount !== undefined) {
      const m = entry(currencyOf(ix, c));
      if (c.resolution.category === 'refunded') m.refundedCents += toCents(c.resolution.amount);
      else m.compensatedCents += toCents(c.resolution.amount);
    }
    // A dismissed case was a false alarm or already handled: nothing of it is at stake.
    if (inRange(c.openedAt, week) && c.status !== 'dismissed') {
      for (const name of ['amountAtStake', 'compensation']) {
        const v = c.evidence[name];
        if (typeof v === 'number' && Number.isFinite(v) && v > 0) entry(currencyOf(ix, c)).atStakeCents += toCents(v);
      }
    }
  }
  const list = [...byCurrency.values()];
  for (const m of list) m.totalCents = m.refundedCents + m.compensatedCents + m.atStakeCents;
  return list.sort((a, b) => b.totalCents - a.totalCents || a.currency.localeCompare(b.currency));
}

/** One pass over the cases per week compared (the summary compares up to 8 weeks). */
function headline(ix: Index, week: WeekRange, now: number): HeadlineFigures {
  let opened = 0;
  let resolvedCount = 0;
  let dismissed = 0;
  let open = 0;
  let deadlinesMissed = 0;
  const firstActions: number[] = [];
  const resolutions: number[] = [];
  for (const c of ix.cases) {
    if (inRange(c.openedAt, week)) {
      opened++;
      const at = firstActionAt(ix, c);
      if (at !== undefined) firstActions.push(at - c.openedAt);
    }
    if (c.status === 'resolved' || c.status === 'dismissed') {
      const closed = closedAt(c);
      if (inRange(closed, week)) {
        if (c.status === 'resolved') {
          resolvedCount++;
          resolutions.push(closed - c.openedAt);
        } else dismissed++;
      }
    }
    if (isOpenAtEnd(c, week, now)) open++;
    if (missedDeadline(c, week, now)) deadlinesMissed++;
  }
  return {
    opened,
    resolved: resolvedCount,
    dismissed,
    open,
    deadlinesMissed,
    medianFirstActionMs: median(firstActions),
    medianResolutionMs: median(resolutions),
    moneyCents: moneyOf(ix, week).reduce((sum, m) => sum + m.totalCents, 0),
  };
}

/** Live at the week's end (or now, for the week in progress). */
function isOpenAtEnd(c: Case, week: WeekRange, now: number): boolean {
  const at = Math.min(week.end, now + 1);
  if (c.openedAt >= at) return false;
  const closed = closedAt(c);
  return closed === undefined || closed >= at;
}

function missedDeadline(c: Case, week: WeekRange, now: number): boolean {
  if (!inRange(c.dueAt, week) || c.dueAt > now || c.openedAt > c.dueAt) return false;
  const closed = closedAt(c);
  if (closed !== undefined && closed <= c.dueAt) return false;
  return !(c.conditionCleared && c.clearedAt !== undefined && c.clearedAt <= c.dueAt);
}

function compare(value: number | undefined, previous: readonly (number | undefined)[]): Comparison {
  const known = previous.filter((v): v is number => v !== undefined);
  const average = known.length === 0 ? undefined : known.reduce((a, b) => a + b, 0) / known.length;
  if (value === undefined || average === undefined) return { value, average, direction: 'new', percent: undefined };
  if (average === 0) return { value, average, direction: value === 0 ? 'same' : 'new', percent: undefined };
  const percent = Math.round(((value - average) / average) * 100);
  return { value, average, direction: percent > 0 ? 'up' : percent < 0 ? 'down' : 'same', percent };
}

/** Which side an after-sales reason points at when the seller recorded no party; no reason → 'unknown'. */
export const RESPONSIBLE_BY_REASON: Record<string, Responsible> = {
  out_of_stock: 'seller',
  wrong_item: 'seller',
  missing_item: 'seller',
  quality: 'seller',
  not_as_described: 'seller',
  damaged: 'carrier',
  late: 'carrier',
  not_received: 'carrier',
  refused: 'buyer',
  changed_mind: 'buyer',
  other: 'unknown',
};

function resolutionBucket(ms: number): ResolutionBucket {
  if (ms < HOUR) return '<1h';
  if (ms < 4 * HOUR) return '1-4h';
  if (ms < DAY) return '4-24h';
  if (ms < 3 * DAY) return '1-3d';
  if (ms < 7 * DAY) return '3-7d';
  return '>7d';
}

/**
 * The TOP most counted names, ties in the locale's order: what sorting every entry and taking
 * the first TOP gives, found in one pass (a shop has tens of thousands of buyers, and sorting
 * them all with a collation was most of a large summary's time).
 */
export function topBy(counts: Map<string, number>): { name: string; cases: number }[] {
  const before = (a: [string, number], b: [string, number]) => b[1] - a[1] || COLLATOR.compare(a[0], b[0]);
  const top: [string, number][] = [];
  for (const entry of counts) {
    if (top.length === TOP && before(entry, top[TOP - 1]!) >= 0) continue;
    let i = top.length === TOP ? TOP - 1 : top.length;
    while (i > 0 && before(entry, top[i - 1]!) < 0) i--;
    top.splice(i, 0, entry);
    if (top.length > TOP) top.pop();
  }
  return top.map(([name, cases]) => ({ name, cases }));
}
/** What `localeCompare` without arguments uses (ECMA-402), made once instead of looked up per call. */
const COLLATOR = new Intl.Collator();

function carrierOf(c: Case, order: Order | undefined): string | undefined {
  const fromEvidence = c.evidence['carrier'];
  return order?.carrier ?? (typeof fromEvidence === 'string' && fromEvidence !== '' ? fromEvidence : undefined);
}

/** Statuses an order reaches only after the parcel left the seller. */
export const AFTER_SHIPPING: ReadonlySet<string> = new Set(['shipped', 'delivered', 'completed', 'returned', 'return_requested']);
/** The status a page shows just before the parcel leaves. */
export const BEFORE_SHIPPING = 'awaiting_shipment';

/**
 * When each order read on pages was first seen shipped, by order key: only where it was seen
 * waiting to ship before, so a list first read with weeks-old shipped orders does not count them
 * as shipped the week the extension was installed.
 */
function firstSeenShipped(history: readonly StatusChange[] | undefined): Map<string, number> {
  const waiting = new Map<string, number>();
  const shipped = new Map<string, number>();
  for (const h of history ?? []) {
    const into = h.status === BEFORE_SHIPPING ? waiting : AFTER_SHIPPING.has(h.status) ? shipped : undefined;
    if (into === undefined) continue;
    const at = into.get(h.orderKey);
    if (at === undefined || h.observedAt < at) into.set(h.orderKey, h.observedAt);
  }
  for (const [key, at] of shipped) {
    const before = waiting.get(key);
    if (before === undefined || before > at) shipped.delete(key);
  }
  return shipped;
}

/** Statuses that say the order has not shipped: an order in them is no gap in the scorecard. */
const NOT_SHIPPED: ReadonlySet<string> = new Set(['awaiting_payment', 'awaiting_shipment', 'cancelled']);

function carrierScores(ix: Index, week: WeekRange, input: SummaryInput, shop: SummaryOptions['shop']): { carriers: CarrierScore[]; gaps: ScorecardGaps } {
  const gaps: ScorecardGaps = { noShippingShown: 0, shippedByStatus: 0 };
  const scores = new Map<string, CarrierScore>();
  const score = (carrier: string | undefined) => {
    const name = carrier?.trim() || CARRIER_NOT_SHOWN;
    let s = scores.get(name);
    if (!s) scores.set(name, (s = { carrier: name, shipped: 0, lateFirstScan: 0, stalled: 0, lost: 0, deliveredLate: 0 }));
    return s;
  };
  // One count per order and column: a late parcel seen by its delivery time and by a case counts once.
  const counted = new Set<string>();
  const once = (column: string, key: string): boolean => {
    const k = `${column}|${key}`;
    if (counted.has(k)) return false;
    counted.add(k);
    return true;
  };
  const seenShipped = firstSeenShipped(input.statusHistory);
  // Stored orders are one per key: a key string is built only for an order looked up or counted late.
  for (const o of input.orders) {
    if (shop !== 'all' && o.marketplace !== shop) continue;
    let shippedAt = o.shippedAt ?? o.firstScanAt;
    const imported = o.source.adapter.startsWith('import:');
    // A report's orders were all "seen" on the day of the import: only page reads tell when.
    if (shippedAt === undefined && seenShipped.size > 0 && !imported) shippedAt = seenShipped.get(orderKey(o));
    if (shippedAt === undefined && imported) {
      const paidAt = o.paidAt ?? o.placedAt;
      if (AFTER_SHIPPING.has(o.status)) {
        // The report says shipped but not when: the week it was paid stands in (said beside the scorecard).
        shippedAt = paidAt;
        if (inRange(shippedAt, week)) gaps.shippedByStatus++;
      } else if (o.paidAt !== undefined && inRange(o.paidAt, week) && !NOT_SHIPPED.has(o.status) && o.carrier === undefined && o.trackingNo === undefined) {
        gaps.noShippingShown++;
      }
    }
    if (inRange(shippedAt, week)) {
      const s = score(o.carrier);
      s.shipped++;
      if (o.shippedAt !== undefined && o.firstScanAt !== undefined && o.firstScanAt - o.shippedAt > TARGET_MS && once('scan', orderKey(o))) s.lateFirstScan++;
    }
    if (o.deliverBy !== undefined && o.deliveredAt !== undefined && o.deliveredAt > o.deliverBy && inRange(o.deliveredAt, week) && once('late', orderKey(o))) {
      score(o.carrier).deliveredLate++;
    }
  }
  for (const c of ix.cases) {
    if (!inRange(c.openedAt, week)) continue;
    const order = orderOf(ix, c);
    const carrier = carrierOf(c, order);
    // Cases about a parcel count for their carrier; without a carrier shown, under "not shown".
    const key = `${c.marketplace}|${c.orderId}`;
    if (c.detector === 'delivery-overdue') {
      if (once('late', key)) score(carrier).deliveredLate++;
    } else if (c.detector === 'tracking-stalled') {
      if (c.evidence['stage'] === 'suspected lost') score(carrier).lost++;
      else score(carrier).stalled++;
    } else if (c.detector === 'tracking-invalid' && c.evidence['check'] === 'no first scan') {
      if (once('scan', key)) score(carrier).lateFirstScan++;
    }
  }
  const carriers = [...scores.values()].sort(
    (a, b) => b.shipped - a.shipped || Number(a.carrier === CARRIER_NOT_SHOWN) - Number(b.carrier === CARRIER_NOT_SHOWN) || a.carrier.localeCompare(b.carrier),
  );
  return { carriers, gaps };
}

/** Complaint and dispute cases: the seed's 24 h rule is theirs. */
const COMPLAINT_FAMILIES: ReadonlySet<string> = new Set(['complaints', 'after-sales', 'reviews']);

function targetFigures(resolved: readonly Case[]): TargetFigures {
  const t: TargetFigures = { targetMs: TARGET_MS, within: 0, over: 0, complaintsWithin: 0, complaintsOver: 0 };
  for (const c of resolved) {
    const within = closedAt(c)! - c.openedAt <= TARGET_MS;
    if (within) t.within++;
    else t.over++;
    if (COMPLAINT_FAMILIES.has(familyOf(c.detector))) {
      if (within) t.complaintsWithin++;
      else t.complaintsOver++;
    }
  }
  return t;
}

function remedyFigures(ix: Index, resolved: readonly Case[]): { remedies: RemedyFigure[]; paid: { currency: string; cents: number }[] } {
  const byKey = new Map<string, RemedyFigure>();
  const paid = new Map<string, number>();
  for (const c of resolved) {
    const r = c.resolution;
    if (r === undefined) continue;
    const currency = r.amount === undefined ? undefined : currencyOf(ix, c);
    const key = `${r.category}|${currency ?? ''}`;
    let f = byKey.get(key);
    if (!f) byKey.set(key, (f = { category: r.category, currency, cases: 0, paidCents: 0 }));
    f.cases++;
    if (r.amount !== undefined && currency !== undefined) {
      f.paidCents += toCents(r.amount);
      paid.set(currency, (paid.get(currency) ?? 0) + toCents(r.amount));
    }
  }
  return {
    remedies: [...byKey.values()].sort((a, b) => b.paidCents - a.paidCents || b.cases - a.cases || a.category.localeCompare(b.category)),
    paid: [...paid].map(([currency, cents]) => ({ currency, cents })).sort((a, b) => b.cents - a.cents || a.currency.localeCompare(b.currency)),
  };
}

/** The party the seller recorded, else the one the case's reason points at, else 'unknown'. */
function responsibleOf(c: Case, order: Order | undefined): Responsible {
  if (c.responsible !== undefined) return c.responsible;
  // A parcel not handed over in time, or sold without stock, is the seller's own delay.
  if (c.detector === 'ship-deadline' || c.detector === 'stock-risk') return 'seller';
  return RESPONSIBLE_BY_REASON[caseReason(c, order)] ?? 'unknown';
}

/**
 * The after-sales reason a case counts under: the order's classed reason, else the reason its
 * detector stands for where that is plain (a late shipment is "late"); 'unknown' otherwise.
 */
export function caseReason(c: Case, order: Order | undefined): string {
  const own = order?.afterSalesReason?.reason;
  if (own !== undefined) return own;
  if (c.detector === 'ship-deadline' || c.detector === 'delivery-overdue') return 'late';
  if (c.detector === 'stock-risk') return 'out_of_stock';
  if (c.detector === 'tracking-stalled') return c.evidence['stage'] === 'suspected lost' ? 'not_received' : 'late';
  return 'unknown';
}

function caseRow(ix: Index, c: Case): CaseRow {
  const order = orderOf(ix, c);
  const notes = ix.notes.get(c.key) ?? [];
  return {
    key: c.key,
    detector: c.detector,
    family: familyOf(c.detector),
    marketplace: c.marketplace,
    orderId: c.orderId,
    severity: c.severity,
    status: c.status,
    openedAt: c.openedAt,
    statusChangedAt: c.statusChangedAt,
    dueAt: c.dueAt,
    resolution: c.resolution,
    dismissReason: c.dismissReason,
    buyer: order?.buyer,
    items: order ? order.items.map((i) => `${i.title} × ${i.quantity}`).join('; ') : '',
    paid: order?.money.paid,
    currency: order?.money.currency,
    orderStatus: order?.statusRaw,
    carrier: carrierOf(c, order),
    trackingNo: order?.trackingNo,
    afterSalesReason: caseReason(c, order),
    afterSalesReasonRaw: order?.afterSalesReason?.raw,
    responsible: responsibleOf(c, order),
    causeCode: c.cause?.code,
    causeText: c.cause?.text,
    noteCount: notes.length,
    lastNote: notes.at(-1)?.text,
  };
}

/** The summary of `weekId` (`2026-W47`), or of the week holding `opts.now` when it is omitted. */
export function summarizeWeek(input: SummaryInput, weekId: string | undefined, opts: SummaryOptions): WeekSummary {
  const week = (weekId === undefined ? undefined : weekById(weekId, opts)) ?? weekOf(opts.now, opts);
  const ix = buildIndex(input, opts.shop);
  const { now } = opts;

  const figures = headline(ix, week, now);
  const previous = [1, 2, 3, 4].map((n) => headline(ix, shiftWeek(week, -n, opts), now));
  const compareTable = Object.fromEntries(
    FIGURE_NAMES.map((name) => [name, compare(figures[name], previous.map((p) => p[name]))]),
  ) as Record<FigureName, Comparison>;

  const opened = ix.cases.filter((c) => inRange(c.openedAt, week));
  const resolved = ix.cases.filter((c) => c.status === 'resolved' && inRange(closedAt(c), week));

  const items = new Map<string, number>();
  const buyers = new Map<string, number>();
  const byReason: Record<string, number> = {};
  const byResponsible = Object.fromEntries(RESPONSIBLE.map((r) => [r, 0])) as Record<Responsible, number>;
  const byCause: Record<string, number> = {};
  const causeTexts: WeekSummary['causeTexts'] = [];
  for (const c of opened) {
    const order = orderOf(ix, c);
    for (const title of new Set(order?.items.map((i) => i.title) ?? [])) items.set(title, (items.get(title) ?? 0) + 1);
    if (order?.buyer) buyers.set(order.buyer, (buyers.get(order.buyer) ?? 0) + 1);
    const reason = caseReason(c, order);
    byReason[reason] = (byReason[reason] ?? 0) + 1;
    byResponsible[responsibleOf(c, order)]++;
    // Cases nobody worked on have no cause recorded: they count as 'unknown'.
    const code = c.cause?.code ?? 'unknown';
    byCause[code] = (byCause[code] ?? 0) + 1;
    if (c.cause?.text) causeTexts.push({ caseKey: c.key, code, text: c.cause.text });
  }
  const { remedies, paid: remediesPaid } = remedyFigures(ix, resolved);

  const perDay = week.days.map((day) => {
    const byFamily: Record<string, number> = {};
    let total = 0;
    for (const c of opened) {
      if (!inRange(c.openedAt, day)) continue;
      const family = familyOf(c.detector);
      byFamily[family] = (byFamily[family] ?? 0) + 1;
      total++;
    }
    return { date: day.date, byFamily, total };
  });

  const resolutionBuckets = Object.fromEntries(RESOLUTION_BUCKETS.map((b) => [b, 0])) as Record<ResolutionBucket, number>;
  for (const c of resolved) resolutionBuckets[resolutionBucket(closedAt(c)! - c.openedAt)]++;

  const trend = [7, 6, 5, 4, 3, 2, 1, 0].map((n) => {
    const w = n === 0 ? week : shiftWeek(week, -n, opts);
    const f = n === 0 ? figures : n <= 4 ? previous[n - 1]! : headline(ix, w, now);
    return { week: w.id, opened: f.opened, resolved: f.resolved, dismissed: f.dismissed };
  });

  const notes: WeekSummary['notes'] = [];
  const caseByKey = new Map(ix.cases.map((c) => [c.key, c]));
  for (const [caseKey, list] of ix.notes) {
    const c = caseByKey.get(caseKey);
    const inWeek = list.filter((n) => inRange(n.createdAt, week));
    if (!c || inWeek.length === 0) continue;
    notes.push({
      caseKey,
      detector: c.detector,
      marketplace: c.marketplace,
      orderId: c.orderId,
      notes: inWeek.map((n) => ({ at: n.createdAt, text: n.text })),
    });
  }
  notes.sort((a, b) => a.notes[0]!.at - b.notes[0]!.at || a.caseKey.localeCompare(b.caseKey));

  const concerned = ix.cases.filter(
    (c) =>
      (c.openedAt < week.end && (closedAt(c) ?? Infinity) >= week.start) ||
      (ix.notes.get(c.key) ?? []).some((n) => inRange(n.createdAt, week)),
  );
  concerned.sort((a, b) => a.openedAt - b.openedAt || a.key.localeCompare(b.key));
  const scorecard = carrierScores(ix, week, input, opts.shop);

  return {
    week,
    shop: opts.shop,
    timeZone: opts.timeZone,
    opened: breakdown(opened),
    resolved: breakdown(resolved),
    dismissed: breakdown(ix.cases.filter((c) => c.status === 'dismissed' && inRange(closedAt(c), week))),
    open: breakdown(ix.cases.filter((c) => isOpenAtEnd(c, week, now))),
    figures,
    compare: compareTable,
    money: moneyOf(ix, week),
    topItems: topBy(items),
    topBuyers: topBy(buyers),
    byReason,
    byResponsible,
    byCause,
    causeTexts,
    target: targetFigures(resolved),
    remedies,
    remediesPaid,
    carriers: scorecard.carriers,
    scorecardGaps: scorecard.gaps,
    notes,
    perDay,
    resolutionBuckets,
    trend,
    cases: concerned.map((c) => caseRow(ix, c)),
  };
}

/** `order-sentinel_<shop>_2026-W47.<ext>` */
export function exportFileName(summary: Pick<WeekSummary, 'shop' | 'week'>, ext: string): string {
  return `order-sentinel_${summary.shop}_${summary.week.id}.${ext}`;
}
