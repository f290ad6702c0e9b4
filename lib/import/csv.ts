/**
 * Delimited text → rows with their line numbers, a chunk at a time (papaparse). The parser
 * pauses after each chunk until the caller has dealt with its rows, so a large file is never
 * one array of rows and the page gets its turn between chunks.
 */
import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based line of the file where the row starts (a quoted field may span lines). */
  line: number;
  cells: string[];
  /** Why papaparse could not read the row cleanly (bad quotes), if it could not. */
  error?: string;
}

export interface CsvProgress {
  /** Characters of the text parsed so far. */
  chars: number;
  totalChars: number;
}

export interface StreamOptions {
  delimiter: string;
  /** Characters per chunk; papaparse's own default (10 MB) would block the page too long. */
  chunkSize?: number;
  onRows(rows: CsvRow[], progress: CsvProgress): void | Promise<void>;
}

export const DELIMITERS = [',', '\t', ';', '|'] as const;

/** The delimiter of a report from its first lines: comma, tab (Amazon flat files), semicolon, bar. */
export function sniffDelimiter(head: string): string {
  const sample = head.slice(0, 64 * 1024);
  const guess = Papa.parse<string[]>(sample, { preview: 30, delimitersToGuess: [...DELIMITERS] });
  const delimiter = guess.meta.delimiter;
  return (DELIMITERS as readonly string[]).includes(delimiter) ? delimiter : ',';
}

/** The first `max` rows, for the preview before import. */
export function firstRows(text: string, delimiter: string, max: number): string[][] {
  return Papa.parse<string[]>(text.slice(0, 256 * 1024), { delimiter, preview: max }).data;
}

/** Any line break counts as one line, whatever the file's own (a field may hold a bare \\n in a \\r\\n file). */
const LINE_BREAK = /\r\n|\r|\n/g;

const lineBreaksIn = (cells: readonly string[]): number => {
  let n = 0;
  for (const cell of cells) if (cell.includes('\n') || cell.includes('\r')) n += cell.match(LINE_BREAK)!.length;
  return n;
};

/** Offset in `text` where line `n` (1-based) starts, or the end of the text. */
function offsetOfLine(text: string, n: number): number {
  if (n <= 1) return 0;
  const breaks = new RegExp(LINE_BREAK.source, 'g');
  let line = 1;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    if (++line === n) return m.index + m[0].length;
  }
  return text.length;
}

/**
 * Streams `text` through papaparse; resolves with the number of lines the text has. A quote
 * that is never closed would swallow the rest of the file into one field: that line is
 * reported as an error row and reading starts again on the next line.
 */
export async function streamRows(text: string, opts: StreamOptions): Promise<{ totalLines: number }> {
  let base = 0;
  let firstLine = 1;
  for (;;) {
    const segment = base === 0 ? text : text.slice(base);
    const run = await streamSegment(segment, firstLine, base, text.length, opts);
    if (run.unterminatedAt === undefined) return { totalLines: run.totalLines };
    base += offsetOfLine(segment, run.unterminatedAt - firstLine + 2);
    firstLine = run.unterminatedAt + 1;
    if (base >= text.length) return { totalLines: run.unterminatedAt };
  }
}

interface SegmentRun {
  totalLines: number;
  /** Line of a row whose quote never closed (it swallowed the rest of the segment). */
  unterminatedAt?: number;
}

function streamSegment(text: string, firstLine: number, base: number, totalChars: number, opts: StreamOptions): Promise<SegmentRun> {
  return new Promise((resolve, reject) => {
    let nextLine = firstLine;
    let lastRowBlank = false;
    let unterminatedAt: number | undefined;
    let failed = false;
    Papa.parse<string[]>(text, {
      header: false,
      worker: false,
      delimiter: opts.delimiter,
      chunkSize: opts.chunkSize ?? 512 * 1024,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        const errors = new Map<number, { code: string; message: string }>();
        for (const e of results.errors) if (typeof e.row === 'number') errors.set(e.row, e);
        const rows: CsvRow[] = [];
        results.data.forEach((cells: string[], i: number) => {
          const error = errors.get(i);
          if (error?.code === 'MissingQuotes') {
            unterminatedAt = nextLine;
            rows.push({ line: nextLine, cells: [], error: 'a quote is opened and never closed' });
            return;
          }
          const row: CsvRow = { line: nextLine, cells };
          if (error !== undefined) row.error = error.message;
          rows.push(row);
          lastRowBlank = cells.length === 1 && cells[0] === '';
          nextLine += 1 + lineBreaksIn(cells);
        });
        const chars = Math.min(totalChars, base + results.meta.cursor);
        parser.pause();
        Promise.resolve(opts.onRows(rows, { chars, totalChars })).then(
          () => parser.resume(),
          (err: unknown) => {
            failed = true;
            parser.abort();
            reject(err);
          },
        );
      },
      complete() {
        if (failed) return;
        // A final line break ends the last line; papaparse reports an empty row after it.
        const totalLines = lastRowBlank && /[\r\n]$/.test(text) ? nextLine - 2 : nextLine - 1;
        resolve({ totalLines, ...(unterminatedAt !== undefined && { unterminatedAt }) });
      },
    });
  });
}
