/** Header row → which column means what, for a known report format or by synonyms alone. */
import { CELL_KEYS, normalizeHeader } from '../extract/keys';
import { worldHeaderLookup } from '../extract/keys-world';
import { genericReport, IMPORT_FORMATS, type ImportFormat, type ImportKey } from './formats';

export interface ColumnMapping {
  readonly format: ImportFormat;
  readonly headers: readonly string[];
  /** Column indexes per meaning, the format's preferred column first. */
  readonly columns: ReadonlyMap<ImportKey, readonly number[]>;
  /** The meaning of each column (undefined: not used). */
  readonly byColumn: readonly (ImportKey | undefined)[];
}

const synonyms = worldHeaderLookup();

/**
 * Reason columns every report may carry (退款报表, Amazon's returns report, Shopify's and Etsy's
 * cancellations), matched after the format's own columns and the page reader's synonyms.
 */
const REASON_HEADERS: ReadonlySet<string> = new Set(
  [
    '退款原因', '售后原因', '退货原因', '退货退款原因', '取消原因', '关闭原因', '申请原因', '投诉原因', '纠纷原因', '售后类型原因',
    'reason', 'returnreason', 'refundreason', 'cancelreason', 'cancellationreason', 'cancelledreason', 'disputereason', 'claimreason', 'reasonforreturn', 'reasonforrefund', 'reasonforcancellation',
  ].map(normalizeHeader),
);
const hasChinese = (headers: readonly string[]): boolean => headers.some((h) => /[\u4e00-\u9fff]/.test(h));

/** Builds the mapping of `headers` for `format`; its own column names win over the synonyms. */
export function mapHeaders(headers: readonly string[], format: ImportFormat): ColumnMapping {
  const normalized = headers.map(normalizeHeader);
  const byColumn: (ImportKey | undefined)[] = headers.map(() => undefined);
  const columns = new Map<ImportKey, number[]>();
  for (const [key, names] of Object.entries(format.columns) as [ImportKey, readonly string[]][]) {
    for (const name of names) {
      const at = normalized.indexOf(normalizeHeader(name));
      if (at === -1 || byColumn[at] !== undefined) continue;
      byColumn[at] = key;
      columns.set(key, [...(columns.get(key) ?? []), at]);
    }
  }
  // Columns the format does not name: the page reader's synonyms, for meanings still unmapped.
  normalized.forEach((h, at) => {
    if (byColumn[at] !== undefined) return;
    const key = synonyms(h);
    if (key === undefined || columns.has(key)) return;
    byColumn[at] = key;
    columns.set(key, [at]);
  });
  if (!columns.has('reason')) {
    const at = normalized.findIndex((h, i) => byColumn[i] === undefined && REASON_HEADERS.has(h));
    if (at !== -1) {
      byColumn[at] = 'reason';
      columns.set('reason', [at]);
    }
  }
  return { format, headers, columns, byColumn };
}

/**
 * The report format a header row belongs to: the known format whose identifying headers are
 * all there (the most specific when several fit), else the synonyms alone when they find an
 * order number, an order time and an amount; undefined when the row is not an order header.
 */
export function detectFormat(headers: readonly string[]): ImportFormat | undefined {
  const present = new Set(headers.map(normalizeHeader).filter((h) => h !== ''));
  if (present.size < 2) return undefined;
  let best: ImportFormat | undefined;
  for (const format of IMPORT_FORMATS) {
    if (!format.required.every((r) => present.has(normalizeHeader(r)))) continue;
    if (best === undefined || format.required.length > best.required.length) best = format;
  }
  if (best !== undefined) return best;
  const generic = genericReport(hasChinese(headers));
  const mapped = mapHeaders(headers, generic).columns;
  return mapped.has('orderId') && mapped.has('placedAt') && mapped.has('paid') ? generic : undefined;
}

/** Meanings a seller sees in the preview, in the page reader's order, then the report-only ones. */
export const IMPORT_KEYS: readonly ImportKey[] = [...CELL_KEYS, 'shippedAt', 'deliveredAt', 'cancelledAt', 'refunded', 'reason', 'currency'];
