import { describe, expect, it } from 'vitest';
import { buildContext, type DetectorContext } from '../../lib/detectors';
import { amountOutlier } from '../../lib/detectors/amount-outlier';
import { DEFAULT_SETTINGS, Finding, type Order } from '../../lib/schema';
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
  it('stays quiet one cent below the limit (¥159.30: z 3.9998)', () => {
    expect(run(newOrder(159.3))).toEqual({ findings: [] });
  });

  it('fires one cent above it (¥159.31: z 4.0005), P3', () => {
    const f = only(newOrder(159.31));
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
        zPaid: 80.87,
        quantity: 2,
        medianQuantity: 2,
        madQuantity: 1,
        zQuantity: 0,
        zThreshold: 4,
        ordersCompared: 31,
      },
      explanation: {
        en: 'Paid ¥1,299.00 against a usual ¥100.00 (median of 31 Taobao orders): robust z-score 80.87, beyond the limit of 4 — check it before shipping.',
        zh: '实付 ¥1,299.00，本店 31 笔淘宝订单的中位数为 ¥100.00：稳健 z 值 80.87，超出 4 的界限，发货前请核对。',
      },
    });
  });

  it('flags a total far below the usual too (a price typed wrong)', () => {
    const f = only(newOrder(0.01));
    expect(f.evidence['zPaid']).toBe(-6.74);
    expect(f.explanation.en).toBe(
      'Paid ¥0.01 against a usual ¥100.00 (median of 31 Taobao orders): robust z-score −6.74, beyond the limit of 4 — check it before shipping.',
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
      en: 'Paid ¥1,299.00 and quantity 50 against a usual ¥100.00 and 2 (medians of 31 Taobao orders): robust z-scores 80.87 and 32.38, beyond the limit of 4 — check it before shipping.',
      zh: '实付 ¥1,299.00、数量 50，本店 31 笔淘宝订单的中位数为 ¥100.00、2：稳健 z 值 80.87、32.38，超出 4 的界限，发货前请核对。',
    });
  });

  it('follows the z setting', () => {
    expect(run(newOrder(200), SHOP, { ...defaults, zThreshold: 8 })).toEqual({ findings: [] });
    expect(only(newOrder(200), SHOP, { ...defaults, zThreshold: 6 }).evidence['zThreshold']).toBe(6);
  });

  it('reads an English shop in dollars', () => {
    const history = pastOrders([[20, 1, 15], [25, 1, 10], [30, 2, 10]], { marketplace: 'ebay', currency: 'USD', title: 'Lavender soap' });
    const order = newOrder(480, 1, { marketplace: 'ebay', orderId: '12-34567-89012', statusRaw: 'Awaiting shipment', items: [{ title: 'Lavender soap', quantity: 1 }], money: { currency: 'USD', paid: 480 } });
    expect(only(order, history).explanation.en).toBe(
      'Paid $480.00 against a usual $25.00 (median of 36 eBay orders): robust z-score 61.38, beyond the limit of 4 — check it before shipping.',
    );
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
    expect(only(newOrder(1299, 1), sameQuantity).evidence).toMatchObject({ zQuantity: null, madQuantity: 0, zPaid: 80.87 });
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
