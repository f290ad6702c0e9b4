// Web-component consoles: a grid whose cells are slots in its shadow root (the content slotted
// from the light DOM, as Vaadin Grid draws one) and an app shell whose order table renders inside
// nested shadow roots. The console's own layout and the reader by meaning find no list there (no
// query of the page enters a shadow root); the reader's last rule (lib/extract/flat.ts), injected
// with it, walks the open shadow roots, reads the orders, and the popup says the list was read
// by the page's structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, popupPageStatus, readStore, serveFixtures, until, withExtension } from './browser.mjs';

const ORDER_LIST = 'https://shop.jd.com/jdm/trade/orders/order-list';
const BY_STRUCTURE = "Read by the page's structure: this console's layout has changed. Check a few orders against the page.";

/** The orders stored from the page, as [number, total, status], by number. */
const storedOrders = async (b) =>
  (await readStore(b.worker, [['orders', 'getAll']]))[0].map((o) => [o.orderId, o.money.paid, o.status]).sort((x, y) => x[0].localeCompare(y[0]));

async function readsByStructure(b, html, count) {
  await serveFixtures(b.context, { [ORDER_LIST]: html });
  const page = await b.context.newPage();
  await page.goto(ORDER_LIST);
  await until(async () => (await storedOrders(b)).length >= count);
  assert.equal(await popupPageStatus(b, ORDER_LIST), `Read ${count} orders`);
  const tabs = await b.worker.evaluate(() => chrome.tabs.query({}));
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabs.find((t) => t.url === ORDER_LIST).id}`);
  assert.equal(await popup.locator('[data-testid="page-by-structure"]').textContent(), BY_STRUCTURE);
  await popup.close();
  return storedOrders(b);
}

test('a grid whose cells are slotted into its shadow root: the orders read in the rows it shows', () =>
  withExtension(async (b) => {
    assert.deepEqual(await readsByStructure(b, fixture('web-components', 'order-grid.2026-12.html'), 3), [
      ['356170969301', 1035.18, 'awaiting_shipment'],
      ['356170969302', 323.74, 'shipped'],
      ['356170969303', 197.7, 'cancelled'],
    ]);
  }));

test('an order table two shadow roots down in an app shell: its orders read', () =>
  withExtension(async (b) => {
    assert.deepEqual(await readsByStructure(b, fixture('web-components', 'app-shell.2026-12.html'), 2), [
      ['356170969311', 88, 'awaiting_shipment'],
      ['356170969312', 1299, 'completed'],
    ]);
  }));
