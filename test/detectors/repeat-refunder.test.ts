import { describe, expect, it } from 'vitest';
import { buildContext, type DetectorContext } from '../../lib/detectors';
import { repeatRefunder } from '../../lib/detectors/repeat-refunder';
import { Finding, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, MINUTE, makeOrder } from './make-order';

const NOW = Date.UTC(2026, 10, 25, 6, 0);
const DAY = 24 * HOUR;
const defaults = DEFAULT_SETTINGS.detectors['repeat-refunder'];

const live = makeOrder({ orderId: 'L1', placedAt: NOW - HOUR, paidAt: NOW - HOUR });
const refunds = [
  makeOrder({ orderId: 'R1', placedAt: NOW - 10 * DAY, status: 'refunded', statusRaw: '退款成功' }),
  makeOrder({ orderId: 'R2', placedAt: NOW - 40 * DAY, requestedAt: NOW - 30 * DAY, status: 'returned', statusRaw: '退货已签收' }),
  makeOrder({ orderId: 'R3', placedAt: NOW - 89 * DAY, status: 'completed', statusRaw: '交易成功', money: { refunded: 5 } }),
];

function run(order: Order, orders: readonly Order[], settings = defaults, ctx: DetectorContext = buildContext(orders)) {
  const result = repeatRefunder.run(order, ctx, NOW, settings);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}
