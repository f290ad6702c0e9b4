// Etsy Orders & Shipping, served at its real URLs so the manifest's match patterns are what
// is tested: the built extension reads the saved order cards, badges the orders near or past
// their ship-by date, and the popup tells the seller what it read (or why it could not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectedShipDeadlines, fixture, otherPage, popupPageStatus, readBadges, serveFixtures, sidePanelCases, visitForStatus, withExtension,
} from './browser.mjs';

const SOLD = 'https://www.etsy.com/your/orders/sold?ref=seller-platform-mcnav';
const NEW_EMPTY = 'https://www.etsy.com/your/orders/sold/new';
const ORDER_DETAIL = 'https://www.etsy.com/your/orders/sold/3012345678';
const DASHBOARD = 'https://www.etsy.com/your/shops/me/dashboard?ref=seller-platform-mcnav';

test('Etsy Orders & Shipping: the order past its ship-by date gets a badge, the popup reports the read', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [SOLD]: fixture('etsy', 'sold.2026-11.html'),
      [NEW_EMPTY]: fixture('etsy', 'sold-empty.2026-11.html'),
      [ORDER_DETAIL]: otherPage('Etsy - Order #3012345678', 'Order #3012345678'),
      [DASHBOARD]: otherPage('Etsy - Shop Manager', 'Dashboard'),
    });
    const page = await b.context.newPage();
    await page.goto(SOLD);
    const expected = expectedShipDeadlines({
      // Ship by Nov 22: the end of that day in New York, long passed.
      '3012345678': Date.UTC(2026, 10, 23, 5, 0),
      // Ship by Nov 27: badged only from six hours before the end of that day.
      '3012456789': Date.UTC(2026, 10, 28, 5, 0),
    });
    assert.deepEqual(await readBadges(page), expected);
    assert.match(await popupPageStatus(b, SOLD), /^Read 6 orders$/);

    assert.equal(await visitForStatus(b, page, NEW_EMPTY), 'The order list on this page is empty.');
    assert.equal(await visitForStatus(b, page, ORDER_DETAIL), 'Cannot read this page: not an order list page');
    // Shop Manager's other pages are outside the extension's match patterns: it never runs there.
    assert.equal(await visitForStatus(b, page, DASHBOARD), 'Cannot read this page: it is not a supported order list.');

    assert.deepEqual(await sidePanelCases(b), expected);
  }));
