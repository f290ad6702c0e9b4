import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerFirstRun, WELCOME_PAGE } from '../../entrypoints/background/first-run';

const SOLD_ITEMS = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
const injected: Array<{ tabId: number; files: string[] }> = [];

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  injected.length = 0;
  // The built manifest's content scripts, as the worker reads them.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Order Sentinel',
    version: '0.1.0',
    content_scripts: [{ matches: ['https://trade.taobao.com/trade/itemlist/*'], js: ['content-scripts/taobao.js'] }],
  });
  // The fake browser has no scripting API and filters no tabs by URL pattern.
  (fakeBrowser as unknown as { scripting: unknown }).scripting = {
    executeScript: async (injection: { target: { tabId: number }; files: string[] }) => void injected.push({ tabId: injection.target.tabId, files: injection.files }),
  };
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (q) =>
    q.url?.includes('https://trade.taobao.com/trade/itemlist/*') ? [{ id: 7, url: SOLD_ITEMS, discarded: false }, { id: 8, url: SOLD_ITEMS, discarded: true }] as never : [],
  );
  registerFirstRun(() => () => undefined);
});

const openTabs = async () => (await fakeBrowser.tabs.query({})).map((t) => t.url);

describe('first run', () => {
  it('on install opens the welcome page and reads the open console tabs, skipping a discarded one (it loads afresh)', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(injected).toEqual([{ tabId: 7, files: ['content-scripts/taobao.js'] }]));
    expect(created.mock.calls.map(([props]) => props.url)).toEqual([fakeBrowser.runtime.getURL(WELCOME_PAGE)]);
  });

  it('on an update of the extension or of the browser opens nothing and injects nothing', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    await new Promise((r) => setTimeout(r, 20));
    expect([created.mock.calls.length, injected.length]).toEqual([0, 0]);
    expect(await openTabs()).toEqual([]);
  });
});
