// Douyin's 抖店 订单管理, served at its real URL so the manifest's match patterns are what is tested:
// the built extension reads the saved page, badges the late order, and the popup tells the
// seller what it read (or that the list is empty). The list's own searchlist answer, asked for by
// the page, is read beside its text: the payment time and latest time to ship the table leaves out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  expectedRows, expectedUnpaidReminders, fixture, otherPage, popupPageStatus, readBadges, readStore, serveFixtures, sidePanelCases, tabIdOf, until, visitForStatus,
  withExtension,
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

const SEARCHLIST = 'https://fxg.jinritemai.com/api/order/searchlist';
const ANSWER = readFileSync(new URL('../fixtures/pagedata/douyin-searchlist.2026-12.json', import.meta.url), 'utf8');

/** Moves the service worker's clock `days` on and runs its re-check of stored orders at once. */
async function daysPass(b, days) {
  await b.worker.evaluate(async (ms) => {
    const real = Date.now.bind(Date);
    Date.now = () => real() + ms;
    await chrome.alarms.create('reevaluate', { when: real() + 100 });
  }, days * DAY);
}

/** The stored cases of the orders in the list's own data, as [order, check, priority, due, evidence]. */
async function dataCases(b) {
  const [cases] = await readStore(b.worker, [['cases', 'getAll']]);
  return cases
    .filter((c) => /^693881234567890700[1-3]$/.test(c.orderId))
    .map((c) => [c.orderId, c.detector, c.severity, c.dueAt, c.evidence])
    .sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
}

test('Douyin 订单管理: the list\'s own searchlist answer gives the payment time and latest time to ship; a 退款中 item raises refund-pending, the others none', () =>
  withExtension(async (b) => {
    // What the console's own code does: ask for the list's data, then draw it.
    const script = `<script>
fetch('/api/order/searchlist?page=0&pageSize=10&order_by=create_time&order=desc&tab=all', { credentials: 'include' })
  .then((r) => r.json()).then((a) => { document.body.dataset.got = String(a.data.length); })
  .catch((e) => { document.body.dataset.got = 'error ' + e.message; });
</script>`;
    await serveFixtures(b.context, { [ORDER_LIST]: fixture('douyin', 'order-list.2026-11.html').replace('</body>', `${script}</body>`) });
    const asked = [];
    await b.context.route(
      (url) => url.href.startsWith(`${SEARCHLIST}?`),
      (route) => {
        asked.push(route.request().url());
        return route.fulfill({ body: ANSWER, contentType: 'application/json; charset=utf-8' });
      },
    );
    const page = await b.context.newPage();
    const since = Date.now();
    await page.goto(ORDER_LIST);
    await page.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
    assert.equal(await page.evaluate(() => document.body.dataset.got), '4');
    const status = await until(async () => {
      const stored = await b.worker.evaluate(() => chrome.storage.session.get(null));
      const s = Object.entries(stored).find(([key, v]) => key.startsWith('tabStatus:') && v?.url === ORDER_LIST)?.[1];
      return s?.pageData && s.pageData.at >= since ? s : undefined;
    });
    // Read health: the page's text (its 7 orders) and the list's own data (4 orders), both said.
    assert.deepEqual(status.pageData, { ordersRead: 4, skipped: 0, at: status.pageData.at });
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${await tabIdOf(b.worker, ORDER_LIST)}`);
    assert.equal(await popup.locator('[data-testid="page-data"]').textContent(), "Also read from the console's own order data: 4 orders");
    await popup.close();
    assert.match(await popupPageStatus(b, ORDER_LIST), /^Read 7 orders$/);

    const [orders] = await readStore(b.worker, [['orders', 'getAll']]);
    const fromData = orders.filter((o) => o.orderId.startsWith('693881234567890700')).sort((x, y) => x.orderId.localeCompare(y.orderId));
    const iso = (ms) => (ms === undefined ? null : new Date(ms).toISOString());
    assert.deepEqual(fromData.map((o) => [o.orderId, o.status, iso(o.paidAt), iso(o.shipBy), o.money.paid, o.trackingNo ?? null]), [
      ['6938812345678907001', 'awaiting_shipment', '2026-11-28T02:01:40.000Z', '2026-12-01T02:01:40.000Z', 79.8, null],
      ['6938812345678907002', 'refund_requested', '2026-12-03T13:15:20.000Z', '2026-12-05T13:15:20.000Z', 45, null],
      ['6938812345678907003', 'shipped', '2026-11-25T00:31:00.000Z', '2026-11-27T00:31:00.000Z', 86, null],
      ['6938812345678907004', 'awaiting_payment', null, null, 29.9, null],
    ]);

    // The unshipped order is late by the answer's own latest time to ship (a 72 h promise), not 48 h after the order.
    const late = ['6938812345678907001', 'ship-deadline', 'P1', Date.UTC(2026, 11, 1, 2, 1, 40)];
    const first = await until(async () => {
      const cases = await dataCases(b);
      return cases.length > 0 ? cases : undefined;
    });
    assert.deepEqual(first.map((c) => c.slice(0, 4)), [late]);

    // Three days on, nobody has answered the 退款中 request: past 抖店's 48 h before shipping. The answer
    // names no request time, so the clock ran from the read that first saw it; the orders with no
    // after-sale raise none.
    await daysPass(b, 3);
    const later = await until(async () => {
      const cases = await dataCases(b);
      return cases.length > 1 ? cases : undefined;
    });
    assert.deepEqual(later.map((c) => c.slice(0, 3)), [late.slice(0, 3), ['6938812345678907002', 'refund-pending', 'P1']]);
    const refund = later[1];
    const seenAt = Date.parse(refund[4].requestedAt);
    assert.equal(refund[4].requestedAtSource, 'first observed');
    assert.ok(seenAt >= since - 1000 && seenAt <= since + 60_000, refund[4].requestedAt);
    assert.equal(refund[3], seenAt + 48 * 3_600_000);
    assert.equal(asked.length, 1);
  }));
