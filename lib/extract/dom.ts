/** Small DOM helpers for the reader. Text only: nothing here reads or writes HTML. */

/**
 * Struck-through prices are the old price, never the value; scripts and styles are not text;
 * WordPress's screen-reader-only labels ("Sort ascending.", "Show more details") are not shown.
 */
const NEVER_TEXT = 'del, s, strike, script, style, template, .screen-reader-text';

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Visible text of an element, whitespace collapsed, without the `ignore`d descendants. */
export function textOf(el: Element, ignore: readonly string[] = []): string {
  const skip = [NEVER_TEXT, ...ignore].join(', ');
  if (!el.querySelector(skip)) return collapse(el.textContent ?? '');
  // Text of the subtree minus the skipped elements, without cloning it (issue 7: a clone per
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

/** A selector the page's DOM implementation rejects counts as matching nothing. */
export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function span(el: Element, name: 'colspan' | 'rowspan', aria: string): number {
  const n = Number.parseInt(el.getAttribute(name) ?? el.getAttribute(aria) ?? '1', 10);
  // rowspan="0" means "to the end of the group"; cap runaway values.
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : n === 0 ? 1000 : 1;
}

/**
 * Lays rows of cells out on a grid, honouring colspan/rowspan (and their aria-* twins):
 * `grid[r][c]` is the cell covering row r, column c. A cell spanning rows appears in each.
 */
export function layoutGrid(rows: readonly (readonly Element[])[]): (Element | undefined)[][] {
  const grid: (Element | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const line = grid[r]!;
    let c = 0;
    for (const cell of cells) {
      while (line[c] !== undefined) c++;
      const cols = span(cell, 'colspan', 'aria-colspan');
      const down = span(cell, 'rowspan', 'aria-rowspan');
      for (let dr = 0; dr < down && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < cols; dc++) grid[r + dr]![c + dc] = cell;
      }
      c += cols;
    }
  });
  return grid;
}

/** Rows hidden from everyone (measure rows, placeholders) are not orders. */
export function isHiddenRow(row: Element): boolean {
  return row.getAttribute('aria-hidden') === 'true' || row.hasAttribute('hidden');
}
