/**
 * Raw cells → the texts of one order (a PageRow), the only work a content script does with a
 * row: which text means what, nothing parsed. The background parses the texts into an Order
 * (lib/extract/order.ts); so the page carries no date, money or status parsing, which was a
 * third of the content script and of its first read.
 */
import type { CellPart, PageAdapter } from '../adapters/types';
import { CELL_TEXT_MAX, PAGE_ROW_ITEMS_MAX, type CellLabels, type Marketplace, type PageRow } from '../schema';
import { CellText, collapse, safeQueryAll } from './dom';
import { CELL_KEYS, HEADER_SYNONYMS, ITEM_KEYS, PER_LINE_KEYS, type CellKey } from './keys';
import type { RawOrder } from './raw';

/** One order's texts as read; a message adds where the order stands in the page's list (PageRow). */
export type RowTexts = Omit<PageRow, 'position'>;

/** A row read, or why it cannot be: `order` is what the reader makes of it (texts, or an Order). */
export type Built<T> = { ok: true; order: T } | { ok: false; orderId?: string; reason: string };

/** What an error thrown while reading says, for a reason a seller reads. */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** One row built; an error thrown by the page's content is a reason, not a failure. */
export function buildSafely<I, T>(build: (input: I) => Built<T>, input: I): Built<T> {
  try {
    return build(input);
  } catch (e) {
    return { ok: false as const, reason: `this row could not be read (${errorMessage(e)})` };
  }
}

type Cells = Partial<Record<CellKey, Element>>;

/** A cell showing only a dash means "nothing here" (unpaid orders' 付款时间). */
export const BLANK = /^[\s\-—–−/]*$/;
/** A digit, a Latin letter, a CJK character or ¥ first: not blank, without the pattern. */
const startsWithValue = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x4e00 && c <= 0x9fff) || c === 0xa5 || c === 0xffe5;
const isBlank = (text: string): boolean => !startsWithValue(text.charCodeAt(0)) && BLANK.test(text);

/** One element's text for a part: an attribute, or its text without the part's ignored elements. */
const readOne = (e: Element, part: CellPart | undefined, cellText: CellText): string =>
  part?.attribute !== undefined ? collapse(e.getAttribute(part.attribute) ?? '') : cellText.of(e, part?.ignore);

function readPart(el: Element, part: CellPart | undefined, cellText: CellText): string | undefined {
  let text: string | undefined;
  if (part?.select) {
    // The first selector that matches anything; the first match with text (or all, joined).
    for (const sel of part.select) {
      if (part.join !== undefined) {
        let found: NodeListOf<Element>;
        try {
          found = el.querySelectorAll(sel);
        } catch {
          continue; // a selector the page's DOM implementation rejects matches nothing
        }
        const n = found.length;
        if (n === 0) continue;
        text = '';
        // An index loop: a NodeList's iterator cost more than the SKU lines' text.
        for (let i = 0; i < n; i++) {
          const t = readOne(found[i]!, part, cellText);
          if (t !== '') text = text === '' ? t : text + part.join + t;
        }
        break;
      }
      let first: Element | null;
      try {
        first = el.querySelector(sel);
      } catch {
        continue; // a selector the page's DOM implementation rejects matches nothing
      }
      if (first === null) continue;
      // Only the first match with text counts: most often the first match, found without
      // listing every match.
      text = readOne(first, part, cellText);
      if (text === '') text = safeQueryAll(el, sel).map((e) => readOne(e, part, cellText)).find((t) => t !== '');
      break;
    }
    // Selectors are a console's hints: a cell of the part's own column that none of them fits (a redesign
    // dropped the wrapper) is read whole rather than lost. A part read from another column's cell is not.
    if (text === undefined && part.column === undefined) text = readOne(el, part, cellText);
  } else {
    text = readOne(el, part, cellText);
  }
  if (text !== undefined && part?.pattern) text = part.pattern.exec(text)?.[1]?.trim();
  return text === undefined || isBlank(text) ? undefined : text.length > CELL_TEXT_MAX ? text.slice(0, CELL_TEXT_MAX) : text;
}

