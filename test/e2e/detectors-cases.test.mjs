// Detectors on the consoles' saved pages at their real URLs, each proven by the case a seller sees:
// its check, priority, title in the side panel and words. Buyers' requests and complaints (Douyin
// 抖店, eBay): the built extension reads a list with an open request, then days pass with nobody
// answering (the service worker's clock moves on and its re-check runs). Amounts (Taobao): the list
// and then the order's detail page, whose coupons the list does not show. A shop's unusual day
// (eBay, Pinduoduo): a month of orders read on the day after four of them missed their ship-by date;
// and (Pinduoduo) four refund requests a second read of the list saw on one day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, openSidePanel, readBadges, readStore, serveFixtures, withExtension } from './browser.mjs';

const DAY = 86_400_000;
const TAOBAO_LIST = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
const TAOBAO_DETAIL = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=3712866600011122233';
const EBAY_MONTH = 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS&limit=50';
const DOUYIN_LIST = 'https://fxg.jinritemai.com/ffa/morder/order/list';
const EBAY_LIST = 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS';
const PDD_MONTH = 'https://mms.pinduoduo.com/orders/list?type=0&page_size=50';
const PDD_LIST = 'https://mms.pinduoduo.com/orders/list?msfrom=mms_sidenav';

/** Polls `check` every 200 ms until it returns a value, failing after 20 s with what it waited for. */
async function until(check, what) {
  for (let i = 0; i < 100; i++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The stored cases, as [order, check, priority, what the seller reads], sorted by order then check. */
async function storedCases(b) {
  const [cases] = await readStore(b.worker, [['cases', 'getAll']]);
  return cases
    .map((c) => [c.orderId, c.detector, c.severity, c.explanation.en])
    .sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
}

/** Once `n` cases are stored, they as `storedCases` gives them. */
const casesOnce = (b, n) => until(async () => {
  const cases = await storedCases(b);
  return cases.length >= n ? cases : undefined;
}, `${n} cases`);

/** The side panel's lines: [order, check, priority, title], sorted by order then check. */
async function panelLines(b) {
  const panel = await openSidePanel(b);
  const lines = await panel.$$eval('[data-case-detector]', (items) =>
    items.map((li) => [li.dataset.caseOrder, li.dataset.caseDetector, li.dataset.caseSeverity, li.querySelector('.case-title')?.textContent]),
  );
  await panel.close();
  return lines.sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
}

/**
 * `days` pass in the service worker with nobody acting: its clock moves on, and its periodic
 * re-check (the alarm that judges stored orders as time passes) runs at once.
 */
async function daysPass(b, days) {
  await b.worker.evaluate(async (ms) => {
    const real = Date.now.bind(Date);
    Date.now = () => real() + ms;
    // Unpacked extensions may set an alarm this close; it is the extension's own re-check alarm.
    await chrome.alarms.create('reevaluate', { when: real() + 100 });
  }, days * DAY);
}

/** From now on the service worker's clock reads `at` (and runs on from there): the day a saved page was saved. */
async function workerClockAt(b, at) {
  await b.worker.evaluate((start) => {
    const real = Date.now.bind(Date);
    const from = real();
    Date.now = () => start + (real() - from);
  }, at);
}

test('Douyin 抖店 订单管理: a dispute is raised on the first read, and a refund request left for three days is raised as past the platform\'s automatic refund', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, { [DOUYIN_LIST]: fixture('douyin', 'order-list-aftersale.2026-11.html') });
    const page = await b.context.newPage();
    await page.goto(DOUYIN_LIST);

    // 售后状态 平台介入中: the platform stepped in; answer within 24 h of when it was first seen.
    const dispute = ['6938812345678904001', 'dispute-open', 'P1'];
    assert.deepEqual(await readBadges(page), [[...dispute]]);
    assert.deepEqual(await casesOnce(b, 1), [
      [...dispute, 'A complaint or dispute ("待发货 / 平台介入中") is shown (timed from when it was first seen); reply within the 24 h window.'],
    ]);
    assert.deepEqual(await panelLines(b), [[...dispute, 'Dispute open']]);

    // Three days on, nobody has answered the 退款中 request of an unshipped order: Douyin agrees to
    // a refund before shipping by itself after 48 h.
    await daysPass(b, 3);
    const refund = ['6938812345678904002', 'refund-pending', 'P1'];
    assert.deepEqual(await casesOnce(b, 2), [
      [...dispute, 'A complaint or dispute ("待发货 / 平台介入中") is shown (timed from when it was first seen); the 24 h reply window has passed.'],
      [...refund, "Refund request of ¥59.00 (timed from when it was first seen); Douyin's 48 h limit before shipping has run out — it may already be agreed automatically."],
    ]);
    assert.deepEqual(await panelLines(b), [[...dispute, 'Dispute open'], [...refund, 'Refund waiting']]);
  }));

