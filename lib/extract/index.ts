/**
 * Reading a page whole into canonical Orders: the texts a content script reads
 * (lib/extract/read.ts), parsed as the background parses them (lib/extract/order.ts). Tests,
 * the evaluation, the benchmarks and teach mode's preview read with this.
 */
import type { Adapter } from '../adapters/types';
import type { Order } from '../schema';
import { readPageWith, type PageRead } from './incremental';
import { orderBuilder, type ReadContext } from './order';
import { EVERY_READER } from './flat';
import { composeResult, problemResult, readAllUnits, type LayoutReaders, type MakeBuild, type ReadResult } from './read';

export * from './read';

/** Orders: texts parsed with the adapter's rules, as the background parses them. */
export const ordersWith =
  (adapter: Adapter): MakeBuild<Order> =>
  (_page, ctx, cellText) =>
    orderBuilder(adapter, ctx, cellText);

/** The page's orders, read and parsed (what the background makes of a content script's read). */
export function readOrders(adapter: Adapter, root: ParentNode, ctx: ReadContext, readers: LayoutReaders = EVERY_READER): ReadResult {
  const read = readAllUnits(adapter, root, ctx, readers, ordersWith(adapter));
  if (read.kind === 'problem') return problemResult(adapter.id, read.problem);
  const result = composeResult(adapter.id, read.units);
  if (read.byStructure) result.byStructure = read.byStructure;
  return result;
}

/** Reads the whole page into orders with every layout's reader, ready for a read of its changes. */
export function readPage(adapter: Adapter, root: ParentNode, ctx: ReadContext): PageRead {
  return readPageWith(EVERY_READER, adapter, root, ctx, ordersWith(adapter));
}
