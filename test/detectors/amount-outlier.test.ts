import { describe, expect, it } from 'vitest';
import { buildContext, type DetectorContext } from '../../lib/detectors';
import { amountOutlier } from '../../lib/detectors/amount-outlier';
import { Finding, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { makeOrder } from './make-order';

const PLACED = Date.UTC(2026, 10, 20, 6, 0);
const NOW = Date.UTC(2026, 10, 21, 6, 0);
const defaults = DEFAULT_SETTINGS.detectors['amount-outlier'];

/** Past orders of the shop: `count` orders of `paid` each with `quantity` items. */
function pastOrders(
  rows: Array<[paid: number, quantity: number, count: number]>,
  shop: { marketplace?: Order['marketplace']; currency?: string; title?: string } = {},
): Order[] {
  const orders: Order[] = [];
  for (const [paid, quantity, count] of rows) {
    for (let i = 0; i < count; i++) {
      orders.push(
        makeOrder({
          marketplace: shop.marketplace ?? 'taobao',
          orderId: `h${orders.length + 1}`,
          status: 'completed',
          statusRaw: '交易成功',
          items: [{ title: shop.title ?? '手工皂', quantity }],
          money: { currency: shop.currency ?? 'CNY', paid },
        }),
      );
    }
  }
  return orders;
}
// Median ¥100.00, MAD ¥10.00; median quantity 2, MAD 1 (with the new order included).
const SHOP = pastOrders([
  [90, 1, 10],
  [100, 2, 10],
  [110, 3, 10],
]);
const newOrder = (paid: number, quantity = 2, overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
  makeOrder({ orderId: '2001', placedAt: PLACED, paidAt: PLACED, items: [{ title: '手工皂', quantity }], money: { paid }, ...overrides });

function run(order: Order, history: Order[] = SHOP, settings = defaults) {
  const result = amountOutlier.run(order, buildContext([...history, order]), NOW, settings);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}
const only = (order: Order, history: Order[] = SHOP, settings = defaults) => {
  const { findings } = run(order, history, settings);
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('amount-outlier: the z > 4 edge', () => {
  // Totals are compared by ratio: z = 0.6745 × ln(paid / ¥100.00) / ln(1.1), the MAD of the logs.
  it('stays quiet one cent below the limit (¥175.98: z 3.9999)', () => {
    expect(run(newOrder(175.98))).toEqual({ findings: [] });
  });

  it('fires one cent above it (¥175.99: z 4.0003), P3', () => {
    const f = only(newOrder(175.99));
    expect(f.severity).toBe('P3');
    expect(f.evidence['zPaid']).toBe(4);
    expect(f.evidence['zQuantity']).toBe(0);
  });

  it('explains a high total with its evidence, in both languages', () => {
    expect(only(newOrder(1299))).toEqual({
      detector: 'amount-outlier',
      marketplace: 'taobao',
      orderId: '2001',
      severity: 'P3',
      evidence: {
        paid: 1299,
        medianPaid: 100,
        madPaid: 10,
        zPaid: 18.15,
        quantity: 2,
        medianQuantity: 2,
        madQuantity: 1,
        zQuantity: 0,
        zThreshold: 4,
        ordersCompared: 31,
      },
      explanation: {
        en: 'Paid ¥1,299.00, 13× the usual ¥100.00 (median of 31 Taobao orders): robust z-score 18.15 on the ratio, beyond the limit of 4 — check it before shipping.',
        zh: '实付 ¥1,299.00，是本店 31 笔淘宝订单中位数 ¥100.00 的 13 倍：按倍数计算的稳健 z 值 18.15，超出 4 的界限，发货前请核对。',
      },
    });
  });

  it('flags a total far below the usual too (a price typed wrong)', () => {
    const f = only(newOrder(0.01));
    expect(f.evidence['zPaid']).toBe(-65.18);
    expect(f.explanation.en).toBe(
      'Paid ¥0.01, 0.0001× the usual ¥100.00 (median of 31 Taobao orders): robust z-score −65.18 on the ratio, beyond the limit of 4 — check it before shipping.',
    );
  });

  it('flags a quantity far from the usual: 8 fires (z 4.05), 7 does not (z 3.37)', () => {
    expect(run(newOrder(100, 7))).toEqual({ findings: [] });
    const f = only(newOrder(100, 8));
    expect(f.evidence['zQuantity']).toBe(4.05);
    expect(f.explanation).toEqual({
      en: 'Quantity 8 against a usual 2 (median of 31 Taobao orders): robust z-score 4.05, beyond the limit of 4 — check it before shipping.',
      zh: '数量 8，本店 31 笔淘宝订单的中位数为 2：稳健 z 值 4.05，超出 4 的界限，发货前请核对。',
    });
  });

  it('names both when total and quantity are far off', () => {
    expect(only(newOrder(1299, 50)).explanation).toEqual({
      en: 'Paid ¥1,299.00, 13× the usual ¥100.00, and quantity 50 against a usual 2 (medians of 31 Taobao orders): robust z-scores 18.15 (on the ratio) and 32.38, beyond the limit of 4 — check it before shipping.',
      zh: '实付 ¥1,299.00，是常见金额 ¥100.00 的 13 倍，数量 50，常见数量为 2（本店 31 笔淘宝订单的中位数）：稳健 z 值 18.15（按倍数）、32.38，超出 4 的界限，发货前请核对。',
    });
  });

  it('follows the z setting', () => {
    // ¥200.00: z 4.91.
    expect(run(newOrder(200), SHOP, { ...defaults, zThreshold: 5 })).toEqual({ findings: [] });
    expect(only(newOrder(200), SHOP, { ...defaults, zThreshold: 4.5 }).evidence['zThreshold']).toBe(4.5);
  });

  it('reads an English shop in dollars', () => {
    const history = pastOrders([[20, 1, 15], [25, 1, 10], [30, 2, 10]], { marketplace: 'ebay', currency: 'USD', title: 'Lavender soap' });
    const order = newOrder(480, 1, { marketplace: 'ebay', orderId: '12-34567-89012', statusRaw: 'Awaiting shipment', items: [{ title: 'Lavender soap', quantity: 1 }], money: { currency: 'USD', paid: 480 } });
    expect(only(order, history).explanation.en).toBe(
      'Paid $480.00, 19× the usual $25.00 (median of 36 eBay orders): robust z-score 10.93 on the ratio, beyond the limit of 4 — check it before shipping.',
    );
  });
});

describe('amount-outlier: quiet on a shop’s normal spread', () => {
  // 100 orders: 85 of one soap, 12 of two, 3 of three; totals from ¥20.00 to ¥400.00.
  const SPREAD = pastOrders([
    [20, 1, 40],
    [45, 1, 45],
    [90, 2, 12],
    [400, 3, 3],
  ]);

  it('stays quiet on two or three items, which 15% of the shop’s orders have, however far from the median', () => {
    // Two items: z 4.24 (MAD 0, so 1 / (1.253314 × the mean absolute deviation 19/101)), beyond the
    // limit; only its being common keeps it quiet.
    expect(run(newOrder(45, 2), SPREAD)).toEqual({ findings: [] });
    expect(run(newOrder(45, 3), SPREAD)).toEqual({ findings: [] });
    expect(only(newOrder(45, 20), SPREAD).evidence).toMatchObject({ quantity: 20, medianQuantity: 1, zQuantity: 41.38 });
  });

  it('stays quiet on a total 9× the median that 3% of the shop’s orders share, and fires on one ten times as high', () => {
    expect(run(newOrder(400, 1), SPREAD)).toEqual({ findings: [] });
    const f = only(newOrder(4000, 1), SPREAD);
    expect(f.severity).toBe('P3');
    expect(f.explanation.en).toBe(
      'Paid ¥4,000.00, 89× the usual ¥45.00 (median of 101 Taobao orders): robust z-score 4.37 on the ratio, beyond the limit of 4 — check it before shipping.',
    );
  });

  it('stays silent, saying why, on a shop summary kept before totals were compared by ratio', () => {
    const order = newOrder(1299);
    const spread = { n: 31, median: 10000, mad: 1000, meanAd: 700 };
    const ctx: DetectorContext = { ...buildContext([order]), figures: new Map([['taobao', { 'amount-outlier': { CNY: { paidCents: spread, quantity: spread } } }]]) };
    expect(amountOutlier.run(order, ctx, NOW, defaults)).toEqual({ findings: [], silence: 'shop figures not recounted yet' });
  });
});

describe('amount-outlier: enough history, with a spread', () => {
  it('is silent with fewer than 30 orders, and judges from exactly 30', () => {
    const few = pastOrders([[90, 1, 9], [100, 2, 10], [110, 3, 9]]); // 28 + the new order = 29
    expect(run(newOrder(1299), few)).toEqual({ findings: [], silence: 'fewer than 30 orders to compare with' });
    const enough = pastOrders([[90, 1, 9], [100, 2, 10], [110, 3, 10]]); // 29 + 1 = 30
    expect(only(newOrder(1299), enough).evidence['ordersCompared']).toBe(30);
  });

  it('compares only with orders in the same currency', () => {
    const order = newOrder(1299, 2, { money: { currency: 'USD', paid: 1299 } });
    expect(run(order)).toEqual({ findings: [], silence: 'fewer than 30 orders to compare with' });
  });

  it('is silent, with the reason, when every order has the same total and quantity', () => {
    const flat = pastOrders([[59.8, 2, 30]]);
    expect(run(newOrder(59.8, 2), flat)).toEqual({
      findings: [],
      silence: "the shop's order totals do not vary; the shop's order quantities do not vary",
    });
  });

  it('falls back to the mean absolute deviation when most orders are identical (MAD = 0)', () => {
    // 30 orders of ¥59.80 × 2 and one of ¥1,299.00 × 50: MAD 0 for both measures.
    const flat = pastOrders([[59.8, 2, 30]]);
    const evidence = only(newOrder(1299, 50), flat).evidence;
    // meanAd(paid) = (129900 − 5980) / 31 cents; z = (129900 − 5980) / (1.253314 × meanAd) = 31 / 1.253314
    expect(evidence).toMatchObject({ madPaid: 0, zPaid: 24.73, madQuantity: 0, zQuantity: 24.73 });
  });

  it('still judges the total when only the quantities do not vary', () => {
    const sameQuantity = pastOrders([[90, 1, 10], [100, 1, 10], [110, 1, 10]]);
    expect(run(newOrder(100, 1), sameQuantity)).toEqual({ findings: [] });
    expect(only(newOrder(1299, 1), sameQuantity).evidence).toMatchObject({ zQuantity: null, madQuantity: 0, zPaid: 18.15 });
  });

  it('leaves shipped, completed and cancelled orders alone', () => {
    for (const status of ['shipped', 'completed', 'cancelled'] as const) expect(run(newOrder(1299, 2, { status }))).toEqual({ findings: [] });
    expect(only(newOrder(1299, 2, { status: 'awaiting_payment', paidAt: undefined })).severity).toBe('P3');
  });

  it('builds the shop statistics once per run, not once per order', () => {
    const orders = [...SHOP, newOrder(1299)];
    const ctx = buildContext(orders);
    const builds: string[] = [];
    const counting: DetectorContext = { ...ctx, memo: (key, build) => ctx.memo(key, () => (builds.push(key), build())) };
    const flagged = orders.filter((order) => amountOutlier.run(order, counting, NOW, defaults).findings.length > 0);
    expect(flagged.map((order) => order.orderId)).toEqual(['2001']);
    // The shop's figure (its amounts and quantities, and their spreads), once.
    expect(builds).toEqual(['figure:amount-outlier']);
  });

  it('does not depend on the time of evaluation, across a DST change (America/Los_Angeles, 2026-11-01)', () => {
    const order = newOrder(1299, 2, { marketplace: 'taobao' });
    const before = amountOutlier.run(order, buildContext([...SHOP, order]), Date.UTC(2026, 10, 1, 8, 59), defaults);
    const after = amountOutlier.run(order, buildContext([...SHOP, order]), Date.UTC(2026, 10, 1, 10, 1), defaults);
    expect(after).toEqual(before);
    expect(before.findings).toHaveLength(1);
  });
});
