/**
 * The page reader: finds the order list an adapter describes under `root`, maps columns by
 * header meaning, and turns each order row/block into what the caller builds from it (a content
 * script: the texts it sends; lib/extract/index.ts: canonical Orders). Never throws for any
 * page content: an unreadable row is skipped with a reason. A content script imports this
 * module, not the index, which brings the parsers (lib/normalize) with it.
 */
import type { PageAdapter } from '../adapters/types';
import type { Order, SkippedRow } from '../schema';
import { findBlockOrders } from './blocks';
import { findCardOrders } from './cards';
import { CellText } from './dom';
import { headerLookup, type CellKey } from './keys';
import type { ReadContext } from './order';
import type { Found, RawOrder, UnitLayout } from './raw';
import { buildSafely, errorMessage, rowReader, type Built, type RowTexts } from './row';
export type { RawOrder, UnitLayout } from './raw';
export type { Built, RowTexts } from './row';
import { findTableOrders } from './table';

export { CELL_KEYS, HEADER_SYNONYMS, headerLookup, normalizeHeader, type CellKey, type HeaderSynonyms } from './keys';
export type { ReadContext } from './order';
export { EMPTY_LIST } from './raw';

/** An order read from the page: `order` is its texts (a content script) or the Order they make. */
export interface ReadRow<T = Order> {
  order: T;
  /** The order's row (its first row when it spans several) or block element. */
  row: Element;
  /** Element to append the badge host into: the order-id cell, or a block's header line. */
  anchor: Element;
  /** 1-based position of the order in the page's list, as of the last read. */
  position: number;
}

export interface ReadResult<T = Order> {
  adapter: string;
  rows: ReadRow<T>[];
  /** The list's header texts by meaning (for the reasons the background gives), when it has orders. */
  labels?: RawOrder['labels'];
  /** `row` is the 1-based position of the order in the page's list. */
  skipped: SkippedRow[];
  /** Orders found on the page, read or skipped (fixed-column copies not counted). */
  totalRows: number;
  /** Why nothing was read: no order list found, or the list is empty. */
  problem?: string;
  /**
   * The console's layout found nothing and the list was read by its structure (the reader by
   * meaning): read health asks the seller to check a few orders. The number of order lists the
   * page shows: above 1, read health says the one with order numbers was read.
   */
  byStructure?: number | undefined;
}

type Layout = PageAdapter['layout'];

/** A layout's reader: the raw orders of the list `layout` describes under `root`, or why there are none. */
export type LayoutReader<L extends Layout> = (
  root: ParentNode,
  layout: L,
  keyOf: (h: string) => CellKey | undefined,
  emptyMarkers: readonly string[],
  cellText: CellText,
  adapter?: PageAdapter,
  each?: (raw: RawOrder) => void,
) => Found;

/**
 * Readers by layout kind. A content script passes those of its own consoles' layouts
 * (an Amazon page has no use for Taobao's order blocks or Etsy's cards); everything else reads
 * with LAYOUT_READERS.
 */
export type LayoutReaders = { readonly [K in Layout['kind']]?: LayoutReader<Extract<Layout, { kind: K }>> } & {
  /**
   * Rules tried after the layout's reader and the reader by meaning: cells with no row element,
   * lists inside shadow roots (lib/extract/flat.ts). They load with the reader by meaning
   * (withFlat), so no content script carries them.
   */
  readonly lastRules?: ListRule;
};

/**
 * A rule tried after the reader by meaning (LayoutReaders.lastRules), given what the readers
 * found for `adapter`: the orders it reads instead, or undefined to let that stand.
 */
export type ListRule = (root: ParentNode, found: Found, adapter: PageAdapter) => Found | undefined;

/** Tables (HTML or ARIA, split header/body): most consoles, WooCommerce and taught sites. */
export const READ_TABLES: LayoutReaders = { table: findTableOrders };
/** Order blocks (Taobao/Tmall). */
export const READ_BLOCKS: LayoutReaders = { blocks: findBlockOrders };
/** Order cards (Etsy). */
export const READ_CARDS: LayoutReaders = { cards: (root, layout, _keyOf, emptyMarkers) => findCardOrders(root, layout, emptyMarkers) };
/**
 * Every console layout's reader. The reader by meaning is not among them: a content script
 * loads it on demand (withMeaning in lib/extract/meaning.ts); lib/extract/index.ts reads with both.
 */
export const LAYOUT_READERS: LayoutReaders = {
  table: findTableOrders,
  blocks: findBlockOrders,
  cards: (root, layout, _keyOf, emptyMarkers) => findCardOrders(root, layout, emptyMarkers),
};

/**
 * Finds the order list the adapter describes: raw orders, or why there are none. With the
 * reader by meaning (withMeaning in lib/extract/meaning.ts), a layout that finds no list is read
 * by the page's structure, and then by the readers' last rules (withFlat in lib/extract/flat.ts).
 * Never throws.
 */
export function findOrders(adapter: PageAdapter, root: ParentNode, cellText: CellText, readers: LayoutReaders, each?: (raw: RawOrder) => void): Found {
  try {
    const layout = adapter.layout;
    const read = readers[layout.kind] as LayoutReader<Layout> | undefined;
    if (read === undefined) return { kind: 'problem', problem: `no reader for ${layout.kind} layouts in this script` };
    const found = read(root, layout, headerLookup(adapter.headerSynonyms), adapter.emptyMarkers ?? [], cellText, adapter, each);
    // The rules decide when they apply (lib/extract/flat.ts): what this script carries is the call.
    return readers.lastRules?.(root, found, adapter) ?? found;
  } catch (e) {
    return { kind: 'problem', problem: `the page could not be read (${errorMessage(e)})` };
  }
}

