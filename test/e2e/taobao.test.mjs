// Taobao's 已卖出的宝贝, served at its real URL so the manifest's match patterns are what
// is tested: the built extension reads the saved page, badges the late order, and the
// popup tells the seller what it read (or why it could not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectedRows, expectedUnpaidReminders, fixture, listedCases, otherPage, popupPageStatus, readBadges, serveFixtures, visitForStatus, withExtension,
} from './browser.mjs';

const SOLD_ITEMS = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
const TMALL_SOLD_ITEMS = 'https://trade.tmall.com/trade/itemlist/list_sold_items.htm';
const WORKBENCH_HOME = 'https://myseller.taobao.com/home.htm';

test('Taobao sold items: the unshipped order gets a badge, the popup reports the read', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [SOLD_ITEMS]: fixture('taobao', 'sold-items.2026-11.html'),
      [TMALL_SOLD_ITEMS]: fixture('taobao', 'sold-items-empty.2026-11.html'),
      [WORKBENCH_HOME]: otherPage('千牛卖家工作台', '工作台'),
    });
    const page = await b.context.newPage();
    await page.goto(SOLD_ITEMS);
    // The 买家已付款 order is waiting to ship; placed 2026-11-20, it is long past 48 h.
    // The 等待买家付款 order placed 2026-11-23 has waited more than 24 h: a payment reminder.
    const expected = expectedRows(
      [['3712804412345678901', 'ship-deadline', 'P1']],
      expectedUnpaidReminders({ '3712845566677788899': Date.UTC(2026, 10, 24, 14, 5, 33) }),
    );
    assert.deepEqual(await readBadges(page, { atLeast: expected.length }), expected);
    assert.match(await popupPageStatus(b, SOLD_ITEMS), /^Read 6 orders$/);

    assert.equal(await visitForStatus(b, page, TMALL_SOLD_ITEMS), 'The order list on this page is empty.');
    assert.equal(await visitForStatus(b, page, WORKBENCH_HOME), 'Cannot read this page: not an order list page');

    // The side panel lists the same cases, and once it showed them the list never goes blank
    // on its way to the view of every case (it did while the inbox's code was still loading).
    const panel = await b.context.newPage();
    await panel.addInitScript(() => {
      const counts = (globalThis.__caseCounts = []);
      new MutationObserver(() => {
        const n = document.querySelectorAll('[data-case-detector]').length;
        if (counts.at(-1) !== n) counts.push(n);
      }).observe(document, { subtree: true, childList: true });
    });
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    // What the seller sees once every case is read: "showing 2 of 2".
    await panel.waitForSelector('[data-testid="cases-shown"]');
    const listed = (await listedCases(panel)).sort((x, y) => String(x[0]).localeCompare(String(y[0])) || String(x[1]).localeCompare(String(y[1])));
    assert.deepEqual(listed, expected);
    const counts = await panel.evaluate(() => globalThis.__caseCounts);
    assert.deepEqual(counts.slice(counts.indexOf(expected.length)), [expected.length]);
  }));
