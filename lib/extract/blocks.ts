/** Orders laid out as blocks (Taobao/Tmall 已卖出的宝贝): a header line, then item rows under shared column headers. */
import type { BlockLayout } from '../adapters/types';
import { CellText, layoutGrid, queryAllOfKind, queryFirst, queryFirstList, safeQueryAll, textOf } from './dom';
import type { CellKey } from './keys';
import { EMPTY_LIST, type Found, type RawOrder, type UnitLayout } from './raw';
import { cellsOf, groupRows, labelsOf } from './table';

export function findBlockOrders(
  root: ParentNode,
  layout: BlockLayout,
  keyOf: (h: string) => CellKey | undefined,
  emptyMarkers: readonly string[],
  cellText: CellText = new CellText(root),
): Found {
  const headerCells = queryFirstList(root, layout.columnHeaders);
  const labels = (layoutGrid([headerCells])[0] ?? []).map((c) => (c ? textOf(c) : ''));
  const cols = new Map<CellKey, number>();
  labels.forEach((label, c) => {
    const key = keyOf(label);
    if (key && !cols.has(key)) cols.set(key, c);
  });
  // All matches of the first selector that matches anything (and the selector that found them:
  // a CSS module's class is looked up by the class of this build, see queryAllOfKind).
  let blockSelector: string | undefined;
  let blocks: Element[] = [];
  for (const sel of layout.block) {
    const kind = queryAllOfKind(root, sel);
    blocks = kind.found;
    if (blocks.length > 0) {
      blockSelector = kind.selector;
      break;
    }
  }
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
  const reader = blockReader(layout, labels, cols, cellText);
  const orders: RawOrder[] = [];
  for (const block of blocks) {
    const raw = reader(block, orders.length + 1);
    if (raw) orders.push(raw);
  }
  const headerTable = headerCells[0]?.closest('table') ?? headerCells[0]?.parentElement;
  const units: UnitLayout = {
    containers: [...new Set(blocks.map((b) => b.parentElement!))],
    boundaries: headerTable ? [headerTable] : [],
    watch: [...layout.block, ...layout.columnHeaders].join(', '),
    read: (el, text) => {
      if (matches(el, blockSelector!)) return blockReader(layout, labels, cols, text)(el, 0);
      // Something holding blocks, or a block of another build (the adapter's selector matches it,
      // the class of this read's blocks does not): read the list whole again.
      return layout.block.some((sel) => matches(el, sel) || safeQueryAll(el, sel).length > 0) ? 'layout' : undefined;
    },
  };
  return { kind: 'orders', orders, units };
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * Reads one block into a raw order; what every block shares (header fields, labels) is worked
 * out once. Also used to read a block added to a list already read (lib/extract/incremental).
 */
export function blockReader(
  layout: BlockLayout,
  labels: readonly string[],
  cols: ReadonlyMap<CellKey, number>,
  texts: CellText,
): (block: Element, position: number) => RawOrder | undefined {
  const fields = Object.entries(layout.headerFields) as [CellKey, { label: string; pattern: RegExp }][];
  const merged = labelsOf(labels, cols);
  for (const [key, field] of fields) merged.set(key, field.label);
  return (block, position) => {
    const header = queryFirst(block, layout.blockHeader);
    const anchor = (header && layout.anchor ? queryFirst(header, layout.anchor) : undefined) ?? header ?? block;
    const headerText = header ? texts.of(header) : '';
    const given: Partial<Record<CellKey, string>> = {};
    for (const [key, field] of fields) {
      const m = field.pattern.exec(headerText);
      if (m?.[1] !== undefined) given[key] = m[1].trim();
    }
    const rows: Element[] = [];
    const rowCells: Element[][] = [];
    for (const r of queryFirstList(block, layout.itemRows)) {
      const cells = cellsOf(r);
      if (cells.length === 0) continue;
      rows.push(r);
      rowCells.push(cells);
    }
    // One group per block: the rows of a block are one order whatever their cells say.
    const [raw] =
      rows.length > 0
        ? groupRows(rows, labels, cols, position, false, () => anchor, given, rowCells, merged)
        : groupRows([block], labels, cols, position, false, () => anchor, given, undefined, merged);
    return raw === undefined ? undefined : { ...raw, element: block };
  };
}
