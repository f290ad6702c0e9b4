// A Shopify customer with three refunded orders this month places a new one: the built extension
// reads the admin's Orders list at its real URL and raises repeat-refunder on the new order, naming
// the refunds counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, readBadges, readStore, serveFixtures, until, withExtension } from './browser.mjs';

const ORDERS = 'https://admin.shopify.com/store/sage-and-suds/orders';

test('Shopify admin Orders: a new order from a customer with three refunds is raised as a repeat refunder', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, { [ORDERS]: fixture('shopify', 'orders-refunder.2026-11.html') });
    const page = await b.context.newPage();
    await page.goto(ORDERS);
    const badges = await readBadges(page);
    assert.deepEqual(badges.map(([order, detectors]) => [order, detectors?.split(' ').includes('repeat-refunder')]), [['#1030', true]]);
    const found = await until(async () => {
      const [cases] = await readStore(b.worker, [['cases', 'getAll']]);
      const repeat = cases.filter((c) => c.detector === 'repeat-refunder');
      return repeat.length > 0 ? repeat : undefined;
    });
    assert.deepEqual(
      (found ?? []).map((c) => [c.orderId, c.severity, c.explanation.en, c.explanation.zh]),
      [
        [
          '#1030',
          'P3',
          'Buyer Harper Quinn had 3 refunds or returns in the last 90 days (orders #1016, #1021, #1027; your threshold 3) — keep an eye on this order.',
          '买家 Harper Quinn 近 90 天有 3 次退款或退货（订单 #1016、#1021、#1027；您的阈值 3 次），请留意此订单。',
        ],
      ],
    );
  }));
