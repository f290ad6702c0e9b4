// A seller reads eBay Seller Hub's month of orders, then the same list a day later with four new
// orders: the built extension stores each order once, so the 40-bar order is judged against the
// shop's 34 usual orders and raised once as an unusual amount (P3), with the usual total it names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, readBadges, readStore, serveFixtures, until, withExtension } from './browser.mjs';

const MONTH = 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS';
const NEXT_DAY = 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS&limit=50';
const OUTSIZED = '27-59999-69999';

test('eBay Seller Hub: an order read on two days is one order, and the one far above the shop\'s usual totals is raised once', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [MONTH]: fixture('ebay', 'orders-month.2026-11.html'),
      [NEXT_DAY]: fixture('ebay', 'orders-late-day.2026-11.html'),
    });
    const ebayOrders = async () => (await readStore(b.worker, [['orders', 'getAll']]))[0].filter((o) => o.marketplace === 'ebay');
    const page = await b.context.newPage();
    await page.goto(MONTH);
    const month = await until(async () => {
      const orders = await ebayOrders();
      return orders.length >= 31 ? orders : undefined;
    });
    assert.equal(month?.length, 31);
    await page.goto(NEXT_DAY);
    const badges = await readBadges(page);
    assert.deepEqual(badges.filter(([, detectors]) => detectors?.split(' ').includes('amount-outlier')).map(([order]) => order), [OUTSIZED]);
    const found = await until(async () => {
      const [cases] = await readStore(b.worker, [['cases', 'getAll']]);
      const outliers = cases.filter((c) => c.detector === 'amount-outlier');
      return outliers.some((c) => c.explanation.en.includes('35 eBay orders')) ? outliers : undefined;
    });
    // The 31 orders of the month and the 4 new ones of the next day, each stored once.
    const orders = await ebayOrders();
    assert.equal(orders.length, 35);
    assert.equal(new Set(orders.map((o) => o.orderId)).size, 35);
    assert.deepEqual(
      (found ?? []).map((c) => [c.orderId, c.severity, c.explanation.en, c.explanation.zh]),
      [
        [
          OUTSIZED,
          'P3',
          'Paid $519.60, 26× the usual $19.97, and quantity 40 against a usual 1 (medians of 35 eBay orders): robust z-scores 11.98 (on the ratio) and 22.23, beyond the limit of 4 — check it before shipping.',
          '实付 $519.60，是常见金额 $19.97 的 26 倍，数量 40，常见数量为 1（本店 35 笔eBay订单的中位数）：稳健 z 值 11.98（按倍数）、22.23，超出 4 的界限，发货前请核对。',
        ],
      ],
    );
  }));
