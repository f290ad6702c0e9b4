/**
 * Settings follow the seller across browsers through `storage.sync` (DESIGN: orders, cases and
 * notes stay on the machine). The pure parts live here: the size check against the per-item
 * quota and the choice between sending this browser's settings and taking the synced ones.
 */
import { Settings } from '../settings';

export const SYNC_SETTINGS_KEY = 'settings';
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM (Firefox uses the same figure). */
export const QUOTA_BYTES_PER_ITEM = 8192;
/** Local storage key with the settings JSON last written to or taken from sync. */
export const SYNC_STATE_KEY = 'settingsSync';

/** What the options page shows about syncing. */
export type SyncStatus =
  | { state: 'synced'; at: number; bytes: number }
  | { state: 'too-large'; at: number; bytes: number }
  | { state: 'failed'; at: number; reason: string };
export const SYNC_STATUS_KEY = 'settingsSyncStatus';

/** Bytes an item counts against the quota: its key plus its JSON, in UTF-8 (as Chromium counts). */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** The same settings always give the same text, so "unchanged" is a string comparison. */
export function settingsJson(settings: Settings): string {
  return JSON.stringify(Settings.parse(settings));
}

/** Synced settings from another browser, or undefined when absent or not valid here. */
export function parseSyncedSettings(value: unknown): Settings | undefined {
  if (value === undefined) return undefined;
  const r = Settings.safeParse(value);
  return r.success ? r.data : undefined;
}

export type SyncDecision = 'push' | 'pull' | 'none';

/**
 * local: this browser's saved settings (undefined when never saved); remote: the synced ones;
 * lastSynced: the JSON this browser last exchanged with sync. Settings changed here since the
 * last exchange are sent; otherwise a different synced copy (another browser's change) is taken.
 */
export function decideSync(local: Settings | undefined, remote: Settings | undefined, lastSynced: string | undefined): SyncDecision {
  if (remote === undefined) return local === undefined ? 'none' : 'push';
  if (local === undefined) return 'pull';
  const localJson = settingsJson(local);
  if (localJson === settingsJson(remote)) return 'none';
  return lastSynced === undefined || localJson !== lastSynced ? 'push' : 'pull';
}
