/**
 * What the extension keeps in browser storage beside its database, one typed item each (WXT's
 * storage items: read, written and watched through the item). Every value is zod-parsed when
 * read and before it is written, so a value another build or a hand wrote reads as the
 * item's fallback, never as a wrong shape. The content scripts and the popup's first script read
 * contentConfig by its key without this module: the storage library is ~4 KB gzipped, over the
 * content scripts' budget and in the way of the popup's first paint.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { SYNC_SETTINGS_KEY, SYNC_STATE_KEY, SYNC_STATUS_KEY, type SyncStatus as SyncStatusShape } from '../backup/sync';
import { LastAlarm } from '../ingest/alarm-window';
import {
  CONTENT_CONFIG_KEY,
  ContentConfig,
  ReadStatus,
  Settings,
  SiteAccessList,
  SITES_KEY,
  STORAGE_PRESSURE_KEY,
  StoragePressure,
  Marketplace,
  PendingAnnotations,
} from '../schema';

export interface ParsedItem<T> {
  readonly key: StorageItemKey;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Called with each new value (the fallback when it was removed or does not parse). */
  watch(callback: (value: T) => void): () => void;
}

/**
 * The version of every stored shape: none has changed since it was first written. A change
 * raises it here and gives the item a migration from the version before.
 */
const VERSION = 1;

function parsedItem<T>(key: StorageItemKey, schema: z.ZodMiniType<T>, fallback: T): ParsedItem<T> {
  const item = storage.defineItem<unknown>(key, { version: VERSION });
  const parse = (value: unknown): T => {
    if (value === null || value === undefined) return fallback;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    console.warn(`order-sentinel: stored ${key} is invalid, using the default:`, parsed.error.message);
    return fallback;
  };
  return {
    key,
    getValue: async () => parse(await item.getValue()),
    setValue: async (value) => item.setValue(schema.parse(value)),
    removeValue: () => item.removeValue(),
    watch: (callback) => item.watch((value) => callback(parse(value))),
  };
}

/** The seller's settings a content script needs (it cannot open the database): the background mirrors them. */
export const contentConfigItem = parsedItem(`local:${CONTENT_CONFIG_KEY}`, ContentConfig, { language: 'auto', disabledAdapters: [] });

/** The last time storage ran out: the background records it, the popup tells the seller. */
export const storagePressureItem = parsedItem(`local:${STORAGE_PRESSURE_KEY}`, z.nullable(StoragePressure), null);

/** Review and message entries read for orders not stored yet (lib/ingest/annotate), applied when each order is first read. */
export const pendingAnnotationsItem = parsedItem('local:pendingAnnotations', PendingAnnotations, []);

/** The sites granted one origin at a time (self-hosted consoles, taught sites). */
export const sitesItem = parsedItem(`local:${SITES_KEY}`, SiteAccessList, []);

/** When the re-evaluation alarm last succeeded in this browser session, and under which settings (lib/ingest/alarm-window). */
export const lastAlarmItem = parsedItem('session:lastAlarm', z.nullable(LastAlarm), null);

/** The settings as synced to the seller's other browsers (storage.sync; lib/backup/sync). */
export const syncedSettingsItem = parsedItem(`sync:${SYNC_SETTINGS_KEY}`, z.nullable(Settings), null);

/** The settings JSON last written to or taken from sync: "changed since" is a string comparison. */
export const syncStateItem = parsedItem(`local:${SYNC_STATE_KEY}`, z.nullable(z.string()), null);

const SyncStatus: z.ZodMiniType<SyncStatusShape> = z.discriminatedUnion('state', [
  z.object({ state: z.literal('synced'), at: z.number(), bytes: z.number() }),
  z.object({ state: z.literal('too-large'), at: z.number(), bytes: z.number() }),
  z.object({ state: z.literal('failed'), at: z.number(), reason: z.string() }),
]);
/** What the options page shows about syncing. */
export const syncStatusItem = parsedItem(`local:${SYNC_STATUS_KEY}`, z.nullable(SyncStatus), null);

/** Per tab, kept in session storage so a restarted worker finds it: one item per tab, under one prefix. */
export interface TabItems<T> {
  item(tabId: number): ParsedItem<T | null>;
  /** Every tab's value, by tab id (unreadable ones left out). */
  all(): Promise<Map<number, T>>;
}

function tabItems<T>(prefix: string, schema: z.ZodMiniType<T>): TabItems<T> {
  return {
    item: (tabId) => parsedItem(`session:${prefix}${tabId}`, z.nullable(schema), null),
    async all() {
      const found = new Map<number, T>();
      for (const [key, value] of Object.entries(await storage.snapshot('session'))) {
        const tabId = Number(key.slice(prefix.length));
        const parsed = schema.safeParse(value);
        if (key.startsWith(prefix) && Number.isInteger(tabId) && parsed.success) found.set(tabId, parsed.data);
      }
      return found;
    },
  };
}

/** What each tab's last read said (the popup's read health). */
export const tabStatusItems = tabItems('tabStatus:', ReadStatus);

/** The orders each tab shows and a digest of the badges it was last sent (entrypoints/background/badges.ts). */
export const ShownOrders = z.object({
  marketplace: Marketplace,
  orderIds: z.array(z.string()),
  sent: z.string(),
});
export type ShownOrders = z.infer<typeof ShownOrders>;
export const shownOrdersItems = tabItems('shownOrders:', ShownOrders);
