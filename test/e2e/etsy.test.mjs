// Etsy Orders & Shipping, served at its real URLs so the manifest's match patterns are what
// is tested: the built extension reads the saved order cards, badges the orders near or past
// their ship-by date, and the popup tells the seller what it read (or why it could not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchWithExtension, popupPageStatus, expectedShipDeadlines } from './browser.mjs';

const fixture = (name) => readFileSync(new URL(`../fixtures/etsy/${name}`, import.meta.url), 'utf8');
const SOLD = 'https://www.etsy.com/your/orders/sold?ref=seller-platform-mcnav';
const NEW_EMPTY = 'https://www.etsy.com/your/orders/sold/new';
const ORDER_DETAIL = 'https://www.etsy.com/your/orders/sold/3012345678';
const DASHBOARD = 'https://www.etsy.com/your/shops/me/dashboard?ref=seller-platform-mcnav';

test('Etsy Orders & Shipping: the order past its ship-by date gets a badge, the popup reports the read', async () => {
  const b = await launchWithExtension();
  try {
    const pages = {
      [SOLD]: fixture('sold.2026-11.html'),
      [NEW_EMPTY]: fixture('sold-empty.2026-11.html'),
      [ORDER_DETAIL]: '<!doctype html><meta charset="utf-8"><title>Etsy - Order #3012345678</title><h1>Order #3012345678</h1>',
      [DASHBOARD]: '<!doctype html><meta charset="utf-8"><title>Etsy - Shop Manager</title><h1>Dashboard</h1>',
    };
    // URLs with a query string are matched exactly (a glob would read "?" as a wildcard).
    await b.context.route(
      (url) => url.href in pages,
      (route) => route.fulfill({ body: pages[route.request().url()], contentType: 'text/html; charset=utf-8' }),
    );
    const page = await b.context.newPage();
    await page.goto(SOLD);
    await page.waitForSelector('[data-os-order-id]', { state: 'attached', timeout: 15_000 });
    await page.waitForTimeout(300);
    const badges = await page.$$eval('[data-os-order-id]', (hosts) =>
      hosts.map((h) => [h.dataset.osOrderId, h.dataset.osDetectors, h.dataset.osSeverity]),
    );
    const expected = expectedShipDeadlines({
      // Ship by Nov 22: the end of that day in New York, long passed.
      '3012345678': Date.UTC(2026, 10, 23, 5, 0),
      // Ship by Nov 27: badged only from six hours before the end of that day.
      '3012456789': Date.UTC(2026, 10, 28, 5, 0),
    });
    assert.deepEqual([...badges].sort((a, b) => a[0].localeCompare(b[0])), expected);
    assert.match(await popupPageStatus(b, SOLD), /^Read 6 orders$/);

    await page.goto(NEW_EMPTY);
    assert.equal(await popupPageStatus(b, NEW_EMPTY), 'The order list on this page is empty.');

    await page.goto(ORDER_DETAIL);
    assert.equal(await popupPageStatus(b, ORDER_DETAIL), 'Cannot read this page: not an order list page');

    // Shop Manager's other pages are outside the extension's match patterns: it never runs there.
    await page.goto(DASHBOARD);
    assert.equal(await popupPageStatus(b, DASHBOARD), 'Cannot read this page: it is not a supported order list.');

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
