// A Taobao buyer whose three paid trades closed with 退款成功 in the 售后 column places a fourth: the built
// extension reads 已卖出的宝贝 at its real URL, counts those closed trades as refunds (not cancellations) and
// raises repeat-refunder on the new order only, naming the refunds counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, readBadges, readStore, serveFixtures, until, withExtension } from './browser.mjs';

const SOLD_ITEMS = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';

test('Taobao 已卖出的宝贝: a new order from a buyer with three trades closed by a refund is raised as a repeat refunder', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, { [SOLD_ITEMS]: fixture('taobao', 'sold-items-refunds.2026-11.html') });
    const page = await b.context.newPage();
    await page.goto(SOLD_ITEMS);
    const found = await until(async () => {
      const [cases, orders] = await readStore(b.worker, [
        ['cases', 'getAll'],
        ['orders', 'getAll'],
      ]);
      const repeat = cases.filter((c) => c.detector === 'repeat-refunder');
      return repeat.length > 0 && orders.length === 7 ? { repeat, orders } : undefined;
    });
    assert.deepEqual(
      (found?.orders ?? []).filter((o) => o.status === 'refunded' || o.status === 'cancelled').map((o) => [o.orderId, o.status, o.statusRaw]).sort(),
      [
        ['3712866600033344401', 'refunded', '交易关闭 / 退款成功'],
        ['3712866600033344402', 'refunded', '交易关闭 / 退款成功'],
        ['3712866600033344403', 'refunded', '交易关闭 / 退款成功'],
        ['3712866600033344404', 'cancelled', '交易关闭'],
      ],
    );
    assert.deepEqual(
      (found?.repeat ?? []).map((c) => [c.orderId, c.severity, c.explanation.en, c.explanation.zh]),
      [
        [
          '3712866600033344406',
          'P3',
          'Buyer tb_秋叶落落 had 3 refunds or returns in the last 90 days (orders 3712866600033344401, 3712866600033344402, 3712866600033344403; your threshold 3) — keep an eye on this order.',
          '买家 tb_秋叶落落 近 90 天有 3 次退款或退货（订单 3712866600033344401、3712866600033344402、3712866600033344403；您的阈值 3 次），请留意此订单。',
        ],
      ],
    );
    // Placed Nov 24, long past its 48 h to ship: late too. The unshipped trade with 退款中 has no badge yet (its clock starts when first seen).
    assert.deepEqual(await readBadges(page), [['3712866600033344406', 'ship-deadline repeat-refunder', 'P1']]);
  }));
