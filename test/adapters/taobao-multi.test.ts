// @vitest-environment happy-dom
// Taobao's 售后 column is one cell per item row: a refund is asked and granted item by item. A saved
// 已卖出的宝贝 with orders of two and three items (test/fixtures/taobao/sold-items-multi.2026-12.html)
// is read with every row's cell, so a later item's 退款中 is a refund to answer, and a refund finished
// on some items of a parcel already sent leaves the parcel's status while the buyer's refunds count it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { taobao } from '../../lib/adapters/taobao';
import { readOrders } from '../../lib/extract';
import { buildContext, evaluate } from '../../lib/detectors';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const URL = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
const NOW = Date.UTC(2026, 11, 5, 4, 0, 0);
const doc = new DOMParser().parseFromString(readFileSync('test/fixtures/taobao/sold-items-multi.2026-12.html', 'utf8'), 'text/html');
const result = readOrders(taobao, doc, { url: URL, now: NOW });
const orders = result.rows.map((r) => r.order);

describe('Taobao 已卖出的宝贝 with several items per order: the 售后 cell of every item row', () => {
  it('reads every order, each item line, and the after-sales state of each item into the order', () => {
    expect([result.problem, result.skipped, result.totalRows]).toEqual([undefined, [], 5]);
    expect(orders.map((o) => [o.orderId, o.status, o.statusRaw, o.afterSales ?? null, o.items.map((i) => `${i.title} ×${i.quantity}`).join(' + '), o.money.paid])).toEqual([
      // 买家已付款 with 退款中 on the second item: a refund to answer before shipping, not a parcel to ship.
      ['3712877700055566605', 'refund_requested', '买家已付款 / 退款中', { items: 2, open: 1, refunded: 0 }, '手工冷制皂 玫瑰精油 100g ×2 + 手工皂起泡网 双层 ×1', 63],
      // 卖家已发货 with 退款成功 on the first of three items: the parcel is still on its way.
      ['3712877700055566604', 'shipped', '卖家已发货 / 退款成功', { items: 3, open: 0, refunded: 1 }, '手工冷制皂 玫瑰精油 100g ×1 + 手工皂起泡网 双层 ×2 + 旅行装皂盒 沥水 ×3', 75],
      // A refund closed on the first item and one asked on the second: the open request is what counts.
      ['3712877700055566603', 'refund_requested', '卖家已发货 / 退款中', { items: 2, open: 1, refunded: 0 }, '纯棉印花短袖T恤 宽松百搭 ×1 + 陶瓷马克杯 350ml 哑光 ×1', 114],
      ['3712877700055566602', 'completed', '交易成功 / 退款成功', { items: 2, open: 0, refunded: 1 }, '陶瓷马克杯 350ml 哑光 ×1 + 手工皂起泡网 双层 ×1', 50],
      // Every item refunded and the trade closed: refunded, as a one-item trade closed by its refund.
      ['3712877700055566601', 'refunded', '交易关闭 / 退款成功', { items: 2, open: 0, refunded: 2 }, '纯棉印花短袖T恤 宽松百搭 ×1 + 陶瓷马克杯 350ml 哑光 ×1', 114],
    ]);
  });

  it("counts the partly refunded trades among the buyer's refunds, and keeps judging the sent parcel's tracking", () => {
    const { findings, silences } = evaluate(orders, buildContext(orders), NOW, DEFAULT_SETTINGS);
    expect(findings.filter((f) => f.detector === 'repeat-refunder').map((f) => [f.orderId, f.severity, f.explanation.en])).toEqual([
      [
        '3712877700055566604',
        'P3',
        'Buyer tb_雨后青苔 had 4 refunds or returns in the last 90 days (orders 3712877700055566601, 3712877700055566602, 3712877700055566604, 3712877700055566605; your threshold 3) — keep an eye on this order.',
      ],
      [
        '3712877700055566605',
        'P3',
        'Buyer tb_雨后青苔 had 4 refunds or returns in the last 90 days (orders 3712877700055566601, 3712877700055566602, 3712877700055566604, 3712877700055566605; your threshold 3) — keep an eye on this order.',
      ],
    ]);
    // The sent parcel is judged on its tracking: silent for want of a tracking time read, not passed over as refunded.
    expect(silences.filter((s) => s.detector === 'tracking-stalled').map((s) => s.orderId)).toEqual(['3712877700055566604']);
  });
});
