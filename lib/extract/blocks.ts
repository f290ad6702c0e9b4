/** Orders laid out as blocks (Taobao/Tmall 已卖出的宝贝): a header line, then item rows under shared column headers. */
import type { BlockLayout } from '../adapters/types';
import { layoutGrid, queryFirst, queryFirstList, textOf } from './dom';
import type { CellKey } from './keys';
import { EMPTY_LIST, type Found, type RawOrder } from './raw';
import { cellsOf, groupRows } from './table';

export function findBlockOrders(
  root: ParentNode,
  layout: BlockLayout,
  keyOf: (h: string) => CellKey | undefined,
  emptyMarkers: readonly string[],
): Found {
  const headerCells = queryFirstList(root, layout.columnHeaders);
  const labels = (layoutGrid([headerCells])[0] ?? []).map((c) => (c ? textOf(c) : ''));
  const cols = new Map<CellKey, number>();
  labels.forEach((label, c) => {
    const key = keyOf(label);
    if (key && !cols.has(key)) cols.set(key, c);
  });
  const blocks = queryFirstList(root, layout.block);
  if (blocks.length === 0) {
    const top = 'documentElement' in root ? (root as Document).documentElement : (root as Element);
    const text = top ? textOf(top) : '';
    if (emptyMarkers.some((m) => text.includes(m))) return { kind: 'problem', problem: EMPTY_LIST };
    return {
      kind: 'problem',
      problem:
        headerCells.length > 0
          ? 'the order list shows no order blocks (the page layout may have changed)'
          : 'no order list with column headers was found',
    };
  }
  const orders: RawOrder[] = [];
  for (const block of blocks) {
    const header = queryFirst(block, layout.blockHeader);
    const anchor = (header && layout.anchor ? queryFirst(header, layout.anchor) : undefined) ?? header ?? block;
    const headerText = header ? textOf(header) : '';
    const given: Partial<Record<CellKey, string>> = {};
    const blockLabels = new Map<CellKey, string>();
    for (const [key, field] of Object.entries(layout.headerFields) as [CellKey, { label: string; pattern: RegExp }][]) {
      blockLabels.set(key, field.label);
      const m = field.pattern.exec(headerText);
      if (m?.[1] !== undefined) given[key] = m[1].trim();
    }
    const rows = queryFirstList(block, layout.itemRows).filter((r) => cellsOf(r).length > 0);
    // One group per block: the rows of a block are one order whatever their cells say.
    const [raw] = groupRows(rows.length > 0 ? rows : [block], labels, cols, orders.length + 1, false, () => anchor, given);
    if (!raw) continue;
    const merged = new Map(raw.labels);
    for (const [k, v] of blockLabels) merged.set(k, v);
    orders.push({ ...raw, element: block, labels: merged });
  }
  return { kind: 'orders', orders };
}
