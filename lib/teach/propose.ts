/**
 * Teach mode, first guess: from the table the seller pointed at, read its header texts and
 * propose what each column means (the shared synonym dictionary, else "ignore"), a stable
 * selector for the table, and the currency its amounts show. The seller corrects the rest.
 */
import { textOf } from '../extract/dom';
import { normalizeHeader, type CellKey } from '../extract/keys';
import { worldHeaderLookup } from '../extract/keys-world';
import { cellsOf, headerLabels } from '../extract/table';
import { parseMoney } from '../normalize';
import type { TaughtColumn, TaughtMapping } from '../schema';
import { stableSelector } from './selector';
import { findOrderList, type ColumnGuess } from '../extract/meaning';
import { currencyOfHeader } from '../extract/order';
import { dateOrderOf } from '../extract/generic';

/** The order table the reader by meaning finds on the page, picked as the seller would pick it, with its column meanings. */
export interface DetectedTable {
  readonly picked: PickedTable;
  readonly columns: readonly ColumnGuess[];
  /** How sure the reader is (0–1): teach mode opens on it, and the seller confirms with one click. */
  readonly confidence: number;
}

/**
 * Teach mode's first step on a page nobody described: the order list the reader by meaning
 * detects (by what the page says, not its classes), when it is a table with column headers.
 */
export function detectOrderTable(doc: Document): DetectedTable | undefined {
  const found = findOrderList(doc);
  if (found.kind !== 'list' || found.list.kind !== 'table') return undefined;
  const body = found.list.elements[found.list.elements.length - 1];
  const picked = body === undefined ? undefined : pickTable(body);
  if (picked === undefined || !picked.headers.some((h) => h !== '')) return undefined;
  return { picked, columns: found.list.columns, confidence: found.list.confidence };
}

/** What the reader treats as a table (lib/extract/table.ts). */
export const TABLE_LIKE = 'table, [role="table"], [role="grid"], [role="treegrid"]';

export interface PickedTable {
  /** The table, or a header table and the body table the reader pairs with it. */
  readonly elements: readonly Element[];
  /** Column names as the reader sees them (bottom header row wins), '' for unnamed columns. */
  readonly headers: readonly string[];
  readonly bodyRows: readonly Element[];
}

interface Part {
  readonly el: Element;
  readonly headerRows: Element[];
  readonly bodyRows: Element[];
}

// Header and body rows, the way the reader splits them (htmlPart/ariaPart in lib/extract/table.ts).
function partOf(el: Element): Part {
  const headerRows: Element[] = [];
  const bodyRows: Element[] = [];
  if (el.tagName === 'TABLE') {
    let leading = true;
    for (const row of Array.from(el.querySelectorAll('tr')).filter((r) => r.closest('table') === el)) {
      const cells = cellsOf(row);
      const allTh = cells.length > 0 && cells.every((c) => c.tagName === 'TH');
      if (row.parentElement?.tagName === 'THEAD' || (leading && allTh)) headerRows.push(row);
      else if (row.parentElement?.tagName !== 'TFOOT') {
        leading = false;
        if (cells.some((c) => c.tagName === 'TD')) bodyRows.push(row);
      }
    }
  } else {
    for (const row of Array.from(el.querySelectorAll('[role="row"]'))) {
      if (row.parentElement?.closest(TABLE_LIKE) !== el) continue;
      const cells = cellsOf(row);
      if (cells.length === 0) continue;
      if (cells.every((c) => c.getAttribute('role') === 'columnheader')) headerRows.push(row);
      else bodyRows.push(row);
    }
  }
  return { el, headerRows, bodyRows };
}

/**
 * The order table around `target` (any element the seller clicked inside it). A header-only
 * table is paired with the body table after it, and a body-only table with the header table
 * before it (split tables of component libraries), as the reader pairs them.
 */
export function pickTable(target: Element): PickedTable | undefined {
  const all = Array.from(target.ownerDocument.querySelectorAll(TABLE_LIKE));
  for (let el = target.closest(TABLE_LIKE); el; el = el.parentElement?.closest(TABLE_LIKE) ?? null) {
    const part = partOf(el);
    const at = all.indexOf(el);
    if (part.headerRows.length > 0 && part.bodyRows.length > 0) {
      return { elements: [el], headers: headerLabels(part.headerRows), bodyRows: part.bodyRows };
    }
    if (part.headerRows.length > 0) {
      const next = all[at + 1] ? partOf(all[at + 1]!) : undefined;
      if (next && next.headerRows.length === 0 && next.bodyRows.length > 0) {
        return { elements: [el, next.el], headers: headerLabels(part.headerRows), bodyRows: next.bodyRows };
      }
      // A header with no rows yet is still the table the seller means (an empty list today).
      return { elements: [el], headers: headerLabels(part.headerRows), bodyRows: [] };
    }
    if (part.bodyRows.length > 0) {
      const previous = at > 0 ? partOf(all[at - 1]!) : undefined;
      if (previous && previous.headerRows.length > 0 && previous.bodyRows.length === 0) {
        return { elements: [previous.el, el], headers: headerLabels(previous.headerRows), bodyRows: part.bodyRows };
      }
    }
  }
  return undefined;
}

/**
 * The currency most money-looking cells name by symbol or code (`$` → USD, `€` → EUR,
 * `¥` → CNY); USD when no cell names one.
 */
