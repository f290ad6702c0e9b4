/**
 * Reading only what changed (a new order on a 500-row page must not cost a page read).
 * A page read remembers which element holds each order; the MutationObserver's records then
 * say which orders were added, changed or removed, and only those are read. Anything that may
 * change how the list itself is read (its header, its table or container replaced, a new list,
 * too many changes, another hour or address) reads the page whole again, so the result is always
 * the one a full read gives (test/extract/incremental.test.ts).
 */
import type { PageAdapter } from '../adapters/types';
import { CellText } from './dom';
import type { Order } from '../schema';
import { IdCounts, composeResult, problemResult, readAllUnits, readUnit, type LayoutReaders, type MakeBuild, type ReadResult, type ReadUnit } from './read';
import type { ReadContext } from './order';
import type { UnitLayout } from './raw';

/** A read of a page, with what a later read of its changes needs. */
export interface PageRead<T = Order> {
  readonly adapter: PageAdapter;
  /** The readers the page was read with (a read of its changes may read it whole again). */
  readonly readers: LayoutReaders;
  /** What a row is read into (texts in a content script); a read of changes reads the same. */
  readonly makeBuild: MakeBuild<T>;
  readonly ctx: ReadContext;
  readonly result: ReadResult<T>;
  /**
   * Present when the list can be read change by change: the orders in page order, and by
   * element. Kept up to date by readChanges, which takes them over from the read it is given.
   */
  readonly units?: {
    readonly layout: UnitLayout;
    readonly list: ReadUnit<T>[];
    readonly byElement: Map<Element, ReadUnit<T>>;
    readonly ids: IdCounts;
  };
  /** How the last read was made (for the read health and the tests). */
  readonly how: 'full' | 'changes';
}

/** More changed orders than this in one batch: reading the page whole is as cheap and simpler. */
const MAX_CHANGED_ORDERS = 50;
const MAX_RECORDS = 500;
const HOUR = 3_600_000;

/**
 * Reads the whole page with `readers` into what `makeBuild` makes (a content script's own
 * readers and texts: no defaults, so it bundles nothing else).
 */
export function readPageWith<T extends { orderId: string }>(
  readers: LayoutReaders,
  adapter: PageAdapter,
  root: ParentNode,
  ctx: ReadContext,
  makeBuild: MakeBuild<T>,
): PageRead<T> {
  const read = readAllUnits(adapter, root, ctx, readers, makeBuild);
  // What every page read says of how it was made (one literal: the content script's bytes).
  const made = { adapter, readers, makeBuild, ctx, how: 'full' as const };
  if (read.kind === 'problem') return { ...made, result: problemResult(adapter.id, read.problem) };
  const { units: list, layout } = read;
  const ids = new IdCounts();
  if (layout !== undefined) for (const unit of list) ids.add(unit);
  const result = composeResult(adapter.id, list, layout !== undefined && ids.duplicates === 0);
  if (read.byStructure) result.byStructure = read.byStructure;
  if (layout === undefined) return { ...made, result };
  return { ...made, result, units: { layout, list, byElement: new Map(list.map((u) => [u.raw.element, u])), ids } };
}

/** Where a changed node is: in an order (its unit), in a list's container, in a list's boundary, or elsewhere. */
type Place<T> = ReadUnit<T> | 'container' | 'boundary' | 'outside';

/**
 * The page after `records` (MutationObserver records since `previous`, the overlay's own left
 * out): the orders they touched read again, the others kept; or the page read whole. The
 * returned read takes over `previous`'s order lists (updating them costs nothing per order
 * kept), so `previous` must not be given to readChanges again.
 */
