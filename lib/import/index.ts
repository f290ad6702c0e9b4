/**
 * Order report files (Shopify, Amazon, eBay, Etsy, WooCommerce, Taobao/Tmall, JD, Pinduoduo
 * exports, or any report whose headers the page reader knows) → canonical orders. Pure: text
 * in, orders out through a callback chunk by chunk, so a large file never becomes one array
 * of rows and the page stays responsive between chunks.
 */
import type { Marketplace, Order } from '../schema';
import { buildImportedOrder, cleanOrderId } from './build';
import { firstRows, sniffDelimiter, streamRows, type CsvRow } from './csv';
import type { ImportFormat, ImportKey } from './formats';
import { detectFormat, mapHeaders, type ColumnMapping } from './mapping';

export { decodeBytes, reportDecoder, sniffEncoding, type ReportEncoding } from './decode';
export { detectFormat, mapHeaders, IMPORT_KEYS, type ColumnMapping } from './mapping';
export { IMPORT_FORMATS, type ImportFormat, type ImportKey } from './formats';
export { expandReportDate, cleanOrderId } from './build';

/** Orders per `orders.imported` message (the message schema's limit). */
export const IMPORT_BATCH = 5000;
/** Rows searched for the header (eBay puts padding rows before it). */
const HEADER_SEARCH_ROWS = 30;
/** Skipped lines listed one by one; beyond that only counted. */
const SKIPPED_LISTED = 1000;

export interface SkippedLine {
  line: number;
  orderId?: string;
  reason: string;
}

export interface ImportProgress {
  /** Data rows read so far. */
  rows: number;
  /** Orders built so far. */
  orders: number;
  chars: number;
  totalChars: number;
}

export interface ImportOptions {
  fileName: string;
  now: number;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Receives the orders in batches of at most `batchSize` (default 5000) as they are built;
   * the import waits for it. Without it the orders are collected in the result.
   */
  onOrders?: (orders: Order[]) => void | Promise<void>;
  batchSize?: number;
  /** Characters per parsing chunk. */
  chunkSize?: number;
}

export interface ImportResult {
  /** The format's id ('shopify', 'taobao', 'generic'…), undefined when no order header was found. */
  format: string | undefined;
  marketplace: Marketplace | undefined;
  /** The orders, when no onOrders callback took them. */
  orders: Order[];
  /** How many orders were built (and given to onOrders). */
  imported: number;
  /** Data rows read after the header (item lines of one order count each). */
  rows: number;
  /** Lines that could not be imported, with why (the first 1000). */
  skipped: SkippedLine[];
  skippedCount: number;
  /** Lines of the file, header, padding and footer included. */
  totalLines: number;
  /** 1-based line of the header row. */
  headerLine: number | undefined;
  /** Why nothing could be imported. */
  error?: string;
}

export interface ImportPreview {
  format: ImportFormat | undefined;
  marketplace: Marketplace | undefined;
  delimiter: string;
  headerLine: number | undefined;
  headers: string[];
  /** The meaning of each column; undefined: not imported. */
  mapping: (ImportKey | undefined)[];
  /** The first data rows after the header. */
  rows: string[][];
}

const isBlankRow = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

export function marketplaceOf(format: ImportFormat, fileName: string): Marketplace {
  return typeof format.marketplace === 'function' ? format.marketplace(fileName) : format.marketplace;
}

/** The header, the mapping and the first rows, for the seller to check before importing. */
export function previewText(text: string, fileName: string, maxRows = 5): ImportPreview {
  const delimiter = sniffDelimiter(text);
  const rows = firstRows(text, delimiter, HEADER_SEARCH_ROWS + maxRows);
  const at = rows.findIndex((cells) => !isBlankRow(cells) && detectFormat(cells) !== undefined);
  if (at === -1) return { format: undefined, marketplace: undefined, delimiter, headerLine: undefined, headers: [], mapping: [], rows: [] };
  const headers = rows[at]!;
  const format = detectFormat(headers)!;
  const mapping = mapHeaders(headers, format);
  return {
    format,
    marketplace: marketplaceOf(format, fileName),
    delimiter,
    // Quoted line breaks before the header are rare enough to count rows as lines here.
    headerLine: at + 1,
    headers: headers.map((h) => h.trim()),
    mapping: [...mapping.byColumn],
    rows: rows.slice(at + 1).filter((cells) => !isBlankRow(cells)).slice(0, maxRows),
  };
}

class NoHeader extends Error {}

/**
 * Reads a whole report. Rows of one order (Shopify's item lines) must be adjacent, as every
 * console writes them; malformed lines are listed with their line number and skipped.
 */
