// WooCommerce runs on the seller's own host, read only once the seller grants that origin.
// A permission prompt cannot be answered in headless Chromium, so the page is served on an
// origin the extension already holds (the demo host, any port): the content script runs,
// the any-host WooCommerce adapter recognises the orders screen by its path, and the
// site-enabling message path (popup → background) is exercised for that granted origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { expectedShipDeadlines, launchWithExtension, popupPageStatus } from './browser.mjs';

const ORIGIN = 'http://order-sentinel-demo.localhost:8124';
const ORDERS = `${ORIGIN}/wp-admin/admin.php?page=wc-orders`;
const EMPTY = `${ORIGIN}/wp-admin/edit.php?post_type=shop_order&s=zz-topaz`;
const fixture = (name) => readFileSync(new URL(`../fixtures/woocommerce/${name}`, import.meta.url), 'utf8');

test('WooCommerce orders screen: late orders badged, read status, empty search', async () => {
  const b = await launchWithExtension();
  try {
    await b.context.route(ORDERS, (r) => r.fulfill({ body: fixture('orders.2026-11.html'), contentType: 'text/html; charset=utf-8' }));
    await b.context.route(EMPTY, (r) => r.fulfill({ body: fixture('orders-empty.2026-11.html'), contentType: 'text/html; charset=utf-8' }));

    // The seller turns the site on from the popup: the background keeps it and registers
    // the content script for exactly that origin.
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    const enabled = await popup.evaluate((origin) => chrome.runtime.sendMessage({ type: 'site.enable', origin, adapter: 'woocommerce' }), ORIGIN);
    assert.deepEqual(enabled, { ok: true });
    const registered = await b.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    assert.deepEqual(registered.map((s) => s.matches), [[`${ORIGIN}/*`]]);
    const refused = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'site.enable', origin: 'https://shop.example-store.test', adapter: 'woocommerce' }),
    );
    assert.deepEqual(refused, {
      ok: false,
      error: 'site.enable failed: no permission to read https://shop.example-store.test: grant it from the popup first',
    });
    await popup.close();

    const page = await b.context.newPage();
    await page.goto(ORDERS);
    await page.waitForFunction(() => document.querySelectorAll('[data-os-order-id]').length >= 2, null, { timeout: 15_000 });
    await page.waitForTimeout(300);
    const badges = await page.$$eval('[data-os-order-id]', (hosts) =>
      hosts.map((h) => [h.dataset.osOrderId, h.dataset.osDetectors, h.dataset.osSeverity]),
    );
    // Processing orders, counted from the order time (the list shows no payment time): 48 h.
    const expected = expectedShipDeadlines({
      1041: Date.UTC(2026, 10, 19, 18, 12, 45),
      1047: Date.UTC(2026, 10, 23, 15, 3, 11),
      1051: Date.UTC(2026, 10, 26, 14, 15, 40),
    });
    assert.deepEqual([...badges].sort((a, b) => a[0].localeCompare(b[0])), expected);
    assert.equal(await popupPageStatus(b, ORDERS), 'Read 10 orders');

    await page.goto(EMPTY);
    assert.equal(await popupPageStatus(b, EMPTY), 'The order list on this page is empty.');
  } finally {
    await b.close();
  }
});
