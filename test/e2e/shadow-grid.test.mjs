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

/** Overlapping area of two boxes, in square pixels (touching edges do not count). */
const overlap = (a, b) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

test('a table that redraws its rows inside its shadow root: the read follows the next page and a status change, and the row gets its badge', () =>
  withExtension(async (b) => {
    assert.equal((await readsByStructure(b, fixture('web-components', 'app-shell.2026-12.html'), 2)).length, 2);
    const page = b.context.pages().find((p) => p.url() === ORDER_LIST);

    // The seller goes to the next page: the same table draws three other orders in its shadow root.
    await page.getByRole('button', { name: '下一页' }).click();
    await until(async () => (await storedOrders(b)).length >= 5);
    assert.deepEqual(await storedOrders(b), [
      ['356170969311', 88, 'awaiting_shipment'],
      ['356170969312', 1299, 'completed'],
      ['356170969313', 45.5, 'shipped'],
      ['356170969314', 260, 'awaiting_shipment'],
      ['356170969315', 19.9, 'completed'],
    ]);
    assert.equal(await popupPageStatus(b, ORDER_LIST), 'Read 3 orders');

    // Its unshipped order, due out 48 hours after it was placed (2026-12-07 11:30 UTC, before this test was written),
    // is late: its row inside the shadow root carries the badge, in its order-number cell (CSS locators enter open shadow roots).
    const host = page.locator('[data-os-order-id]');
    await host.waitFor({ state: 'attached', timeout: 15_000 });
    assert.deepEqual(await host.evaluate((h) => [h.dataset.osOrderId, h.dataset.osDetectors, h.dataset.osSeverity, h.parentElement.firstChild.data, h.getRootNode() !== document]), [
      '356170969314',
      'ship-deadline',
      'P1',
      '356170969314',
      true,
    ]);
    // As on the consoles' light-DOM rows (badge-overlap.test.mjs): with the pointer away the row is outlined in its
    // severity's colour and no overlay shows; with the pointer on the row its badge and note button show, over
    // the row's middle cells but never over the order number or the buyer's name.
    const look = () =>
      host.evaluate((h) => {
        const box = (r) => ({ x: r.x, y: r.y, w: r.width, h: r.height });
        const row = h.closest('tr');
        const texts = [...row.cells].map((td) => {
          const range = document.createRange();
          range.selectNodeContents(td.firstChild);
          return { text: td.firstChild.data, ...box(range.getBoundingClientRect()) };
        });
        const buttons = [...h.shadowRoot.querySelectorAll('.badge, .note')]
          .filter((el) => el.checkVisibility({ opacityProperty: true }) && getComputedStyle(el.parentElement).opacity === '1')
          .map((el) => ({ text: el.textContent, ...box(el.getBoundingClientRect()) }));
        const style = getComputedStyle(row);
        return { buttons, texts, outline: `${style.outlineStyle} ${style.outlineColor}`, spot: { x: texts[0].x, y: texts[0].y + texts[0].h / 2 } };
      });
    await page.mouse.move(0, 0);
    const away = await look();
    assert.deepEqual([away.outline, away.buttons, away.texts.map((t) => t.text)], [
      'solid rgb(198, 40, 40)',
      [],
      ['356170969314', '2026-12-05 19:30:05', '￥260.00', '等待出库', '周**'],
    ]);
    await page.mouse.move(away.spot.x, away.spot.y);
    await page.waitForFunction(() => {
      const h = document.querySelector('order-app').shadowRoot.querySelector('order-table').shadowRoot.querySelector('[data-os-order-id]');
      return getComputedStyle(h.shadowRoot.querySelector('.wrap')).opacity === '1';
    }, null, { timeout: 2_000 });
    const { buttons, texts } = await look();
    // The countdown moves with the clock ("overdue 4 h"); the rest is the badge's.
    assert.deepEqual(buttons.map((button) => button.text.replace(/ · overdue .*/, '')), ['P1 Shipping deadline', '✎']);
    const named = texts.filter((t) => t.text === '356170969314' || t.text === '周**');
    assert.deepEqual(
      buttons.flatMap((button) => named.filter((text) => overlap(button, text) > 0.5).map((text) => `${button.text} covers "${text.text}"`)),
      [],
    );
    await page.mouse.move(0, 0);

    // The buyer asks to cancel it before it ships: JD locks the order, and the table redraws its rows from its data.
    await page.locator('order-table').evaluate((table) => {
      const rows = [...table.shadowRoot.querySelectorAll('tr')].slice(1).map((tr) => [...tr.cells].map((td) => td.firstChild.data));
      rows[1][3] = '已锁定';
      table.orders = rows;
    });
    const locked = async () => (await storedOrders(b)).find((o) => o[0] === '356170969314');
    await until(async () => (await locked())[2] === 'refund_requested');
    assert.deepEqual(await locked(), ['356170969314', 260, 'refund_requested']);
    // Nothing is to ship any more: the late badge leaves its redrawn row, which keeps its note button.
    await page.waitForFunction(
      () => document.querySelector('order-app').shadowRoot.querySelector('order-table').shadowRoot.querySelector('[data-os-order-id]') === null,
      null,
      { timeout: 15_000 },
    );
    assert.deepEqual(await page.locator('[data-os-row]').evaluateAll((hosts) => hosts.map((h) => h.dataset.osRow)), ['356170969313', '356170969314', '356170969315']);
    assert.equal(await popupPageStatus(b, ORDER_LIST), 'Read 3 orders');
  }));
