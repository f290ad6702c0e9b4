// Teach mode end to end: a shop admin no adapter knows, served on the demo host (the only
// origin whose permission headless Chromium already holds, since its prompt cannot be
// clicked), at a path the demo adapter does not read. The seller starts teach mode from the
// popup, clicks the order table, corrects the proposed columns and saves; the page is then
// read with badges, and still after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { launchWithExtension, popupPageStatus, tabIdOf } from './browser.mjs';

const SHOP = readFileSync(new URL('../fixtures/teach/custom-shop.2026-11.html', import.meta.url), 'utf8');

async function startShop(html = SHOP) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: /** @type {import('node:net').AddressInfo} */ (server.address()).port };
}

/** @param {import('playwright-core').Worker} worker @param {string} url */
async function waitForTab(worker, url) {
  for (let i = 0; i < 100; i++) {
    const id = await tabIdOf(worker, url);
    if (id !== undefined) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no read status for ${url}`);
}

/** @param {import('playwright-core').Page} page */
const badges = (page) =>
  page.$$eval('[data-os-order-id]', (hosts) =>
    hosts.map((h) => [h.getAttribute('data-os-order-id'), h.getAttribute('data-os-detectors'), h.getAttribute('data-os-severity')]),
  );

test('teach mode: the seller teaches a shop admin from the popup, and it is read from then on', async () => {
  const shop = await startShop();
  const b = await launchWithExtension();
  try {
    const url = `http://order-sentinel-demo.localhost:${shop.port}/shop-admin/orders`;
    const page = await b.context.newPage();
    await page.goto(url);
    const tabId = await waitForTab(b.worker, url);
    assert.equal(await popupPageStatus(b, url), 'Cannot read this page: not an order list page');

    // The popup offers teaching this page; the click asks for the origin and starts teach mode.
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    // It offers it because the page shows an order list it does not read yet (the reader by
    // meaning looked at the tab): five order numbers, one of them in a row without a total.
    assert.equal(
      await popup.getByTestId('site-teach-seen').textContent(),
      'This page shows an order list Order Sentinel does not read yet (order numbers found: 5).',
    );
    await Promise.all([popup.waitForEvent('close'), popup.getByTestId('site-teach').click()]);

    // Teach mode opens on the order table the reader by meaning found (no picking needed), with
    // its proposal: "Ref." over a column of order numbers is the order number.
    await page.waitForSelector('[data-os-teach]', { state: 'attached', timeout: 10_000 });
    const selects = page.locator('[data-os-teach] select[data-os-column]');
    await selects.first().waitFor();
    const proposal = await selects.evaluateAll((all) => all.map((s) => [s.getAttribute('data-os-column'), s.value]));
    assert.deepEqual(proposal, [
      ['Ref.', 'orderId'],
      ['Placed', 'placedAt'],
      ['Client', 'buyer'],
      ['Total', 'paid'],
      ['Discount', 'discount'],
      ['Shipping', 'shipping'],
      ['Amount due', 'ignore'],
      ['State', 'status'],
    ]);
    assert.equal(await page.locator('#os-teach-currency').inputValue(), 'EUR');
    // Its dates (2026-11-20 09:15) do not say how it writes 07/12; its page says "en": month first, shown to be changed.
    assert.equal(await page.locator('#os-teach-dates').inputValue(), 'MDY');
    assert.deepEqual(await page.locator('#os-teach-dates option').allTextContents(), ['Day first: 7 December', 'Month first: July 12']);
    const problems = page.locator('[data-os-teach] .problems li');
    assert.deepEqual(await problems.allTextContents(), []);

    // The seller names the shop's own columns (Client, a French and English word for the buyer, is
    // proposed as the buyer already); "Total" is the items before shipping here.
    await page.selectOption('select[data-os-column="Total"]', 'subtotal');
    await page.selectOption('select[data-os-column="Amount due"]', 'paid');
    await page.fill('#os-teach-zone', 'Europe/Berlin');
    assert.deepEqual(await problems.allTextContents(), []);
    assert.equal(
      await page.locator('[data-os-teach-preview]').textContent(),
      '4 orders readable, 1 skipped: row 5 (MT-1037): no paid amount (Amount due) in this row',
    );
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForSelector('[data-os-teach]', { state: 'detached', timeout: 10_000 });

    // Read like a built-in console: the late paid order and the amount that does not add up.
    const expected = [
      ['MT-1041', 'ship-deadline', 'P1'],
      ['MT-1039', 'amount-mismatch', 'P2'],
    ];
    await page.waitForFunction((n) => document.querySelectorAll('[data-os-order-id]').length >= n, expected.length, { timeout: 15_000 });
    assert.deepEqual(await badges(page), expected);
    assert.match(await popupPageStatus(b, url), /^Read 4 orders, 1 row skipped:/);

    // The mapping was saved for the site: a reload reads the page again.
    await page.reload();
    await page.waitForFunction((n) => document.querySelectorAll('[data-os-order-id]').length >= n, expected.length, { timeout: 15_000 });
    assert.deepEqual(await badges(page), expected);
    // The popup closed itself when teach mode started; a new one offers to teach again.
    const again = await b.context.newPage();
    await again.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    await again.getByText('Read by your taught mapping').waitFor();
    assert.equal(await again.getByTestId('site-teach').textContent(), 'Teach again');
    // Keyboard: teach mode opens on the detected table with its first column in focus, and Esc cancels it.
    await b.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'teach.start' }), tabId);
    await page.waitForSelector('[data-os-teach]', { state: 'attached' });
    await page.waitForFunction(() => document.querySelector('[data-os-teach]')?.shadowRoot?.activeElement?.getAttribute('data-os-column') === 'Ref.');
    // "Pick another table" still lists the page's tables, the first one in focus.
    await page.locator('[data-os-teach] button', { hasText: 'Pick another table' }).click();
    assert.equal(
      await page.evaluate(() => document.querySelector('[data-os-teach]')?.shadowRoot?.activeElement?.textContent),
      'Table 1: This week · Revenue',
    );
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-os-teach]', { state: 'detached' });

    const sites = await b.worker.evaluate(() => chrome.storage.local.get('sites'));
    assert.deepEqual(
      sites.sites.map((/** @type {any} */ s) => [s.origin, s.adapter, s.mapping.table, s.mapping.path, s.mapping.currency, s.mapping.dateOrder]),
      [[`http://order-sentinel-demo.localhost:${shop.port}`, 'taught', 'table[data-view="orders"]', '/shop-admin/orders', 'EUR', 'MDY']],
    );
  } finally {
    await b.close();
    shop.server.close();
  }
});