test('eBay Seller Hub orders: a cancellation request and a return request left unanswered for four days are raised, the return as past eBay\'s automatic decision', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, { [EBAY_LIST]: fixture('ebay', 'orders-requests.2026-11.html') });
    const page = await b.context.newPage();
    await page.goto(EBAY_LIST);
    // Read, and nothing to raise yet: both requests were first seen just now.
    await until(async () => ((await readStore(b.worker, [['orders', 'count']]))[0] === 3 ? true : undefined), 'the 3 orders stored');
    assert.deepEqual(await storedCases(b), []);

    await daysPass(b, 4);
    const cancel = ['26-50021-60021', 'cancel-pending', 'P2'];
    const ret = ['26-50022-60022', 'refund-pending', 'P1'];
    assert.deepEqual(await casesOnce(b, 2), [
      [...cancel, 'A cancellation request ("cancellation requested") was first seen more than 12 h ago and nothing has happened since — confirm the cancellation and refund before the order ships.'],
      [...ret, "Return request of $25.49 (timed from when it was first seen); eBay's 72 h limit after shipping has run out — it may already be agreed automatically."],
    ]);
    assert.deepEqual(await panelLines(b), [[...cancel, 'Cancellation waiting'], [...ret, 'Refund waiting']]);
  }));

test('Taobao 已卖出的宝贝 and its order detail page: the coupons only the detail page shows leave ¥10.00 of the amount paid unexplained', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [TAOBAO_LIST]: fixture('taobao', 'sold-items-coupon.2026-11.html'),
      [TAOBAO_DETAIL]: fixture('pagedata', 'taobao-detail-coupon.2026-11.html'),
    });
    const page = await b.context.newPage();
    await page.goto(TAOBAO_LIST);
    // Paid on 2026-11-23 and not shipped: long past Taobao's 48 h. The list shows 2 × ¥39.00 and no
    // postage against ¥58.00 paid, but no discount: the amounts are not judged yet.
    const late = ['3712866600011122233', 'ship-deadline', 'P1'];
    assert.deepEqual(await readBadges(page), [[...late]]);
    assert.deepEqual(await casesOnce(b, 1), [
      [...late, 'Not shipped: Taobao requires shipping within 48 h — the deadline has passed. No payment time is shown, so the clock starts at the order time.'],
    ]);

    // The detail page shows ¥10.00 of coupons: ¥78.00 − ¥10.00 + ¥0.00 is ¥68.00, not the ¥58.00 paid.
    // It shows the payment time too, so the shipping deadline no longer counts from the order time.
    await page.goto(TAOBAO_DETAIL);
    const mismatch = ['3712866600011122233', 'amount-mismatch', 'P2'];
    assert.deepEqual(await casesOnce(b, 2), [
      [...mismatch, 'Paid ¥58.00 but items ¥78.00 − discount ¥10.00 + shipping ¥0.00 = ¥68.00 (¥10.00 less).'],
      [...late, 'Not shipped: Taobao requires shipping within 48 h — the deadline has passed.'],
    ]);
    assert.deepEqual(await panelLines(b), [[...mismatch, 'Amount mismatch'], [...late, 'Shipping deadline']]);
  }));

test('eBay Seller Hub, a month of orders read on Thursday 26 November: the four orders that missed Wednesday\'s ship-by date make an unusual day of late shipments', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, { [EBAY_MONTH]: fixture('ebay', 'orders-late-day.2026-11.html') });
    await workerClockAt(b, Date.UTC(2026, 10, 26, 12, 0));
    const page = await b.context.newPage();
    await page.goto(EBAY_MONTH);
    // Ship by Nov 24 (end of that day, Los Angeles), not shipped.
    const late = ['27-61001-71001', '27-61002-71002', '27-61003-71003', '27-61004-71004'].map((id) => [id, 'ship-deadline', 'P1', 'Not shipped: the ship-by time shown on eBay has passed.']);
    // Late shipments are counted on the deadline's day in UTC, eBay's clock: none on the four
    // Wednesdays before, four on Wednesday 25 November.
    const day = ['@2026-11-25', 'rate-spike', 'P2', 'On Wednesday 2026-11-25 (UTC): late shipments 4, usually 0 (z = 4) — far from the last 4 Wednesdays (robust z beyond 3).'];
    // 40 soap bars for $519.60 in a shop of single bars.
    const outlier = ['27-59999-69999', 'amount-outlier', 'P3', 'Paid $519.60, 26× the usual $19.97, and quantity 40 against a usual 1 (medians of 35 eBay orders): robust z-scores 11.98 (on the ratio) and 22.23, beyond the limit of 4 — check it before shipping.'];
    assert.deepEqual(await casesOnce(b, 6), [day, outlier, ...late]);
    assert.deepEqual(await panelLines(b), [
      ['@2026-11-25', 'rate-spike', 'P2', 'Unusual day'],
      ['27-59999-69999', 'amount-outlier', 'P3', 'Unusual amount'],
      ...late.map(([id, check, priority]) => [id, check, priority, 'Shipping deadline']),
    ]);
  }));

