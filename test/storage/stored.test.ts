// The stored values read without the storage library (content scripts, the popup's first chunk):
// the same keys, shapes and fallbacks as the WXT items made from them.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentConfigItem, notifyStateItem, sitesItem, storagePressureItem, templatesItem } from '../../lib/storage/items';
import { CONTENT_CONFIG, readStored, SITES, STORAGE_PRESSURE, watchStored } from '../../lib/storage/stored';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('stored values read without the storage library', () => {
  it('read what the item wrote, and a missing or malformed value as the fallback', async () => {
    expect(await readStored(CONTENT_CONFIG)).toEqual({ language: 'auto', disabledAdapters: [] });
    await contentConfigItem.setValue({ language: 'zh', disabledAdapters: ['jd'] });
    expect(await readStored(CONTENT_CONFIG)).toEqual({ language: 'zh', disabledAdapters: ['jd'] });
    await fakeBrowser.storage.local.set({ sites: [{ origin: 'not an origin', adapter: 'taught', grantedAt: 1 }] });
    expect([await readStored(SITES), await sitesItem.getValue()]).toEqual([[], []]);
    await storagePressureItem.setValue({ at: 5, pruned: 3, full: false });
    expect(await readStored(STORAGE_PRESSURE)).toEqual({ at: 5, pruned: 3, full: false });
  });

  it('tell a watcher each new value of its own key, parsed, until stopped', async () => {
    const seen: unknown[] = [];
    const stop = watchStored(CONTENT_CONFIG, (value) => seen.push(value));
    await fakeBrowser.storage.local.set({ contentConfig: { language: 'en', disabledAdapters: [] } });
    await fakeBrowser.storage.local.set({ sites: [] });
    await fakeBrowser.storage.local.set({ contentConfig: { language: 'klingon' } });
    stop();
    await fakeBrowser.storage.local.set({ contentConfig: { language: 'zh', disabledAdapters: [] } });
    expect(seen).toEqual([
      { language: 'en', disabledAdapters: [] },
      { language: 'auto', disabledAdapters: [] },
    ]);
  });
});

describe('the items for notifications and templates', () => {
  it('keep the notification record and the template edits under their keys, a malformed one read as none', async () => {
    await notifyStateItem.setValue({ day: '2026-12-07', sentToday: 1, announced: ['a'] });
    expect((await fakeBrowser.storage.local.get('notifyState'))['notifyState']).toEqual({ day: '2026-12-07', sentToday: 1, announced: ['a'] });
    expect(await notifyStateItem.getValue()).toEqual({ day: '2026-12-07', sentToday: 1, announced: ['a'] });
    await fakeBrowser.storage.local.set({ notifyState: { told: 'all' } });
    expect(await notifyStateItem.getValue()).toBeNull();
    expect(await templatesItem.getValue()).toEqual({ edits: {}, own: [], shopNames: {} });
    await fakeBrowser.storage.sync.set({ templates: { own: 'x' } });
    expect(await templatesItem.getValue()).toEqual({ edits: {}, own: [], shopNames: {} });
  });
});
