/**
 * Order lists the reader by meaning (lib/extract/meaning.ts) finds no list in, read when it says
 * "no order list found" (LayoutReaders.lastRules, lib/extract/read.ts):
 *
 * - A flat run of cells: siblings in one container, the header labels first, then the body cells
 *   row after row with no element per row. Vaadin Grid's light DOM is one (its table lives in its
 *   shadow root; each cell's content is a `<vaadin-grid-cell-content>` slotted into it), and so is
 *   a CSS grid (`grid-template-columns: repeat(N, …)`) whose cells are its children.
 * - Lists inside open shadow roots (Lit and Stencil admins), which no query of the page enters,
 *   cells slotted from the light DOM read through their assigned nodes.
 *
 * Column meaning and each value come from the reader by meaning's own rules (guessColumns,
 * valueIn), so a flat list reads as the same list drawn as a table would. Loaded with the reader
 * by meaning (entrypoints/reader.ts), never in a content script. Pure and synchronous; never throws.
 *
 * Sources (seen 2026-12-07): a live Vaadin grid's body cell is `<td role="gridcell" part="cell
 * body-cell …"><slot name="vaadin-grid-cell-content-79"></slot></td>` in its shadow root, the
 * content `<vaadin-grid-cell-content slot="vaadin-grid-cell-content-3">300.0</…>` in the light DOM
 * (vaadin.com/forum/t/changing-color-of-treegrid-if-content-match/167785 and
 * vaadin.com/forum/t/vaadin-flow-14-treegrid-setclassnamegenerator-doesnt-work-at-all/159692);
 * Stencil tables render their rows in the shadow root from properties (KoliBri's
 * KolTableStateless takes `_data` and `_headerCells`, @public-ui/components 3.0.3
 * dist/types/components/table-stateless/shadow.d.ts on unpkg) or slot them from the light DOM
 * (se-web-ui's `se-table`, `shadow: true`, rows in a default `<slot>`, libs/core/src/components/
 * table/table.tsx). Polaris web components' `s-table` is given its `s-table-header` and
 * `s-table-cell` children in the light DOM (as a Phoenix wrapper's docs show them,
 * hexdocs.pm/octantis OctantisWeb.Components.PolarisWC.STable); no public source found says where
 * their shadow roots or Amazon's Katal `kat-*` tables put the cells, so both places are read.
 */
import { collapse, safeQueryAll } from './dom';
import { ITEM_KEYS, type CellKey } from './keys';
import { NEVER_TEXT } from './learn';
import { DATE_KEYS, findByMeaning, glues, guessColumns, INLINE, NO_ORDER_LIST, valueIn, withMeaning, type ColumnGuess, type GlueState } from './meaning';
import type { Found, RawOrder } from './raw';
import { LAYOUT_READERS, type LayoutReaders, type ListRule } from './read';
import { BLANK } from './row';
import { idTokenOf, isLetterReference, looksLikeDate, moneyStrength } from './sniff';

/** Widest header looked for: consoles show up to ~25 columns. */
const MAX_COLUMNS = 40;
/** Rows whose texts type the columns (as the reader by meaning samples). */
const ROWS_SAMPLED = 40;
/** Elements looked at for flat runs, and shadow roots entered (count and nesting): a page's work stays bounded. */
const MAX_ELEMENTS = 50_000;
const MAX_SHADOW_ROOTS = 200;
const MAX_SHADOW_DEPTH = 6;
/** Tables and ARIA grids, their rows and their cells, as the reader by meaning finds them. */
const GRID = 'table, [role="table"], [role="grid"], [role="treegrid"]';
const ROW = 'tr, [role="row"]';
const CELL = 'th, td, [role="cell"], [role="gridcell"], [role="rowheader"], [role="columnheader"]';
const HEADER_CELL = 'th, [role="columnheader"]';
const MONEY_KEYS: ReadonlySet<CellKey> = new Set<CellKey>(['paid', 'subtotal', 'unitPrice', 'shipping']);
/** Values picked among a cell's pieces (valueIn) when the cell has elements; others are read whole. */
const PICKED_KEYS: readonly CellKey[] = ['placedAt', 'paidAt', 'shipBy', 'paid', 'subtotal', 'shipping', 'discount', 'status', 'afterSales', 'paymentStatus'];
/** Header meanings that make a run an order list beside its number. */
const ORDER_COLUMNS: ReadonlySet<CellKey> = new Set<CellKey>(['placedAt', 'paid', 'status']);

