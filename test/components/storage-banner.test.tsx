// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { StorageBanner } from '../../components/StorageBanner';
import { STORAGE_PRESSURE_KEY } from '../../lib/schema';

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('StorageBanner (popup)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('tells the seller what was pruned, in their language', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_PRESSURE_KEY]: { at: Date.now() - 60_000, pruned: 120, full: false } });
    const root = document.createElement('div');
    render(<StorageBanner lang="zh" />, root);
    await settle();
    expect(root.textContent).toBe('存储空间不足：已删除 120 个没有事项的旧订单以腾出空间。您的事项和备注都保留着。');
  });

  it('says plainly when storage is still full', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_PRESSURE_KEY]: { at: Date.now(), pruned: 0, full: true } });
    const root = document.createElement('div');
    render(<StorageBanner lang="en" />, root);
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Storage is full: new orders are not being saved. Export a backup in the options and erase old data.',
    );
  });

  it('stays away when storage ran out more than a day ago, or never', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_PRESSURE_KEY]: { at: Date.now() - 2 * 86_400_000, pruned: 5, full: false } });
    const root = document.createElement('div');
    render(<StorageBanner lang="en" />, root);
    await settle();
    expect(root.textContent).toBe('');
  });
});
