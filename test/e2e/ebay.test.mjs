// eBay Seller Hub orders, served at its real URLs so the manifest's match patterns are what
// is tested: the built extension reads the saved page, badges the order past its ship-by
// date, and the popup tells the seller what it read (or why it could not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectedRows, expectedShipDeadlines, fixture, otherPage, popupPageStatus, readBadges, serveFixtures, sidePanelCases, visitForStatus, withExtension,
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

test('eBay Seller Hub orders, page 2: a repeated order, an open case and a buyer who keeps returning are raised beside the late shipments', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, { [ALL_ORDERS]: fixture('ebay', 'orders-page2.2026-11.html') });
    const page = await b.context.newPage();
    await page.goto(ALL_ORDERS);
    const cases = expectedRows(
      expectedShipDeadlines({
        // Ship by Nov 26 and Nov 25 (end of those days, Los Angeles).
        '26-40011-50011': Date.UTC(2026, 10, 27, 8, 0, 0),
        '26-40012-50012': Date.UTC(2026, 10, 27, 8, 0, 0),
        '26-40014-50014': Date.UTC(2026, 10, 26, 8, 0, 0),
      }),
      [
        // The same buyer bought the same bath bombs twice the same day: flagged on the second order.
        ['26-40012-50012', 'duplicate-order', 'P2'],
        // "Case opened": reply within 24 h of when it was first seen.
        ['26-40013-50013', 'dispute-open', 'P1'],
        // bargainbin_bob has two refunds and a return in this list: watch the live order.
        ['26-40014-50014', 'repeat-refunder', 'P3'],
      ],
    );
    // One badge per order: every detector that raised it, at the most urgent severity.
    const rank = { P1: 0, P2: 1, P3: 2 };
    const badges = [...new Set(cases.map(([id]) => id))].map((id) => {
      const mine = cases.filter(([orderId]) => orderId === id);
      const severity = mine.map(([, , s]) => s).sort((x, y) => rank[x] - rank[y])[0];
      return [id, mine.map(([, d]) => d).sort().join(' '), severity];
    });
    const read = (await readBadges(page, { atLeast: badges.length })).map(([id, detectors, severity]) => [id, detectors.split(' ').sort().join(' '), severity]);
    assert.deepEqual(read, badges);
    assert.match(await popupPageStatus(b, ALL_ORDERS), /^Read 7 orders$/);
    assert.deepEqual(await sidePanelCases(b), cases);
  }));

test('eBay Seller Hub orders over a month: the one order far larger than the shop\'s usual is raised to check before it ships', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, { [ALL_ORDERS]: fixture('ebay', 'orders-month.2026-11.html') });
    const page = await b.context.newPage();
    await page.goto(ALL_ORDERS);
    const cases = expectedRows(
      // 40 soap bars for $519.60 against thirty orders of $11.48 to $41.99.
      [['27-59999-69999', 'amount-outlier', 'P3']],
      // Ship by Nov 26 (end of that day, Los Angeles).
      expectedShipDeadlines({ '27-59999-69999': Date.UTC(2026, 10, 27, 8, 0, 0) }),
    );
    // One badge, on that order: both detectors, at the more urgent severity ('P1' sorts before 'P3').
    const badges = (await readBadges(page)).map(([id, detectors, severity]) => [id, detectors.split(' ').sort().join(' '), severity]);
    assert.deepEqual(badges, [['27-59999-69999', cases.map(([, d]) => d).sort().join(' '), cases.map(([, , s]) => s).sort()[0]]]);
    assert.match(await popupPageStatus(b, ALL_ORDERS), /^Read 31 orders$/);
    assert.deepEqual(await sidePanelCases(b), cases);
  }));