/** What a cell's text holds. */
type Kind = 'empty' | 'id' | 'date' | 'money' | 'text';

/** A list read as rows of cells: its header labels and each row's cells (slotted cells resolved). */
interface CellRows {
  readonly labels: readonly string[];
  readonly rows: readonly (readonly (Element | undefined)[])[];
}

// ---------------------------------------------------------------------------------------------
// Cell texts, through slots

/** The elements a slot shows (its assigned nodes, flattened), or none where the DOM has no slots. */
function assigned(slot: Element): Node[] {
  const nodes = (slot as HTMLSlotElement).assignedNodes?.({ flatten: true });
  return nodes === undefined ? [] : Array.from(nodes);
}

/** Where a walk over a cell's texts stands: whether the last text ended with no space, and was highlighted. */
interface Pieces extends GlueState {
  readonly out: string[];
}

/**
 * One text of a cell: a new piece, or the end of the last one when the two meet with no space
 * between and one of them is in a <mark> (lib/extract/meaning.ts glues, the rule chunksOf reads cards
 * and tables by). Without a <mark> every text stays its own piece, as before.
 */
function addText(raw: string, inMark: boolean, walk: Pieces): void {
  const text = collapse(raw);
  if (text === '') {
    if (raw !== '') walk.tight = false;
    return;
  }
  if (glues(walk, raw, inMark, walk.out.length > 0)) walk.out[walk.out.length - 1] += text;
  else walk.out.push(text);
}

/** A cell's pieces of text, in order: a slot's pieces are those of the nodes assigned to it. */
function piecesOf(node: Node, walk: Pieces = { out: [], tight: false, marked: false }, depth = 0, inMark = false): string[] {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3 /* text */) {
      addText(child.nodeValue ?? '', inMark, walk);
    } else if (child.nodeType === 1 /* element */) {
      const el = child as Element;
      if (NEVER_TEXT.has(el.localName)) continue;
      // Texts in two blocks (two lines of a cell) never meet: only inline elements (meaning.ts INLINE) join them; a
      // search's highlight cuts a number into texts of their own ("3556" <mark>"7096"</mark> "9304").
      const block = !INLINE.has(el.localName);
      if (block) walk.tight = false;
      const marked = inMark || el.localName === 'mark';
      if (el.localName === 'slot' && depth < 4) {
        const shown = assigned(el);
        if (shown.length > 0) {
          for (const n of shown) n.nodeType === 3 ? addText(n.nodeValue ?? '', marked, walk) : piecesOf(n, walk, depth + 1, marked || (n as Element).localName === 'mark');
          walk.tight = false;
          continue;
        }
      }
      piecesOf(el, walk, depth, marked);
      if (block) walk.tight = false;
    }
  }
  return walk.out;
}

const cellText = (cell: Element | undefined): string => (cell === undefined ? '' : piecesOf(cell).filter((p) => p !== '').join(' '));

/**
 * The element whose text a cell shows: the one element slotted into it (a live Vaadin grid's
 * `<td><slot>` shows its `<vaadin-grid-cell-content>`), else the cell itself.
 */
function shownBy(cell: Element): Element {
  const slot = cell.localName === 'slot' ? cell : cell.querySelector('slot');
  if (slot === null) return cell;
  const shown = assigned(slot).filter((n) => n.nodeType === 1 || collapse(n.nodeValue ?? '') !== '');
  return shown.length === 1 && shown[0]!.nodeType === 1 ? (shown[0] as Element) : cell;
}

