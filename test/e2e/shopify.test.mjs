// Shopify admin Orders, served at its real URLs so the manifest's match patterns are what is
// tested: the built extension reads the saved Polaris page, badges the paid orders left
// unfulfilled past 48 h, and the popup tells the seller what it read (or why it could not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  expectedShipDeadlines, fixture, listedCases, openSidePanel, otherPage, popupPageStatus, readBadges, serveFixtures, sidePanelCases, visitForStatus, withExtension,
} from './browser.mjs';

const DAY = 86_400_000;

const ORDERS = 'https://admin.shopify.com/store/sage-and-suds/orders';
const UNFULFILLED_EMPTY = 'https://admin.shopify.com/store/sage-and-suds/orders?selectedView=unfulfilled&query=lip%20balm';
const ORDER_DETAIL = 'https://admin.shopify.com/store/sage-and-suds/orders/6102938475008';
const LEGACY_ORDERS = 'https://savon-de-lune.myshopify.com/admin/orders';

test('Shopify admin orders: the paid, unfulfilled orders get badges, the popup reports the read', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [ORDERS]: fixture('shopify', 'orders.2026-11.html'),
      [UNFULFILLED_EMPTY]: fixture('shopify', 'orders-empty.2026-11.html'),
      [ORDER_DETAIL]: otherPage('#1008 · Orders · Sage &amp; Suds · Shopify', '#1008'),
      [LEGACY_ORDERS]: fixture('shopify', 'orders-variant.2026-11.html'),
    });
    const page = await b.context.newPage();
    await page.goto(ORDERS);
    // The list shows no payment time, so the 48 h count starts at the order time (New York).
    const expected = expectedShipDeadlines({
      '#1008': Date.UTC(2026, 10, 21, 16, 30), // Paid / Unfulfilled, ordered Nov 19 at 11:30 am
      '#1005': Date.UTC(2026, 10, 19, 0, 55), // Paid / On hold, ordered Nov 16 at 7:55 pm
    });
    assert.deepEqual(await readBadges(page), expected);
    assert.match(await popupPageStatus(b, ORDERS), /^Read 9 orders$/);

    assert.equal(await visitForStatus(b, page, UNFULFILLED_EMPTY), 'The order list on this page is empty.');
    assert.equal(await visitForStatus(b, page, ORDER_DETAIL), 'Cannot read this page: not an order list page');

    assert.deepEqual(await sidePanelCases(b), expected);

    // The legacy admin host, a store with customised columns: the row without a total is named.
    await page.goto(LEGACY_ORDERS);
    await page.waitForSelector('[data-os-order-id="#2103"]', { state: 'attached', timeout: 15_000 });
    const legacy = await popupPageStatus(b, LEGACY_ORDERS);
    assert.match(legacy, /^Read 2 orders, 1 row skipped:/);
    assert.match(legacy, /#2102\): Total '€—' is not an amount/);
  }));

test('Shopify admin orders: the fulfillments in the admin\'s own GraphQL answer raise a late parcel, a stalled one and a number no label carries', () =>
  withExtension(async (b) => {
    const API = 'https://admin.shopify.com/api/shopify/sage-and-suds';
    const answer = readFileSync(new URL('../fixtures/pagedata/shopify-fulfillments.2026-12.json', import.meta.url), 'utf8');
    // What the admin's own code does: ask its GraphQL address for the orders, fulfillments included.
    const script = `<script>
fetch('/api/shopify/sage-and-suds?operation=OrderListData&type=query', { method: 'POST', body: '{}' })
  .then((r) => r.json()).then((j) => { document.body.dataset.got = String(j.data.orders.edges.length); })
  .catch((e) => { document.body.dataset.got = 'error ' + e.message; });
</script>`;
    await serveFixtures(b.context, { [ORDERS]: fixture('shopify', 'orders.2026-11.html').replace('</body>', `${script}</body>`) });
    await b.context.route((url) => url.href.startsWith(`${API}?`), (route) => route.fulfill({ body: answer, contentType: 'application/json' }));
    const page = await b.context.newPage();
    await page.goto(ORDERS);
    await page.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
    assert.equal(await page.evaluate(() => document.body.dataset.got), '4');

    const now = Date.now();
    // #1201: UPS, estimated Nov 26 20:00 UTC and still in transit: P1 from 3 days late.
    const due = Date.UTC(2026, 10, 26, 20, 0);
    // #1201's last event Nov 22 09:12 UTC: stalled from 3 days, suspected lost (P1) from 7.
    const moved = Date.UTC(2026, 10, 22, 9, 12);
    const expected = [
      ...(now >= due ? [['#1201', 'delivery-overdue', now >= due + 3 * DAY ? 'P1' : 'P2']] : []),
      ...(now >= moved + 3 * DAY ? [['#1201', 'tracking-stalled', now >= moved + 7 * DAY ? 'P1' : 'P2']] : []),
      // #1203: USPS "94001118", fulfilled: no USPS label has 8 digits.
      ['#1203', 'tracking-invalid', 'P1'],
    ];
    // #1202 was delivered (its fulfillment says so): nothing about its parcel is raised.
    const shipping = new Set(['delivery-overdue', 'tracking-stalled', 'tracking-invalid']);
    const panel = await openSidePanel(b);
    let raised = [];
    for (let i = 0; i < 20; i++) {
      raised = (await listedCases(panel)).filter(([id, detector]) => id.startsWith('#12') && shipping.has(detector)).sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
      if (raised.length >= expected.length) break;
      await panel.waitForTimeout(500);
      await panel.reload();
      await panel.waitForSelector('[data-case-detector]');
    }
    assert.deepEqual(raised, expected);
  }));
