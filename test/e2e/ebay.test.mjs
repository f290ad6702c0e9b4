// eBay Seller Hub orders, served at its real URLs so the manifest's match patterns are what
// is tested: the built extension reads the saved page, badges the order past its ship-by
// date, and the popup tells the seller what it read (or why it could not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchWithExtension, popupPageStatus, expectedShipDeadlines } from './browser.mjs';

const fixture = (name) => readFileSync(new URL(`../fixtures/ebay/${name}`, import.meta.url), 'utf8');
const ALL_ORDERS = 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS';
const AWAITING_EMPTY = 'https://www.ebay.com/sh/ord/?filter=status:AWAITING_SHIPMENT';
const ORDER_DETAIL = 'https://www.ebay.com/sh/ord/details?orderid=12-34567-89012';

test('eBay Seller Hub orders: the order past its ship-by date gets a badge, the popup reports the read', async () => {
  const b = await launchWithExtension();
  try {
    const pages = {
      [ALL_ORDERS]: fixture('orders.2026-11.html'),
      [AWAITING_EMPTY]: fixture('orders-empty.2026-11.html'),
      [ORDER_DETAIL]: '<!doctype html><meta charset="utf-8"><title>Order details | Seller Hub</title><h1>Order details</h1>',
    };
    // URLs with a query string are matched exactly (a glob would read "?" as a wildcard).
    await b.context.route(
      (url) => url.href in pages,
      (route) => route.fulfill({ body: pages[route.request().url()], contentType: 'text/html; charset=utf-8' }),
    );
    const page = await b.context.newPage();
    await page.goto(ALL_ORDERS);
    await page.waitForSelector('[data-os-order-id]', { state: 'attached', timeout: 15_000 });
    await page.waitForTimeout(300);
    const badges = await page.$$eval('[data-os-order-id]', (hosts) =>
      hosts.map((h) => [h.dataset.osOrderId, h.dataset.osDetectors, h.dataset.osSeverity]),
    );
    const expected = expectedShipDeadlines({
      // Ship by Nov 21 (end of that day, Los Angeles): long passed.
      '12-34567-89012': Date.UTC(2026, 10, 22, 8, 0, 0),
      // The two-item order: ship by Nov 26 (end of that day, Los Angeles).
      '08-12345-67890': Date.UTC(2026, 10, 27, 8, 0, 0),
    });
    assert.deepEqual([...badges].sort((a, b) => a[0].localeCompare(b[0])), expected);
    assert.match(await popupPageStatus(b, ALL_ORDERS), /^Read 6 orders$/);

    await page.goto(AWAITING_EMPTY);
    assert.equal(await popupPageStatus(b, AWAITING_EMPTY), 'The order list on this page is empty.');

    await page.goto(ORDER_DETAIL);
    assert.equal(await popupPageStatus(b, ORDER_DETAIL), 'Cannot read this page: not an order list page');

    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.waitForSelector('[data-case-detector]');
    const cases = await panel.$$eval('[data-case-detector]', (items) =>
      items.map((li) => [li.dataset.caseOrder, li.dataset.caseDetector, li.dataset.caseSeverity]),
    );
    assert.deepEqual([...cases].sort((a, b) => a[0].localeCompare(b[0])), expected);
  } finally {
    await b.close();
  }
});
