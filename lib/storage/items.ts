/**
 * What the extension keeps in browser storage beside its database, one typed item each (WXT's
 * storage items: read, written and watched through the item). Every value is zod-parsed when
 * read and before it is written, so a value another build or a hand wrote reads as the
 * item's fallback, never as a wrong shape. The values the content scripts read are defined in
 * lib/storage/stored.ts, which they read without the storage library (their size budget).
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { SYNC_SETTINGS_KEY, SYNC_STATE_KEY, SYNC_STATUS_KEY, type SyncStatus as SyncStatusShape } from '../backup/sync';
import { NotifyState } from '../cases/notify';
import { LastAlarm } from '../ingest/alarm-window';
import { EMPTY_STORE, TEMPLATES_STORAGE_KEY, TemplateStore } from '../templates/store';
import { CONTENT_CONFIG, parseStored, SITES, STORAGE_PRESSURE, type Stored } from './stored';
import { ReadStatus, Marketplace, PendingAnnotations } from '../schema';
import { Settings } from '../settings';

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

/* @__NO_SIDE_EFFECTS__ */
function parsedItem<T>(key: StorageItemKey, schema: z.ZodMiniType<T>, fallback: T): ParsedItem<T> {
  const item = storage.defineItem<unknown>(key, { version: VERSION });
  const stored: Stored<T> = { name: key, schema, fallback };
  const parse = (value: unknown): T => {
    const read = parseStored(stored, value);
    // Said only here: the content scripts read the same values without a word (their size budget).
    if (read === fallback && value != null) console.warn(`order-sentinel: stored ${key} is invalid, using the default`);
    return read;
  };
  return {
    key,
    getValue: async () => parse(await item.getValue()),
    setValue: async (value) => item.setValue(schema.parse(value)),
    removeValue: () => item.removeValue(),
    watch: (callback) => item.watch((value) => callback(parse(value))),
  };
}

/** A value the content scripts read too (lib/storage/stored.ts), as an item. */
const itemOf = <T>(stored: Stored<T>): ParsedItem<T> => parsedItem(`local:${stored.name}`, stored.schema, stored.fallback);

/** The seller's settings a content script needs (it cannot open the database): the background mirrors them. */
export const contentConfigItem = /* @__PURE__ */ itemOf(CONTENT_CONFIG);

/** The last time storage ran out: the background records it, the popup tells the seller. */
export const storagePressureItem = /* @__PURE__ */ itemOf(STORAGE_PRESSURE);

/** Review and message entries read for orders not stored yet (lib/ingest/annotate), applied when each order is first read. */
export const pendingAnnotationsItem = parsedItem('local:pendingAnnotations', PendingAnnotations, []);

/** The sites granted one origin at a time (self-hosted consoles, taught sites). */
export const sitesItem = /* @__PURE__ */ itemOf(SITES);

/** The P1 cases told by desktop notification, within the daily cap (lib/cases/notify). */
export const notifyStateItem = parsedItem('local:notifyState', z.nullable(NotifyState), null);

/** The follow-ups told, on a record and cap of their own: a burst of new P1 cases must not silence them. */
export const followUpNotifyStateItem = parsedItem('local:followUpNotifyState', z.nullable(NotifyState), null);

/** The seller's reply template edits, in storage.sync to follow them to their other browsers. */
export const templatesItem = parsedItem(`sync:${TEMPLATES_STORAGE_KEY}`, TemplateStore, EMPTY_STORE);

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
