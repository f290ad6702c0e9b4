// Taobao's 已卖出的宝贝 shows the 售后 column once per item row. The built extension reads a saved page of
// orders with two and three items at its real URL: a 退款中 on a later item makes the trade a refund to
// answer, and a 退款成功 on one item of a sent parcel keeps the parcel's status while the buyer's refunds
// count it, so the buyer's next orders are raised as a repeat refunder's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, readBadges, readStore, serveFixtures, until, withExtension } from './browser.mjs';

const SOLD_ITEMS = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';

test('Taobao 已卖出的宝贝: every item row’s 售后 cell is read, and a refund of some items of a sent parcel is a partial refund', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, { [SOLD_ITEMS]: fixture('taobao', 'sold-items-multi.2026-12.html') });
    const page = await b.context.newPage();
    await page.goto(SOLD_ITEMS);
    const found = await until(async () => {
      const [cases, orders] = await readStore(b.worker, [
        ['cases', 'getAll'],
        ['orders', 'getAll'],
      ]);
      const repeat = cases.filter((c) => c.detector === 'repeat-refunder');
      return repeat.length === 2 && orders.length === 5 ? { repeat, orders } : undefined;
    });
    assert.deepEqual(
      found.orders.map((o) => [o.orderId, o.status, o.statusRaw, o.afterSales]).sort(),
      [
        ['3712877700055566601', 'refunded', '交易关闭 / 退款成功', { items: 2, open: 0, refunded: 2 }],
        ['3712877700055566602', 'completed', '交易成功 / 退款成功', { items: 2, open: 0, refunded: 1 }],
        ['3712877700055566603', 'refund_requested', '卖家已发货 / 退款中', { items: 2, open: 1, refunded: 0 }],
        ['3712877700055566604', 'shipped', '卖家已发货 / 退款成功', { items: 3, open: 0, refunded: 1 }],
        ['3712877700055566605', 'refund_requested', '买家已付款 / 退款中', { items: 2, open: 1, refunded: 0 }],
      ],
    );
    const counted = 'Buyer tb_雨后青苔 had 4 refunds or returns in the last 90 days (orders 3712877700055566601, 3712877700055566602, 3712877700055566604, 3712877700055566605; your threshold 3) — keep an eye on this order.';
    assert.deepEqual(found.repeat.map((c) => [c.orderId, c.severity, c.explanation.en]).sort(), [
      ['3712877700055566604', 'P3', counted],
      ['3712877700055566605', 'P3', counted],
    ]);
    // On the seller's list: the two live orders of that buyer, the sent parcel among them.
    assert.deepEqual((await readBadges(page, { atLeast: 2 })).sort(), [
      ['3712877700055566604', 'repeat-refunder', 'P3'],
      ['3712877700055566605', 'repeat-refunder', 'P3'],
    ]);
  }));
