/**
 * Generic order-table finder: HTML `<table>`s and ARIA grids, with header and body in one
 * table or split over two (component libraries), fixed-column copies ignored, rows merged
 * by rowspan grouped into one order.
 */
import type { TableLayout } from '../adapters/types';
import { isHiddenRow, layoutGrid, rowSpanOf, safeQueryAll, textOf } from './dom';
import type { CellKey } from './keys';
import { ITEM_KEYS, PER_LINE_KEYS } from './keys';
import { EMPTY_LIST, type Found, type RawOrder, type UnitLayout } from './raw';

const ARIA_TABLE = '[role="table"], [role="grid"], [role="treegrid"]';
const ARIA_CELL = '[role="cell"], [role="gridcell"], [role="rowheader"], [role="columnheader"]';

interface Part {
  readonly el: Element;
  readonly headerRows: Element[];
  readonly bodyRows: Element[];
  /** The cells of each body row, found once per read (three times before). */
  readonly bodyCells: Element[][];
}

interface Candidate {
  readonly labels: string[];
  readonly bodyRows: Element[];
  readonly bodyCells: Element[][];
  /** The table(s) it was read from: header and body, or one table. */
  readonly tables: Element[];
}

/** The table a row belongs to: its parent or grandparent for almost every row, without a search. */
function tableOf(row: Element): Element | null {
  const parent = row.parentElement;
  if (parent?.tagName === 'TABLE') return parent;
  const grand = parent?.parentElement;
  if (grand?.tagName === 'TABLE' && parent!.tagName !== 'TABLE') return grand;
  return row.closest('table');
}

export function cellsOf(row: Element): Element[] {
  // Tag names compared as localName: in an HTML page the same test as tagName's 'TR', 'TD' and
  // 'TH', and cheaper in Chromium (the rows of 500 Taobao blocks walked: 0.4 against 1.0 ms).
  if (row.localName === 'tr') {
    // A sibling walk, not Array.from(children).filter: a page read calls this for every row.
    const cells: Element[] = [];
    for (let c = row.firstElementChild; c !== null; c = c.nextElementSibling) {
      const tag = c.localName;
      if (tag === 'td' || tag === 'th') cells.push(c);
    }
    return cells;
  }
  const cells = safeQueryAll(row, ARIA_CELL).filter((c) => c.parentElement?.closest('[role="row"]') === row);
  const indexed = cells.map((c) => Number.parseInt(c.getAttribute('aria-colindex') ?? '', 10));
  // Virtualised grids may render cells out of order; aria-colindex says where each belongs.
  if (cells.length > 0 && indexed.every((n) => Number.isFinite(n))) {
    return cells.map((c, i) => [c, indexed[i]!] as const).sort((a, b) => a[1] - b[1]).map(([c]) => c);
  }
  return cells;
}

function htmlPart(table: Element): Part {
  const rows = safeQueryAll(table, 'tr').filter((r) => tableOf(r) === table);
  const headerRows: Element[] = [];
  const bodyRows: Element[] = [];
  const bodyCells: Element[][] = [];
  let leading = true;
  for (const row of rows) {
    const cells = cellsOf(row);
    const inHead = row.parentElement?.tagName === 'THEAD';
    const allTh = cells.length > 0 && cells.every((c) => c.tagName === 'TH');
    if (inHead || (leading && allTh)) {
      headerRows.push(row);
      continue;
    }
    if (row.parentElement?.tagName === 'TFOOT') continue;
    leading = false;
    if (cells.some((c) => c.tagName === 'TD') && !isHiddenRow(row)) {
      bodyRows.push(row);
      bodyCells.push(cells);
    }
  }
  return { el: table, headerRows, bodyRows, bodyCells };
}

function ariaPart(grid: Element): Part {
  const rows = safeQueryAll(grid, '[role="row"]').filter((r) => r.parentElement?.closest(ARIA_TABLE) === grid);
  const headerRows: Element[] = [];
  const bodyRows: Element[] = [];
  const bodyCells: Element[][] = [];
  for (const row of rows) {
    const cells = cellsOf(row);
    if (cells.length === 0) continue;
    if (cells.every((c) => c.getAttribute('role') === 'columnheader')) headerRows.push(row);
    else if (!isHiddenRow(row)) {
      bodyRows.push(row);
      bodyCells.push(cells);
    }
  }
  return { el: grid, headerRows, bodyRows, bodyCells };
}

/**
 * Column names from a table's header rows: the bottom header row names each column, a
 * grouping header above it only when it is alone; '' for an unnamed column. Teach mode
 * (lib/teach) shows the seller the same names the reader matches.
 */
export function headerLabels(headerRows: readonly Element[]): string[] {
  return labelsOfCells(headerRows.map(cellsOf));
}

