/** Small DOM helpers for the reader. Text only: nothing here reads or writes HTML. */

/**
 * Struck-through prices are the old price, never the value; scripts and styles are not text;
 * WordPress's screen-reader-only labels ("Sort ascending.", "Show more details") are not shown.
 */
const NEVER_TAGS = ['del', 's', 'strike', 'script', 'style', 'template'];
const NEVER_CLASS = '.screen-reader-text';
const NEVER_TEXT = [...NEVER_TAGS, NEVER_CLASS].join(', ');
const neverTags: ReadonlySet<string> = new Set(NEVER_TAGS);
/**
 * The never-text tags a read lists once (CellText): not <template>, whose parsed content is a
 * fragment of its own, never among the page's nodes, so no text a read meets is under one. Each
 * tag listed is a walk over the whole page (500 Taobao blocks: 0.11 ms).
 */
const LISTED_TAGS = NEVER_TAGS.filter((tag) => tag !== 'template');
/** Nothing to leave out: one list shared by every call that names none, not a new one each. */
const NONE: readonly string[] = [];
/** Cells with elements walked for never-text in one read before its never-text elements are listed (CellText). */
const WALKS_BEFORE_LISTING = 64;

/**
 * Whether an element of a never-text tag is among `first`, its later siblings and everything under
 * them: a walk comparing tag names, half the cost of a query per cell.
 */
function neverTagFrom(first: Element | null): boolean {
  for (let c = first; c !== null; c = c.nextElementSibling) if (neverTags.has(c.localName) || neverTagFrom(c.firstElementChild)) return true;
  return false;
}

/**
 * Text collapsing would change: a space at an edge, a run of two, or any other whitespace (what
 * `\s` matches besides the space). One regular expression, run as the engine's own code from its
 * first use, where a character loop in script runs slowly until V8 has optimised it (the first
 * reads of a page) and costs more bytes in every content script.
 */
const UNCOLLAPSED = /^ | $| {2}|[^\S ]/;

export function collapse(text: string): string {
  // Most cells are already collapsed: a test is cheaper than rebuilding them.
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Visible text of an element, whitespace collapsed, without the `ignore`d descendants. */
export function textOf(el: Element, ignore: readonly string[] = NONE): string {
  const skip = ignore.length === 0 ? NEVER_TEXT : [NEVER_TEXT, ...ignore].join(', ');
  if (!el.querySelector(skip)) return collapse(el.textContent ?? '');
  return walkText(el, skip);
}

function walkText(el: Element, skip: string): string {
  // Text of the subtree minus the skipped elements, without cloning it (a clone per
  // status cell was a tenth of a page read).
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3 /* text */ || child.nodeType === 4 /* CDATA */) text += child.nodeValue ?? '';
      else if (child.nodeType === 1 /* element */ && !(child as Element).matches(skip)) walk(child);
    }
  };
  walk(el);
  return collapse(text);
}

/**
 * Cell text for one read. Whether a cell holds never-text (a struck price, a script) is first
 * looked for in the cell itself, by tag name; once a read has walked many cells so, the never-text
 * elements under its scope are listed instead, one query per tag (a single tag is the browser's
 * fast path: the six take ~0.6 ms over 27,000 elements, where one query naming all six tests
 * every element against each and takes 2 ms), and a cell holds some exactly when it is one of
 * their ancestors. The walks had cost about as much as reading every cell's text of 500 Taobao
 * blocks, the listing a quarter of that; a read of a few orders (a change) still walks. The
 * screen-reader class is looked for once per read: one class query is fast.
 */
export class CellText {
  /** Elements holding a screen-reader-only label (each match's ancestors), then any never-text element once listed. */
  private readonly labelled = new Set<Element>();
  /** Cells walked for never-text before the scope's never-text elements are listed (undefined: listed). */
  private walksLeft: number | undefined = WALKS_BEFORE_LISTING;

  /** The scope is a whole document: every element a read asks about is in it (found by queries under it). */
  private readonly whole: boolean;

  constructor(private readonly scope: ParentNode) {
    this.whole = (scope as Node).nodeType === 9 /* document */;
    for (const match of safeQueryAll(scope, NEVER_CLASS)) this.markAncestors(match);
  }

  private markAncestors(match: Element): void {
    for (let up = match.parentElement; up !== null && !this.labelled.has(up); up = up.parentElement) this.labelled.add(up);
  }

  /**
   * Whether `el` holds a never-text element or a screen-reader label, its never-text elements
   * listed now if they were not: a reader that reads many elements' texts itself (the reader by
   * meaning's 500 order blocks) asks before it reads them, and reads those holding none by a
   * plain walk of their texts.
   */
  holdsNeverText(el: Element): boolean {
    this.listNever();
    // The listing covers the scope only: an element outside it is taken to hold some.
    return this.labelled.has(el) || (!this.whole && !(this.scope as Node).contains(el));
  }

