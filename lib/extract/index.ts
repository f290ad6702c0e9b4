/**
 * The page reader: finds the order list an adapter describes under `root`, maps columns by
 * header meaning, and turns each order row/block into a canonical Order (checked by hand field
 * by field, tested equal to the zod schema; the background parses what it receives). Never throws for any page content: an unreadable row is skipped with a reason.
 */
import type { Adapter } from '../adapters/types';
import type { Order, SkippedRow } from '../schema';
import { findBlockOrders } from './blocks';
import { findCardOrders } from './cards';
import { CellText } from './dom';
import { headerLookup, type CellKey } from './keys';
import { orderBuilder, type Built, type ReadContext } from './order';
import type { Found, RawOrder, UnitLayout } from './raw';
export type { RawOrder, UnitLayout } from './raw';
export type { Built } from './order';
import { findTableOrders } from './table';

export { CELL_KEYS, HEADER_SYNONYMS, headerLookup, normalizeHeader, type CellKey, type HeaderSynonyms } from './keys';
export type { ReadContext } from './order';
export { EMPTY_LIST } from './raw';

export interface ReadRow {
  order: Order;
  /** The order's row (its first row when it spans several) or block element. */
  row: Element;
  /** Element to append the badge host into: the order-id cell, or a block's header line. */
  anchor: Element;
}

export interface ReadResult {
  adapter: string;
  rows: ReadRow[];
  /** `row` is the 1-based position of the order in the page's list. */
  skipped: SkippedRow[];
  /** Orders found on the page, read or skipped (fixed-column copies not counted). */
  totalRows: number;
  /** Why nothing was read: no order list found, or the list is empty. */
  problem?: string;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

type Layout = Adapter['layout'];

/** A layout's reader: the raw orders of the list `layout` describes under `root`, or why there are none. */
export type LayoutReader<L extends Layout> = (
  root: ParentNode,
  layout: L,
  keyOf: (h: string) => CellKey | undefined,
  emptyMarkers: readonly string[],
  cellText: CellText,
) => Found;

/**
 * Readers by layout kind. A content script passes those of its own consoles' layouts (issue 7:
 * an Amazon page has no use for Taobao's order blocks or Etsy's cards); everything else reads
 * with LAYOUT_READERS.
 */
export type LayoutReaders = { readonly [K in Layout['kind']]?: LayoutReader<Extract<Layout, { kind: K }>> };

/** Tables (HTML or ARIA, split header/body): most consoles, WooCommerce and taught sites. */
export const READ_TABLES: LayoutReaders = { table: findTableOrders };
/** Order blocks (Taobao/Tmall). */
export const READ_BLOCKS: LayoutReaders = { blocks: findBlockOrders };
/** Order cards (Etsy). */
export const READ_CARDS: LayoutReaders = { cards: (root, layout, _keyOf, emptyMarkers) => findCardOrders(root, layout, emptyMarkers) };
/** Every layout's reader. */
export const LAYOUT_READERS: LayoutReaders = {
  table: findTableOrders,
  blocks: findBlockOrders,
  cards: (root, layout, _keyOf, emptyMarkers) => findCardOrders(root, layout, emptyMarkers),
};

/** Finds the order list the adapter describes: raw orders, or why there are none. Never throws. */
export function findOrders(adapter: Adapter, root: ParentNode, cellText: CellText, readers: LayoutReaders): Found {
  try {
    const layout = adapter.layout;
    const read = readers[layout.kind] as LayoutReader<Layout> | undefined;
    if (read === undefined) return { kind: 'problem', problem: `no reader for ${layout.kind} layouts in this script` };
    return read(root, layout, headerLookup(adapter.headerSynonyms), adapter.emptyMarkers ?? [], cellText);
  } catch (e) {
    return { kind: 'problem', problem: `the page could not be read (${message(e)})` };
  }
}

/** One raw order built; an error thrown by the page's content is a reason, not a failure. */
function buildSafely(build: (raw: RawOrder) => Built, raw: RawOrder): Built {
  try {
    return build(raw);
  } catch (e) {
    return { ok: false as const, reason: `this row could not be read (${message(e)})` };
  }
}

/** One order of the list, read; `row` is what a read result lists for it when it was read. */
export interface ReadUnit {
  readonly raw: RawOrder;
  readonly built: Built;
  readonly row: ReadRow | undefined;
}

/**
 * A raw order read into a unit. Its result row is made once here: a read of one change
 * composes the result of every order kept, and must not allocate a row for each (issue 7).
 */
export function readUnit(build: (raw: RawOrder) => Built, raw: RawOrder): ReadUnit {
  const built = buildSafely(build, raw);
  return { raw, built, row: built.ok ? { order: built.order, row: raw.element, anchor: raw.anchor } : undefined };
}

/** The read result of a list's orders in page order (positions count from 1). */
export function composeResult(adapterId: string, units: readonly ReadUnit[]): ReadResult {
  const result: ReadResult = { adapter: adapterId, rows: [], skipped: [], totalRows: 0 };
  const seen = new Set<string>();
  for (let i = 0; i < units.length; i++) {
    const { built, row } = units[i]!;
    if (built.ok) {
      // A second copy of an order already read (fixed columns rendered twice) is not a new order.
      if (seen.has(built.order.orderId)) continue;
      seen.add(built.order.orderId);
      result.rows.push(row!);
    } else {
      const reason = built.reason.slice(0, 500);
      result.skipped.push(
        built.orderId === undefined ? { row: i + 1, reason } : { row: i + 1, orderId: built.orderId.slice(0, 100), reason },
      );
    }
    result.totalRows++;
  }
  return result;
}

/** Every order of the page read into a unit, with the list's layout when it can be read change by change. */
export type UnitsRead =
  | { readonly kind: 'units'; readonly units: ReadUnit[]; readonly layout: UnitLayout | undefined }
  | { readonly kind: 'problem'; readonly problem: string };

export function readAllUnits(adapter: Adapter, root: ParentNode, ctx: ReadContext, readers: LayoutReaders): UnitsRead {
  const cellText = new CellText(root);
  const found = findOrders(adapter, root, cellText, readers);
  if (found.kind === 'problem') return found;
  const buildOrder = orderBuilder(adapter, ctx, cellText);
  return { kind: 'units', units: found.orders.map((raw) => readUnit(buildOrder, raw)), layout: found.units };
}

/** The read result of a page where no order could be read, and why. */
export const problemResult = (adapterId: string, problem: string): ReadResult => ({ adapter: adapterId, rows: [], skipped: [], totalRows: 0, problem });

export function readOrders(adapter: Adapter, root: ParentNode, ctx: ReadContext, readers: LayoutReaders = LAYOUT_READERS): ReadResult {
  const read = readAllUnits(adapter, root, ctx, readers);
  return read.kind === 'problem' ? problemResult(adapter.id, read.problem) : composeResult(adapter.id, read.units);
}