function cleanOrderId(text: string): string {
  // A bare number ("3712804412345678901"): nothing to strip (the label pattern cannot match a digit first).
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57 && !text.includes(' ')) return text;
  const bare = text.replace(/^(订单号|订单编号|order\s*(id|no\.?|number|#)?)\s*[:：#]?\s*/i, '');
  // A copy button or a tag may share the cell: the id is the first token with a digit.
  return bare.split(' ').find((t) => /\d/.test(t)) ?? bare;
}

/** The page's URL, parsed once per address rather than once per order. */
let lastUrl: { text: string; url: URL | undefined } | undefined;
export function parsedUrl(text: string): URL | undefined {
  if (lastUrl?.text !== text) {
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      url = undefined;
    }
    lastUrl = { text, url };
  }
  return lastUrl.url;
}

/** The marketplace of a page's orders: one console may serve several (Taobao and Tmall). */
export function marketplaceOf(adapter: PageAdapter, url: string): Marketplace {
  const parsed = parsedUrl(url);
  if (parsed === undefined) return adapter.marketplace;
  try {
    return adapter.marketplaceFor?.(parsed) ?? adapter.marketplace;
  } catch {
    return adapter.marketplace;
  }
}

const ORDER_KEYS = CELL_KEYS.filter((k) => !ITEM_KEYS.has(k));
const LINE_KEYS = ['item', 'sku', 'quantity', 'unitPrice', 'afterSales'] as const;

/** A list's header texts by column meaning, as a message carries them (each cut to the schema's 200). */
export function headersOf(labels: RawOrder['labels']): CellLabels {
  const out: CellLabels = {};
  for (const [key, text] of labels) out[key] = text.slice(0, 200);
  return out;
}

/** Where each key's text comes from: its part, and the column it is read from. */
interface Spec {
  readonly key: CellKey;
  readonly part: CellPart | undefined;
  readonly col: CellKey;
  /** An item line's own cell only (after-sales): never the order's cell in its place. */
  readonly perLine: boolean;
}
type Specs = Record<CellKey, Spec>;

export function specsOf(adapter: PageAdapter): Specs {
  const parts = adapter.cellParts ?? {};
  const specs = {} as Specs;
  for (const key of CELL_KEYS) specs[key] = { key, part: parts[key], col: parts[key]?.column ?? key, perLine: PER_LINE_KEYS.has(key) };
  return specs;
}

/**
 * The text of `spec`'s key in `cells` (an order's cells, or one item line's with the order's as
 * `fallback`). A module function, not a closure made for each order: with the keys to read
 * listed once per list, a 500-order read spends its time on the cells' texts.
 */
function textOfKey(raw: RawOrder, spec: Spec, cells: Cells, fallback: Cells | undefined, cellText: CellText): string | undefined {
  const own = cells === raw.orderCells;
  const col = spec.col;
  if (own) {
    // A console's own part for a cell (a list read by its structure) outranks the value picked
    // from the cell's pieces; a value from outside the columns (a block's header line) has no cell.
    const given = raw.given[spec.key];
    if (given !== undefined && (spec.part === undefined || cells[col] === undefined || spec.key === 'orderId')) {
      return isBlank(given) ? undefined : given.slice(0, CELL_TEXT_MAX);
    }
  }
  // An order-level value read from an item column (Amazon's "Item subtotal" in the product
  // cell) comes from the order's first item row.
  const el = cells[col] ?? fallback?.[col] ?? (own ? raw.itemCells[0]?.[col] : undefined);
  return el ? readPart(el, spec.part, cellText) : undefined;
}

/**
 * Reads raw rows of one page read into texts. What every row shares (each key's part and
 * column) is worked out once.
 */
export function rowReader(adapter: PageAdapter, cellText: CellText): (raw: RawOrder) => Built<RowTexts> {
  const specs = specsOf(adapter);
  // Whether a raw order can hold a value for a key at all: only when that column (or the key
  // itself) has a label (RawOrder.labels), worked out once per list. Looking up each of the
  // twenty keys of every order, most of them absent, was a tenth of reading it.
  let labelled: RawOrder['labels'] | undefined;
  let idReadable = false;
  let orderSpecs: Spec[] = [];
  let lineSpecs: Spec[] = [];
  const readable = (key: CellKey): boolean => labelled!.has(key) || labelled!.has(specs[key].col);
  return (raw) => {
    if (raw.labels !== labelled) {
      labelled = raw.labels;
      idReadable = readable('orderId');
      orderSpecs = ORDER_KEYS.filter((k) => k !== 'orderId' && readable(k)).map((k) => specs[k]);
      lineSpecs = LINE_KEYS.filter(readable).map((k) => specs[k]);
    }
    const idText = idReadable ? textOfKey(raw, specs.orderId, raw.orderCells, undefined, cellText) : undefined;
    const orderId = idText === undefined ? undefined : cleanOrderId(idText);
    if (!orderId) {
      const label = raw.labels.get(specs.orderId.col) ?? raw.labels.get('orderId') ?? HEADER_SYNONYMS.orderId[0];
      return { ok: false, reason: `no order number (${label}) in this row` };
    }

    const cells: RowTexts['cells'] = {};
    for (const spec of orderSpecs) {
      const text = textOfKey(raw, spec, raw.orderCells, undefined, cellText);
      if (text !== undefined) cells[spec.key] = text;
    }
    const items: RowTexts['items'] = [];
    const lines = raw.itemCells;
    for (const line of lines) {
      if (items.length === PAGE_ROW_ITEMS_MAX) break;
      const texts: RowTexts['items'][number] = {};
      for (const spec of lineSpecs) {
        // A line's own after-sales cell only: the order's (its first row's) is not every line's. One line's is the order's: not read twice.
        if (spec.perLine && lines.length < 2) continue;
        const text = textOfKey(raw, spec, line, spec.perLine ? undefined : raw.orderCells, cellText);
        if (text !== undefined) texts[spec.key as (typeof LINE_KEYS)[number]] = text;
      }
      // A line without a title, a quantity or a price is no item (a gift note, a divider).
      if (texts.item !== undefined || texts.quantity !== undefined || texts.unitPrice !== undefined) items.push(texts);
    }
    return { ok: true, order: { orderId, cells, items } };
  };
}
