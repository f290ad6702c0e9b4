/**
 * The inbox's filters, counts and order: pure functions of the cases, their orders and the
 * time. Each count says how many cases a choice would show given the other filters, so a
 * seller sees where the work is before clicking.
 */
import { detectorById } from '../detectors';
import { isLiveCaseStatus, SEVERITY_RANK, type Case, type CaseStatus, type Marketplace, type Order } from '../schema';
import { endOfDay, endOfWeek, marketplaceTimeZone, startOfWeek } from './clock';

export const SEVERITY_CHOICES = ['all', 'P1', 'P2', 'P3'] as const;
export type SeverityChoice = (typeof SEVERITY_CHOICES)[number];
/** 'live' (open, in progress, waiting) is the default: what still needs the seller. */
export const STATUS_CHOICES = ['live', 'open', 'in_progress', 'waiting', 'resolved', 'dismissed', 'all'] as const;
export type StatusChoice = (typeof STATUS_CHOICES)[number];
/** Nested windows on the marketplace's clock: overdue ⊂ today ⊂ this week ⊂ all. */
export const DUE_CHOICES = ['all', 'overdue', 'today', 'week'] as const;
export type DueChoice = (typeof DUE_CHOICES)[number];
/** 'all', one detector (`detector:ship-deadline`) or a whole family (`family:shipping`). */
export type CheckChoice = 'all' | `detector:${string}` | `family:${string}`;

export interface InboxFilters {
  severity: SeverityChoice;
  check: CheckChoice;
  marketplace: Marketplace | 'all';
  status: StatusChoice;
  due: DueChoice;
  /** Free text on order id, buyer, item title and SKU (case- and width-insensitive). */
  text: string;
  /** Only cases opened this ISO week on their marketplace's clock (the weekly view). */
  openedThisWeek: boolean;
}

export const DEFAULT_FILTERS: InboxFilters = {
  severity: 'all',
  check: 'all',
  marketplace: 'all',
  status: 'live',
  due: 'all',
  text: '',
  openedThisWeek: false,
};

/** Whether no filter is set (the inbox as it opens). */
export const isDefaultFilters = (filters: InboxFilters): boolean =>
  (Object.keys(DEFAULT_FILTERS) as (keyof InboxFilters)[]).every((k) => filters[k] === DEFAULT_FILTERS[k]);

/** What the text filter reads from an order. */
export type SearchableOrder = Pick<Order, 'buyer' | 'items'>;
/** Orders by `${marketplace}|${orderId}` (orderKey). */
export type OrderIndex = ReadonlyMap<string, SearchableOrder>;

const families = new Map<string, string>();
/** Family of a detector id; a seller-note case (no detector) is its own family. Remembered per id (asked once per case). */
export function familyOf(detector: string): string {
  let family = families.get(detector);
  if (family === undefined) families.set(detector, (family = detectorById(detector)?.family ?? detector));
  return family;
}

type DueWindow = 0 | 1 | 2 | 3 | 4; // overdue, today, this week, later, no due time
const DUE_LIMIT: Record<DueChoice, DueWindow> = { overdue: 0, today: 1, week: 2, all: 4 };

