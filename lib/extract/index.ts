/**
 * The page reader: finds the order list an adapter describes under `root`, maps columns by
 * header meaning, and turns each order row/block into a zod-checked canonical Order.
 * Never throws for any page content: an unreadable row is skipped with a reason.
 */
import type { Adapter } from '../adapters/types';
import type { Order, SkippedRow } from '../schema';
import { findBlockOrders } from './blocks';
import { findCardOrders } from './cards';
import { headerLookup } from './keys';
import { buildOrder, type ReadContext } from './order';
import type { Found } from './raw';
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

export function readOrders(adapter: Adapter, root: ParentNode, ctx: ReadContext): ReadResult {
  const result: ReadResult = { adapter: adapter.id, rows: [], skipped: [], totalRows: 0 };
  let found: Found;
  try {
    const keyOf = headerLookup(adapter.headerSynonyms);
    const layout = adapter.layout;
    found =
      layout.kind === 'table'
        ? findTableOrders(root, layout, keyOf, adapter.emptyMarkers ?? [])
        : layout.kind === 'blocks'
          ? findBlockOrders(root, layout, keyOf, adapter.emptyMarkers ?? [])
          : findCardOrders(root, layout, adapter.emptyMarkers ?? []);
  } catch (e) {
    return { ...result, problem: `the page could not be read (${message(e)})` };
  }
  if (found.kind === 'problem') return { ...result, problem: found.problem };
  const seen = new Set<string>();
  for (const raw of found.orders) {
    let built;
    try {
      built = buildOrder(raw, adapter, ctx);
    } catch (e) {
      built = { ok: false as const, reason: `this row could not be read (${message(e)})` };
    }
    if (built.ok) {
      // A second copy of an order already read (fixed columns rendered twice) is not a new order.
      if (seen.has(built.order.orderId)) continue;
      seen.add(built.order.orderId);
      result.rows.push({ order: built.order, row: raw.element, anchor: raw.anchor });
    } else {
      result.skipped.push({
        row: raw.position,
        ...(built.orderId !== undefined && { orderId: built.orderId.slice(0, 100) }),
        reason: built.reason.slice(0, 500),
      });
    }
    result.totalRows++;
  }
  return result;
}
