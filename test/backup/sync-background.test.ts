// The background's settings sync, driven through WXT's fake browser (storage.sync and onChanged).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerSettingsSync } from '../../entrypoints/background/sync';
import { SYNC_STATUS_KEY } from '../../lib/backup/sync';
import { loadSettings, saveSettings, type SentinelDB } from '../../lib/db';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { freshDb } from '../ingest/orders';

let db: SentinelDB;
const failures: unknown[] = [];
const logFailure = () => (err: unknown) => void failures.push(err);

beforeEach(() => {
  fakeBrowser.reset();
  failures.length = 0;
  db = freshDb().db;
});
afterEach(() => db.close());

const synced = async () => (await fakeBrowser.storage.sync.get('settings'))['settings'];
const status = async () => (await fakeBrowser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY];
const withBlockList = (blockList: string[]): Settings => ({
  ...DEFAULT_SETTINGS,
  detectors: { ...DEFAULT_SETTINGS.detectors, 'repeat-refunder': { ...DEFAULT_SETTINGS.detectors['repeat-refunder'], blockList } },
});

describe('settings sync', () => {
  it('sends settings saved here, including the buyer block list', async () => {
    registerSettingsSync(db, logFailure);
    await saveSettings(db, withBlockList(['tb_scammer_9']));
    await vi.waitFor(async () => expect(await synced()).toEqual(withBlockList(['tb_scammer_9'])));
    expect(await status()).toMatchObject({ state: 'synced' });
    expect(failures).toEqual([]);
  });

  it("takes another browser's settings, and ignores an invalid synced value", async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, language: 'zh' });
    registerSettingsSync(db, logFailure);
    await vi.waitFor(async () => expect(await synced()).toMatchObject({ language: 'zh' }));

    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, language: 'en', retentionDays: 30 } });
    await vi.waitFor(async () => expect((await loadSettings(db)).retentionDays).toBe(30));
    expect((await loadSettings(db)).language).toBe('en');

    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, retentionDays: 1 } });
    // The invalid copy is replaced by this browser's valid settings; nothing local changes.
    await vi.waitFor(async () => expect(await synced()).toMatchObject({ retentionDays: 30 }));
    expect((await loadSettings(db)).retentionDays).toBe(30);
  });

  it('after an erase (no settings here) takes the synced copy back', async () => {
    registerSettingsSync(db, logFailure);
    await saveSettings(db, withBlockList(['坏买家']));
    await vi.waitFor(async () => expect(await synced()).toEqual(withBlockList(['坏买家'])));
    await db.settings.clear();
    await vi.waitFor(async () => expect(await db.settings.count()).toBe(1));
    expect(await loadSettings(db)).toEqual(withBlockList(['坏买家']));
  });

  it('keeps settings over the per-item quota local and says how large they are', async () => {
    registerSettingsSync(db, logFailure);
    await saveSettings(db, { ...DEFAULT_SETTINGS, language: 'zh' });
    await vi.waitFor(async () => expect(await synced()).toMatchObject({ language: 'zh' }));
    const big = withBlockList(Array.from({ length: 400 }, (_, i) => `buyer_with_a_long_nickname_${i}`));
    await saveSettings(db, big);
    await vi.waitFor(async () => expect(await status()).toMatchObject({ state: 'too-large', bytes: 'settings'.length + JSON.stringify(big).length }));
    expect(await synced()).toMatchObject({ language: 'zh' });
    expect((await loadSettings(db)).detectors['repeat-refunder'].blockList).toHaveLength(400);
  });
});