/** Whether the row reader could read the cell's text itself: no slot in it (a slot's text is not its textContent). */
const readable = (cell: Element): boolean => cell.localName !== 'slot' && cell.querySelector('slot') === null;

function kindOf(text: string): Kind {
  if (text === '' || BLANK.test(text)) return 'empty';
  if (looksLikeDate(text)) return 'date';
  if (moneyStrength(text) > 0) return 'money';
  if (idTokenOf(text) !== undefined) return 'id';
  return 'text';
}

// ---------------------------------------------------------------------------------------------
// Flat runs of cells

/** A header label's meaning, as the reader by meaning types a header alone. */
const labelKeys = new Map<string, CellKey | undefined>();
function labelKey(text: string): CellKey | undefined {
  if (!labelKeys.has(text)) {
    // A page of many short texts must not grow the cache for as long as the tab lives.
    if (labelKeys.size >= 5_000) labelKeys.clear();
    labelKeys.set(text, guessColumns([text], [])[0]?.key);
  }
  return labelKeys.get(text);
}

/** The texts and kinds of a container's children, each worked out once. */
class Run {
  private readonly texts: (string | undefined)[];
  private readonly kinds: (Kind | undefined)[];
  constructor(readonly cells: readonly Element[]) {
    this.texts = new Array(cells.length);
    this.kinds = new Array(cells.length);
  }
  text(i: number): string {
    return (this.texts[i] ??= cellText(this.cells[i]));
  }
  kind(i: number): Kind {
    return (this.kinds[i] ??= kindOf(this.text(i)));
  }
  /** A header label: a short text that is no value. */
  isLabel(i: number): boolean {
    return this.kind(i) === 'text' && this.text(i).length <= 40;
  }
}

/**
 * The list a flat run of cells holds: a header of `k` cells whose labels type as order columns
 * (the order number at `p` among them), then body cells that repeat with period `k`. The
 * smallest period whose columns keep their kinds wins (a multiple of it would put two orders in
 * a row); where several header starts fit, the one with the most typed labels (a first column
 * of names must not be taken for a label). Rows of empty cells (Vaadin's footer and spare row)
 * are left out; a last row cut short is kept, so its order is reported rather than lost.
 */
function flatList(run: Run, p: number): CellRows | undefined {
  const n = run.cells.length;
  for (let k = 2; k <= MAX_COLUMNS && p + k < n; k++) {
    let best: { a: number; typed: number } | undefined;
    for (let a = Math.max(0, p - k + 1); a <= p && a + k <= n; a++) {
      const typed = headerTyped(run, a, k, p);
      if (typed > (best?.typed ?? 0) && periodHolds(run, a, k, p)) best = { a, typed };
    }
    if (best === undefined) continue;
    const { a } = best;
    const labels = run.cells.slice(a, a + k).map((_, c) => run.text(a + c));
    const rows: Element[][] = [];
    for (let r = a + k; r < n; r += k) {
      const row = run.cells.slice(r, Math.min(r + k, n));
      if (row.every((_, c) => run.kind(r + c) === 'empty')) continue;
      rows.push(row.map(shownBy));
    }
    return { labels, rows };
  }
  return undefined;
}

/** How many of the header's labels type as columns, or 0 when it is no order list's header. */
function headerTyped(run: Run, a: number, k: number, p: number): number {
  let typed = 0;
  let order = false;
  for (let i = a; i < a + k; i++) {
    if (run.kind(i) === 'empty') continue;
    if (!run.isLabel(i)) return 0;
    const key = labelKey(run.text(i));
    if (key === 'orderId' && i !== p) return 0;
    if (key !== undefined) typed++;
    if (key !== undefined && ORDER_COLUMNS.has(key)) order = true;
  }
  return order && labelKey(run.text(p)) === 'orderId' ? typed : 0;
}