/** Column names from header cells row by row (a header drawn in pinned parts joins its rows' cells first). */
export function labelsOfCells(headerCells: readonly (readonly Element[])[]): string[] {
  const grid = layoutGrid(headerCells);
  const width = Math.max(0, ...grid.map((r) => r.length));
  const labels: string[] = [];
  for (let c = 0; c < width; c++) {
    let label = '';
    // The bottom header row names the column; a grouping header above it only when it is alone.
    for (let r = grid.length - 1; r >= 0 && label === ''; r--) {
      const cell = grid[r]![c];
      if (cell) label = textOf(cell) || cell.getAttribute('aria-label') || cell.getAttribute('title') || '';
    }
    labels.push(label);
  }
  return labels;
}

/** A message row spanning the whole table ("暂无数据") is not an order. */
function isPlaceholderRow(cells: readonly Element[]): boolean {
  return cells.length === 1 && Number.parseInt(cells[0]!.getAttribute('colspan') ?? '1', 10) > 1;
}

function candidates(root: ParentNode, layout: TableLayout): Candidate[] {
  const seen = new Set<Element>();
  for (const sel of layout.tables) for (const el of safeQueryAll(root, sel)) seen.add(el);
  const ordered = Array.from(seen).sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1,
  );
  const parts = ordered.map((el) => (el.tagName === 'TABLE' ? htmlPart(el) : ariaPart(el)));
  const out: Candidate[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.headerRows.length > 0 && part.bodyRows.length === 0 && next && next.headerRows.length === 0) {
      // Split header/body tables (Ant Design, Fusion Next, Element, Arco, TDesign): pair them.
      out.push({ labels: headerLabels(part.headerRows), bodyRows: next.bodyRows, bodyCells: next.bodyCells, tables: [part.el, next.el] });
      i++;
    } else if (part.headerRows.length > 0) {
      out.push({ labels: headerLabels(part.headerRows), bodyRows: part.bodyRows, bodyCells: part.bodyCells, tables: [part.el] });
    }
  }
  return out.map((c) => {
    const bodyRows: Element[] = [];
    const bodyCells: Element[][] = [];
    c.bodyRows.forEach((row, i) => {
      if (isPlaceholderRow(c.bodyCells[i]!)) return;
      bodyRows.push(row);
      bodyCells.push(c.bodyCells[i]!);
    });
    return { ...c, bodyRows, bodyCells };
  });
}

function columnsOf(labels: readonly string[], keyOf: (h: string) => CellKey | undefined): Map<CellKey, number> {
  const cols = new Map<CellKey, number>();
  labels.forEach((label, c) => {
    const key = keyOf(label);
    if (key && !cols.has(key)) cols.set(key, c);
  });
  return cols;
}

/** Header text as shown, per column meaning (used in skip reasons). */
export function labelsOf(labels: readonly string[], cols: ReadonlyMap<CellKey, number>): Map<CellKey, string> {
  const labelMap = new Map<CellKey, string>();
  for (const [key, c] of cols) labelMap.set(key, labels[c] ?? key);
  return labelMap;
}

const splits = new WeakMap<ReadonlyMap<CellKey, number>, { itemCols: [CellKey, number][]; orderCols: [CellKey, number][] }>();

/** Item and order columns, split once per read rather than per order (500 blocks share one map). */
function splitColumns(cols: ReadonlyMap<CellKey, number>) {
  let split = splits.get(cols);
  if (split === undefined) {
    split = { itemCols: [], orderCols: [] };
    for (const entry of cols) {
      (ITEM_KEYS.has(entry[0]) ? split.itemCols : split.orderCols).push(entry);
      if (PER_LINE_KEYS.has(entry[0])) split.itemCols.push(entry);
    }
    splits.set(cols, split);
  }
  return split;
}

/** The order of grid lines `first` to `end` (excluded): its order cells from its first line, one item per line. */
function orderOfLines(
  grid: readonly (readonly (Element | undefined)[])[],
  first: number,
  end: number,
  cols: ReadonlyMap<CellKey, number>,
  position: number,
  element: Element,
  anchor: Element,
  given: Partial<Record<CellKey, string>>,
  labelMap: ReadonlyMap<CellKey, string>,
): RawOrder {
  const { itemCols, orderCols } = splitColumns(cols);
  const items: Partial<Record<CellKey, Element>>[] = [];
  for (let r = first; r < end; r++) {
    const line = grid[r]!;
    const item: Partial<Record<CellKey, Element>> = {};
    for (const [key, c] of itemCols) if (line[c]) item[key] = line[c];
    items.push(item);
  }
  const firstRow = grid[first]!;
  const orderCells: Partial<Record<CellKey, Element>> = {};
  for (const [key, c] of orderCols) if (firstRow[c]) orderCells[key] = firstRow[c];
  return { position, element, anchor, labels: labelMap, orderCells, itemCells: items, given };
}

