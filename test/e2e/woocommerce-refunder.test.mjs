// A WooCommerce customer with three refunded orders in five weeks places a new one: the built
// extension reads the shop's orders screen (served on an origin the seller granted, as in
// woocommerce.test.mjs) and raises repeat-refunder on the new order, naming the refunds counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, readBadges, readStore, serveFixtures, until, withExtension } from './browser.mjs';

const ORIGIN = 'http://order-sentinel-demo.localhost:8124';
const ORDERS = `${ORIGIN}/wp-admin/admin.php?page=wc-orders`;

test('WooCommerce orders screen: a new order from a customer with three refunds is raised as a repeat refunder', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, { [ORDERS]: fixture('woocommerce', 'orders-refunder.2026-11.html') });
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    assert.deepEqual(await popup.evaluate((origin) => chrome.runtime.sendMessage({ type: 'site.enable', origin, adapter: 'woocommerce' }), ORIGIN), { ok: true });
    await popup.close();

    const page = await b.context.newPage();
    await page.goto(ORDERS);
    // Placed Nov 24 and still processing: long past the 48 h to ship, and its customer's refunds are counted.
    assert.deepEqual(await readBadges(page), [['1060', 'ship-deadline repeat-refunder', 'P1']]);
    const found = await until(async () => {
      const [cases] = await readStore(b.worker, [['cases', 'getAll']]);
      const repeat = cases.filter((c) => c.detector === 'repeat-refunder');
      return repeat.length > 0 ? repeat : undefined;
    });
    assert.deepEqual(
      (found ?? []).map((c) => [c.orderId, c.severity, c.explanation.en, c.explanation.zh]),
      [
        [
          '1060',
          'P3',
          'Buyer Nina Brooks had 3 refunds or returns in the last 90 days (orders 1031, 1047, 1058; your threshold 3) — keep an eye on this order.',
          '买家 Nina Brooks 近 90 天有 3 次退款或退货（订单 1031、1047、1058；您的阈值 3 次），请留意此订单。',
        ],
      ],
    );
  }));
