// Amazon Seller Central Manage Orders, served at its real URLs so the manifest's match
// patterns are what is tested: the built extension reads the saved page, badges the order
// past its ship-by date and the parcel past its "Deliver by" date, and the popup tells the
// seller what it read (or why it could not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectedRows, expectedShipDeadlines, expectedUnpaidReminders, fixture, otherPage, popupPageStatus, readBadges, serveFixtures, sidePanelCases, visitForStatus, withExtension,
} from './browser.mjs';

const ALL_ORDERS = 'https://sellercentral.amazon.com/orders-v3?page=1';
const UNSHIPPED_EMPTY = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1';
const ORDER_DETAIL = 'https://sellercentral.amazon.com/orders-v3/order/113-4567890-1234567';
const DAY = 86_400_000;

/** delivery-overdue for a shipped parcel promised by `deliverBy`: P2 once late, P1 from 3 days late (the default). */
const expectedOverdue = (orderId, deliverBy, now = Date.now()) =>
  now < deliverBy ? [] : [[orderId, 'delivery-overdue', now >= deliverBy + 3 * DAY ? 'P1' : 'P2']];

test('Amazon Manage Orders: the orders past their ship-by and deliver-by dates get badges, the popup reports the read', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [ALL_ORDERS]: fixture('amazon', 'manage-orders.2026-11.html'),
      [UNSHIPPED_EMPTY]: fixture('amazon', 'manage-orders-empty.2026-11.html'),
      [ORDER_DETAIL]: otherPage('Order Details', 'Order ID: 113-4567890-1234567'),
    });
    const page = await b.context.newPage();
    await page.goto(ALL_ORDERS);
    // 112-9876543-2101234 (Pending, placed 2026-11-25 02:40 UTC) gets a payment reminder after 24 h.
    const expected = expectedRows(
      expectedShipDeadlines({
        // Ship by Nov 22 (end of that day, Los Angeles): long passed.
        '113-4567890-1234567': Date.UTC(2026, 10, 23, 8, 0, 0),
        // Ship by Nov 26 (end of that day, Los Angeles).
        '114-2233445-5566778': Date.UTC(2026, 10, 27, 8, 0, 0),
      }),
      expectedUnpaidReminders({ '112-9876543-2101234': Date.UTC(2026, 10, 25, 2, 40) }),
      // Shipped, "Deliver by: Nov 21 – Nov 24, 2026" (end of Nov 24, Los Angeles), not delivered.
      expectedOverdue('111-3456789-0123456', Date.UTC(2026, 10, 25, 8, 0, 0)),
    );
    assert.deepEqual(await readBadges(page, { atLeast: expected.length }), expected);
    assert.match(await popupPageStatus(b, ALL_ORDERS), /^Read 6 orders$/);

    assert.equal(await visitForStatus(b, page, UNSHIPPED_EMPTY), 'The order list on this page is empty.');
    assert.equal(await visitForStatus(b, page, ORDER_DETAIL), 'Cannot read this page: not an order list page');

    assert.deepEqual(await sidePanelCases(b), expected);
  }));
