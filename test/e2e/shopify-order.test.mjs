// Shopify admin's order page, at its real URLs: the Orders list shows each order's total only; an
// order's own page shows its payment summary (subtotal, discount, shipping, taxes, total). After the
// list, opening #1011 (a summary whose rows do not make its total) raises amount-mismatch with the
// amounts read; opening #1008 from the list without a page load (rows that add up with the tax on
// top) leaves it quiet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, openSidePanel, popupPageStatus, readBadges, readStore, serveFixtures, until, withExtension } from './browser.mjs';

const ORDERS = 'https://admin.shopify.com/store/sage-and-suds/orders';
const ORDER_1011 = 'https://admin.shopify.com/store/sage-and-suds/orders/6102938475011';
const ORDER_1008 = 'https://admin.shopify.com/store/sage-and-suds/orders/6102938475008';

test('Shopify order page: its payment summary fills the order read from the list, and amount-mismatch judges it', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [ORDERS]: fixture('shopify', 'orders.2026-11.html'),
      [ORDER_1011]: fixture('shopify-order', 'order-1011.2026-11.html'),
      [ORDER_1008]: fixture('shopify-order', 'order-1008.2026-11.html'),
    });
    const orders = async () => (await readStore(b.worker, [['orders', 'getAll']]))[0];
    const order = async (id) => (await orders()).find((o) => o.orderId === id);
    const mismatches = async () =>
      (await readStore(b.worker, [['cases', 'getAll']]))[0].filter((c) => c.detector === 'amount-mismatch').map((c) => [c.orderId, c.severity, c.evidence.expected, c.evidence.difference, c.explanation.en, c.explanation.zh]);

    const page = await b.context.newPage();
    await page.goto(ORDERS);
    await readBadges(page);
    // The list gives the total only: nothing to check it against yet.
    const listed = await until(() => order('#1011'));
    assert.deepEqual([listed.status, listed.money], ['shipped', { currency: 'USD', paid: 32.5 }]);
    assert.deepEqual(await mismatches(), []);

    await page.goto(ORDER_1011);
    const read = await until(async () => {
      const o = await order('#1011');
      return o?.money.subtotal !== undefined ? o : undefined;
    });
    // The tax is included in the prices ("Included"): not on top, not kept.
    assert.deepEqual([read.money, read.status, read.buyer], [{ currency: 'USD', paid: 32.5, subtotal: 30, discount: 3, shipping: 3.7 }, 'shipped', 'Liam Walsh']);
    assert.deepEqual(await until(async () => ((await mismatches()).length > 0 ? mismatches() : undefined)), [
      [
        '#1011',
        'P2',
        30.7,
        1.8,
        'Paid $32.50 but items $30.00 − discount $3.00 + shipping $3.70 = $30.70 ($1.80 more).',
        '实付 $32.50，但商品 $30.00 − 优惠 $3.00 + 运费 $3.70 = $30.70（多 $1.80）。',
      ],
    ]);
    assert.equal(await until(async () => ((await popupPageStatus(b, ORDER_1011)) === 'Read 1 order' ? 'Read 1 order' : undefined)), 'Read 1 order');

    // A clean order, opened from the list as the admin does, without a page load: its discount,
    // shipping and the tax shown on top make its total, so no case.
    await page.goto(ORDERS);
    await readBadges(page);
    await page.evaluate(([path, html]) => {
      const shown = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', path);
      document.title = shown.title;
      document.body.replaceChildren(...[...shown.body.childNodes]);
    }, [new URL(ORDER_1008).pathname, fixture('shopify-order', 'order-1008.2026-11.html')]);
    const clean = await until(async () => {
      const o = await order('#1008');
      return o?.money.tax !== undefined ? o : undefined;
    });
    assert.deepEqual(clean.money, { currency: 'USD', paid: 27, subtotal: 24, discount: 2.4, shipping: 4.5, tax: 0.9 });
    await page.waitForTimeout(1000);
    assert.deepEqual((await mismatches()).map(([id]) => id), ['#1011']);

    // The side panel lists the case under the title a seller reads.
    const panel = await openSidePanel(b);
    const item = panel.locator('[data-case-order="#1011"][data-case-detector="amount-mismatch"]');
    const [severity, title, orderId] = (await item.innerText()).split('\n');
    assert.deepEqual([severity, title, orderId], ['P2', 'Amount mismatch', '#1011']);
  }));
