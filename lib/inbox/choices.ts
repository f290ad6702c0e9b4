/**
 * The inbox's filter choices, its default view and order: what the side panel needs before
 * the first screen, without the detectors (`inboxView`, which counts by detector family,
 * lives in ./filter.ts and is loaded after the first paint).
 */
import { SEVERITY_RANK, type Case, type Marketplace, type Order } from '../schema';

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

/** The order index for the text filter, from `db.orders.bulkGet` results (missing ones skipped). */
export function indexOrders(orders: readonly ((SearchableOrder & Pick<Order, 'marketplace' | 'orderId'>) | undefined)[]): OrderIndex {
  const index = new Map<string, SearchableOrder>();
  for (const o of orders) if (o) index.set(`${o.marketplace}|${o.orderId}`, o);
  return index;
}
