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

test('Douyin 订单管理: the unshipped order gets one badge on its two rows, the popup reports the read', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [ORDER_LIST]: fixture('douyin', 'order-list.2026-11.html'),
      [EMPTY_LIST]: fixture('douyin', 'order-list-empty.2026-11.html'),
      [HOME]: otherPage('抖店首页', '抖店首页'),
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

    assert.deepEqual(await sidePanelCases(b), expected);
  }));
