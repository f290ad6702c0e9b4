/**
 * Settings follow the seller across browsers through `storage.sync`; orders, cases and notes
 * never go there. Each change on either side runs one reconciliation (one at a time): send
 * this browser's change, or take another browser's (validated with zod). Settings over the
 * per-item quota stay local and the options page says so (syncStatusItem).
 */
import { liveQuery } from 'dexie';
import { decideSync, QUOTA_BYTES_PER_ITEM, settingsJson, SYNC_SETTINGS_KEY, syncItemBytes } from '../../lib/backup/sync';
import { loadSettings, saveSettings, SETTINGS_ID, type SentinelDB } from '../../lib/db';
import { syncedSettingsItem, syncStateItem, syncStatusItem } from '../../lib/storage/items';

export function registerSettingsSync(db: SentinelDB, logFailure: (what: string) => (err: unknown) => void): void {
  async function reconcile(): Promise<void> {
    const here = (await db.settings.get(SETTINGS_ID)) === undefined ? undefined : await loadSettings(db);
    const remote = (await syncedSettingsItem.getValue()) ?? undefined;
    const lastSynced = (await syncStateItem.getValue()) ?? undefined;
    const decision = decideSync(here, remote, lastSynced);
    const now = Date.now();
    if (decision === 'pull' && remote) {
      await syncStateItem.setValue(settingsJson(remote));
      await saveSettings(db, remote);
      await syncStatusItem.setValue({ state: 'synced', at: now, bytes: syncItemBytes(SYNC_SETTINGS_KEY, remote) });
    } else if (decision === 'push' && here) {
      const bytes = syncItemBytes(SYNC_SETTINGS_KEY, here);
      if (bytes > QUOTA_BYTES_PER_ITEM) return void (await syncStatusItem.setValue({ state: 'too-large', at: now, bytes }));
      await syncedSettingsItem.setValue(here);
      await syncStateItem.setValue(settingsJson(here));
      await syncStatusItem.setValue({ state: 'synced', at: now, bytes });
    } else if (here && remote) {
      await syncStateItem.setValue(settingsJson(here));
      await syncStatusItem.setValue({ state: 'synced', at: now, bytes: syncItemBytes(SYNC_SETTINGS_KEY, here) });
    }
  }

  let queue: Promise<void> = Promise.resolve();
  const run = () => {
    queue = queue
      .then(reconcile)
      .catch((err: unknown) => {
        logFailure('syncing settings')(err);
        return syncStatusItem.setValue({ state: 'failed', at: Date.now(), reason: err instanceof Error ? err.message : String(err) }).catch(() => undefined);
      });
  };

  syncedSettingsItem.watch(run);
  liveQuery(() => db.settings.get(SETTINGS_ID)).subscribe({ next: run, error: logFailure('watching settings for sync') });
}