interface Facts {
  item: Case;
  family: string;
  due: DueWindow;
  text: boolean;
  thisWeek: boolean;
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase();

function textOf(c: Case, order: SearchableOrder | undefined): string {
  const parts = [c.orderId];
  if (order) {
    if (order.buyer) parts.push(order.buyer);
    for (const item of order.items) parts.push(item.title, item.sku ?? '');
  }
  return fold(parts.join('\n'));
}

function factsOf(cases: readonly Case[], filters: InboxFilters, orders: OrderIndex, now: number): Facts[] {
  const needle = fold(filters.text.trim());
  // Day and week ends per time zone, computed once per call (not per case).
  const bounds = new Map<string, { day: number; week: number; weekStart: number }>();
  const boundsOf = (m: Marketplace) => {
    const zone = marketplaceTimeZone(m);
    let b = bounds.get(zone);
    if (!b) bounds.set(zone, (b = { day: endOfDay(now, zone), week: endOfWeek(now, zone), weekStart: startOfWeek(now, zone) }));
    return b;
  };
  return cases.map((item) => {
    const b = boundsOf(item.marketplace);
    const due: DueWindow =
      item.dueAt === undefined ? 4 : item.dueAt <= now ? 0 : item.dueAt < b.day ? 1 : item.dueAt < b.week ? 2 : 3;
    return {
      item,
      family: familyOf(item.detector),
      due,
      text: needle === '' || textOf(item, orders.get(`${item.marketplace}|${item.orderId}`)).includes(needle),
      thisWeek: item.openedAt >= b.weekStart,
    };
  });
}

type Dimension = 'severity' | 'check' | 'marketplace' | 'status' | 'due';

const matchesStatus = (choice: StatusChoice, s: CaseStatus): boolean =>
  choice === 'all' || (choice === 'live' ? isLiveCaseStatus(s) : choice === s);

function matchesCheck(choice: CheckChoice, f: Facts): boolean {
  if (choice === 'all') return true;
  if (choice.startsWith('family:')) return f.family === choice.slice('family:'.length);
  return f.item.detector === choice.slice('detector:'.length);
}

/** Whether `f` passes every filter except `skip` (the dimension being counted). */
function passes(f: Facts, filters: InboxFilters, skip?: Dimension): boolean {
  const c = f.item;
  return (
    f.text &&
    (!filters.openedThisWeek || f.thisWeek) &&
    (skip === 'severity' || filters.severity === 'all' || c.severity === filters.severity) &&
    (skip === 'check' || matchesCheck(filters.check, f)) &&
    (skip === 'marketplace' || filters.marketplace === 'all' || c.marketplace === filters.marketplace) &&
    (skip === 'status' || matchesStatus(filters.status, c.status)) &&
    (skip === 'due' || f.due <= DUE_LIMIT[filters.due])
  );
}

/** Soonest due first (no due time last), then most severe, then by key (stable). */
export function byDueThenSeverity(a: Case, b: Case): number {
  return (
    (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

export interface InboxCounts {
  severity: Record<SeverityChoice, number>;
  /** Keys: 'all', 'detector:<id>', 'family:<family>' (only those with cases). */
  check: Record<string, number>;
  /** Keys: 'all' and each marketplace with cases. */
  marketplace: Record<string, number>;
  status: Record<StatusChoice, number>;
  due: Record<DueChoice, number>;
}

export interface InboxView {
  /** The cases the filters let through, in inbox order. */
  shown: Case[];
  counts: InboxCounts;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const bump = (r: Record<string, number>, k: string) => (r[k] = (r[k] ?? 0) + 1);

/** Filters and sorts the cases and counts every filter choice, in O(cases) passes. */
export function inboxView(cases: readonly Case[], filters: InboxFilters, orders: OrderIndex, now: number): InboxView {
  const facts = factsOf(cases, filters, orders, now);
  const counts: InboxCounts = {
    severity: zeros(SEVERITY_CHOICES),
    check: { all: 0 },
    marketplace: { all: 0 },
    status: zeros(STATUS_CHOICES),
    due: zeros(DUE_CHOICES),
  };
  const shown: Case[] = [];
  for (const f of facts) {
    const c = f.item;
    if (passes(f, filters)) shown.push(c);
    if (passes(f, filters, 'severity')) {
      counts.severity.all++;
      counts.severity[c.severity]++;
    }
    if (passes(f, filters, 'check')) {
      counts.check['all']!++;
      bump(counts.check, `detector:${c.detector}`);
      bump(counts.check, `family:${f.family}`);
    }
    if (passes(f, filters, 'marketplace')) {
      counts.marketplace['all']!++;
      bump(counts.marketplace, c.marketplace);
    }
    if (passes(f, filters, 'status')) {
      counts.status.all++;
      counts.status[c.status]++;
      if (isLiveCaseStatus(c.status)) counts.status.live++;
    }
    if (passes(f, filters, 'due')) {
      for (const choice of DUE_CHOICES) if (f.due <= DUE_LIMIT[choice]) counts.due[choice]++;
    }
  }
  return { shown: shown.sort(byDueThenSeverity), counts };
}

/** The order index for the text filter, from `db.orders.bulkGet` results (missing ones skipped). */
export function indexOrders(orders: readonly ((SearchableOrder & Pick<Order, 'marketplace' | 'orderId'>) | undefined)[]): OrderIndex {
  const index = new Map<string, SearchableOrder>();
  for (const o of orders) if (o) index.set(`${o.marketplace}|${o.orderId}`, o);
  return index;
}
