import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { stockRisk } from '../../lib/detectors/stock-risk';
import { Finding, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, MINUTE, makeOrder } from './make-order';

const PAID = Date.UTC(2026, 10, 20, 6, 0);
const DEADLINE = PAID + 48 * HOUR;
const defaults = DEFAULT_SETTINGS.detectors['stock-risk'];
const short = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
  makeOrder({ placedAt: PAID - 5 * MINUTE, paidAt: PAID, stockShort: true, ...overrides });

function run(order: Order, now: number) {
  const result = stockRisk.run(order, buildContext([order]), now, defaults);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}
const only = (order: Order, now: number) => {
  const { findings } = run(order, now);
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('stock-risk', () => {
  it('flags a paid order the console shows out of stock, due at the shipping deadline', () => {
    const f = only(short(), PAID + HOUR);
    expect(f.severity).toBe('P2');
    expect(f.dueAt).toBe(DEADLINE);
    expect(f.evidence).toEqual({
      items: '手工皂 ×2',
      deadline: '2026-11-22T06:00:00.000Z',
      deadlineSource: 'platform rule',
      paid: 59.8,
    });
    expect(f.explanation).toEqual({
      en: "Taobao shows this order's item out of stock with the shipping deadline still ahead: restock, offer a substitute or agree a cancellation with the buyer.",
      zh: '淘宝显示该订单商品缺货，发货时限未到：请补货、与买家协商换货或取消。',
    });
  });

  it('keeps the same finding on either side of the deadline, and changes it there, which the alarm looks for', () => {
    const before = only(short(), PAID + HOUR);
    expect(only(short(), DEADLINE - MINUTE)).toEqual(before);
    const after = only(short(), DEADLINE);
    expect(after).not.toEqual(before);
    expect(only(short(), DEADLINE + 20 * 24 * HOUR)).toEqual(after);
    const between = (since: number, now: number, order = short()) => stockRisk.changesWithTime.between(defaults, { since, now })(order);
    expect(between(DEADLINE - MINUTE, DEADLINE)).toBe(true);
    expect(between(PAID, DEADLINE - MINUTE)).toBe(false);
    expect(between(DEADLINE, DEADLINE + 20 * 24 * HOUR)).toBe(false);
    expect(between(DEADLINE - MINUTE, DEADLINE, short({ stockShort: false }))).toBe(false);
  });

  it('notes that Pinduoduo charges out-of-stock on its own', () => {
    const f = only(short({ marketplace: 'pinduoduo', buyer: 'pdd_7' }), DEADLINE + MINUTE);
    expect(f.severity).toBe('P2');
    expect(f.evidence['outOfStockCharge']).toBe(true);
    expect(f.explanation).toEqual({
      en: "Pinduoduo shows this order's item out of stock with the shipping deadline already passed (Pinduoduo charges out-of-stock on its own): restock, offer a substitute or agree a cancellation with the buyer.",
      zh: '拼多多显示该订单商品缺货，发货时限已过（拼多多对缺货单独扣款）：请补货、与买家协商换货或取消。',
    });
    expect(only(short(), DEADLINE).evidence['outOfStockCharge']).toBeUndefined();
  });

  it("uses the console's ship-by time over the platform table", () => {
    const f = only(short({ shipBy: PAID + 24 * HOUR }), PAID + 25 * HOUR);
    expect(f.dueAt).toBe(PAID + 24 * HOUR);
    expect(f.evidence['deadlineSource']).toBe('console');
    expect(f.evidence['deadline']).toBe('2026-11-21T06:00:00.000Z');
    expect(f.explanation.en).toBe("Taobao shows this order's item out of stock with the shipping deadline already passed: restock, offer a substitute or agree a cancellation with the buyer.");
  });

  it('flags an unpaid order too, counting from the order time', () => {
    const f = only(short({ status: 'awaiting_payment', paidAt: undefined, placedAt: PAID }), PAID + HOUR);
    expect(f.dueAt).toBe(DEADLINE);
    expect(f.evidence['deadlineSource']).toBe('order time');
  });

  it('counts real hours across the end of US daylight saving time', () => {
    // Paid Saturday 2026-10-31 12:00 PDT; 48 h later it is Monday 11:00 PST.
    const paid = Date.UTC(2026, 9, 31, 19, 0);
    const order = short({ marketplace: 'amazon', money: { currency: 'USD', paid: 25 }, placedAt: paid, paidAt: paid });
    const f = only(order, paid + HOUR);
    expect(f.dueAt).toBe(paid + 48 * HOUR);
    expect(new Date(f.dueAt!).toLocaleString('en-US', { timeZone: 'America/Los_Angeles' })).toBe('11/2/2026, 11:00:00 AM');
  });

  it('leaves shipped, cancelled and in-stock orders alone', () => {
    for (const status of ['shipped', 'cancelled', 'completed', 'refund_requested'] as const) {
      expect(run(short({ status }), PAID + HOUR)).toEqual({ findings: [] });
    }
    expect(run(short({ stockShort: false }), PAID + HOUR)).toEqual({ findings: [] });
    expect(run(short({ stockShort: undefined }), PAID + HOUR)).toEqual({ findings: [] });
  });
});
