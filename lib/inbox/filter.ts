/**
 * The inbox's filters, counts and order: pure functions of the cases, their orders and the
 * time. Each count says how many cases a choice would show given the other filters, so a
 * seller sees where the work is before clicking.
 */
import { detectorById } from '../detectors';
import { isLiveCaseStatus, type Case, type CaseStatus, type Marketplace } from '../schema';
import {
  DUE_CHOICES,
  SEVERITY_CHOICES,
  STATUS_CHOICES,
  byDueThenSeverity,
  type CheckChoice,
  type DueChoice,
  type InboxCounts,
  type InboxFilters,
  type InboxView,
  type OrderIndex,
  type SearchableOrder,
  type StatusChoice,
} from './choices';
import { marketplaceTimeZone } from '../marketplaces';
import { endOfDay, endOfWeek, startOfWeek } from './clock';

export * from './choices';

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
