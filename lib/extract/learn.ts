/**
 * An order block's layout, learned from a block the reader by meaning read by its structure
 * (lib/extract/meaning.ts): which element is its header line, which one holds its item rows,
 * and the elements around them. The next blocks of the list are read by that layout when a few
 * checks prove they have it, and by their structure otherwise, so both reads give the same
 * order. By its structure a block's rows are told apart from its header by testing every row,
 * and its header's texts found by a walk in script; by the layout, a few steps find them.
 */
import { collapse, isHiddenRow } from './dom';
import { cellsOf } from './table';

/** Tags whose text is never a header line's text, nor a piece of a cell's (lib/extract/meaning.ts leaves them out). */
export const NEVER_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'del', 's', 'template']);

/** A node around the header and the rows, as the learned block has it. */
type FrameNode =
  | { readonly kind: 'text' }
  | { readonly kind: 'empty'; readonly tag: string }
  | { readonly kind: 'header'; readonly tag: string }
  | { readonly kind: 'rows'; readonly tag: string }
  | { readonly kind: 'frame'; readonly tag: string; readonly children: readonly FrameNode[] };

export interface LearnedBlock {
  readonly tag: string;
  readonly frame: readonly FrameNode[];
  /** `tr`s in a block besides its item rows (the header line when it is a row). */
  readonly otherRows: number;
}

/** What a block read by its layout gives: its item rows, their cells, and its header line (every text of the block outside its rows). */
export interface BlockParts {
  readonly rows: Element[];
  readonly cells: Element[][];
  readonly header: Element;
}

const isElement = (node: Node): node is Element => node.nodeType === 1;

/**
 * The layout of `block`, read by its structure into `rows` (its item rows, in page order), with
 * its order number's label in `hit`; undefined when the block has no layout the checks of
 * `partsByLayout` can prove (rows under several parents, text beside them, a struck price in the header).
 */
export function learnBlock(block: Element, rows: readonly Element[], hit: Element): LearnedBlock | undefined {
  const first = rows[0];
  if (first === undefined || block.tagName === 'TR' || block.getAttribute('role') === 'row') return undefined;
  const holder = first.parentElement;
  if (holder === null || !block.contains(holder) || holder === block) return undefined;
  // The holder's elements are the rows, and nothing but them; its texts are blanks.
  let n = 0;
  for (let child = holder.firstChild; child !== null; child = child.nextSibling) {
    if (isElement(child)) {
      if (child !== rows[n]) return undefined;
      n++;
    } else if (child.nodeType === 3 && collapse(child.nodeValue ?? '') !== '') return undefined;
  }
  if (n !== rows.length || rows.some((r) => r.tagName !== 'TR')) return undefined;
  // The header line: the smallest element holding the label and every other text outside the rows.
  let header: Element = hit;
  const outside: Node[] = [];
  const collect = (node: Node): boolean => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child === holder) continue;
      if (isElement(child)) {
        if (NEVER_TEXT.has(child.localName) || !collect(child)) return false;
      } else if (child.nodeType === 3 && collapse(child.nodeValue ?? '') !== '') outside.push(child);
    }
    return true;
  };
  if (!collect(block)) return undefined;
  for (const text of outside) while (!header.contains(text)) header = header.parentElement!;
  if (!block.contains(header) || header === block || header.contains(holder) || header.getElementsByTagName('tr').length > 0) return undefined;
  const frame = frameOf(block, header, holder);
  if (frame === undefined) return undefined;
  const otherRows = block.getElementsByTagName('tr').length - rows.length;
  // Only the header line may be a row besides the item rows (it holds the label: never an item row).
  if (otherRows !== (header.tagName === 'TR' ? 1 : 0)) return undefined;
  return { tag: block.localName, frame, otherRows };
}

/** The nodes of `node` around the header and the rows' holder, or undefined when one may hold text. */
function frameOf(node: Element, header: Element, holder: Element): FrameNode[] | undefined {
  const out: FrameNode[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) out.push({ kind: 'text' });
    else if (!isElement(child)) continue;
    else if (child === header) out.push({ kind: 'header', tag: child.localName });
    else if (child === holder) out.push({ kind: 'rows', tag: child.localName });
    else if (child.contains(header) || child.contains(holder)) {
      if (child.tagName === 'TR' || NEVER_TEXT.has(child.localName)) return undefined;
      const children = frameOf(child, header, holder);
      if (children === undefined) return undefined;
      out.push({ kind: 'frame', tag: child.localName, children });
    } else {
      if (child.getElementsByTagName('tr').length > 0 || collapse(child.textContent ?? '') !== '') return undefined;
      out.push({ kind: 'empty', tag: child.localName });
    }
  }
  return out;
}

/** The header line and the rows' holder fitsFrame met (a function of its own: a closure made per block cost more than the check). */
let foundHeader: Element | undefined;
let foundHolder: Element | undefined;

/** Whether the nodes of `node` are those of `frame` (texts blank, the others empty), noting the header and the holder met. */
function fitsFrame(node: Element, frame: readonly FrameNode[]): boolean {
  let child = node.firstChild;
  for (const expected of frame) {
    // Comments and other nodes that are neither text nor element show nothing.
    let type = 0;
    while (child !== null && (type = child.nodeType) !== 1 && type !== 3) child = child.nextSibling;
    if (child === null) return false;
    if (type === 3) {
      if (expected.kind !== 'text' || collapse(child.nodeValue ?? '') !== '') return false;
    } else {
      const el = child as Element;
      if (expected.kind === 'text' || el.localName !== expected.tag) return false;
      if (expected.kind === 'header') foundHeader = el;
      else if (expected.kind === 'rows') foundHolder = el;
      else if (expected.kind === 'frame') {
        if (!fitsFrame(el, expected.children)) return false;
      } else if (el.firstChild !== null && (el.getElementsByTagName('tr').length > 0 || collapse(el.textContent ?? '') !== '')) return false;
    }
    child = child.nextSibling;
  }
  for (; child !== null; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 1 || type === 3) return false;
  }
  return true;
}

/**
 * `block`'s item rows, their cells and its header line, when it has `layout`: its nodes around
 * the header and the rows as learned (texts there blank), its rows the holder's elements (each
 * a shown row of two cells or more), and no row elsewhere (in the header, inside a cell).
 * Otherwise undefined, and the block is read by its structure.
 */
export function partsByLayout(block: Element, layout: LearnedBlock, hit: Element): BlockParts | undefined {
  if (block.localName !== layout.tag || block.getAttribute('role') === 'row') return undefined;
  foundHeader = undefined;
  foundHolder = undefined;
  const fits = fitsFrame(block, layout.frame);
  const header = foundHeader as Element | undefined;
  const holder = foundHolder as Element | undefined;
  if (!fits || header === undefined || holder === undefined || !header.contains(hit)) return undefined;
  const rows: Element[] = [];
  const cells: Element[][] = [];
  for (let child = holder.firstChild; child !== null; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 3) {
      if (collapse(child.nodeValue ?? '') !== '') return undefined;
    } else if (type === 1) {
      const row = child as Element;
      // Most rows carry no attribute: one call says none hides them.
      if (row.tagName !== 'TR' || (row.hasAttributes() && isHiddenRow(row))) return undefined;
      const rowCells = cellsOf(row);
      if (rowCells.length < 2) return undefined;
      rows.push(row);
      cells.push(rowCells);
    }
  }
  // No row besides the learned ones: none in the header line, none inside an item row's cell.
  if (rows.length === 0 || block.getElementsByTagName('tr').length !== rows.length + layout.otherRows) return undefined;
  return { rows, cells, header };
}
