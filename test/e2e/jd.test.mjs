// JD's 订单管理, served at its real URL so the manifest's match patterns are what is tested:
// the built extension reads the saved page, badges the late order, and the popup tells the
// seller what it read (or that the list is empty).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectedRows, expectedUnpaidReminders, fixture, otherPage, popupPageStatus, readBadges, serveFixtures, sidePanelCases, visitForStatus, withExtension,
} from './browser.mjs';

const ORDER_LIST = 'https://shop.jd.com/jdm/trade/orders/order-list';
const EMPTY_LIST = 'https://porder.shop.jd.com/order/orderlist/allOrders';
const HOME = 'https://shop.jd.com/jdm/home';

test('JD 订单管理: the paid order waiting to leave the warehouse gets a badge, the popup reports the read', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [ORDER_LIST]: fixture('jd', 'order-list.2026-11.html'),
      [EMPTY_LIST]: fixture('jd', 'order-list-empty.2026-11.html'),
      [HOME]: otherPage('京东商家后台', '京东商家后台'),
    });
    const page = await b.context.newPage();
    await page.goto(ORDER_LIST);
    // Only 301234567801 is 等待出库; paid 2026-11-21 08:56, it is long past 48 h.
    // 301234567806 has waited for payment more than 24 h: a payment reminder.
    const expected = expectedRows(
      [['301234567801', 'ship-deadline', 'P1']],
      expectedUnpaidReminders({ 301234567806: Date.UTC(2026, 10, 24, 13, 40, 0) }),
    );
    assert.deepEqual(await readBadges(page, { atLeast: expected.length }), expected);
    assert.match(await popupPageStatus(b, ORDER_LIST), /^Read 6 orders$/);

    assert.equal(await visitForStatus(b, page, EMPTY_LIST), 'The order list on this page is empty.');
    assert.equal(await visitForStatus(b, page, HOME), 'Cannot read this page: not an order list page');

    assert.deepEqual(await sidePanelCases(b), expected);
  }));
