/**
 * Reads a review or message page's entries as texts, in the seller's page: no parsing here (the
 * background parses with the console's rules), only finding each entry, its order number and
 * the texts its page part names. Where the part's cited selectors find nothing (a redesign,
 * renamed classes) it reads by meaning: the repeated elements that each hold one order number,
 * and each text by its shape.
 */
import { ANNOTATION_KEYS, ANNOTATION_ROWS_MAX, ANNOTATION_TEXT_MAX, type AnnotationEntry, type AnnotationKey } from '../../schema/annotation-keys';
import type { AnnotationPage, EntryField } from './types';

export interface PageEntries {
  rows: AnnotationEntry[];
  /** Entries shown without an order number (a message not about an order, a layout change). */
  unnumbered: number;
  /** The page says it has no entries (its own words for an empty list, or the list shown bare). */
  empty: boolean;
  /** The page lists every entry of its view (AnnotationPage.whole). */
  whole: boolean;
  /** Some entry or text was found by meaning, not by the cited selectors. */
  byMeaning: boolean;
  /** The page shows another view than the one read (a message inbox's "All Messages"). */
  otherView: boolean;
  /** Orders whose thread the page shows as answered (AnnotationPage.answered), none of them awaiting. */
  answered: string[];
}

const SHOW_TEXT = 4;
const TEXT_NODE = 3;

/** An element's text as lines: each text node trimmed, blank ones dropped. */
export function linesOf(el: Element): string {
  const lines: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text !== '') lines.push(text);
  }
  return lines.join('\n');
}

/** Attributes that name where an element goes or how it looks, never what it shows. */
const NOT_SHOWN = /^(?:class|style|id|href|src|slot|role|tabindex|type|data-.*|aria-(?!label$).*)$/;

/** A button's words are an action, never an entry's text; a script or style shows nothing. */
const isAction = (el: Element): boolean => {
  const tag = el.localName;
  return tag === 'button' || tag.endsWith('-button') || tag === 'script' || tag === 'style' || el.getAttribute('role') === 'button';
};

/** A component's attributes that hold what it shows. */
const attributeLines = (el: Element): string[] =>
  Array.from(el.attributes, (attr) => (NOT_SHOWN.test(attr.name) ? '' : attr.value.replace(/\s+/g, ' ').trim())).filter((v) => v !== '');

/**
 * What an element shows, as lines, for the read by meaning: its text, and the attributes of the
 * components that draw their text in a shadow root (`<kat-link label="…">`); a button's words are
 * an action, never an entry's text.
 */
function shownLines(el: Element, out: string[] = []): string[] {
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text !== '') out.push(text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (isAction(child)) continue;
    if (child.localName.includes('-')) out.push(...attributeLines(child));
    shownLines(child, out);
  }
  return out;
}

/** The header texts of the table an entry row sits in, by column index. */
function headersOf(entry: Element): string[] {
  const table = entry.closest('table');
  const head = table?.querySelector('thead tr') ?? table?.querySelector('tr');
  return head === null || head === undefined ? [] : Array.from(head.children, (cell) => linesOf(cell).replace(/\n/g, ' '));
}

/** The first element of the first selector that holds a value (its text, or the attribute read). */
function firstMatch(root: Element, selectors: readonly string[], attribute: string | undefined): Element | null {
  for (const selector of selectors) {
    for (const found of Array.from(root.querySelectorAll(selector))) {
      if (attribute === undefined ? linesOf(found) !== '' : (found.getAttribute(attribute) ?? '').trim() !== '') return found;
    }
  }
  return null;
}

const cut = (value: string | undefined, rule: EntryField): string | undefined => {
  const text = value?.trim().slice(0, ANNOTATION_TEXT_MAX);
  return text === undefined || text === '' ? undefined : rule.elapsed === true ? `${text}前` : text;
};

/**
 * One text of an entry, as its rule says where it is; undefined when it is not shown. `shaped`:
 * the rule's selectors found nothing in the entry and the text was found by its shape.
 */