/**
 * Whether the body after a header at `a` keeps period `k`: under the order number an order
 * number in nearly every row with content, each one once; under a date or an amount label,
 * dates or amounts; and no column whose cells hold ids, dates or amounts mixed with other kinds.
 */
function periodHolds(run: Run, a: number, k: number, p: number): boolean {
  const n = run.cells.length;
  const counts = Array.from({ length: k }, () => ({ filled: 0, id: 0, date: 0, money: 0 }));
  const ids = new Set<string>();
  let rows = 0;
  for (let r = a + k; r + k <= n; r += k) {
    let filled = false;
    for (let c = 0; c < k; c++) {
      const kind = run.kind(r + c);
      if (kind === 'empty') continue;
      filled = true;
      const count = counts[c]!;
      count.filled++;
      if (kind === 'id' || kind === 'date' || kind === 'money') count[kind]++;
    }
    if (!filled) continue;
    rows++;
    const id = idTokenOf(run.text(r + p - a));
    if (id !== undefined) ids.add(id);
  }
  const idCount = counts[p - a]!;
  if (rows === 0 || idCount.id < 0.9 * rows || ids.size < idCount.id) return false;
  for (let c = 0; c < k; c++) {
    const count = counts[c]!;
    if (count.filled === 0) continue;
    const key = labelKey(run.text(a + c));
    if (key !== undefined && DATE_KEYS.has(key) && count.date < 0.8 * count.filled) return false;
    if (key !== undefined && MONEY_KEYS.has(key) && count.money < 0.8 * count.filled) return false;
    const top = Math.max(count.id, count.date, count.money);
    if (top >= 0.5 * count.filled && top < 0.8 * count.filled) return false;
  }
  return true;
}

/** Flat runs of cells under `root`: containers whose children start with an order list's header. */
function flatLists(root: ParentNode): CellRows[] {
  const lists: CellRows[] = [];
  const all = safeQueryAll(root, '*');
  for (let e = 0; e < all.length && e < MAX_ELEMENTS; e++) {
    const box = all[e]!;
    // A header of two labels and one row at least.
    if (box.childElementCount < 4 || box.localName === 'tr' || box.localName === 'select') continue;
    const kids = Array.from(box.children).filter((k) => !k.hasAttribute('hidden') && k.localName !== 'template' && k.localName !== 'script' && k.localName !== 'style');
    const run = new Run(kids);
    // A few order-number labels per container are tried: more are a page of label-value pairs, no list's header.
    for (let p = 0, tries = 0; p < kids.length && tries < 8; p++) {
      // Only a short cell can be a label: a container of whole sections is passed by quickly.
      if (kids[p]!.childElementCount > 3 || (kids[p]!.textContent?.length ?? 0) > 60 || !run.isLabel(p) || labelKey(run.text(p)) !== 'orderId') continue;
      tries++;
      const list = flatList(run, p);
      if (list !== undefined) {
        lists.push(list);
        break;
      }
    }
  }
  return lists;
}

// ---------------------------------------------------------------------------------------------
// Tables in shadow roots whose cells are slotted

/** Tables and ARIA grids under `root` whose cells show slotted content, as header labels and rows. */
function slottedGrids(root: ParentNode): CellRows[] {
  const grids: CellRows[] = [];
  for (const grid of safeQueryAll(root, GRID)) {
    if (grid.querySelector('slot') === null) continue;
    const rows = safeQueryAll(grid, ROW)
      .filter((r) => r.closest(GRID) === grid)
      .map((r) => safeQueryAll(r, CELL).filter((c) => c.parentElement === r || c.closest(ROW) === r));
    const head = rows.findIndex((cells) => cells.length > 0 && cells.every((c) => c.matches(HEADER_CELL)));
    const at = head < 0 ? 0 : head;
    const labels = (rows[at] ?? []).map((c) => cellText(c));
    const body = rows.slice(at + 1).filter((cells) => cells.length > 0 && !cells.every((c) => c.matches(HEADER_CELL)));
    const shown = body.map((cells) => cells.map(shownBy)).filter((cells) => cells.some((c) => cellText(c) !== ''));
    if (labels.some((l) => labelKey(l) === 'orderId') && shown.length > 0) grids.push({ labels, rows: shown });
  }
  return grids;
}

