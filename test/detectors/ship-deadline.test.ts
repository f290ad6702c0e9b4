import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { shipDeadline } from '../../lib/detectors/ship-deadline';
import { Finding, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, MINUTE, makeOrder } from './make-order';

const PAID = Date.UTC(2026, 10, 20, 6, 0);
const DEADLINE = PAID + 48 * HOUR; // Taobao: 48 h after payment
const defaults = DEFAULT_SETTINGS.detectors['ship-deadline'];
const paidOrder = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
  makeOrder({ placedAt: PAID - 5 * MINUTE, paidAt: PAID, ...overrides });

function run(order: Order, now: number, settings = defaults) {
  const result = shipDeadline.run(order, buildContext([order]), now, settings);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}
const only = (order: Order, now: number, settings = defaults) => {
  const { findings } = run(order, now, settings);
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('ship-deadline: the clock around the platform deadline', () => {
  it('is P1 exactly at the deadline, 0 h overdue', () => {
    const f = only(paidOrder(), DEADLINE);
    expect(f.severity).toBe('P1');
    expect(f.dueAt).toBe(DEADLINE);
    expect(f.evidence).toEqual({
      paidAt: '2026-11-20T06:00:00.000Z',
      deadline: '2026-11-22T06:00:00.000Z',
      deadlineSource: 'platform rule',
      shippingHours: 48,
      compensation: 5,
    });
    expect(f.explanation).toEqual({
      en: 'Not shipped: Taobao requires shipping within 48 h — the deadline has passed.',
      zh: '尚未发货：淘宝要求 48 小时内发货，已超过时限。',
    });
  });

  it('is P1 one minute after the deadline', () => {
    const f = only(paidOrder(), DEADLINE + MINUTE);
    expect(f.severity).toBe('P1');
    // Nothing in it moves with the clock: the pages count the time overdue from dueAt.
    expect(only(paidOrder(), DEADLINE + 30 * HOUR)).toEqual(f);
  });

  it('is P2 one minute before the deadline', () => {
    const f = only(paidOrder(), DEADLINE - MINUTE);
    expect(f.severity).toBe('P2');
    expect(f.dueAt).toBe(DEADLINE);
    expect(f.explanation).toEqual({
      en: 'Not shipped yet: Taobao requires shipping within 48 h, and the deadline is less than 6 h away.',
      zh: '尚未发货：淘宝要求 48 小时内发货，距时限已不到 6 小时。',
    });
  });

  it('starts warning exactly warnHours (6 h) before the deadline, not a minute earlier', () => {
    const f = only(paidOrder(), DEADLINE - 6 * HOUR);
    expect(f.severity).toBe('P2');
    expect(only(paidOrder(), DEADLINE - MINUTE)).toEqual(f);
    expect(run(paidOrder(), DEADLINE - 6 * HOUR - MINUTE)).toEqual({ findings: [] });
  });

  it('follows a longer warning setting', () => {
    const early = DEADLINE - 10 * HOUR;
    expect(run(paidOrder(), early).findings).toEqual([]);
    const f = only(paidOrder(), early, { ...defaults, warnHours: 12 });
    expect(f.severity).toBe('P2');
    expect(f.explanation.en).toBe('Not shipped yet: Taobao requires shipping within 48 h, and the deadline is less than 12 h away.');
  });

  it('explains the overdue and warning cases in both languages', () => {
    expect(only(paidOrder({ marketplace: 'demo' }), PAID + 50.5 * HOUR).explanation).toEqual({
      en: 'Not shipped: the demo shop requires shipping within 48 h — the deadline has passed.',
      zh: '尚未发货：演示店要求 48 小时内发货，已超过时限。',
    });
    expect(only(paidOrder({ marketplace: 'demo' }), PAID + 44.5 * HOUR, { ...defaults, warnHours: 4.5 }).explanation).toEqual({
      en: 'Not shipped yet: the demo shop requires shipping within 48 h, and the deadline is less than 4.5 h away.',
      zh: '尚未发货：演示店要求 48 小时内发货，距时限已不到 4.5 小时。',
    });
  });
});

describe('ship-deadline: where the deadline comes from', () => {
  it("uses the console's ship-by time over the platform table", () => {
    const shipBy = PAID + 24 * HOUR;
    const f = only(paidOrder({ shipBy }), PAID + 30 * HOUR);
    expect(f.severity).toBe('P1');
    expect(f.dueAt).toBe(shipBy);
    expect(f.evidence['deadlineSource']).toBe('console');
    expect(f.evidence['deadline']).toBe('2026-11-21T06:00:00.000Z');
    expect(f.evidence['shippingHours']).toBeNull();
    expect(f.explanation).toEqual({
      en: 'Not shipped: the ship-by time shown on Taobao has passed.',
      zh: '尚未发货：淘宝后台显示的发货时限已过。',
    });
  });

  it("a later console ship-by time keeps an order quiet past the table's 48 h", () => {
    expect(run(paidOrder({ shipBy: PAID + 72 * HOUR }), DEADLINE + HOUR)).toEqual({ findings: [] });
  });

  it("uses the seller's hours for that marketplace over the table", () => {
    const settings = { ...defaults, hoursByMarketplace: { taobao: 36, jd: 24 } };
    const f = only(paidOrder(), PAID + 40 * HOUR, settings);
    expect(f.severity).toBe('P1');
    expect(f.dueAt).toBe(PAID + 36 * HOUR);
    expect(f.evidence['deadlineSource']).toBe('your setting');
    expect(f.evidence['shippingHours']).toBe(36);
    expect(f.explanation).toEqual({
      en: 'Not shipped: your rule for Taobao is shipping within 36 h — the deadline has passed.',
      zh: '尚未发货：您为淘宝设定 36 小时内发货，已超过时限。',
    });
    const warning = only(paidOrder(), PAID + 32 * HOUR, settings);
    expect(warning.explanation).toEqual({
      en: 'Not shipped yet: your rule for Taobao is shipping within 36 h, and the deadline is less than 6 h away.',
      zh: '尚未发货：您为淘宝设定 36 小时内发货，距时限已不到 6 小时。',
    });
  });

  it("another marketplace's override leaves this one on the table", () => {
    const settings = { ...defaults, hoursByMarketplace: { jd: 24 } };
    expect(run(paidOrder(), PAID + 40 * HOUR, settings)).toEqual({ findings: [] });
  });

  it('still judges a console ship-by time when no payment time is shown', () => {
    const order = makeOrder({ marketplace: 'amazon', money: { currency: 'USD', paid: 25 }, shipBy: PAID + 48 * HOUR });
    const f = only(order, PAID + 46 * HOUR);
    expect(f.severity).toBe('P2');
    expect(f.evidence['paidAt']).toBeNull();
    expect(f.evidence['compensation']).toBeUndefined();
    expect(f.explanation).toEqual({
      en: 'Not shipped yet: the ship-by time shown on Amazon is less than 6 h away.',
      zh: '尚未发货：距亚马逊后台显示的发货时限已不到 6 小时。',
    });
  });
});

describe('ship-deadline: money at stake and orders it leaves alone', () => {
  const compensationFor = (paid: number, marketplace: Order['marketplace'] = 'taobao') =>
    only(paidOrder({ marketplace, money: { paid } }), DEADLINE + HOUR).evidence['compensation'];

  it('shows Taobao/Tmall compensation: 5% of paid, at least ¥5, at most ¥30', () => {
    expect(compensationFor(59.8)).toBe(5); // 5% = ¥2.99 → minimum ¥5
    expect(compensationFor(200)).toBe(10);
    expect(compensationFor(333.33, 'tmall')).toBe(16.67);
    expect(compensationFor(600)).toBe(30); // exactly the cap
    expect(compensationFor(1299)).toBe(30); // 5% = ¥64.95 → capped
    expect(compensationFor(200, 'pinduoduo')).toBeUndefined();
  });

  it('ignores cancelled, shipped and unpaid orders without a silence', () => {
    for (const status of ['cancelled', 'shipped', 'awaiting_payment', 'completed'] as const) {
      expect(run(paidOrder({ status }), DEADLINE + HOUR)).toEqual({ findings: [] });
    }
  });

  it('counts from the order time, and says so, when the list shows no payment time', () => {
    // makeOrder() is placed at PAID and shows no payment time (Taobao's sold-items list).
    const { findings, silence } = run(makeOrder(), DEADLINE + HOUR);
    expect(silence).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('P1');
    expect(findings[0]!.dueAt).toBe(DEADLINE);
    expect(findings[0]!.evidence).toMatchObject({
      paidAt: null,
      placedAt: '2026-11-20T06:00:00.000Z',
      deadlineSource: 'order time',
    });
    expect(findings[0]!.explanation).toEqual({
      en: 'Not shipped: Taobao requires shipping within 48 h — the deadline has passed. No payment time is shown, so the clock starts at the order time.',
      zh: '尚未发货：淘宝要求 48 小时内发货，已超过时限。页面未显示付款时间，按下单时间计算。',
    });
  });
});

describe('ship-deadline: the carrier’s first scan is the shipping time', () => {
  const shippedAt = DEADLINE - 2 * HOUR; // the seller clicked 发货 in time…
  it('raises a late shipment when the first scan came after the deadline', () => {
    const order = makeOrder({ paidAt: PAID, status: 'shipped', statusRaw: '卖家已发货', shippedAt, firstScanAt: DEADLINE + 3 * HOUR });
    const { findings } = run(order, DEADLINE + 10 * HOUR);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'P1',
      dueAt: DEADLINE,
      evidence: { firstScanAt: '2026-11-22T09:00:00.000Z', hoursLate: 3, compensation: 5 },
      explanation: {
        en: "Marked shipped, but the carrier's first scan came 3 h after the shipping deadline; Taobao counts the first scan, so this is a late shipment.",
        zh: '虽已点击发货，但快递首次揽收比发货时限晚了 3 小时；淘宝以揽收时间为准，属于延迟发货。',
      },
    });
  });

  it('stays quiet when the first scan was at the deadline or before, or not shown', () => {
    const base = { paidAt: PAID, status: 'shipped' as const, statusRaw: '卖家已发货', shippedAt };
    expect(run(makeOrder({ ...base, firstScanAt: DEADLINE }), DEADLINE + 10 * HOUR).findings).toEqual([]);
    expect(run(makeOrder({ ...base, firstScanAt: DEADLINE - 60_000 }), DEADLINE + 10 * HOUR).findings).toEqual([]);
    expect(run(makeOrder(base), DEADLINE + 10 * HOUR).findings).toEqual([]);
  });
});
