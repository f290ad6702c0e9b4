// Douyin's 抖店 订单管理, served at its real URL so the manifest's match patterns are what is tested:
// the built extension reads the saved page, badges the late order, and the popup tells the
// seller what it read (or that the list is empty).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectedRows, expectedUnpaidReminders, fixture, otherPage, popupPageStatus, readBadges, serveFixtures, sidePanelCases, visitForStatus, withExtension,
} from './browser.mjs';

const ORDER_LIST = 'https://fxg.jinritemai.com/ffa/morder/order/list';
const EMPTY_LIST = 'https://fxg.jinritemai.com/ffa/morder/order/list?tab=stock_up';
const HOME = 'https://fxg.jinritemai.com/ffa/mshop/homepage/index';
const PAGE_2 = 'https://fxg.jinritemai.com/ffa/morder/order/list?page=2';
const DAY = 86_400_000;

test('Douyin 订单管理: the unshipped order gets one badge on its two rows, the popup reports the read', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [ORDER_LIST]: fixture('douyin', 'order-list.2026-11.html'),
      [EMPTY_LIST]: fixture('douyin', 'order-list-empty.2026-11.html'),
      [HOME]: otherPage('抖店首页', '抖店首页'),
      [PAGE_2]: fixture('douyin', 'order-list-page2.2026-11.html'),
    });
    const page = await b.context.newPage();
    await page.goto(ORDER_LIST);
    // Only 6938812345678901001 is 待发货; ordered 2026-11-21 19:20 (no payment time shown), it is past 48 h.
    // 6938812345678901005 (待支付, placed 2026-11-24 23:50 Beijing) gets a payment reminder after 24 h.
    const expected = expectedRows(
      [['6938812345678901001', 'ship-deadline', 'P1']],
      expectedUnpaidReminders({ '6938812345678901005': Date.UTC(2026, 10, 24, 15, 50, 0) }),
    );
    assert.deepEqual(await readBadges(page, { atLeast: expected.length }), expected);
    assert.match(await popupPageStatus(b, ORDER_LIST), /^Read 7 orders$/);

    assert.equal(await visitForStatus(b, page, EMPTY_LIST), 'The order list on this page is empty.');
    assert.equal(await visitForStatus(b, page, HOME), 'Cannot read this page: not an order list page');

    // Page 2: 小周同学 asks to change the address of an order not yet shipped; 晚风, whose open orders are
    // flagged, has had three refunds (ordered 2026-11-02, 10-20 and 10-12) within the last 90 days (the
    // oldest leaves the window on 2027-01-10, after which only two are counted).
    await page.goto(PAGE_2);
    const refunds = Date.now() < Date.UTC(2026, 9, 12, 11, 47, 55) + 90 * DAY;
    const later = expectedRows(
      [
        ['6938812345678903001', 'ship-deadline', 'P1'],
        ['6938812345678903005', 'address-issue', 'P2'],
        ['6938812345678903005', 'ship-deadline', 'P1'],
      ],
      refunds ? [['6938812345678903001', 'repeat-refunder', 'P3'], ['6938812345678903004', 'repeat-refunder', 'P3']] : [],
    );
    const badges = await readBadges(page, { atLeast: refunds ? 3 : 2 });
    assert.deepEqual(badges.map(([orderId, detectors]) => [orderId, detectors.split(' ').sort().join(' ')]), [
      ['6938812345678903001', refunds ? 'repeat-refunder ship-deadline' : 'ship-deadline'],
      ...(refunds ? [['6938812345678903004', 'repeat-refunder']] : []),
      ['6938812345678903005', 'address-issue ship-deadline'],
    ]);

    assert.deepEqual(await sidePanelCases(b), expectedRows(expected, later));
  }));