/** How one page read turns raw orders into rows: texts only (a content script), or whole orders. */
export type MakeBuild<T> = (adapter: PageAdapter, ctx: ReadContext, cellText: CellText) => (raw: RawOrder) => Built<T>;
/** Texts, as a content script sends them to the background. */
export const READ_TEXTS: MakeBuild<RowTexts> = (adapter, _ctx, cellText) => rowReader(adapter, cellText);
/** One order of the list, read; `row` is what a read result lists for it when it was read. */
export interface ReadUnit<T = Order> {
  readonly raw: RawOrder;
  readonly built: Built<T>;
  readonly row: ReadRow<T> | undefined;
}

/**
 * A raw order read into a unit. Its result row is made once here: a read of one change
 * composes the result of every order kept, and must not allocate a row for each.
 */
export function readUnit<T>(build: (raw: RawOrder) => Built<T>, raw: RawOrder): ReadUnit<T> {
  const built = buildSafely(build, raw);
  return { raw, built, row: built.ok ? { order: built.order, row: raw.element, anchor: raw.anchor, position: raw.position } : undefined };
}

/**
 * How many read units hold each order id. A list read change by change keeps it, so its result
 * is composed without a lookup per order when no id is there twice: the lookups were half of
 * reading one added row.
 */
export class IdCounts {
  private readonly counts = new Map<string, number>();
  /** Ids held by more than one unit. */
  duplicates = 0;

  add(unit: ReadUnit<{ orderId: string }>): void {
    if (!unit.built.ok) return;
    const id = unit.built.order.orderId;
    const n = (this.counts.get(id) ?? 0) + 1;
    this.counts.set(id, n);
    if (n === 2) this.duplicates++;
  }

  remove(unit: ReadUnit<{ orderId: string }>): void {
    if (!unit.built.ok) return;
    const id = unit.built.order.orderId;
    const n = this.counts.get(id) ?? 0;
    if (n <= 1) this.counts.delete(id);
    else this.counts.set(id, n - 1);
    if (n === 2) this.duplicates--;
  }
}

/**
 * The read result of a list's orders in page order (positions count from 1). `unique`: the
 * caller knows no order id is there twice (IdCounts), so none is looked for.
 */
export function composeResult<T extends { orderId: string }>(adapterId: string, units: readonly ReadUnit<T>[], unique = false): ReadResult<T> {
  const result: ReadResult<T> = { adapter: adapterId, rows: [], skipped: [], totalRows: 0 };
  if (units.length > 0) result.labels = units[0]!.raw.labels;
  const seen = new Set<string>();
  for (let i = 0; i < units.length; i++) {
    const { built, row } = units[i]!;
    if (built.ok) {
      // A second copy of an order already read (fixed columns rendered twice) is not a new order.
      if (!unique) {
        if (seen.has(built.order.orderId)) continue;
        seen.add(built.order.orderId);
      }
      row!.position = i + 1;
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
export type UnitsRead<T> =
  | { readonly kind: 'units'; readonly units: ReadUnit<T>[]; readonly layout: UnitLayout | undefined; readonly byStructure?: number | undefined }
  | { readonly kind: 'problem'; readonly problem: string };

export function readAllUnits<T>(adapter: PageAdapter, root: ParentNode, ctx: ReadContext, readers: LayoutReaders, makeBuild: MakeBuild<T>): UnitsRead<T> {
  const cellText = new CellText(root);
  const build = makeBuild(adapter, ctx, cellText);
  // A reader that hands each order over as it finds it (order blocks) has it read then, while
  // its elements are fresh in the processor's caches: 500 Taobao blocks read in one pass cost
  // 5-10% less than found in one and read in a second.
  const early: ReadUnit<T>[] = [];
  const found = findOrders(adapter, root, cellText, readers, (raw) => early.push(readUnit(build, raw)));
  if (found.kind === 'problem') return found;
  const units = unitsOf(early, found.orders, build);
  // A list read by its structure has no layout to read changes with (found.units is undefined).
  return { kind: 'units', units, layout: found.units, byStructure: found.byStructure };
}

/**
 * The units of a list's orders: those handed over as they were read, each read once. The reader
 * by meaning hands over the orders of every list of blocks it reads, the chosen one among them.
 */
function unitsOf<T>(early: readonly ReadUnit<T>[], orders: readonly RawOrder[], build: (raw: RawOrder) => Built<T>): ReadUnit<T>[] {
  if (early.length === orders.length && early.every((unit, i) => unit.raw === orders[i])) return early as ReadUnit<T>[];
  if (early.length === 0) return orders.map((raw) => readUnit(build, raw));
  const byRaw = new Map(early.map((unit) => [unit.raw, unit]));
  return orders.map((raw) => byRaw.get(raw) ?? readUnit(build, raw));
}

/** The read result of a page where no order could be read, and why. */
export const problemResult = <T>(adapterId: string, problem: string): ReadResult<T> => ({ adapter: adapterId, rows: [], skipped: [], totalRows: 0, problem });