const only = (order: Order, orders: readonly Order[], settings = defaults) => {
  const { findings, silence } = run(order, orders, settings);
  expect(silence).toBeUndefined();
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('repeat-refunder: refunds and returns by the same buyer', () => {
  it('flags a live order of a buyer with 3 refunds/returns in 90 days, P3, naming the orders', () => {
    const f = only(live, [live, ...refunds]);
    expect(f.severity).toBe('P3');
    expect(f.dueAt).toBeUndefined();
    expect(f.evidence).toEqual({
      buyer: 'tb_buyer_01',
      refundCount: 3,
      minRefunds: 3,
      windowDays: 90,
      refundOrders: 'R3, R2, R1',
      lastRefundAt: '2026-11-15T06:00:00.000Z',
      onBlockList: false,
    });
    expect(f.explanation).toEqual({
      en: 'Buyer tb_buyer_01 had 3 refunds or returns in the last 90 days (orders R3, R2, R1; your threshold 3) — keep an eye on this order.',
      zh: '买家 tb_buyer_01 近 90 天有 3 次退款或退货（订单 R3、R2、R1；您的阈值 3 次），请留意此订单。',
    });
  });

  it('counts a refund exactly 90 days old (in real hours, across the 2026-11-01 DST change), not one a minute older', () => {
    const edge = (at: number) => makeOrder({ orderId: 'R3', placedAt: at, status: 'refunded', statusRaw: 'Refunded' });
    expect(only(live, [live, refunds[0]!, refunds[1]!, edge(NOW - 90 * DAY)]).evidence['refundCount']).toBe(3);
    expect(run(live, [live, refunds[0]!, refunds[1]!, edge(NOW - 90 * DAY - MINUTE)])).toEqual({ findings: [] });
  });

  it('keeps the same finding until a refund leaves the window, which is what the alarm looks for', () => {
    const orders = [live, ...refunds];
    const ctx = buildContext(orders);
    const at = (now: number) => repeatRefunder.run(live, ctx, now, defaults);
    // R3 (89 days old at NOW) leaves the 90-day window one day later.
    const leaves = NOW + DAY;
    expect(at(leaves - MINUTE)).toEqual(at(NOW));
    expect(at(leaves + MINUTE)).toEqual({ findings: [] });
    const { between } = repeatRefunder.changesWithTime;
    expect(between(defaults, { since: NOW, now: leaves - MINUTE }, ctx)(live)).toBe(false);
    expect(between(defaults, { since: leaves - MINUTE, now: leaves + MINUTE }, ctx)(live)).toBe(true);
    // Another buyer's order is not judged again for it.
    const other = makeOrder({ orderId: 'L3', buyer: 'someone_else', placedAt: NOW - HOUR });
    expect(between(defaults, { since: leaves - MINUTE, now: leaves + MINUTE }, buildContext([other, ...orders]))(other)).toBe(false);
  });

  it('needs the threshold: two refunds are not enough, a higher setting needs more', () => {
    expect(run(live, [live, refunds[0]!, refunds[1]!])).toEqual({ findings: [] });
    expect(run(live, [live, ...refunds], { ...defaults, minRefunds: 4 })).toEqual({ findings: [] });
    expect(only(live, [live, ...refunds], { ...defaults, windowDays: 120 }).evidence['windowDays']).toBe(120);
  });

  it("counts the buyer's current refund request and flags it too", () => {
    const current = makeOrder({ orderId: 'R4', placedAt: NOW - 2 * DAY, requestedAt: NOW - DAY, status: 'refund_requested', statusRaw: '退款中' });
    const f = only(current, [current, refunds[0]!, refunds[1]!]);
    expect(f.evidence['refundOrders']).toBe('R2, R1, R4');
  });

  it('keeps marketplaces apart and matches the buyer name whatever its case or width', () => {
    const elsewhere = refunds.map((o) => ({ ...o, marketplace: 'pinduoduo' as const }));
    expect(run(live, [live, ...elsewhere])).toEqual({ findings: [] });
    const shouting = makeOrder({ orderId: 'L2', buyer: 'ＴＢ_BUYER_01', placedAt: NOW - HOUR });
    expect(only(shouting, [shouting, ...refunds]).evidence['refundCount']).toBe(3);
  });

  it('builds its buyer index once per run, whatever the number of orders', () => {
    const orders = [live, ...refunds];
    const base = buildContext(orders);
    let builds = 0;
    const ctx: DetectorContext = { ...base, memo: (key, build) => base.memo(key, () => { builds++; return build(); }) };
    for (const order of orders) run(order, orders, defaults, ctx);
    expect(builds).toBe(2); // the refunds index and the block list, once each
  });
});

describe('repeat-refunder: block list and orders it leaves alone', () => {
  it('flags a blocked buyer with no refunds at all', () => {
    const order = makeOrder({ buyer: '差评师小王', placedAt: NOW - HOUR });
    const f = only(order, [order], { ...defaults, blockList: ['差评师小王'] });
    expect(f.evidence).toMatchObject({ onBlockList: true, refundCount: 0, refundOrders: null, lastRefundAt: null });
    expect(f.explanation).toEqual({
      en: 'Buyer 差评师小王 is on your block list — keep an eye on this order.',
      zh: '买家 差评师小王 在您的黑名单中，请留意此订单。',
    });
  });

  it('says both when a blocked buyer also refunds often', () => {
    const f = only(live, [live, ...refunds], { ...defaults, blockList: ['TB_buyer_01'] });
    expect(f.explanation.en).toBe(
      'Buyer tb_buyer_01 is on your block list and had 3 refunds or returns in the last 90 days (orders R3, R2, R1; your threshold 3) — keep an eye on this order.',
    );
    expect(f.explanation.zh).toBe('买家 tb_buyer_01 在您的黑名单中，且近 90 天有 3 次退款或退货（订单 R3、R2、R1；您的阈值 3 次），请留意此订单。');
  });

  it('is silent, saying why, when no buyer is shown', () => {
    const anonymous = makeOrder({ buyer: undefined });
    expect(run(anonymous, [anonymous, ...refunds])).toEqual({ findings: [], silence: 'no buyer shown' });
  });

  it('leaves finished orders alone', () => {
    for (const status of ['cancelled', 'completed', 'delivered', 'refunded'] as const) {
      const order = makeOrder({ orderId: 'L9', status, placedAt: NOW - HOUR });
      expect(run(order, [order, ...refunds])).toEqual({ findings: [] });
    }
  });
});
