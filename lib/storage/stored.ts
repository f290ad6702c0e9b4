/**
 * The stored values read where the storage library would not fit, defined once: where each
 * lives, its shape and what reads in its place. lib/storage/items.ts makes them WXT storage items;
 * the content scripts (their size budget) and the popup's first chunk (its first paint) read them
 * here, without the library (~4 KB gzipped).
 */
import type { z } from 'zod/mini';
import { CONTENT_CONFIG_KEY, ContentConfig, SITES_KEY, SiteAccessList, SiteTableList, STORAGE_PRESSURE_KEY, StoragePressure, type SiteAccess } from '../schema';

/** One value in storage.local: its key, its shape, and the value a missing or malformed one reads as. */
export interface Stored<T> {
  readonly name: string;
  readonly schema: z.ZodMiniType<T>;
  readonly fallback: T;
}

/** The seller's settings a content script needs (it cannot open the database): the background mirrors them. */
export const CONTENT_CONFIG: Stored<ContentConfig> = { name: CONTENT_CONFIG_KEY, schema: ContentConfig, fallback: { language: 'auto', disabledAdapters: [] } };

/** The sites granted one origin at a time (self-hosted consoles, taught sites). */
export const SITES: Stored<SiteAccess[]> = { name: SITES_KEY, schema: SiteAccessList, fallback: [] };
/** The same sites as the sites' content script reads them: without the taught status words it has no use for. */
export const SITE_TABLES: Stored<SiteAccess[]> = { name: SITES_KEY, schema: SiteTableList, fallback: [] };

/** The last time storage ran out: the background records it, the popup tells the seller. */
export const STORAGE_PRESSURE: Stored<StoragePressure | null> = { name: STORAGE_PRESSURE_KEY, schema: StoragePressure, fallback: null };

/** `value` as `stored` reads it: parsed, or its fallback when missing or malformed. */
export function parseStored<T>(stored: Stored<T>, value: unknown): T {
  const parsed = value == null ? undefined : stored.schema.safeParse(value);
  return parsed?.success ? parsed.data : stored.fallback;
}

/** The stored value, parsed. */
export const readStored = async <T>(stored: Stored<T>): Promise<T> => parseStored(stored, (await browser.storage.local.get(stored.name))[stored.name]);

/** Calls `callback` with each new value, parsed; returns the way to stop. */
export function watchStored<T>(stored: Stored<T>, callback: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && stored.name in changes) callback(parseStored(stored, changes[stored.name]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
