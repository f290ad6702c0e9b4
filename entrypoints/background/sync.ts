/**
 * Settings follow the seller across browsers through `storage.sync`; orders, cases and notes
 * never go there. Each change on either side runs one reconciliation (one at a time): send
 * this browser's change, or take another browser's (validated with zod). Settings over the
 * per-item quota stay local and the options page says so (SYNC_STATUS_KEY).
 */
import { liveQuery } from 'dexie';
import {
  decideSync,
  parseSyncedSettings,
  QUOTA_BYTES_PER_ITEM,
  settingsJson,
  SYNC_SETTINGS_KEY,
  SYNC_STATE_KEY,
  SYNC_STATUS_KEY,
  syncItemBytes,
  type SyncStatus,
} from '../../lib/backup/sync';
import { loadSettings, saveSettings, SETTINGS_ID, type SentinelDB } from '../../lib/db';

export function registerSettingsSync(db: SentinelDB, logFailure: (what: string) => (err: unknown) => void): void {
  const sync = browser.storage.sync;
  const local = browser.storage.local;
  const setStatus = (status: SyncStatus) => local.set({ [SYNC_STATUS_KEY]: status });

  async function reconcile(): Promise<void> {
    const here = (await db.settings.get(SETTINGS_ID)) === undefined ? undefined : await loadSettings(db);
    const rawRemote = (await sync.get(SYNC_SETTINGS_KEY))[SYNC_SETTINGS_KEY];
    const remote = parseSyncedSettings(rawRemote);
    const lastSynced = (await local.get(SYNC_STATE_KEY))[SYNC_STATE_KEY] as string | undefined;
    const decision = decideSync(here, remote, lastSynced);
    const now = Date.now();
    if (decision === 'pull' && remote) {
      await local.set({ [SYNC_STATE_KEY]: settingsJson(remote) });
      await saveSettings(db, remote);
      await setStatus({ state: 'synced', at: now, bytes: syncItemBytes(SYNC_SETTINGS_KEY, remote) });
    } else if (decision === 'push' && here) {
      const bytes = syncItemBytes(SYNC_SETTINGS_KEY, here);
      if (bytes > QUOTA_BYTES_PER_ITEM) return void (await setStatus({ state: 'too-large', at: now, bytes }));
      await sync.set({ [SYNC_SETTINGS_KEY]: here });
      await local.set({ [SYNC_STATE_KEY]: settingsJson(here) });
      await setStatus({ state: 'synced', at: now, bytes });
    } else if (here && remote) {
      await local.set({ [SYNC_STATE_KEY]: settingsJson(here) });
      await setStatus({ state: 'synced', at: now, bytes: syncItemBytes(SYNC_SETTINGS_KEY, here) });
    }
  }

  let queue: Promise<void> = Promise.resolve();
  const run = () => {
    queue = queue
      .then(reconcile)
      .catch((err: unknown) => {
        logFailure('syncing settings')(err);
        return setStatus({ state: 'failed', at: Date.now(), reason: err instanceof Error ? err.message : String(err) }).catch(() => undefined);
      });
  };

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && SYNC_SETTINGS_KEY in changes) run();
  });
  liveQuery(() => db.settings.get(SETTINGS_ID)).subscribe({ next: run, error: logFailure('watching settings for sync') });
}
