// WooCommerce runs on the seller's own host, read only once the seller grants that origin.
// A permission prompt cannot be answered in headless Chromium, so the page is served on an
// origin the extension already holds (the demo host, any port): the demo console's script is
// already in the page, the granted sites' script (sites.js) arrives too and hands it the
// any-host WooCommerce adapter, which recognises the orders screen by its path; the
// site-enabling message path (popup → background) is exercised for that granted origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectedRows, expectedShipDeadlines, expectedUnpaidReminders, fixture, popupPageStatus, readBadges, serveFixtures, visitForStatus, withExtension,
} from './browser.mjs';

const ORIGIN = 'http://order-sentinel-demo.localhost:8124';
const ORDERS = `${ORIGIN}/wp-admin/admin.php?page=wc-orders`;
const EMPTY = `${ORIGIN}/wp-admin/edit.php?post_type=shop_order&s=zz-topaz`;

test('WooCommerce orders screen: late orders badged, read status, empty search', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [ORDERS]: fixture('woocommerce', 'orders.2026-11.html'),
      [EMPTY]: fixture('woocommerce', 'orders-empty.2026-11.html'),
    });

    // The seller turns the site on from the popup: the background keeps it and registers
    // the content script for exactly that origin.
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    const enabled = await popup.evaluate((origin) => chrome.runtime.sendMessage({ type: 'site.enable', origin, adapter: 'woocommerce' }), ORIGIN);
    assert.deepEqual(enabled, { ok: true });
    const registered = await b.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    // The granted sites' script on the origin, and the order edit page's script on its edit screens only.
    assert.deepEqual(registered.map((s) => [s.id, s.js, s.matches]).sort(), [
      ['order-sentinel-sites', ['content-scripts/sites.js'], [`${ORIGIN}/*`]],
      ['order-sentinel-woocommerce-order', ['content-scripts/woocommerce-order.js'], [`${ORIGIN}/*wp-admin/admin.php?*`, `${ORIGIN}/*wp-admin/post.php?*`]],
    ]);
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
    // Processing orders, counted from the order time (the list shows no payment time): 48 h.
    // Pending payment / On hold orders get a payment reminder 24 h after they were placed.
    const expected = expectedRows(
      expectedShipDeadlines({
        1041: Date.UTC(2026, 10, 19, 18, 12, 45),
        1047: Date.UTC(2026, 10, 23, 15, 3, 11),
        1051: Date.UTC(2026, 10, 26, 14, 15, 40),
      }),
      expectedUnpaidReminders({ 1049: Date.UTC(2026, 10, 23, 16, 48, 0), 1052: Date.UTC(2026, 10, 24, 23, 22, 5) }),
    );
    assert.deepEqual(await readBadges(page, { atLeast: expected.length }), expected);
    assert.equal(await popupPageStatus(b, ORDERS), 'Read 10 orders');

    assert.equal(await visitForStatus(b, page, EMPTY), 'The order list on this page is empty.');
  }));