function textOf(entry: Element, rule: EntryField, headers: () => string[], shown: () => string): { text: string | undefined; shaped: boolean } {
  let el: Element | null = entry;
  if (rule.column !== undefined) {
    const names = rule.column.map((n) => n.toLowerCase());
    const index = headers().findIndex((h) => names.some((n) => h.toLowerCase().startsWith(n)));
    el = index < 0 ? null : (entry.children[index] ?? null);
  }
  if (el !== null && rule.select !== undefined) el = firstMatch(el, rule.select, rule.attribute);
  if (el === null) {
    const text = rule.shape === undefined ? undefined : cut(rule.shape.exec(shown())?.[1], rule);
    return { text, shaped: text !== undefined };
  }
  const lines = rule.attribute === undefined ? linesOf(el) : (el.getAttribute(rule.attribute) ?? '').replace(/\s+/g, ' ');
  return { text: cut(rule.pattern === undefined ? lines : rule.pattern.exec(lines)?.[1], rule), shaped: false };
}

/**
 * Entries by meaning: each element showing an order number climbs to its highest ancestor that
 * shows no other one; those ancestors count where their parent holds two or more (a repeated
 * entry, not the one order of a whole page). Their siblings of the same kind that show no number
 * are the unnumbered entries, and count in each entry's position.
 */
function entriesByMeaning(body: Element, meaning: AnnotationPage['meaning']): { entries: Entry[]; unnumbered: number } {
  const { orderNumber } = meaning;
  const numbers = new Map<Element, Set<string>>();
  const hits: [Element, string][] = [];
  const global = new RegExp(orderNumber.source, orderNumber.flags.includes('g') ? orderNumber.flags : `${orderNumber.flags}g`);
  const visit = (el: Element) => {
    if (isAction(el)) return;
    for (const line of ownLines(el)) for (const m of line.matchAll(global)) if (m[1] !== undefined) hits.push([el, m[1]]);
    for (const child of Array.from(el.children)) visit(child);
  };
  visit(body);
  for (const [hit, id] of hits) {
    for (let a: Element | null = hit; a !== null && a !== body; a = a.parentElement) {
      const set = numbers.get(a) ?? new Set<string>();
      set.add(id);
      numbers.set(a, set);
    }
  }
  const tops = new Map<Element, string>();
  for (const [hit, id] of hits) {
    let top = hit;
    while (top.parentElement !== null && top.parentElement !== body && numbers.get(top.parentElement)?.size === 1) top = top.parentElement;
    tops.set(top, id);
  }
  const byParent = new Map<Element | null, Element[]>();
  for (const top of tops.keys()) byParent.set(top.parentElement, [...(byParent.get(top.parentElement) ?? []), top]);
  const entries: Entry[] = [];
  let unnumbered = 0;
  for (const [parent, repeated] of byParent) {
    if (parent === null || repeated.length < 2) continue;
    let position = 0;
    for (const child of Array.from(parent.children)) {
      const orderId = tops.get(child);
      if (orderId === undefined && !(repeated.some((t) => t.localName === child.localName) && linesOf(child) !== '')) continue;
      position++;
      if (orderId === undefined) unnumbered++;
      else entries.push({ el: child, orderId, position });
    }
  }
  const ids = new Set(tops.values());
  if (entries.length === 0 && ids.size === 1 && meaning.single !== undefined) {
    const lone = loneEntry(body, hits, meaning.single);
    if (lone !== undefined) entries.push(lone);
  }
  return { entries, unnumbered };
}

/** How far above its number a lone entry's marker may be, and how many lines it may show: a row's cells, not the page around it. */
const LONE_DEPTH = 3;
const LONE_LINES = 16;

/**
 * The one entry of a page showing one order number, where the page proves it is an entry: the
 * number follows the order-number label, and the smallest element around it shows the marker.
 */
function loneEntry(body: Element, hits: readonly [Element, string][], proof: { label: RegExp; marker: RegExp }): Entry | undefined {
  const first = hits[0];
  if (first === undefined) return undefined;
  const [hit, orderId] = first;
  // The text before the number: on its own line, else the text shown just before it.
  const line = ownLines(hit).find((l) => l.includes(orderId)) ?? '';
  let before = line.slice(0, line.indexOf(orderId)).trim();
  if (before === '') {
    const walker = body.ownerDocument.createTreeWalker(body, SHOW_TEXT);
    let previous = '';
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (hit.contains(node)) break;
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text !== '' && !(node.parentElement !== null && isAction(node.parentElement))) previous = text;
    }
    before = previous;
  }
  if (!proof.label.test(before)) return undefined;
  let el: Element | null = hit;
  for (let depth = 0; el !== null && el !== body && depth <= LONE_DEPTH; depth++, el = el.parentElement) {
    const lines = shownLines(el);
    if (lines.length > LONE_LINES) return undefined;
    if (proof.marker.test(lines.join('\n'))) return { el, orderId, position: 1 };
  }
  return undefined;
}