/** Splits rows (laid out on a grid) into orders: a row whose order-id cell spans down continues the order above. */
export function groupRows(
  rows: readonly Element[],
  labels: readonly string[],
  cols: ReadonlyMap<CellKey, number>,
  startPosition: number,
  splitByOrderId: boolean,
  anchorOf: (first: Element, idCell: Element | undefined) => Element,
  given: Partial<Record<CellKey, string>> = {},
  rowCells: readonly (readonly Element[])[] = rows.map(cellsOf),
  labelMap: ReadonlyMap<CellKey, string> = labelsOf(labels, cols),
): RawOrder[] {
  const grid = layoutGrid(rowCells);
  const idCol = cols.get('orderId');
  const orders: RawOrder[] = [];
  // The order being read starts at line `first`; past the last line it ends too. A loop, not
  // closures: a block of Taobao rows is grouped 500 times a read.
  let first = 0;
  for (let r = 1; r <= grid.length; r++) {
    const line = grid[r];
    if (!line || (splitByOrderId && (idCol === undefined || !line[idCol] || line[idCol] !== grid[r - 1]![idCol]))) {
      const element = rows[first]!;
      const anchor = anchorOf(element, idCol === undefined ? undefined : grid[first]![idCol]);
      orders.push(orderOfLines(grid, first, r, cols, startPosition + orders.length, element, anchor, given, labelMap));
      first = r;
    }
  }
  return orders;
}

/**
 * The one order of an order block's item rows (`rowCells`: their cells): what groupRows gives for
 * them without splitting, with the block as its element.
 */
export function blockOrder(
  rowCells: readonly (readonly Element[])[],
  cols: ReadonlyMap<CellKey, number>,
  position: number,
  element: Element,
  anchor: Element,
  given: Partial<Record<CellKey, string>>,
  labelMap: ReadonlyMap<CellKey, string>,
): RawOrder | undefined {
  const grid = layoutGrid(rowCells);
  return grid.length === 0 ? undefined : orderOfLines(grid, 0, grid.length, cols, position, element, anchor, given, labelMap);
}

export function findTableOrders(
  root: ParentNode,
  layout: TableLayout,
  keyOf: (h: string) => CellKey | undefined,
  emptyMarkers: readonly string[] = [],
): Found {
  let best: { cand: Candidate; cols: Map<CellKey, number> } | undefined;
  const sizes: number[] = [];
  for (const cand of candidates(root, layout)) {
    const cols = columnsOf(cand.labels, keyOf);
    if (!cols.has('orderId')) continue;
    sizes.push(cols.size);
    // Most meanings first (a fixed-column copy names fewer), then most rows.
    if (!best || cols.size > best.cols.size || (cols.size === best.cols.size && cand.bodyRows.length > best.cand.bodyRows.length)) {
      best = { cand, cols };
    }
  }
  if (!best) {
    // Some consoles replace the table with a message when the shop has no order at all
    // (WooCommerce: "When you receive a new order, it will appear here.").
    const top = 'documentElement' in root ? (root as Document).documentElement : (root as Element);
    const text = top ? textOf(top) : '';
    if (emptyMarkers.some((m) => text.includes(m))) return { kind: 'problem', problem: EMPTY_LIST };
    return { kind: 'problem', problem: 'no order table with an order-number column was found' };
  }
  if (best.cand.bodyRows.length === 0) return { kind: 'problem', problem: EMPTY_LIST };
  const { cand, cols } = best;
  const labelMap = labelsOf(cand.labels, cols);
  const orders = groupRows(cand.bodyRows, cand.labels, cols, 1, true, anchorOfRow, {}, cand.bodyCells, labelMap);
  // A row can be read alone when every order is one row of an HTML table, and no other table
  // names as many meanings (rows added to it could make it the one read).
  const alone =
    orders.length === cand.bodyRows.length &&
    cand.bodyRows.every((r) => r.tagName === 'TR') &&
    cand.bodyCells.every((cells) => cells.every((c) => rowSpanOf(c) === 1)) &&
    sizes.filter((n) => n === cols.size).length === 1;
  if (!alone) return { kind: 'orders', orders };
  const containers = [...new Set(cand.bodyRows.map((r) => r.parentElement!))];
  const units: UnitLayout = {
    containers,
    boundaries: cand.tables,
    watch: layout.tables.join(', '),
    read: (row) => {
      if (row.tagName !== 'TR') return 'layout';
      const cells = cellsOf(row);
      if (cells.length === 0 || isHiddenRow(row) || isPlaceholderRow(cells)) return undefined;
      // A row of column headers may start a new header; a spanning cell joins rows into one order.
      if (cells.every((c) => c.tagName === 'TH') || cells.some((c) => rowSpanOf(c) !== 1)) return 'layout';
      if (!cells.some((c) => c.tagName === 'TD')) return undefined;
      return groupRows([row], cand.labels, cols, 0, true, anchorOfRow, {}, [cells], labelMap)[0];
    },
  };
  return { kind: 'orders', orders, units };
}

const anchorOfRow = (first: Element, idCell: Element | undefined): Element => idCell ?? first;
