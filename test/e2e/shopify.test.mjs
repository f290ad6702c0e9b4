// Shopify admin Orders, served at its real URLs so the manifest's match patterns are what is
// tested: the built extension reads the saved Polaris page, badges the paid orders left
// unfulfilled past 48 h, and the popup tells the seller what it read (or why it could not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchWithExtension, popupPageStatus, expectedShipDeadlines } from './browser.mjs';

const fixture = (name) => readFileSync(new URL(`../fixtures/shopify/${name}`, import.meta.url), 'utf8');
const ORDERS = 'https://admin.shopify.com/store/sage-and-suds/orders';
const UNFULFILLED_EMPTY = 'https://admin.shopify.com/store/sage-and-suds/orders?selectedView=unfulfilled&query=lip%20balm';
const ORDER_DETAIL = 'https://admin.shopify.com/store/sage-and-suds/orders/6102938475008';
const LEGACY_ORDERS = 'https://savon-de-lune.myshopify.com/admin/orders';

test('Shopify admin orders: the paid, unfulfilled orders get badges, the popup reports the read', async () => {
  const b = await launchWithExtension();
  try {
    const pages = {
      [ORDERS]: fixture('orders.2026-11.html'),
      [UNFULFILLED_EMPTY]: fixture('orders-empty.2026-11.html'),
      [ORDER_DETAIL]: '<!doctype html><meta charset="utf-8"><title>#1008 · Orders · Sage &amp; Suds · Shopify</title><h1>#1008</h1>',
      [LEGACY_ORDERS]: fixture('orders-variant.2026-11.html'),
    };
    // URLs with a query string are matched exactly (a glob would read "?" as a wildcard).
    await b.context.route(
      (url) => url.href in pages,
      (route) => route.fulfill({ body: pages[route.request().url()], contentType: 'text/html; charset=utf-8' }),
    );
    const page = await b.context.newPage();
    await page.goto(ORDERS);
    await page.waitForSelector('[data-os-order-id]', { state: 'attached', timeout: 15_000 });
    await page.waitForTimeout(300);
    const badges = await page.$$eval('[data-os-order-id]', (hosts) =>
      hosts.map((h) => [h.dataset.osOrderId, h.dataset.osDetectors, h.dataset.osSeverity]),
    );
    // The list shows no payment time, so the 48 h count starts at the order time (New York).
    const expected = expectedShipDeadlines({
      '#1008': Date.UTC(2026, 10, 21, 16, 30), // Paid / Unfulfilled, ordered Nov 19 at 11:30 am
      '#1005': Date.UTC(2026, 10, 19, 0, 55), // Paid / On hold, ordered Nov 16 at 7:55 pm
    });
    assert.deepEqual([...badges].sort((a, b) => a[0].localeCompare(b[0])), expected);
    assert.match(await popupPageStatus(b, ORDERS), /^Read 9 orders$/);

    await page.goto(UNFULFILLED_EMPTY);
    assert.equal(await popupPageStatus(b, UNFULFILLED_EMPTY), 'The order list on this page is empty.');

    await page.goto(ORDER_DETAIL);
    assert.equal(await popupPageStatus(b, ORDER_DETAIL), 'Cannot read this page: not an order list page');

    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.waitForSelector('[data-case-detector]');
    const cases = await panel.$$eval('[data-case-detector]', (items) =>
      items.map((li) => [li.dataset.caseOrder, li.dataset.caseDetector, li.dataset.caseSeverity]),
    );
    assert.deepEqual([...cases].sort((a, b) => a[0].localeCompare(b[0])), expected);

    // The legacy admin host, a store with customised columns: the row without a total is named.
    await page.goto(LEGACY_ORDERS);
    await page.waitForSelector('[data-os-order-id="#2103"]', { state: 'attached', timeout: 15_000 });
    const legacy = await popupPageStatus(b, LEGACY_ORDERS);
    assert.match(legacy, /^Read 2 orders, 1 row skipped:/);
    assert.match(legacy, /#2102\): Total '€—' is not an amount/);
  } finally {
    await b.close();
  }
});
