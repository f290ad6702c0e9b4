/**
 * The console's own order data, observed in its page (entrypoints/page-data.content.ts) and
 * read here in the background: the response's address must be one documented for the console,
 * its text is capped and parsed as data (./json.ts), its entries zod-checked per console, and
 * what passes becomes page rows for the console's adapter.
 */
import { parseUntrusted } from './json';
import { readPinduoduo } from './pinduoduo';
import { readShopify } from './shopify';
import { readTaobao } from './taobao';
import { sourceOf } from './sources';
import type { DataRead } from './rows';

export { PAGE_DATA_SOURCES, sourceOf } from './sources';
export { PAGE_DATA_MAX_CHARS } from './json';
export type { DataRead } from './rows';

/** Per adapter: its response read into rows; `undefined` for a response that holds no orders at all. */
const READERS: Readonly<Record<string, (value: unknown) => DataRead | undefined>> = {
  pinduoduo: readPinduoduo,
  shopify: readShopify,
  taobao: readTaobao,
};

export type PageDataResult =
  | { kind: 'read'; adapter: string; read: DataRead }
  /** An address or an answer that is no order data: nothing to read, nothing to report. */
  | { kind: 'none' };

/** Reads a response the page received from `source`; `body` undefined: it was too large to read. */
export function readPageData(source: string, body: string | undefined): PageDataResult {
  const found = sourceOf(source);
  const reader = found && READERS[found.adapter];
  if (!found || !reader) return { kind: 'none' };
  if (body === undefined) return found.shared ? { kind: 'none' } : { kind: 'read', adapter: found.adapter, read: { ok: false, reason: 'the response was too large to read' } };
  const parsed = parseUntrusted(body);
  if (!parsed.ok) return found.shared ? { kind: 'none' } : { kind: 'read', adapter: found.adapter, read: { ok: false, reason: `the response is malformed: ${parsed.reason}` } };
  const read = reader(parsed.value);
  return read === undefined ? { kind: 'none' } : { kind: 'read', adapter: found.adapter, read };
}
