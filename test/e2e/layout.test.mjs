// The overlay must never move the seller's page: with the extension's badges drawn, every
// column of the order table keeps its width and every row its height.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { launchWithExtension } from './browser.mjs';

const measure = (page) =>
  page.evaluate(() => ({
    columns: [...document.querySelectorAll('table.order-table thead th')].map((th) => th.getBoundingClientRect().width),
    rows: [...document.querySelectorAll('table.order-table tbody tr')].map((tr) => tr.getBoundingClientRect().height),
    table: document.querySelector('table.order-table').getBoundingClientRect().toJSON(),
  }));

test('badges, note buttons and their popovers leave the console table exactly as it was laid out', async () => {
  // A fixed clock: both browsers get the very same page.
  const now = Date.now();
  const demo = await startDemoConsole({ now: () => now });
  const viewport = { width: 1400, height: 900 };
  const plain = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const b = await launchWithExtension();
  try {
    const without = await (await plain.newContext({ viewport })).newPage();
    await without.goto(demo.url);
    const expected = await measure(without);

    const withExtension = await b.context.newPage();
    await withExtension.setViewportSize(viewport);
    await withExtension.goto(demo.url);
    await withExtension.waitForFunction(() => document.querySelectorAll('[data-os-order-id]').length === 5, null, {
      timeout: 15_000,
    });
    // Every read row carries the note button too (20 orders; the malformed row is not read).
    await withExtension.waitForFunction(() => document.querySelectorAll('[data-os-row]').length === 20, null, {
      timeout: 15_000,
    });
    const actual = await measure(withExtension);
    assert.equal(actual.columns.length, 12);
    assert.deepEqual(actual, expected);

    // Shown note button, an open note popover and a findings panel take no room either.
    const plainId = await withExtension.$eval('[data-os-row]:not([data-os-order-id])', (h) => h.getAttribute('data-os-row'));
    await withExtension.hover(`tr:has([data-os-row="${plainId}"]) td:nth-last-child(2)`);
    await withExtension.locator(`[data-os-row="${plainId}"] .note`).click();
    await withExtension.locator(`[data-os-row="${plainId}"] .popover textarea`).waitFor();
    assert.deepEqual(await measure(withExtension), expected);
    await withExtension.keyboard.press('Escape');
    await withExtension.locator('[data-os-order-id] .badge').first().focus();
    await withExtension.locator('[data-os-order-id] .tip').first().waitFor();
    assert.deepEqual(await measure(withExtension), expected);
  } finally {
    await b.close();
    await plain.close();
    await demo.close();
  }
});
