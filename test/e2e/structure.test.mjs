// A console redesigns its list (every class renamed, as a new build's hashes do): the console's
// selectors find nothing, the content script asks for the reader by meaning (injected on
// demand, entrypoints/reader.ts), reads the same orders by the page's structure, badges them,
// and the popup says the list was read by its structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectedRows, expectedUnpaidReminders, fixture, popupPageStatus, readBadges, serveFixtures, withExtension } from './browser.mjs';

const ORDER_LIST = 'https://shop.jd.com/jdm/trade/orders/order-list';

/** The saved page with every class renamed to a new build's hash. */
const redesigned = (html) => html.replace(/class="([^"]*)"/g, (_, names) => `class="${names.split(/\s+/).map((n, i) => `x${n.length}${i}_9Qz`).join(' ')}"`);

test('JD 订单管理 after a redesign: the same orders read by the page structure, badged, and the popup says so', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, { [ORDER_LIST]: redesigned(fixture('jd', 'order-list.2026-11.html')) });
    const page = await b.context.newPage();
    await page.goto(ORDER_LIST);
    const expected = expectedRows(
      [['301234567801', 'ship-deadline', 'P1']],
      expectedUnpaidReminders({ 301234567806: Date.UTC(2026, 10, 24, 13, 40, 0) }),
    );
    assert.deepEqual(await readBadges(page, { atLeast: expected.length }), expected);
    assert.match(await popupPageStatus(b, ORDER_LIST), /^Read 6 orders$/);
    const popup = await b.context.newPage();
    const tabs = await b.worker.evaluate(() => chrome.tabs.query({}));
    const tab = tabs.find((t) => t.url === ORDER_LIST);
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tab.id}`);
    assert.equal(
      await popup.locator('[data-testid="page-by-structure"]').textContent(),
      "Read by the page's structure: this console's layout has changed. Check a few orders against the page.",
    );
    await popup.close();
  }));
