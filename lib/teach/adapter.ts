/**
 * A taught site read like a built-in console: the seller's column mapping becomes a table
 * adapter for exactly that origin and path prefix.
 */
import type { Adapter, CellPart } from '../adapters/types';
import { CELL_KEYS, type CellKey, type HeaderSynonyms } from '../extract/keys';
import type { SiteAccess, TaughtMapping } from '../schema';

export const TAUGHT_ADAPTER_ID = 'taught';

/** Matches no cell text: a meaning whose value must never be read. */
const NEVER: RegExp = /(?!)/;

/**
 * Meanings an ignored column is parked under, least consequential first. The reader adds an
 * adapter's synonyms to the shared dictionary, so an ignored "Date" column would still be
 * read as the order time; naming it under a meaning this mapping does not use, whose value
 * is never read, keeps it out.
 */
const PARKING: readonly CellKey[] = ['sellerRemark', 'buyerMessage', 'carrier', 'trackingNo', ...CELL_KEYS];

/** Header text → meaning from the seller's mapping (winning over the dictionary), plus the parked ignores. */
export function taughtSynonyms(mapping: Pick<TaughtMapping, 'columns'>): {
  synonyms: HeaderSynonyms;
  cellParts: Partial<Record<CellKey, CellPart>>;
} {
  const synonyms: Partial<Record<CellKey, string[]>> = {};
  const used = new Set<CellKey>();
  const ignored: string[] = [];
  for (const column of mapping.columns) {
    if (column.key === 'ignore') ignored.push(column.header);
    else {
      (synonyms[column.key] ??= []).push(column.header);
      used.add(column.key);
    }
  }
  const parking = PARKING.find((key) => !used.has(key));
  if (ignored.length === 0 || parking === undefined) return { synonyms, cellParts: {} };
  synonyms[parking] = ignored;
  return { synonyms, cellParts: { [parking]: { pattern: NEVER } } };
}

function pathMatches(path: string, pathname: string): boolean {
  if (pathname.startsWith(path)) return true;
  // "/shop-admin/orders/" taught, "/shop-admin/orders" visited: the same list.
  return path.endsWith('/') && pathname === path.slice(0, -1);
}

/** The adapter reading a taught site, or undefined when the site has no taught mapping. */
export function adapterFromSite(site: SiteAccess): Adapter | undefined {
  const mapping = site.mapping;
  if (site.adapter !== TAUGHT_ADAPTER_ID || mapping === undefined) return undefined;
  const { synonyms, cellParts } = taughtSynonyms(mapping);
  const host = new URL(site.origin).host;
  const isOrderList = (url: URL): boolean => url.origin === site.origin && pathMatches(mapping.path, url.pathname);
  return {
    id: TAUGHT_ADAPTER_ID,
    marketplace: 'custom',
    label: { en: `Taught: ${host}`, zh: `自定义：${host}` },
    matches: [],
    anyHost: true,
    isOrderList,
    currency: mapping.currency,
    timeZone: mapping.timeZone,
    ...(mapping.dateOrder !== undefined && { dateOrder: mapping.dateOrder }),
    layout: {
      kind: 'table',
      tables: [
        mapping.table, // the table the seller pointed at
        'table', // the console renamed it: any table whose headers carry the taught names
        '[role="table"]',
        '[role="grid"]',
        '[role="treegrid"]',
      ],
    },
    headerSynonyms: synonyms,
    cellParts,
  };
}

/**
 * The taught site's adapter with the seller's own status words, read before the shared ones
 * (lib/normalize/status.ts): for parsing its texts (the background, teach mode's preview). The
 * content script reads texts only and goes without them (its size budget).
 */
export function taughtParser(site: SiteAccess): Adapter | undefined {
  const adapter = adapterFromSite(site);
  const words = site.mapping?.statusWords;
  return adapter && words ? { ...adapter, statusVocabulary: Object.fromEntries(words.map((w) => [w.word, w.status])) } : adapter;
}

/** The adapter of the site the seller taught at `origin` among the stored sites, if any. */
export function taughtAdapterIn(sites: readonly SiteAccess[], origin: string, build = adapterFromSite): Adapter | undefined {
  const site = sites.find((s) => s.origin === origin && s.adapter === TAUGHT_ADAPTER_ID);
  return site ? build(site) : undefined;
}
