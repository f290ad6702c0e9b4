// WooCommerce's order edit page on the seller's own host: the list shows no stock flag, the edit
// page marks an item sold without stock "Backordered". The seller grants the origin, reads the
// orders screen, then opens order #1051's edit page (HPOS address): only then does the built
// extension mark the stored order short of stock and raise stock-risk on it. The served origin is
// one the extension already holds (see woocommerce.test.mjs): the registered scripts are what run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, openSidePanel, popupPageStatus, readBadges, readStore, serveFixtures, until, withExtension } from './browser.mjs';

const ORIGIN = 'http://order-sentinel-demo.localhost:8124';
const ORDERS = `${ORIGIN}/wp-admin/admin.php?page=wc-orders`;
const EDIT = `${ORIGIN}/wp-admin/admin.php?page=wc-orders&action=edit&id=1051`;
const EDIT_IN_STOCK = `${ORIGIN}/wp-admin/post.php?post=1047&action=edit`;

test('WooCommerce order edit page: an item marked Backordered raises stock-risk (P2) on the order read from the list', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [ORDERS]: fixture('woocommerce', 'orders.2026-11.html'),
      [EDIT]: fixture('woocommerce-order', 'order-edit.2026-11.html'),
      [EDIT_IN_STOCK]: fixture('woocommerce-order', 'order-edit-legacy-instock.2026-11.html'),
    });
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    assert.deepEqual(await popup.evaluate((origin) => chrome.runtime.sendMessage({ type: 'site.enable', origin, adapter: 'woocommerce' }), ORIGIN), { ok: true });
    await popup.close();

    const orders = async () => (await readStore(b.worker, [['orders', 'getAll']]))[0];
    const casesOf = async (id) => (await readStore(b.worker, [['cases', 'getAll']]))[0].filter((c) => c.orderId === id && c.detector === 'stock-risk').map((c) => [c.detector, c.severity, c.explanation.en, c.explanation.zh]);

    const list = await b.context.newPage();
    await list.goto(ORDERS);
    await readBadges(list);
    const fromList = await until(async () => (await orders()).find((o) => o.orderId === '1051'));
    assert.deepEqual([fromList.status, fromList.buyer, fromList.stockShort], ['awaiting_shipment', 'Marcus Lee', undefined]);
    assert.deepEqual(await casesOf('1051'), []);

    // An order whose items carry no mark: its edit page sends nothing and changes nothing.
    const edit = await b.context.newPage();
    await edit.goto(EDIT_IN_STOCK);
    await edit.waitForTimeout(1500);
    assert.equal((await orders()).find((o) => o.orderId === '1047').stockShort, undefined);

    await edit.goto(EDIT);
    const marked = await until(async () => {
      const o = (await orders()).find((x) => x.orderId === '1051');
      return o?.stockShort === true ? o : undefined;
    });
    assert.deepEqual([marked.stockShort, marked.status, marked.buyer], [true, 'awaiting_shipment', 'Marcus Lee']);
    // Its shipping deadline (48 h from the order time, 2026-11-26) passed before this test's clock.
    assert.deepEqual(await until(async () => ((await casesOf('1051')).length > 0 ? casesOf('1051') : undefined)), [
      [
        'stock-risk',
        'P2',
        "WooCommerce shows this order's item out of stock with the shipping deadline already passed: restock, offer a substitute or agree a cancellation with the buyer.",
        'WooCommerce显示该订单商品缺货，发货时限已过：请补货、与买家协商换货或取消。',
      ],
    ]);
    assert.equal(await popupPageStatus(b, EDIT), 'Read 1 order');

    // Back on the list, the order's row carries the case.
    await list.reload();
    const badges = await readBadges(list, { atLeast: 5 });
    assert.deepEqual(badges.filter(([id]) => id === '1051'), [['1051', 'ship-deadline stock-risk', 'P1']]);
    const text = await list.locator('[data-os-order-id="1051"]').evaluate((host) => Array.from(host.shadowRoot.querySelectorAll('.badge'), (el) => el.textContent));
    // The most urgent case leads the badge (its overdue time grows with the clock); "+1" is the stock case.
    assert.match(text.join('|'), /^P1 Shipping deadline · overdue \d+ d \d+ h \+1$/);

    // The side panel lists the case under the title a seller reads.
    const panel = await openSidePanel(b);
    const item = panel.locator('[data-case-order="1051"][data-case-detector="stock-risk"]');
    const [severity, title, order, due] = (await item.innerText()).split('\n');
    assert.deepEqual([await item.getAttribute('data-case-severity'), severity, title, order], ['P2', 'P2', 'Out of stock', '1051']);
    assert.match(due, /^overdue \d+ d \d+ h$/);
  }));
