/** Orders laid out as blocks (Taobao/Tmall 已卖出的宝贝): a header line, then item rows under shared column headers. */
import type { BlockLayout, PageAdapter } from '../adapters/types';
import { buildClassOf, CellText, classListed, hasClass, layoutGrid, queryAllOfKind, queryFirst, queryFirstList, safeQueryAll, textOf } from './dom';
import type { CellKey } from './keys';
import { EMPTY_LIST, type Found, type RawOrder, type UnitLayout } from './raw';
import { blockOrder, cellsOf, groupRows, labelsOf } from './table';

export function findBlockOrders(
  root: ParentNode,
  layout: BlockLayout,
  keyOf: (h: string) => CellKey | undefined,
  emptyMarkers: readonly string[],
  cellText: CellText = new CellText(root),
  _adapter?: PageAdapter,
  each?: (raw: RawOrder) => void,
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
    if (raw) {
      orders.push(raw);
      each?.(raw);
    }
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
 * Where the header line, the badge anchor and the item rows sit in a block, learned from the first
 * block: found there with the adapter's selectors, then found in the next blocks by walking a
 * few children and testing a class, instead of three selector queries per block (those
 * queries were a tenth of reading 500 Taobao blocks, the walk costs a third of them). Only
 * learned when the selectors that matched name CSS module classes (`[class*="part"]`, rows as
 * `[class*="part"] > tr`) and the walk finds in the first block exactly what the selectors found.
 */
interface BlockShape {
  /** firstElementChild steps from the block to the element holding the header and the row groups. */
  readonly depth: number;
  readonly headerClass: string;
  /** The class of the elements whose children of `rowTag` are the item rows. */
  readonly groupClass: string;
  readonly rowTag: string;
  /** firstElementChild steps from the header to the anchor, and the anchor's class (none: the header). */
  readonly anchorDepth: number;
  readonly anchorClass: string | undefined;
}

interface BlockParts {
  readonly header: Element | undefined;
  readonly anchor: Element | undefined;
  readonly rows: Element[];
}

/** `[class*="part"] > tag`: item rows as the children of a CSS module class's elements. */
const CHILDREN_OF_CLASS = /^(\[class\*="[^"]+"\]) > ([a-z][a-z0-9]*)$/;

const MAX_DEPTH = 3;

/** firstElementChild steps from `from` down to `to` (at most MAX_DEPTH), or undefined. */
function depthTo(from: Element, to: Element): number | undefined {
  let el: Element | null = from;
  for (let depth = 0; depth <= MAX_DEPTH && el !== null; depth++, el = el.firstElementChild) if (el === to) return depth;
  return undefined;
}

function down(el: Element, depth: number): Element | null {
  let at: Element | null = el;
  for (let i = 0; i < depth && at !== null; i++) at = at.firstElementChild;
  return at;
}

/** The block's parts where the shape says, or undefined when the block does not have that shape. */
function partsByShape(block: Element, shape: BlockShape): BlockParts | undefined {
  const frame = down(block, shape.depth);
  if (frame === null) return undefined;
  let header: Element | undefined;
  const rows: Element[] = [];
  for (let child = frame.firstElementChild; child !== null; child = child.nextElementSibling) {
    const classes = child.getAttribute('class');
    if (header === undefined && classListed(classes, shape.headerClass)) header = child;
    if (classListed(classes, shape.groupClass)) {
      for (let row = child.firstElementChild; row !== null; row = row.nextElementSibling) if (row.localName === shape.rowTag) rows.push(row);
    }
  }
  if (header === undefined || rows.length === 0) return undefined;
  if (shape.anchorClass === undefined) return { header, anchor: header, rows };
  const anchor = down(header, shape.anchorDepth);
  return anchor !== null && hasClass(anchor, shape.anchorClass) ? { header, anchor, rows } : undefined;
}

/** The block's parts found with the adapter's selectors. */
function partsByQuery(block: Element, layout: BlockLayout): BlockParts {
  const header = queryFirst(block, layout.blockHeader);
  const anchor = header && layout.anchor ? queryFirst(header, layout.anchor) : header;
  return { header, anchor, rows: queryFirstList(block, layout.itemRows) };
}

/** The shape of a block whose parts the selectors found, when the walk finds the same parts. */
function learnShape(block: Element, layout: BlockLayout, parts: BlockParts): BlockShape | undefined {
  const { header, anchor, rows } = parts;
  const rowsBy = CHILDREN_OF_CLASS.exec(layout.itemRows[0] ?? '');
  const firstRow = rows[0];
  if (header === undefined || anchor === undefined || rowsBy === null || firstRow === undefined) return undefined;
  const headerClass = buildClassOf(header, layout.blockHeader[0]!);
  const frame = header.parentElement;
  const depth = frame === null ? undefined : depthTo(block, frame);
  const group = firstRow.parentElement;
  const groupClass = group === null ? undefined : buildClassOf(group, rowsBy[1]!);
  if (headerClass === undefined || depth === undefined || groupClass === undefined) return undefined;
  let anchorDepth = 0;
  let anchorClass: string | undefined;
  if (layout.anchor !== undefined) {
    anchorClass = buildClassOf(anchor, layout.anchor[0]!);
    const at = depthTo(header, anchor);
    if (anchorClass === undefined || at === undefined) return undefined;
    anchorDepth = at;
  }
  const shape: BlockShape = { depth, headerClass, groupClass, rowTag: rowsBy[2]!, anchorDepth, anchorClass };
  const walked = partsByShape(block, shape);
  const same =
    walked !== undefined &&
    walked.header === header &&
    walked.anchor === anchor &&
    walked.rows.length === rows.length &&
    walked.rows.every((row, i) => row === rows[i]);
  return same ? shape : undefined;
}

/**
 * Reads one block into a raw order; what every block shares (header fields, labels, the blocks'
 * shape) is worked out once. Also used to read a block added to a list already read
 * (lib/extract/incremental).
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
  let shape: BlockShape | undefined;
  let learned = false;
  return (block, position) => {
    let parts = shape === undefined ? undefined : partsByShape(block, shape);
    if (parts === undefined) {
      parts = partsByQuery(block, layout);
      if (!learned) {
        learned = true;
        shape = learnShape(block, layout, parts);
      }
    }
    const { header } = parts;
    const anchor = parts.anchor ?? header ?? block;
    const headerText = header ? texts.of(header) : '';
    const given: Partial<Record<CellKey, string>> = {};
    for (const [key, field] of fields) {
      const m = field.pattern.exec(headerText);
      if (m?.[1] !== undefined) given[key] = m[1].trim();
    }
    const rowCells: Element[][] = [];
    for (const r of parts.rows) {
      const cells = cellsOf(r);
      if (cells.length > 0) rowCells.push(cells);
    }
    // One group per block: the rows of a block are one order whatever their cells say.
    if (rowCells.length > 0) return blockOrder(rowCells, cols, position, block, anchor, given, merged);
    const [raw] = groupRows([block], labels, cols, position, false, () => anchor, given, undefined, merged);
    return raw === undefined ? undefined : { ...raw, element: block };
  };
}
