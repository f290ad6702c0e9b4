// Shopify admin Orders, served at its real URLs so the manifest's match patterns are what is
// tested: the built extension reads the saved Polaris page, badges the paid orders left
// unfulfilled past 48 h, and the popup tells the seller what it read (or why it could not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectedShipDeadlines, fixture, otherPage, popupPageStatus, readBadges, serveFixtures, sidePanelCases, visitForStatus, withExtension,
} from './browser.mjs';

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
