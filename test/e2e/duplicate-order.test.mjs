// A buyer who orders the same items twice within the hour, on Etsy, Taobao and JD, each saved page
// served at its console's real URL: the built extension reads both orders and raises duplicate-order
// (P2) on the later one only, with the earlier order named, as the console tables' ✓ promises.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, readStore, serveFixtures, until, withExtension } from './browser.mjs';

const PAGES = [
  {
    console: 'Etsy Orders & Shipping',
    url: 'https://www.etsy.com/your/orders/sold/new?ref=seller-platform-mcnav',
    page: ['etsy', 'sold-repeat.2026-11.html'],
    // Etsy shows the order day only, so the two orders of one day count as placed together.
    expected: ['3013200002', 'P2', 'Same buyer and same items as order 3013200001, placed at the same time.'],
  },
  {
    console: 'Taobao 已卖出的宝贝',
    url: 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm',
    page: ['taobao', 'sold-items-repeat.2026-11.html'],
    expected: ['3712866600011122302', 'P2', 'Same buyer and same items as order 3712866600011122301, placed 26 min earlier (window 24 h).'],
  },
  {
    console: 'JD 订单管理',
    url: 'https://shop.jd.com/jdm/trade/orders/order-list',
    page: ['jd', 'order-list-repeat.2026-11.html'],
    expected: ['301234567902', 'P2', 'Same buyer and same items as order 301234567901, placed 29 min earlier (window 24 h).'],
  },
];

for (const { console, url, page: [dir, name], expected } of PAGES) {
  test(`${console}: the same buyer's same items ordered twice raise duplicate-order on the later order`, () =>
    withExtension(async (b) => {
      await serveFixtures(b.context, { [url]: fixture(dir, name) });
      const page = await b.context.newPage();
      await page.goto(url);
      const duplicates = await until(async () => {
        const [cases] = await readStore(b.worker, [['cases', 'getAll']]);
        const found = cases.filter((c) => c.detector === 'duplicate-order');
        return found.length > 0 ? found : undefined;
      });
      assert.deepEqual(
        (duplicates ?? []).map((c) => [c.orderId, c.severity, c.explanation.en]),
        [expected],
      );
      // Its badge is on the later order's row.
      const badge = await page.waitForSelector(`[data-os-order-id="${expected[0]}"]`);
      assert.match(await badge.getAttribute('data-os-detectors'), /\bduplicate-order\b/);
    }));
}
