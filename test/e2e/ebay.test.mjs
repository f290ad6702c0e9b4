// eBay Seller Hub orders, served at its real URLs so the manifest's match patterns are what
// is tested: the built extension reads the saved page, badges the order past its ship-by
// date, and the popup tells the seller what it read (or why it could not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectedShipDeadlines, fixture, otherPage, popupPageStatus, readBadges, serveFixtures, sidePanelCases, visitForStatus, withExtension,
} from './browser.mjs';

const ALL_ORDERS = 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS';
const AWAITING_EMPTY = 'https://www.ebay.com/sh/ord/?filter=status:AWAITING_SHIPMENT';
const ORDER_DETAIL = 'https://www.ebay.com/sh/ord/details?orderid=12-34567-89012';

test('eBay Seller Hub orders: the order past its ship-by date gets a badge, the popup reports the read', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [ALL_ORDERS]: fixture('ebay', 'orders.2026-11.html'),
      [AWAITING_EMPTY]: fixture('ebay', 'orders-empty.2026-11.html'),
      [ORDER_DETAIL]: otherPage('Order details | Seller Hub', 'Order details'),
    });
    const page = await b.context.newPage();
    await page.goto(ALL_ORDERS);
    const expected = expectedShipDeadlines({
      // Ship by Nov 21 (end of that day, Los Angeles): long passed.
      '12-34567-89012': Date.UTC(2026, 10, 22, 8, 0, 0),
      // The two-item order: ship by Nov 26 (end of that day, Los Angeles).
      '08-12345-67890': Date.UTC(2026, 10, 27, 8, 0, 0),
    });
    assert.deepEqual(await readBadges(page), expected);
    assert.match(await popupPageStatus(b, ALL_ORDERS), /^Read 6 orders$/);

    assert.equal(await visitForStatus(b, page, AWAITING_EMPTY), 'The order list on this page is empty.');
    assert.equal(await visitForStatus(b, page, ORDER_DETAIL), 'Cannot read this page: not an order list page');

    assert.deepEqual(await sidePanelCases(b), expected);
  }));