export async function importText(text: string, opts: ImportOptions): Promise<ImportResult> {
  const batchSize = Math.min(opts.batchSize ?? IMPORT_BATCH, IMPORT_BATCH);
  const result: ImportResult = {
    format: undefined,
    marketplace: undefined,
    orders: [],
    imported: 0,
    rows: 0,
    skipped: [],
    skippedCount: 0,
    totalLines: 0,
    headerLine: undefined,
  };
  const skip = (line: number, reason: string, orderId?: string): void => {
    result.skippedCount++;
    if (result.skipped.length < SKIPPED_LISTED) result.skipped.push({ line, ...(orderId !== undefined && { orderId }), reason });
  };
  let mapping: ColumnMapping | undefined;
  let marketplace: Marketplace = 'custom';
  let fileCurrency: string | undefined;
  let searched = 0;
  let group: { orderId: string; line: number; rows: string[][] } | undefined;
  let batch: Order[] = [];
  let chars = 0;

  const emit = async (force: boolean): Promise<void> => {
    while (batch.length >= batchSize || (force && batch.length > 0)) {
      const out = batch.slice(0, batchSize);
      batch = batch.slice(batchSize);
      if (opts.onOrders) await opts.onOrders(out);
      else result.orders.push(...out);
    }
  };
  const flush = (): void => {
    if (group === undefined || mapping === undefined) return;
    const built = buildImportedOrder(group.rows, mapping, { fileName: opts.fileName, now: opts.now, marketplace, fileCurrency });
    if (built.ok) {
      batch.push(built.order);
      result.imported++;
    } else {
      skip(group.line, built.reason, built.orderId);
    }
    group = undefined;
  };
  const take = (row: CsvRow): void => {
    if (mapping === undefined) {
      if (isBlankRow(row.cells) || row.error !== undefined) return;
      const format = detectFormat(row.cells);
      if (format === undefined) {
        if (++searched >= HEADER_SEARCH_ROWS) throw new NoHeader();
        return;
      }
      mapping = mapHeaders(row.cells, format);
      marketplace = marketplaceOf(format, opts.fileName);
      result.format = format.id;
      result.marketplace = marketplace;
      result.headerLine = row.line;
      return;
    }
    if (row.error !== undefined) return skip(row.line, `malformed line: ${row.error}`);
    if (isBlankRow(row.cells)) return;
    if (mapping.format.isFooter?.(row.cells)) return;
    result.rows++;
    let cells = row.cells;
    const width = mapping.headers.length;
    // A trailing delimiter on data rows only adds empty fields: harmless.
    if (cells.length > width && cells.slice(width).every((c) => c.trim() === '')) cells = cells.slice(0, width);
    if (cells.length !== width) return skip(row.line, `${cells.length} fields where the header has ${width}`);
    if (fileCurrency === undefined) {
      for (const at of mapping.columns.get('currency') ?? []) {
        const c = cells[at]?.trim().toUpperCase();
        if (c !== undefined && /^[A-Z]{3}$/.test(c)) fileCurrency = c;
      }
    }
    const orderId = cleanOrderId((mapping.columns.get('orderId') ?? []).map((at) => cells[at] ?? '').find((c) => c.trim() !== '') ?? '');
    if (orderId === '') return skip(row.line, `no order number (${mapping.headers[mapping.columns.get('orderId')?.[0] ?? 0]?.trim()})`);
    if (group !== undefined && group.orderId === orderId) {
      group.rows.push(cells);
      return;
    }
    flush();
    group = { orderId, line: row.line, rows: [cells] };
  };

  try {
    const { totalLines } = await streamRows(text, {
      delimiter: sniffDelimiter(text),
      ...(opts.chunkSize !== undefined && { chunkSize: opts.chunkSize }),
      async onRows(rows, progress) {
        for (const row of rows) take(row);
        chars = Math.max(chars, progress.chars);
        await emit(false);
        opts.onProgress?.({ rows: result.rows, orders: result.imported, chars, totalChars: progress.totalChars });
        // Give the page its turn between chunks (no-op cost in tests).
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    });
    result.totalLines = totalLines;
  } catch (e) {
    if (!(e instanceof NoHeader)) throw e;
  }
  if (mapping === undefined) {
    result.error = `no header row with an order number, an order time and an amount in the first ${HEADER_SEARCH_ROWS} lines`;
    return result;
  }
  flush();
  await emit(true);
  // An order is judged when its last row is read: list the lines in file order.
  result.skipped.sort((a, b) => a.line - b.line);
  opts.onProgress?.({ rows: result.rows, orders: result.imported, chars: text.length, totalChars: text.length });
  return result;
}
