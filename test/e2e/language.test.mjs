// Switching the language to 中文 in the options changes the popup, the side panel and the
// badges in the console page (whatever the browser's own language).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { launchWithExtension, onEveryPage, readBadges, tabIdOf } from './browser.mjs';

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

/**
 * Latin words a Chinese page may show: names of products and formats, keys on the keyboard,
 * currency and zone codes. Anything with a digit (order ids, P1, times) is not a word.
 */
const ALLOWED_LATIN = new Set([
  'Shopify', 'eBay', 'Etsy', 'WooCommerce', 'Chrome', 'Edge', 'Firefox', 'Excel', 'XLSX', 'CSV', 'JSON', 'Markdown',
  'Esc', 'Shift', 'Alt', 'Enter', 'Ctrl', 'Tab', 'UTC', 'GMT', 'CNY', 'USD', 'EUR', 'GBP', 'INR', 'JPY', 'CN', 'US',
  'storage.sync', 'PDF', 'English',
]);

/** The Latin words on `page` (text, options, placeholders, titles, labels), with where they were seen. */
const latinWords = async (page) => {
  // The title follows the seller's language once the settings are read, which a loaded machine
  // can delay past the first paint; a title that never turns is still reported below.
  await page.waitForFunction(() => !/[A-Za-z]/.test(document.title), null, { timeout: 10_000 }).catch(() => undefined);
  return page.evaluate((allowed) => {
    const texts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('*')) {
      for (const name of ['placeholder', 'title', 'aria-label', 'alt']) if (el.getAttribute(name)) texts.push(el.getAttribute(name));
      if (el.tagName === 'OPTION') texts.push(el.textContent);
    }
    const found = new Map();
    for (const text of texts) {
      for (const line of text.split('\n')) {
        // Web addresses, host names, a reply's {variables} and a file's extension are not words.
        const words = line.replace(/\w+:\/\/\S*|[\w*-]+(\.[\w-]+)+(\/\S*)?|\{\w+\}|\.\w+\b/g, ' ');
        for (const word of words.match(/[A-Za-z0-9_][A-Za-z0-9_'’+-]*/g) ?? []) {
          const bare = word.replace(/[.'’+-]+$/, '');
          if (/\d/.test(bare) || allowed.includes(bare) || !/[A-Za-z]/.test(bare)) continue;
          // A key combination: Alt+Shift+O.
          if (bare.includes('+') && bare.split('+').every((key) => key.length === 1 || allowed.includes(key))) continue;
          if (!found.has(bare)) found.set(bare, line.trim().slice(0, 80));
        }
      }
    }
    return [...found].map(([word, line]) => `${word} — in "${line}"`);
  }, [...ALLOWED_LATIN]);
};

test('in Chinese, no page shows an English word: popup, side panel, case, options, report, welcome, privacy', async () => {
  const demo = await startDemoConsole();
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    await page.goto(demo.url);
    await readBadges(page, { atLeast: 5 });
    const options = await b.context.newPage();
    const base = `chrome-extension://${b.extensionId}`;
    await options.goto(`${base}/options.html`);
    await options.selectOption('[data-testid="language"]', 'zh');
    await options.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('订单哨兵'));

    assert.deepEqual(await onEveryPage(b, page, demo.url, latinWords), {});
  } finally {
    await b.close();
    await demo.close();
  }
});