  /** Lists the scope's never-text elements, once per read (see the class). */
  private listNever(): void {
    if (this.walksLeft === undefined) return;
    this.walksLeft = undefined;
    for (const tag of LISTED_TAGS) for (const match of safeQueryAll(this.scope, tag)) this.markAncestors(match);
  }

  /** Whether `el`, whose first element is `first`, holds a never-text element or a screen-reader label. */
  private holdsNever(el: Element, first: Element): boolean {
    if (this.walksLeft !== undefined) {
      if (this.walksLeft > 0) {
        this.walksLeft--;
        return this.labelled.has(el) || neverTagFrom(first);
      }
      this.listNever();
    }
    // The listing covers the scope only: an element outside an element's scope (no read asks for one) is walked.
    return this.labelled.has(el) || (!this.whole && !(this.scope as Node).contains(el) && neverTagFrom(first));
  }

  /** Same text as `textOf(el, ignore)`. */
  of(el: Element, ignore: readonly string[] = NONE): string {
    // Text alone (most table cells): nothing to leave out, and no need to look for never-text.
    // Its first element, asked once, both says so and starts the walk (one call fewer per cell).
    const first = el.firstElementChild;
    if (first === null) return collapse(el.textContent ?? '');
    const never = this.holdsNever(el, first);
    if (!never && ignore.length === 0) return collapse(el.textContent ?? '');
    const tags = ignoredTags(ignore);
    if (tags === undefined || never) return textOf(el, ignore);
    // A walk comparing tag names: no selector query, no selector match per element. In
    // Chromium it reads a Taobao 交易状态 cell (status, then a 详情 link) in half the time of
    // cutting the link's text off the cell's text, which costs a query and two textContent
    // reads (500 cells: 0.15 against 0.32 ms).
    let text = '';
    const walk = (node: Node): void => {
      for (let child = node.firstChild; child !== null; child = child.nextSibling) {
        const type = child.nodeType;
        if (type === 3 /* text */ || type === 4 /* CDATA */) text += child.nodeValue ?? '';
        else if (type === 1 /* element */ && !tags.has((child as Element).localName)) {
          // An element without elements holds nothing to leave out: its textContent is the text
          // of its text and CDATA nodes, without handing each node to script (the status span).
          if ((child as Element).childElementCount === 0) text += child.textContent ?? '';
          else walk(child);
        }
      }
    };
    walk(el);
    return collapse(text);
  }
}

const tagLists = new WeakMap<readonly string[], ReadonlySet<string> | null>();

/** The tag names an ignore list names, when it names nothing else (`['a', 'button']`). */
function ignoredTags(ignore: readonly string[]): ReadonlySet<string> | undefined {
  let tags = tagLists.get(ignore);
  if (tags === undefined) {
    tags = ignore.every((s) => /^[a-z][a-z0-9]*$/.test(s)) ? new Set(ignore) : null;
    tagLists.set(ignore, tags);
  }
  return tags ?? undefined;
}

/** All matches of the first selector that matches anything (selectors are ordered by preference). */
export function queryFirstList(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const sel of selectors) {
    const found = safeQueryAll(root, sel);
    if (found.length > 0) return found;
  }
  return [];
}

/** The first match of the first selector that matches anything (without listing every match). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const sel of selectors) {
    try {
      const found = root.querySelector(sel);
      if (found !== null) return found;
    } catch {
      // A selector the page's DOM implementation rejects counts as matching nothing.
    }
  }
  return undefined;
}

/**
 * `[class*="part"]` alone: a CSS module's class named by its stable part, without the build's
 * hash; a part that is a class selector as it is (a letter or `_` first).
 */
const CLASS_PART = /^\[class\*="(-?[_a-zA-Z][\w-]*)"\]$/;
/**
 * What a CSS module build appends to a class name: a separator, then a hash with a digit or a
 * capital (`___3kf9Q`, `__kL2p9`), which a word (`-inner`, `-tip`) lacks.
 */
const BUILD_HASH = /^(?:_{1,3}|-{1,2})(?=[a-z]*[0-9A-Z])[A-Za-z0-9]{4,12}$/;

/**
 * The elements under `root` of one kind (order blocks), and the selector that found them. When
 * `selector` names a CSS module's class by its stable part (`[class*="trade-order-mod__order-wrap"]`)
 * and its first match carries that class with this build's hash (`trade-order-mod__order-wrap___3kf9Q`),
 * they are the elements carrying that class: one build gives every element of a kind the same
 * class, and Chromium finds a class through its class index where a substring is tested on every
 * element's class (500 Taobao blocks in a page of 27,000 elements: 0.03 against 0.4 ms).
 * An element whose class only contains the part (`…__order-wrap-tip___Zz1Ab`) is then not one of
 * them. Otherwise the selector is used as it is.
 */