// A Polish shop admin in English whose statuses are the shop's own words: "Nowe" (new) is left
// unknown by the shared words on purpose, since platforms mean an order to accept or one to ship.
const POLISH_SHOP = `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Orders</title></head><body><main>
<table data-view="orders"><thead><tr><th>Order</th><th>Date</th><th>Total</th><th>Status</th></tr></thead><tbody>
<tr><td>ZM-2041</td><td>07.12.2026 09:15</td><td>129,00 zł</td><td>Nowe</td></tr>
<tr><td>ZM-2040</td><td>06.12.2026 18:02</td><td>54,90 zł</td><td>Nowe</td></tr>
<tr><td>ZM-2039</td><td>05.12.2026 11:40</td><td>310,00 zł</td><td>Zrealizowane</td></tr>
</tbody></table></main></body></html>`;

test('teach mode asks what the shop’s own status words mean and keeps the answer', async () => {
  const shop = await startShop(POLISH_SHOP);
  const b = await launchWithExtension();
  try {
    const url = `http://order-sentinel-demo.localhost:${shop.port}/admin/orders`;
    const page = await b.context.newPage();
    await page.goto(url);
    const tabId = await waitForTab(b.worker, url);
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    await Promise.all([popup.waitForEvent('close'), popup.getByTestId('site-teach').click()]);
    await page.waitForSelector('[data-os-teach]', { state: 'attached', timeout: 10_000 });

    // The list reads, but two of its words mean nothing yet: each gets a choice, "Not sure" until the seller says.
    const words = page.locator('[data-os-teach] select[data-os-status-word]');
    await words.first().waitFor();
    assert.equal(await page.locator('[data-os-teach] h3').textContent(), 'What these status words mean');
    assert.deepEqual(await words.evaluateAll((all) => all.map((s) => [s.getAttribute('data-os-status-word'), s.value])), [
      ['Nowe', 'unknown'],
      ['Zrealizowane', 'unknown'],
    ]);
    assert.deepEqual(await words.first().locator('option').allTextContents(), [
      'Waiting for payment',
      'Paid, to ship',
      'Shipped',
      'Delivered',
      'Completed',
      'Cancelled',
      'Refund requested, to answer',
      'Refunded',
      'Return requested, to answer',
      'Returned',
      'Dispute or claim open',
      'Not sure: leave it unread',
    ]);
    await page.selectOption('select[data-os-status-word="Nowe"]', 'awaiting_shipment');
    await page.selectOption('select[data-os-status-word="Zrealizowane"]', 'completed');
    // A word the seller explained stays on the list, so the answer can still be changed.
    assert.deepEqual(await words.evaluateAll((all) => all.map((s) => [s.getAttribute('data-os-status-word'), s.value])), [
      ['Nowe', 'awaiting_shipment'],
      ['Zrealizowane', 'completed'],
    ]);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForSelector('[data-os-teach]', { state: 'detached', timeout: 10_000 });

    const sites = await b.worker.evaluate(() => chrome.storage.local.get('sites'));
    assert.deepEqual(
      sites.sites.map((/** @type {any} */ s) => [s.mapping.currency, s.mapping.statusWords]),
      [['PLN', [{ word: 'Nowe', status: 'awaiting_shipment' }, { word: 'Zrealizowane', status: 'completed' }]]],
    );
    assert.match(await popupPageStatus(b, url), /^Read 3 orders/);
  } finally {
    await b.close();
    shop.server.close();
  }
});
