/**
 * Reads a review or message page's entries as texts, in the seller's page: no parsing here (the
 * background parses with the console's rules), only finding each entry, its order number and
 * the texts its page part names.
 */
import { ANNOTATION_KEYS, ANNOTATION_ROWS_MAX, ANNOTATION_TEXT_MAX, type AnnotationEntry, type AnnotationKey } from '../../schema/annotation-keys';
import type { AnnotationPage, EntryField } from './types';

export interface PageEntries {
  rows: AnnotationEntry[];
  /** Entries shown without an order number (a message not about an order, a layout change). */
  unnumbered: number;
  /** The page says it has no entries (its own words for an empty list). */
  empty: boolean;
  /** The page lists every entry of its view (AnnotationPage.whole). */
  whole: boolean;
}

const SHOW_TEXT = 4;

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

/** One text of an entry, as its rule says where it is; undefined when it is not shown. */
function textOf(entry: Element, rule: EntryField, headers: () => string[]): string | undefined {
  let el: Element | null = entry;
  if (rule.column !== undefined) {
    const names = rule.column.map((n) => n.toLowerCase());
    const index = headers().findIndex((h) => names.some((n) => h.toLowerCase().startsWith(n)));
    el = index < 0 ? null : (entry.children[index] ?? null);
  }
  if (el !== null && rule.select !== undefined) el = firstMatch(el, rule.select, rule.attribute);
  if (el === null) return undefined;
  const lines = rule.attribute === undefined ? linesOf(el) : (el.getAttribute(rule.attribute) ?? '').replace(/\s+/g, ' ');
  const value = rule.pattern === undefined ? lines : rule.pattern.exec(lines)?.[1];
  const cut = value?.trim().slice(0, ANNOTATION_TEXT_MAX);
  return cut === undefined || cut === '' ? undefined : rule.elapsed === true ? `${cut}前` : cut;
}

/** The page's entries, each with its order number and the texts its page part reads. */
export function readEntries(page: AnnotationPage, doc: Document): PageEntries {
  if (page.view !== undefined && doc.body !== null) {
    const shown = firstMatch(doc.body, page.view.select, undefined);
    if (shown === null || !page.view.pattern.test(linesOf(shown))) return { rows: [], unnumbered: 0, empty: false, whole: false };
  }
  let entries: Element[] = [];
  for (const selector of page.entries) {
    entries = Array.from(doc.querySelectorAll(selector));
    if (entries.length > 0) break;
  }
  const bodyText = doc.body?.textContent ?? '';
  const empty = entries.length === 0 && (page.emptyMarkers ?? []).some((m) => bodyText.includes(m));
  const rows: AnnotationEntry[] = [];
  let unnumbered = 0;
  let headers: string[] | undefined;
  const headersOnce = () => (headers ??= entries[0] === undefined ? [] : headersOf(entries[0]));
  entries.forEach((entry, i) => {
    const orderId = textOf(entry, page.fields.orderId, headersOnce)?.replace(/\s+/g, '');
    if (orderId === undefined || orderId === '') return void unnumbered++;
    if (rows.length >= ANNOTATION_ROWS_MAX) return;
    const texts: AnnotationEntry['texts'] = {};
    for (const key of ANNOTATION_KEYS) {
      const rule = page.fields[key as AnnotationKey];
      const text = rule === undefined ? undefined : textOf(entry, rule, headersOnce);
      if (text !== undefined) texts[key] = text;
    }
    rows.push({ position: i + 1, orderId: orderId.slice(0, 100), texts });
  });
  return { rows, unnumbered, empty, whole: page.whole?.(doc) === true };
}