export function queryAllOfKind(root: ParentNode, selector: string): { found: Element[]; selector: string } {
  const part = CLASS_PART.exec(selector)?.[1];
  if (part !== undefined) {
    const first = root.querySelector(selector);
    if (first === null) return { found: [], selector };
    const built = builtClass(first, part);
    if (built !== undefined) {
      const byClass = `.${built}`;
      return { found: safeQueryAll(root, byClass), selector: byClass };
    }
  }
  return { found: safeQueryAll(root, selector), selector };
}

/**
 * The class by which `el` matches `selector`, when `selector` names a CSS module's class by its
 * stable part and `el` carries it with a build's hash (see queryAllOfKind); otherwise undefined.
 */
export function buildClassOf(el: Element, selector: string): string | undefined {
  const part = CLASS_PART.exec(selector)?.[1];
  return part === undefined ? undefined : builtClass(el, part);
}

/** The class of `el` that is `part` as a build names it (`part` and a hash, or `part` alone). */
function builtClass(el: Element, part: string): string | undefined {
  const list = el.classList;
  for (let i = 0; i < list.length; i++) {
    const name = list[i]!;
    // The part is a selector as it is (CLASS_PART), and so is the hash: nothing to escape.
    if (name.startsWith(part) && (name.length === part.length || BUILD_HASH.test(name.slice(part.length)))) return name;
  }
  return undefined;
}

/**
 * Whether `el`'s class attribute lists `name`. Not classList: Chromium makes a DOMTokenList for
 * each element the first time its classList is asked for, ten times the cost of reading the
 * attribute (1,000 fresh elements: 2.6 against 0.3 ms).
 */
export function hasClass(el: Element, name: string): boolean {
  return classListed(el.getAttribute('class'), name);
}

/** Whether a class attribute's value lists `name` (for one read of the attribute tested against several names). */
export function classListed(value: string | null, name: string): boolean {
  if (value === null || !value.includes(name)) return false;
  return value === name || value.split(/[\t\n\f\r ]+/).includes(name);
}

/** A selector the page's DOM implementation rejects counts as matching nothing. */
export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  let found: NodeListOf<Element>;
  try {
    found = root.querySelectorAll(selector);
  } catch {
    return [];
  }
  // An index loop, not Array.from's iterator: listing the item rows of 500 Taobao blocks took
  // 0.65 ms with Array.from, 0.27 ms so.
  const list: Element[] = [];
  for (let i = 0, n = found.length; i < n; i++) list.push(found[i]!);
  return list;
}

function span(el: Element, name: 'colspan' | 'rowspan', aria: string): number {
  // Most cells carry no attribute at all: one call instead of four.
  if (!el.hasAttributes()) return 1;
  const n = Number.parseInt(el.getAttribute(name) ?? el.getAttribute(aria) ?? '1', 10);
  // rowspan="0" means "to the end of the group"; cap runaway values.
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : n === 0 ? 1000 : 1;
}

/** Rows a cell spans (rowspan or aria-rowspan; 1 for most cells). */
export const rowSpanOf = (cell: Element): number => span(cell, 'rowspan', 'aria-rowspan');

/**
 * Lays rows of cells out on a grid, honouring colspan/rowspan (and their aria-* twins):
 * `grid[r][c]` is the cell covering row r, column c. A cell spanning rows appears in each.
 */
export function layoutGrid(rows: readonly (readonly Element[])[]): (Element | undefined)[][] {
  const grid: (Element | undefined)[][] = [];
  for (let r = 0; r < rows.length; r++) grid.push([]);
  for (let r = 0; r < rows.length; r++) {
    const line = grid[r]!;
    let c = 0;
    for (const cell of rows[r]!) {
      while (line[c] !== undefined) c++;
      // Most cells carry no attribute: one call says both spans are 1.
      const plain = !cell.hasAttributes();
      const cols = plain ? 1 : span(cell, 'colspan', 'aria-colspan');
      const down = plain ? 1 : span(cell, 'rowspan', 'aria-rowspan');
      for (let dr = 0; dr < down && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < cols; dc++) grid[r + dr]![c + dc] = cell;
      }
      c += cols;
    }
  }
  return grid;
}

/** Rows hidden from everyone (measure rows, placeholders) are not orders. */
export function isHiddenRow(row: Element): boolean {
  return row.getAttribute('aria-hidden') === 'true' || row.hasAttribute('hidden');
}
