/**
 * What a console's data becomes: the same page rows (texts by meaning) a page read sends, so
 * the background builds orders from them with the console's adapter (lib/extract/order.ts),
 * exactly as from the page's text.
 */
import { CELL_TEXT_MAX, type PageRow, type SkippedRow } from '../schema';
import type { CellKey } from '../schema/cell-keys';

export interface DataRows {
  readonly rows: PageRow[];
  /** Entries of the response that are no order of the expected shape, with the reason. */
  readonly skipped: SkippedRow[];
}

/** Read from a response: its orders, or why the response as a whole is not the expected one. */
export type DataRead = ({ ok: true } & DataRows) | { ok: false; reason: string };

type Cells = Partial<Record<CellKey, string>>;

/** Cells from values: blank texts and absent values left out, every text kept as inert text within its limit. */
export function cellsOf(values: Partial<Record<CellKey, string | undefined | null>>): Cells {
  const out: Cells = {};
  for (const [key, value] of Object.entries(values) as [CellKey, string | undefined | null][]) {
    if (typeof value !== 'string') continue;
    const text = value.trim();
    if (text !== '') out[key] = text.slice(0, CELL_TEXT_MAX);
  }
  return out;
}

/** An instant as an ISO text with its zone (what the order parser reads exactly); 0 or absent: none. */
export const isoOfSeconds = (seconds: number | null | undefined): string | undefined =>
  seconds ? new Date(seconds * 1000).toISOString() : undefined;

/** An amount in cents (fen) as a decimal text. */
export const decimalOfCents = (cents: number | null | undefined): string | undefined =>
  cents === null || cents === undefined ? undefined : (cents / 100).toFixed(2);

/** The first zod issue of an entry, as a reason ("order_sn: Invalid input"). */
export function issueOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'not an order';
  const path = issue.path.map(String).join('.');
  return (path === '' ? issue.message : `${path}: ${issue.message}`).slice(0, 300);
}