/** The lines an element shows itself: its own text nodes and, for a component, its attributes. */
function ownLines(el: Element): string[] {
  const out: string[] = [];
  for (const node of Array.from(el.childNodes)) {
    const text = node.nodeType === TEXT_NODE ? (node.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
    if (text !== '') out.push(text);
  }
  if (el.localName.includes('-')) out.push(...attributeLines(el));
  return out;
}

/** An entry element; found by meaning, with its order number and position. */
interface Entry {
  el: Element;
  orderId?: string;
  position?: number;
}

const NOTHING: PageEntries = { rows: [], unnumbered: 0, empty: false, whole: false, byMeaning: false, otherView: false, answered: [] };

/** The page's entries, each with its order number and the texts its page part reads. */
export function readEntries(page: AnnotationPage, doc: Document): PageEntries {
  const body = doc.body;
  if (body === null) return { ...NOTHING };
  if (page.view !== undefined) {
    const shown = firstMatch(body, page.view.select, undefined);
    // No view's name at all is a page this part no longer recognises; another view's name is the seller's choice.
    if (shown === null) return { ...NOTHING };
    if (!page.view.pattern.test(linesOf(shown))) return { ...NOTHING, otherView: true };
  }
  let entries: Entry[] = [];
  for (const selector of page.entries) {
    entries = Array.from(doc.querySelectorAll(selector), (el) => ({ el }));
    if (entries.length > 0) break;
  }
  let unnumbered = 0;
  let byMeaning = false;
  if (entries.length === 0) {
    const found = entriesByMeaning(body, page.meaning);
    entries = found.entries;
    unnumbered = found.unnumbered;
    byMeaning = entries.length > 0;
  }
  const rows: AnnotationEntry[] = [];
  let headers: string[] | undefined;
  const headersOnce = () => (headers ??= entries[0] === undefined ? [] : headersOf(entries[0].el));
  const idRule: EntryField = { ...page.fields.orderId, shape: page.fields.orderId.shape ?? page.meaning.orderNumber };
  entries.forEach(({ el: entry, orderId: known, position }, i) => {
    let shownText: string | undefined;
    const shown = () => (shownText ??= shownLines(entry).join('\n'));
    const id = known === undefined ? textOf(entry, idRule, headersOnce, shown) : { text: known, shaped: false };
    const orderId = (id.text ?? page.orderOf?.(entry, doc))?.replace(/\s+/g, '');
    if (orderId === undefined || orderId === '') return void unnumbered++;
    if (rows.length >= ANNOTATION_ROWS_MAX) return;
    let shaped = id.shaped || known !== undefined;
    const texts: AnnotationEntry['texts'] = {};
    for (const key of ANNOTATION_KEYS) {
      const rule = page.fields[key as AnnotationKey];
      const found = rule === undefined ? undefined : textOf(entry, rule, headersOnce, shown);
      if (found?.text === undefined) continue;
      texts[key] = found.text;
      shaped ||= found.shaped;
    }
    if (known !== undefined && page.meaning.requires !== undefined && texts[page.meaning.requires] === undefined) return;
    byMeaning ||= shaped;
    rows.push({ position: position ?? i + 1, orderId: orderId.slice(0, 100), texts });
  });
  const empty =
    entries.length === 0 &&
    ((page.emptyMarkers ?? []).some((m) => (body.textContent ?? '').includes(m)) || (page.emptyLists ?? []).some((s) => doc.querySelector(s) !== null));
  // A thread shown both waiting and answered waits: the waiting list is the page's own verdict.
  const waiting = new Set(rows.map((r) => r.orderId));
  const answered = [...new Set(page.answered?.(doc) ?? [])].filter((id) => !waiting.has(id)).slice(0, ANNOTATION_ROWS_MAX);
  return { rows, unnumbered, empty, whole: page.whole?.(doc) === true, byMeaning: byMeaning && rows.length > 0, otherView: false, answered };
}
