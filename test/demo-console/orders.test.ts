import { describe, expect, it } from 'vitest';
import {
  generateDemoOrders,
  ordersOnPage,
  pageCount,
  plantedFindings,
  ruleFindings,
  type DemoOrder,
} from '../../scripts/demo-console/orders.mjs';

const HOUR = 3_600_000;
// 2026-11-25 12:00:00 in Shanghai.
const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);
const orders = generateDemoOrders({ now: NOW });
const byPlant = (plant: DemoOrder['plant']) => {
  const order = orders.find((o) => o.plant === plant);
  if (!order) throw new Error(`no ${plant}`);
  return order;
};
const isOrdinary = (o: DemoOrder) => o.plant === undefined;

describe('generateDemoOrders', () => {
  it('is deterministic for a seed and a clock', () => {
    expect(generateDemoOrders({ now: NOW })).toEqual(orders);
    expect(generateDemoOrders({ now: NOW, seed: 7 })).not.toEqual(orders);
  });

  it('keeps ids and amounts when only the clock moves, shifting every time by the same amount', () => {
    const later = generateDemoOrders({ now: NOW + 5 * HOUR + 1234 });
    expect(later.map((o) => o.orderId)).toEqual(orders.map((o) => o.orderId));
    expect(later.map((o) => o.paidFen)).toEqual(orders.map((o) => o.paidFen));
    // The clock is cut to whole seconds, so 1.234 s later becomes 1 s later.
    expect(later.map((o) => o.placedAt - 5 * HOUR - 1000)).toEqual(orders.map((o) => o.placedAt));
  });

  it('makes 120 orders and one row with an unreadable amount, with unique DS ids', () => {
    expect(orders).toHaveLength(121);
    expect(orders.filter((o) => o.paidFen === null).map((o) => o.plant)).toEqual(['malformed']);
    expect(new Set(orders.map((o) => o.orderId)).size).toBe(121);
    expect(orders.every((o) => /^DS\d{12}$/.test(o.orderId))).toBe(true);
    expect(orders.every((o) => o.placedAt % 1000 === 0 && (o.paidAt ?? 0) % 1000 === 0)).toBe(true);
  });

  it('has amounts that add up on every ordinary order', () => {
    const wrong = orders
      .filter(isOrdinary)
      .filter((o) => o.paidFen !== o.quantity * o.unitPriceFen - o.discountFen + o.shippingFen || o.paidFen <= 0);
    expect(wrong).toEqual([]);
  });

  it('mixes the statuses a small shop shows', () => {
    const count = (s: DemoOrder['statusRaw']) => orders.filter((o) => isOrdinary(o) && o.statusRaw === s).length;
    expect(count('等待买家付款')).toBe(3);
    expect(count('待发货')).toBe(8);
    expect(count('已发货')).toBe(20);
    expect(count('交易成功')).toBe(76);
    expect(count('交易关闭')).toBe(7);
  });

  it('keeps ordinary unshipped orders clear of the shipping warning (paid < 42 h ago) and unpaid ones under 20 h', () => {
    const unshipped = orders.filter((o) => isOrdinary(o) && o.statusRaw === '待发货');
    expect(unshipped.every((o) => o.paidAt !== undefined && NOW - o.paidAt < 42 * HOUR)).toBe(true);
    const unpaid = orders.filter((o) => o.statusRaw === '等待买家付款');
    expect(unpaid.every((o) => o.paidAt === undefined && NOW - o.placedAt < 20 * HOUR)).toBe(true);
  });

  it('plants the anomalies at the stated times and amounts', () => {
    expect(NOW - byPlant('late-52h').paidAt!).toBe(52 * HOUR);
    expect(NOW - byPlant('late-70h').paidAt!).toBe(70 * HOUR);
    expect(NOW - byPlant('due-in-4h').paidAt!).toBe(44 * HOUR);
    const first = byPlant('duplicate-first');
    const second = byPlant('duplicate-second');
    expect([NOW - first.paidAt!, NOW - second.paidAt!]).toEqual([3 * HOUR, 2.5 * HOUR]);
    expect(second.placedAt - first.placedAt).toBe(HOUR / 2);
    expect([second.buyer, second.title, second.quantity, second.statusRaw]).toEqual([first.buyer, first.title, first.quantity, '待发货']);
    const mismatch = byPlant('amount-mismatch');
    expect(mismatch).toMatchObject({ statusRaw: '已发货', quantity: 2, unitPriceFen: 5900, shippingFen: 0, discountFen: 0, paidFen: 10800 });
  });

  it('reports exactly the five planted findings', () => {
    expect(plantedFindings(orders)).toEqual([
      { orderId: 'DS381208567195', detector: 'ship-deadline', severity: 'P1' },
      { orderId: 'DS381208742256', detector: 'ship-deadline', severity: 'P1' },
      { orderId: 'DS381208811356', detector: 'ship-deadline', severity: 'P2' },
      { orderId: 'DS381209855173', detector: 'duplicate-order', severity: 'P2' },
      { orderId: 'DS381209044700', detector: 'amount-mismatch', severity: 'P2' },
    ]);
  });

  it('triggers the three rules on the planted orders and on no other order', () => {
    const key = (f: { orderId: string; detector: string; severity: string }) => `${f.detector}|${f.orderId}|${f.severity}`;
    expect(ruleFindings(orders, NOW).map(key).sort()).toEqual(plantedFindings(orders).map(key).sort());
  });

  it('puts every planted order and the malformed row on page 1, newest first', () => {
    const first = ordersOnPage(orders, 1);
    expect(first).toHaveLength(21);
    expect(first.filter((o) => o.plant).length).toBe(7);
    expect(orders.filter((o) => o.plant).every((o) => first.includes(o))).toBe(true);
    const placed = first.map((o) => o.placedAt);
    expect(placed).toEqual([...placed].sort((a, b) => b - a));
  });

  it('splits the rest into five pages of 20, newest first, each order once', () => {
    expect(pageCount(orders)).toBe(6);
    const rest = [2, 3, 4, 5, 6].map((p) => ordersOnPage(orders, p));
    expect(rest.map((p) => p.length)).toEqual([20, 20, 20, 20, 20]);
    expect(ordersOnPage(orders, 7)).toEqual([]);
    const placed = rest.flat().map((o) => o.placedAt);
    expect(placed).toEqual([...placed].sort((a, b) => b - a));
    expect(new Set([...ordersOnPage(orders, 1), ...rest.flat()]).size).toBe(121);
  });
});
