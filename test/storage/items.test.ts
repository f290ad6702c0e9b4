import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentConfigItem, sitesItem, storagePressureItem, tabStatusItems } from '../../lib/storage/items';
import type { ReadStatus } from '../../lib/schema';

const status: ReadStatus = { kind: 'read', adapter: 'taobao', url: 'https://trade.taobao.com/x', ordersRead: 3, rowsSkipped: 0, skipped: [], at: 1 };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('storage items', () => {
  it('read what was written, under the keys the content scripts and other pages read', async () => {
    await contentConfigItem.setValue({ language: 'zh', disabledAdapters: ['jd'] });
    expect(await fakeBrowser.storage.local.get('contentConfig')).toEqual({ contentConfig: { language: 'zh', disabledAdapters: ['jd'] } });
    expect(await contentConfigItem.getValue()).toEqual({ language: 'zh', disabledAdapters: ['jd'] });
  });

  it('read a missing or malformed value as the fallback, and refuse to write a malformed one', async () => {
    expect(await contentConfigItem.getValue()).toEqual({ language: 'auto', disabledAdapters: [] });
    await fakeBrowser.storage.local.set({ sites: [{ origin: 'not an origin', adapter: 'taught', grantedAt: 1 }] });
    expect(await sitesItem.getValue()).toEqual([]);
    await fakeBrowser.storage.local.set({ storagePressure: { at: 1, pruned: -2, full: false } });
    expect(await storagePressureItem.getValue()).toBeNull();
    await expect(contentConfigItem.setValue({ language: 'fr', disabledAdapters: [] } as never)).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get('contentConfig')).toEqual({});
  });

  it('give each tab its own session item, and list the readable ones by tab', async () => {
    await tabStatusItems.item(7).setValue(status);
    await fakeBrowser.storage.session.set({ 'tabStatus:8': { kind: 'read' }, 'tabStatus:x': status, lastAlarm: { at: 1, settings: '{}' } });
    expect(await fakeBrowser.storage.session.get('tabStatus:7')).toEqual({ 'tabStatus:7': status });
    expect([...(await tabStatusItems.all())]).toEqual([[7, status]]);
    await tabStatusItems.item(7).removeValue();
    expect([...(await tabStatusItems.all())]).toEqual([]);
  });

  it('tell a watcher the new value, parsed', async () => {
    const seen: unknown[] = [];
    const unwatch = contentConfigItem.watch((value) => seen.push(value));
    await fakeBrowser.storage.local.set({ contentConfig: { language: 'en', disabledAdapters: [] } });
    await fakeBrowser.storage.local.set({ contentConfig: { language: 42 } });
    unwatch();
    expect(seen).toEqual([
      { language: 'en', disabledAdapters: [] },
      { language: 'auto', disabledAdapters: [] },
    ]);
  });
});