/** Open shadow roots under `root` and in them, breadth first, bounded in count and nesting. */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  let level: ParentNode[] = [root];
  for (let depth = 0; depth < MAX_SHADOW_DEPTH && level.length > 0 && found.length < MAX_SHADOW_ROOTS; depth++) {
    const next: ShadowRoot[] = [];
    for (const scope of level) {
      const all = safeQueryAll(scope, '*');
      for (let e = 0; e < all.length && e < MAX_ELEMENTS && found.length + next.length < MAX_SHADOW_ROOTS; e++) {
        const shadow = all[e]!.shadowRoot;
        if (shadow) next.push(shadow);
      }
    }
    found.push(...next);
    level = next;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Rows into raw orders

/** The first order number among a cell's pieces (the reader by meaning's rule). */
function idIn(cell: Element): string | undefined {
  for (const piece of piecesOf(cell)) {
    const token = idTokenOf(piece) ?? (isLetterReference(piece) ? piece : undefined);
    if (token !== undefined) return token;
  }
  return undefined;
}

/** Orders of a list's rows, each column's meaning guessed from its header and its first rows' texts. */
function ordersOf(list: CellRows): { columns: ColumnGuess[]; orders: RawOrder[] } | undefined {
  const width = Math.max(list.labels.length, ...list.rows.slice(0, ROWS_SAMPLED).map((r) => r.length));
  const sample = list.rows.slice(0, ROWS_SAMPLED);
  const columnTexts = Array.from({ length: width }, (_, c) => sample.map((row) => cellText(row[c]).slice(0, 300)));
  const columns = guessColumns(
    Array.from({ length: width }, (_, c) => list.labels[c] ?? ''),
    columnTexts,
  );
  const idCol = columns.findIndex((g) => g.key === 'orderId');
  if (idCol < 0) return undefined;
  const labels = new Map<CellKey, string>();
  columns.forEach((g, c) => {
    if (g.key !== undefined) labels.set(g.key, g.label === '' ? g.key : g.label);
  });
  const orders: RawOrder[] = [];
  for (const row of list.rows) {
    const idCell = row[idCol];
    const orderId = idCell === undefined ? undefined : idIn(idCell);
    const first = row.find((c) => c !== undefined && cellText(c) !== '');
    // A row without an order number is reported only when it holds a value (a cut-off row), not a pager's text.
    if (orderId === undefined && !row.some((c) => c !== undefined && ['id', 'date', 'money'].includes(kindOf(cellText(c))))) continue;
    const given: Partial<Record<CellKey, string>> = {};
    if (orderId !== undefined) given.orderId = orderId;
    const orderCells: Partial<Record<CellKey, Element>> = {};
    const item: Partial<Record<CellKey, Element>> = {};
    columns.forEach((g, c) => {
      const cell = row[c];
      if (g.key === undefined || cell === undefined) return;
      (ITEM_KEYS.has(g.key) ? item : orderCells)[g.key] = cell;
      if (g.key === 'orderId') return;
      // A cell the row reader cannot read (its text is slotted in pieces) gives its value here.
      if (!readable(cell)) {
        const text = cellText(cell);
        if (text !== '') given[g.key] = (PICKED_KEYS.includes(g.key) ? valueIn(g.key, cell) : undefined) ?? text;
      } else if (PICKED_KEYS.includes(g.key) && cell.childElementCount > 0) {
        const value = valueIn(g.key, cell);
        if (value !== undefined && value !== '') given[g.key] = value;
      }
    });
    const anchor = idCell ?? first ?? row.find((c) => c !== undefined)!;
    orders.push({ position: orders.length + 1, element: anchor, anchor, labels, orderCells, itemCells: Object.keys(item).length > 0 ? [item] : [], given });
  }
  return { columns, orders };
}

// ---------------------------------------------------------------------------------------------
// The rule

/** Orders of the lists found, the one with the most orders read: the count of lists tells read health how many the page shows. */
function chosen(lists: readonly CellRows[], idPattern: RegExp | undefined): Found | undefined {
  let best: RawOrder[] | undefined;
  let count = 0;
  for (const list of lists) {
    const read = ordersOf(list);
    if (read === undefined || read.orders.length === 0) continue;
    count++;
    if (best === undefined || read.orders.length > best.length) best = read.orders;
  }
  if (best === undefined) return undefined;
  const cut = idPattern === undefined ? best : best.map((o) => (o.given.orderId === undefined ? o : { ...o, given: { ...o.given, orderId: idPattern.exec(o.given.orderId)?.[1] ?? o.given.orderId } }));
  return { kind: 'orders', orders: cut, byStructure: count };
}

/** Whether a list's orders show no order time and no total: order numbers found, but no list of orders around them. */
const bareNumbers = (orders: readonly RawOrder[]): boolean => orders.every((o) => !o.labels.has('placedAt') && !o.labels.has('paid'));
const withTimeOrTotal = (found: Found | undefined): found is Found => found?.kind === 'orders' && !bareNumbers(found.orders);

/**
 * The rule after the reader by meaning: when it found no order list, a flat run of cells in the
 * page, else a list inside an open shadow root (read by meaning, as a slotted table, or as a
 * flat run). When it found only order numbers without a time or a total beside them (a flat
 * run's `#1047` cells read as order blocks), a flat run that shows them stands instead. A
 * shadow root's list is read whole at each read: a page's mutation observer does not see
 * changes inside shadow roots, so no change-by-change layout is given.
 */
export const readFlatOrShadow: ListRule = (root, found, adapter) => {
  const layout = adapter.layout;
  // Cut as the console's own reader cuts it ("#1047" is order 1047 on WooCommerce).
  const idPattern = layout.kind === 'meaning' ? layout.idPattern : adapter.cellParts?.orderId?.pattern;
  try {
    if (found.kind === 'orders') {
      // A console's own layout that read its list is never second-guessed; nor a list read with times or totals.
      if (found.byStructure === undefined || !bareNumbers(found.orders)) return undefined;
      const flat = chosen(flatLists(root), idPattern);
      return withTimeOrTotal(flat) ? flat : undefined;
    }
    if (found.problem !== NO_ORDER_LIST) return undefined;
    const flat = chosen(flatLists(root), idPattern);
    if (flat !== undefined) return flat;
    for (const shadow of shadowRoots(root)) {
      const byMeaning = findByMeaning(shadow, idPattern);
      if (byMeaning.kind === 'orders') return { kind: 'orders', orders: byMeaning.orders, byStructure: byMeaning.byStructure ?? 1 };
      const inside = chosen([...slottedGrids(shadow), ...flatLists(shadow)], idPattern);
      if (inside !== undefined) return inside;
    }
    return undefined;
  } catch {
    // A page's content never breaks a read: the reader by meaning's problem stands.
    return undefined;
  }
};

/** `readers` with the reader by meaning and, after it, this rule: what the reader entrypoint injects. */
export const withFlat = (readers: LayoutReaders): LayoutReaders => ({ ...withMeaning(readers), lastRules: readFlatOrShadow });

/** Every console layout's reader, the reader by meaning and this rule (tests, the corpus, teach mode's preview). */
export const EVERY_READER: LayoutReaders = withFlat(LAYOUT_READERS);
