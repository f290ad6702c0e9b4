// Switching the language to 中文 in the options changes the popup, the side panel and the
// badges in the console page (whatever the browser's own language).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { launchWithExtension, readBadges, tabIdOf } from './browser.mjs';

test('language switch to 中文: popup, side panel and row badges speak Chinese', async () => {
  const demo = await startDemoConsole();
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    await page.goto(demo.url);
    await readBadges(page, { atLeast: 5 });
    const badgeText = () =>
      page.locator('[data-os-severity="P1"]').first().evaluate((host) => host.shadowRoot.querySelector('.badge').textContent);
    assert.match(await badgeText(), /overdue \d+ h/);

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.selectOption('[data-testid="language"]', 'zh');
    await options.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('订单哨兵'));

    // The page's badges follow the setting (mirrored to the content script).
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-os-severity="P1"]')].some((h) => /已超时/.test(h.shadowRoot.querySelector('.badge').textContent)),
      null,
      { timeout: 10_000 },
    );
    assert.match(await badgeText(), /^P1 发货时限 · 已超时 \d+ 小时/);

    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${await tabIdOf(b.worker, demo.url)}`);
    await popup.waitForSelector('[data-testid="page-status"]');
    assert.equal(await popup.textContent('[data-testid="page-status"] >> nth=0').then((t) => t.startsWith('已读取 20 个订单，跳过 1 行')), true);

    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.waitForSelector('li[data-case-key]');
    assert.match(await panel.textContent('header'), /订单哨兵/);
    assert.match(await panel.textContent('li[data-case-key]'), /发货时限/);
  } finally {
    await b.close();
    await demo.close();
  }
});