export function guessCurrency(cellTexts: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const text of cellTexts) {
    if (!/\d/.test(text)) continue;
    // Without a default currency, only amounts that name theirs parse.
    const parsed = parseMoney(text);
    if (parsed.ok) counts.set(parsed.value.currency, (counts.get(parsed.value.currency) ?? 0) + 1);
  }
  let best = 'USD';
  let most = 0;
  for (const [currency, n] of counts) if (n > most) [best, most] = [currency, n];
  return best;
}

/**
 * Each named header with its meaning: what the reader by meaning detected for it (header words
 * checked against the cells, lib/extract/meaning.ts) when given, else the dictionary's; a
 * meaning already taken, or none, is 'ignore'.
 */
export function proposeColumns(headers: readonly string[], detected: readonly ColumnGuess[] = []): TaughtColumn[] {
  const lookup = worldHeaderLookup();
  const seenHeaders = new Set<string>();
  const taken = new Set<CellKey>();
  const columns: TaughtColumn[] = [];
  for (const raw of headers) {
    const header = raw.trim().slice(0, 200);
    const normalized = normalizeHeader(header);
    // The reader finds a column by its header text, so two columns with one name are one column.
    if (header === '' || normalized === '' || seenHeaders.has(normalized)) continue;
    seenHeaders.add(normalized);
    const guess = detected.find((g) => g.label.trim() === header);
    const key = guess !== undefined ? guess.key : lookup(header);
    if (key === undefined || taken.has(key)) {
      columns.push({ header, key: 'ignore' });
    } else {
      taken.add(key);
      columns.push({ header, key });
    }
  }
  return columns;
}

export interface TeachEnvironment {
  /** The page's path (location.pathname): the taught mapping reads pages under it. */
  readonly path: string;
  /** The browser's zone (Intl.DateTimeFormat().resolvedOptions().timeZone). */
  readonly timeZone: string;
  /** The page's `<html lang>`, else the browser's language: how it writes dates when its cells do not say. */
  readonly language?: string | undefined;
}

/** A numeric date with its year: 07/12/2026, 13-11-2026 (a dotted date is always day first). */
const NUMERIC_DATE = /(?<!\d)(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/g;

/**
 * How the picked table writes its dates: day first when one of them starts with a number above 12
 * (13/11/2026), month first when one has it second (11/13/2026). When none says (every day 12 or
 * less, as in a month's first twelve days), the reading that keeps the list's days together:
 * 01/12/2026 to 07/12/2026 is a week of December read day first, and half a year of orders all
 * made on a 12th (January 12 to July 12) read month first. Else as the page's language writes them
 * (en-GB and most languages day first).
 */
export function proposeDateOrder(cellTexts: Iterable<string>, language: string | undefined): 'MDY' | 'DMY' {
  let dayFirst = false;
  let monthFirst = false;
  const dates: (readonly [number, number, number])[] = [];
  for (const text of cellTexts) {
    for (const m of text.matchAll(NUMERIC_DATE)) {
      const first = Number(m[1]);
      const second = Number(m[3]);
      if (first > 12) dayFirst = true;
      if (second > 12) monthFirst = true;
      if (dates.length < 500) dates.push([first, second, m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4])]);
    }
  }
  if (dayFirst !== monthFirst) return dayFirst ? 'DMY' : 'MDY';
  return (!dayFirst && closerReading(dates)) || dateOrderOf(language);
}

/**
 * The reading of dates whose day and month are both 12 or less under which they span a quarter
 * of the other reading's span or less (an order list covers days, not months), or undefined. Not
 * by which reading puts dates after today: a ship-by column holds dates to come.
 */
function closerReading(dates: readonly (readonly [number, number, number])[]): 'MDY' | 'DMY' | undefined {
  const spanOf = (dayFirst: boolean): number => {
    let min = Infinity;
    let max = -Infinity;
    for (const [a, b, year] of dates) {
      const t = dayFirst ? Date.UTC(year, b - 1, a) : Date.UTC(year, a - 1, b);
      if (t < min) min = t;
      if (t > max) max = t;
    }
    return max - min;
  };
  if (dates.length < 2) return undefined;
  const dmy = spanOf(true);
  const mdy = spanOf(false);
  if (dmy * 4 <= mdy && mdy > 0) return 'DMY';
  if (mdy * 4 <= dmy && dmy > 0) return 'MDY';
  return undefined;
}

/** The proposed mapping for a picked table (before the seller corrects it). */
export function proposeMapping(picked: PickedTable, env: TeachEnvironment, detected: readonly ColumnGuess[] = []): TaughtMapping {
  const cells = picked.bodyRows.flatMap((row) => cellsOf(row).map((c) => textOf(c)));
  // A unit in the total's header (实付金额(元), Total (USD)) names the currency of bare amounts.
  const unit = currencyOfHeader(detected.find((g) => g.key === 'paid')?.label);
  return {
    table: picked.elements.map(stableSelector).join(', '),
    columns: proposeColumns(picked.headers, detected),
    currency: unit ?? guessCurrency(cells),
    timeZone: env.timeZone,
    dateOrder: proposeDateOrder(cells, env.language),
    path: env.path.startsWith('/') ? env.path.slice(0, 500) : '/',
  };
}