test('Pinduoduo 订单查询, a month of orders read on Thursday 26 November: the four orders past Wednesday\'s 承诺发货时间 make an unusual day of late shipments', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, { [PDD_MONTH]: fixture('pinduoduo', 'orders-list-late-day.2026-11.html') });
    // Noon in Beijing, where Pinduoduo keeps its time.
    await workerClockAt(b, Date.UTC(2026, 10, 26, 4, 0));
    const page = await b.context.newPage();
    await page.goto(PDD_MONTH);
    // 成团 on Monday 23 November, 承诺发货时间 48 h later, still 待发货.
    const late = ['261123-258300000000000', '261123-258300000000001', '261123-258300000000002', '261123-258300000000003'].map((id) => [id, 'ship-deadline', 'P1', 'Not shipped: the ship-by time shown on Pinduoduo has passed.']);
    // Counted on the promise's day in Beijing time: none on the four Wednesdays before (every order then signed for), four on the 25th.
    const day = ['@2026-11-25', 'rate-spike', 'P2', 'On Wednesday 2026-11-25 (Beijing time): late shipments 4, usually 0 (z = 4) — far from the last 4 Wednesdays (robust z beyond 3).'];
    assert.deepEqual(await casesOnce(b, 5), [day, ...late]);
    assert.deepEqual(await panelLines(b), [
      ['@2026-11-25', 'rate-spike', 'P2', 'Unusual day'],
      ...late.map(([id, check, priority]) => [id, check, priority, 'Shipping deadline']),
    ]);
  }));

/**
 * A saved Pinduoduo page with every date moved by whole days so that `savedDay` (YYYY-MM-DD) is
 * today in Beijing time: a read is stamped with the page's own clock, which a test cannot move.
 */
function movedToToday(html, savedDay) {
  const today = Math.floor((Date.now() + 8 * 3_600_000) / DAY);
  const shift = today - Date.parse(`${savedDay}T00:00:00Z`) / DAY;
  const day = new Date(today * DAY).toISOString().slice(0, 10);
  return {
    day,
    weekday: new Date(today * DAY).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' }),
    html: html.replace(/\b(\d{4}-\d{2}-\d{2})( \d{2}:\d{2}:\d{2})/g, (_, date, time) => new Date(Date.parse(`${date}T00:00:00Z`) + shift * DAY).toISOString().slice(0, 10) + time),
  };
}

test('Pinduoduo 订单查询 read twice in a day: the four parcels whose 售后状态 turned 退款中 between the reads make an unusual day of refunds', () =>
  withExtension(async (b) => {
    // Both reads fall on one Beijing day: a run started in the last two minutes before midnight waits for it.
    const toMidnight = DAY - ((Date.now() + 8 * 3_600_000) % DAY);
    if (toMidnight < 120_000) await new Promise((resolve) => setTimeout(resolve, toMidnight + 1_000));
    // The saved pages' Tuesday 24 November is today: one order a day for a month, none refunded.
    const before = movedToToday(fixture('pinduoduo', 'orders-list-refunds-before.2026-11.html'), '2026-11-24');
    const after = movedToToday(fixture('pinduoduo', 'orders-list-refunds-after.2026-11.html'), '2026-11-24');
    await serveFixtures(b.context, { [PDD_MONTH]: before.html, [PDD_LIST]: after.html });
    const page = await b.context.newPage();
    await page.goto(PDD_MONTH);
    await until(async () => ((await readStore(b.worker, [['orders', 'count']]))[0] === 29 ? true : undefined), 'the 29 orders stored');
    assert.deepEqual(await storedCases(b), []);

    // Later the seller opens the list again: four parcels on their way show 退款中, with no request
    // time on the list, so they count on the day this read saw them change.
    await page.goto(PDD_LIST);
    const day = [`@${after.day}`, 'rate-spike', 'P2', `So far on ${after.weekday} ${after.day} (Beijing time): refunds and returns 4, usually 0 (z = 4) — far from the last 4 ${after.weekday}s (robust z beyond 3).`];
    assert.deepEqual(await casesOnce(b, 1), [day]);
    assert.deepEqual(await panelLines(b), [[`@${after.day}`, 'rate-spike', 'P2', 'Unusual day']]);
  }));
