// Pinduoduo's 订单查询, served at its real URL so the manifest's match patterns are what is tested:
// the built extension reads the saved pages, badges the late orders, a buyer's repeated order,
// shipments whose number cannot be real and an order far above the shop's usual, and the popup
// tells the seller what it read (or that the list is empty).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectedRows, fixture, otherPage, popupPageStatus, readBadges, serveFixtures, sidePanelCases, visitForStatus, withExtension } from './browser.mjs';

const ORDER_LIST = 'https://mms.pinduoduo.com/orders/list?msfrom=mms_sidenav';
const EMPTY_LIST = 'https://mms.pinduoduo.com/orders/list?tab=1';
const WAITING = 'https://mms.pinduoduo.com/orders/list?type=0&tab=1';
const SHIPPED = 'https://mms.pinduoduo.com/orders/list?type=0&tab=2';
const MONTH = 'https://mms.pinduoduo.com/orders/list?type=0&page_size=50';
const DETAIL = 'https://mms.pinduoduo.com/orders/detail?type=4399&sn=241120-258301446712345';

test('Pinduoduo 订单查询: late orders, a buyer\'s repeated order, shipments with no valid number and an outlying order get badges, the popup reports the read', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [ORDER_LIST]: fixture('pinduoduo', 'orders-list.2026-11.html'),
      [EMPTY_LIST]: fixture('pinduoduo', 'orders-list-empty.2026-11.html'),
      [WAITING]: fixture('pinduoduo', 'orders-list-waiting.2026-11.html'),
      [SHIPPED]: fixture('pinduoduo', 'orders-list-shipped.2026-11.html'),
      [MONTH]: fixture('pinduoduo', 'orders-list-month.2026-11.html'),
      [DETAIL]: otherPage('订单详情', '订单详情'),
    });
    const page = await b.context.newPage();
    await page.goto(ORDER_LIST);
    // Only 241120-… is 待发货 with its 承诺发货时间 (2026-11-22 09:12) passed; 241122-… is 待发货 but 退款中.
    assert.deepEqual(await readBadges(page), [['241120-258301446712345', 'ship-deadline', 'P1']]);
    assert.match(await popupPageStatus(b, ORDER_LIST), /^Read 6 orders$/);

    assert.equal(await visitForStatus(b, page, EMPTY_LIST), 'The order list on this page is empty.');
    assert.equal(await visitForStatus(b, page, DETAIL), 'Cannot read this page: not an order list page');

    // The 待发货 tab: one buyer ordered the same soap twice within half an hour. Both are past their
    // 承诺发货时间 (2026-11-26); the later one is also the buyer's duplicate, to cancel before it ships.
    // One badge per order, naming its findings most urgent first.
    await page.goto(WAITING);
    assert.deepEqual(await readBadges(page, { atLeast: 2 }), [
      ['241124-258340011122233', 'ship-deadline', 'P1'],
      ['241124-258340099988877', 'ship-deadline duplicate-order', 'P1'],
    ]);
    const waiting = expectedRows([
      ['241124-258340011122233', 'ship-deadline', 'P1'],
      ['241124-258340099988877', 'duplicate-order', 'P2'],
      ['241124-258340099988877', 'ship-deadline', 'P1'],
    ]);

    // The 已发货 tab: a 圆通 number too short for 圆通's format, and an order marked shipped with no number at
    // all, are fake-shipping (虚假发货) risks; the 中通 parcel with a well-formed number is not.
    await page.goto(SHIPPED);
    const shipped = [
      ['241123-258331155667788', 'tracking-invalid', 'P1'],
      ['241123-258331199887766', 'tracking-invalid', 'P1'],
    ];
    assert.deepEqual(await readBadges(page, { atLeast: shipped.length }), shipped);

    // A month of orders, 50 to a page: 30 delivered orders of ¥29.90–¥258, and one unshipped order of 30 gift
    // boxes (¥3,870) far above them, to check before it ships, as well as late.
    await page.goto(MONTH);
    assert.deepEqual(await readBadges(page), [['241124-258349900112233', 'ship-deadline amount-outlier', 'P1']]);
    const month = [
      ['241124-258349900112233', 'amount-outlier', 'P3'],
      ['241124-258349900112233', 'ship-deadline', 'P1'],
    ];

    assert.deepEqual(await sidePanelCases(b), expectedRows([['241120-258301446712345', 'ship-deadline', 'P1']], waiting, shipped, month));
  }));