export function readChanges<T extends { orderId: string }>(
  previous: PageRead<T>,
  records: readonly MutationRecord[],
  root: ParentNode,
  ctx: ReadContext,
): PageRead<T> {
  const full = () => readPageWith(previous.readers, previous.adapter, root, ctx, previous.makeBuild);
  const units = previous.units;
  // Relative dates ("3 小时前") are read against the hour, and the address decides the marketplace.
  if (units === undefined || records.length > MAX_RECORDS || ctx.url !== previous.ctx.url) return full();
  if (Math.floor(ctx.now / HOUR) !== Math.floor(previous.ctx.now / HOUR)) return full();
  if (records.length === 0) return previous;
  const { layout, list, byElement, ids } = units;
  if (!layout.containers.every((c) => c.isConnected)) return full();

  const containers = new Set(layout.containers);
  const boundaries = new Set(layout.boundaries);
  const placeOf = (node: Node): Place<T> => {
    for (let n: Node | null = node; n !== null; n = n.parentNode) {
      if (n.nodeType !== 1) continue;
      const unit = byElement.get(n as Element);
      if (unit !== undefined) return unit;
      if (containers.has(n as Element)) return 'container';
      if (boundaries.has(n as Element)) return 'boundary';
    }
    return 'outside';
  };
  const mayHoldList = (node: Node): boolean => {
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    try {
      return el.matches(layout.watch) || el.querySelector(layout.watch) !== null;
    } catch {
      return true;
    }
  };

  const changed = new Set<ReadUnit<T>>();
  const added = new Set<Element>();
  const removed = new Set<ReadUnit<T>>();
  for (const record of records) {
    const place = placeOf(record.target);
    if (typeof place === 'object') {
      changed.add(place);
    } else if (place === 'container') {
      for (const node of record.removedNodes) {
        const unit = node.nodeType === 1 ? byElement.get(node as Element) : undefined;
        if (unit !== undefined) removed.add(unit);
      }
      for (const node of record.addedNodes) if (node.nodeType === 1) added.add(node as Element);
    } else if (place === 'boundary') {
      return full();
    } else {
      // Elsewhere on the page: only a new list (a table, order blocks) or a list taken away matters.
      for (const node of record.addedNodes) if (mayHoldList(node)) return full();
      for (const node of record.removedNodes) if (mayHoldList(node)) return full();
    }
  }
  if (!layout.containers.every((c) => c.isConnected)) return full();

  // Orders taken out and put back (moved, re-rendered) are read again where they are now.
  for (const unit of removed) {
    const el = unit.raw.element;
    if (el.parentElement !== null && containers.has(el.parentElement)) added.add(el);
  }
  for (const unit of changed) {
    const el = unit.raw.element;
    if (el.parentElement === null || !containers.has(el.parentElement)) continue;
    removed.add(unit);
    added.add(el);
  }
  for (const el of added) {
    const unit = byElement.get(el);
    if (unit !== undefined) removed.add(unit);
  }
  if (added.size + removed.size > 2 * MAX_CHANGED_ORDERS) return full();

  // The new orders, read as a full read would read them (text scoped to the order's element:
  // finding never-text elements on the whole page would cost more than the order).
  const fresh: { el: Element; unit: ReadUnit<T> }[] = [];
  for (const el of added) {
    // Still in the list (an element added then taken away again in the same batch is not).
    if (el.parentElement === null || !containers.has(el.parentElement)) continue;
    const cellText = new CellText(el);
    const raw = layout.read(el, cellText);
    if (raw === 'layout') return full();
    if (raw === undefined) continue;
    fresh.push({ el, unit: readUnit(previous.makeBuild(previous.adapter, ctx, cellText), raw) });
  }

  // From here on the lists are updated in place (nothing returns to a full read with them).
  if (fresh.length === 0 && removed.size >= list.length) return full(); // the list emptied: a full read says why
  if (removed.size > 0) {
    for (const unit of removed) {
      byElement.delete(unit.raw.element);
      ids.remove(unit);
    }
    let to = 0;
    for (const unit of list) if (!removed.has(unit)) list[to++] = unit;
    list.length = to;
  }
  // Each new order goes before the next order after it in its container, or after the last one
  // before it; placed in page order, so neighbours added together find each other.
  fresh.sort((a, b) => (a.el === b.el ? 0 : a.el.compareDocumentPosition(b.el) & 4 /* FOLLOWING */ ? -1 : 1));
  for (const { el, unit } of fresh) {
    const index = insertionIndex(el, list, byElement);
    if (index === undefined) return full();
    list.splice(index, 0, unit);
    byElement.set(el, unit);
    ids.add(unit);
  }
  const result = composeResult(previous.adapter.id, list, ids.duplicates === 0);
  if (previous.result.byStructure) result.byStructure = previous.result.byStructure;
  return { ...previous, ctx, how: 'changes', result, units };
}

/** Where `el` goes among `list`: before the first order after it in its container, or after the last before it. */
function insertionIndex<T>(el: Element, list: readonly ReadUnit<T>[], at: ReadonlyMap<Element, ReadUnit<T>>): number | undefined {
  for (let next = el.nextElementSibling; next !== null; next = next.nextElementSibling) {
    const unit = at.get(next);
    if (unit !== undefined) return list.indexOf(unit);
  }
  for (let prev = el.previousElementSibling; prev !== null; prev = prev.previousElementSibling) {
    const unit = at.get(prev);
    if (unit !== undefined) return list.indexOf(unit) + 1;
  }
  return undefined;
}
