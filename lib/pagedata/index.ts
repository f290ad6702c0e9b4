/**
 * The console's own order data, observed in its page (entrypoints/page-data.content.ts) and
 * read here in the background: the response's address must be one documented for the console,
 * its text is capped and parsed as data (./json.ts), its entries zod-checked per console, and
 * what passes becomes page rows for the console's adapter.
 */
import { parseUntrusted } from './json';
import { readDouyin } from './douyin';
import { readDouyinAfterSales, type RequestRead } from './douyin-aftersale';
import { readPinduoduo } from './pinduoduo';
import { orderOfTrackAddress, readPinduoduoTrack, type TrackRead } from './pinduoduo-track';
import { readShopify } from './shopify';
import { readTaobao } from './taobao';
import { readTaobaoDetailScript } from './taobao-detail';
import { sourceOf } from './sources';
import type { DataRead } from './rows';

export { PAGE_DATA_EMBEDDED, PAGE_DATA_SOURCES, sourceOf } from './sources';
export { PAGE_DATA_MAX_CHARS } from './json';
export type { DataRead } from './rows';
export type { TrackingEntry, TrackRead } from './pinduoduo-track';
export type { RequestEntry, RequestRead } from './douyin-aftersale';

/** Per adapter: its response read into rows; `undefined` for a response that holds no orders at all. */
const READERS: Readonly<Record<string, (value: unknown) => DataRead | undefined>> = {
  douyin: readDouyin,
  pinduoduo: readPinduoduo,
  shopify: readShopify,
  taobao: readTaobao,
};

/** Per adapter: one order's tracking answer, with the order its address names. */
const TRACK_READERS: Readonly<Record<string, { order(url: string): string | undefined; read(value: unknown, orderId: string): TrackRead }>> = {
  pinduoduo: { order: orderOfTrackAddress, read: readPinduoduoTrack },
};

/** Per adapter: its list of buyers' requests, each naming its order and when it was made. */
const REQUEST_READERS: Readonly<Record<string, (value: unknown) => RequestRead>> = {
  douyin: readDouyinAfterSales,
};

/** Per adapter: the order a page carrying its own data writes into its script text (lib/pagedata/sources.ts). */
const EMBEDDED_READERS: Readonly<Record<string, (script: string) => DataRead>> = {
  taobao: readTaobaoDetailScript,
};

/** A page's own data names only the order its address names: any other is skipped, never stored. */
function ofItsOrder(page: string, read: DataRead): DataRead {
  if (!read.ok) return read;
  const named = new Set(new URL(page).searchParams.values());
  const rows = read.rows.filter((row) => named.has(row.orderId));
  const others = read.rows.filter((row) => !named.has(row.orderId)).map((row) => ({ row: row.position, orderId: row.orderId.slice(0, 100), reason: "not the order this page's address names" }));
  return { ok: true, rows, skipped: [...read.skipped, ...others] };
}

export type PageDataResult =
  /** `embedded`: read from the page's own script text, so the page is the order's detail, not a list. */
  | { kind: 'read'; adapter: string; read: DataRead; embedded?: true }
  /** One order's parcel tracking, to add to that order as stored. */
  | { kind: 'tracking'; adapter: string; read: TrackRead }
  /** Buyers' requests, each adding its request time to its order as stored. */
  | { kind: 'requests'; adapter: string; read: RequestRead }
  /** An address or an answer that is no order data: nothing to read, nothing to report. */
  | { kind: 'none' };

/** An answer the page received, parsed, or why not: too large to have been kept, or malformed. */
function parsedAnswer(body: string | undefined): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (body === undefined) return { ok: false, reason: 'the response was too large to read' };
  const parsed = parseUntrusted(body);
  return parsed.ok ? parsed : { ok: false, reason: `the response is malformed: ${parsed.reason}` };
}

/** Reads a response the page received from `source`; `body` undefined: it was too large to read. */
export function readPageData(source: string, body: string | undefined): PageDataResult {
  const found = sourceOf(source);
  if (found?.embedded) {
    const readScript = EMBEDDED_READERS[found.adapter];
    if (!readScript) return { kind: 'none' };
    const read: DataRead = body === undefined ? { ok: false, reason: 'the page\'s script was too large to read' } : ofItsOrder(source, readScript(body));
    return { kind: 'read', adapter: found.adapter, read, embedded: true };
  }
  if (found?.tracking) {
    const tracks = TRACK_READERS[found.adapter];
    const orderId = tracks?.order(source);
    if (!tracks || orderId === undefined) return { kind: 'none' };
    const answer = parsedAnswer(body);
    return { kind: 'tracking', adapter: found.adapter, read: answer.ok ? tracks.read(answer.value, orderId) : answer };
  }
  if (found?.requests) {
    const readRequests = REQUEST_READERS[found.adapter];
    if (!readRequests) return { kind: 'none' };
    const answer = parsedAnswer(body);
    return { kind: 'requests', adapter: found.adapter, read: answer.ok ? readRequests(answer.value) : answer };
  }
  const reader = found && READERS[found.adapter];
  if (!found || !reader) return { kind: 'none' };
  const answer = parsedAnswer(body);
  if (!answer.ok) return found.shared ? { kind: 'none' } : { kind: 'read', adapter: found.adapter, read: answer };
  const read = reader(answer.value);
  return read === undefined ? { kind: 'none' } : { kind: 'read', adapter: found.adapter, read };
}
