import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { unpaidStale } from '../../lib/detectors/unpaid-stale';
import { Finding, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, MINUTE, makeOrder } from './make-order';

const PLACED = Date.UTC(2026, 10, 20, 6, 0);
const defaults = DEFAULT_SETTINGS.detectors['unpaid-stale'];
const unpaid = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
  makeOrder({ placedAt: PLACED, status: 'awaiting_payment', statusRaw: '等待买家付款', ...overrides });

function run(order: Order, now: number, settings = defaults) {
  const result = unpaidStale.run(order, buildContext([order]), now, settings);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}
const only = (order: Order, now: number, settings = defaults) => {
  const { findings } = run(order, now, settings);
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('unpaid-stale: first step, a payment reminder', () => {
  it('stays quiet one minute before 24 h', () => {
    expect(run(unpaid(), PLACED + 24 * HOUR - MINUTE)).toEqual({ findings: [] });
  });

  it('suggests a reminder exactly at 24 h, P3, due at the 72 h auto-close', () => {
    expect(only(unpaid(), PLACED + 24 * HOUR)).toEqual({
      detector: 'unpaid-stale',
      marketplace: 'taobao',
      orderId: '1001',
      severity: 'P3',
      dueAt: PLACED + 72 * HOUR,
      evidence: {
        placedAt: '2026-11-20T06:00:00.000Z',
        remindHours: 24,
        cancelHours: 72,
        cancelHoursSource: 'platform rule',
        suggestion: 'remind',
        orderTotal: 59.8,
      },
      explanation: {
        en: 'Placed at least 24 h ago and still unpaid: send a payment reminder (cancelling is suggested at 72 h on Taobao).',
        zh: '下单已 24 小时以上仍未付款：可发送付款提醒（淘宝订单满 72 小时建议取消）。',
      },
    });
  });

  it('still suggests a reminder one minute before the auto-close time', () => {
    const f = only(unpaid(), PLACED + 72 * HOUR - MINUTE);
    expect(f.evidence['suggestion']).toBe('remind');
    expect(f.severity).toBe('P3');
    // Nothing in it moves with the clock: the pages count the time left from dueAt.
    expect(f).toEqual(only(unpaid(), PLACED + 24 * HOUR));
  });

  it('follows a shorter reminder setting', () => {
    expect(run(unpaid(), PLACED + 6 * HOUR).findings).toEqual([]);
    expect(only(unpaid(), PLACED + 6 * HOUR, { ...defaults, remindHours: 6 }).evidence['suggestion']).toBe('remind');
  });
});

describe('unpaid-stale: second step, cancelling', () => {
  it('suggests cancelling exactly at the auto-close time, still P3', () => {
    const f = only(unpaid(), PLACED + 72 * HOUR);
    expect(f.severity).toBe('P3');
    expect(f.dueAt).toBe(PLACED + 72 * HOUR);
    expect(f.evidence['suggestion']).toBe('cancel');
    expect(f.explanation).toEqual({
      en: 'Still unpaid past the 72 h after which Taobao orders can be closed: cancel it to release the stock.',
      zh: '仍未付款，已超过淘宝 72 小时的关闭时限：建议取消订单以释放库存。',
    });
  });

  it("uses eBay's 4 calendar days (96 h) before suggesting to cancel", () => {
    const order = unpaid({ marketplace: 'ebay', orderId: '12-34567-89012', statusRaw: 'Awaiting payment', money: { currency: 'USD', paid: 25 } });
    expect(only(order, PLACED + 96 * HOUR - MINUTE).evidence['suggestion']).toBe('remind');
    const f = only(order, PLACED + 96 * HOUR);
    expect(f.evidence).toMatchObject({ suggestion: 'cancel', cancelHours: 96, cancelHoursSource: 'platform rule', orderTotal: 25 });
    expect(f.explanation.en).toBe('Still unpaid past the 96 h after which eBay orders can be closed: cancel it to release the stock.');
  });

  it("uses the seller's hours for that marketplace over the table", () => {
    const settings = { ...defaults, cancelHoursByMarketplace: { taobao: 48 } };
    const f = only(unpaid(), PLACED + 48 * HOUR, settings);
    expect(f.dueAt).toBe(PLACED + 48 * HOUR);
    expect(f.evidence).toMatchObject({ suggestion: 'cancel', cancelHours: 48, cancelHoursSource: 'your setting' });
    // Another marketplace's override leaves this one on the table.
    expect(only(unpaid(), PLACED + 48 * HOUR, { ...defaults, cancelHoursByMarketplace: { jd: 48 } }).evidence['suggestion']).toBe('remind');
  });

  it('suggests cancelling straight away when the seller sets it below the reminder time', () => {
    const settings = { ...defaults, cancelHoursByMarketplace: { taobao: 12 } };
    expect(run(unpaid(), PLACED + 12 * HOUR - MINUTE, settings)).toEqual({ findings: [] });
    expect(only(unpaid(), PLACED + 12 * HOUR, settings).evidence['suggestion']).toBe('cancel');
  });
});

describe('unpaid-stale: orders it leaves alone', () => {
  it('ignores paid, shipped, cancelled and closed orders', () => {
    for (const status of ['awaiting_shipment', 'shipped', 'cancelled', 'completed', 'unknown'] as const) {
      expect(run(unpaid({ status }), PLACED + 100 * HOUR)).toEqual({ findings: [] });
    }
  });

  it('ignores an order with a payment time even if the status text still says unpaid', () => {
    expect(run(unpaid({ paidAt: PLACED + HOUR }), PLACED + 100 * HOUR)).toEqual({ findings: [] });
  });

  it('reads English consoles the same way (status text does not matter, the canonical status does)', () => {
    const order = unpaid({ marketplace: 'shopify', orderId: '#1042', statusRaw: 'Payment pending', money: { currency: 'USD', paid: 48 } });
    expect(only(order, PLACED + 30 * HOUR).explanation).toEqual({
      en: 'Placed at least 24 h ago and still unpaid: send a payment reminder (cancelling is suggested at 72 h on Shopify).',
      zh: '下单已 24 小时以上仍未付款：可发送付款提醒（Shopify订单满 72 小时建议取消）。',
    });
  });
});

describe('unpaid-stale: elapsed hours across a DST change', () => {
  it('counts real hours over the US fall-back night (2026-11-01, America/Los_Angeles)', () => {
    // Placed 2026-10-31 09:00 PDT; 24 h later is 2026-11-01 08:00 PST, an hour before the same wall time.
    const placed = Date.UTC(2026, 9, 31, 16, 0);
    const order = unpaid({ marketplace: 'amazon', orderId: '112-0000000-0000001', statusRaw: 'Pending', placedAt: placed, money: { currency: 'USD', paid: 30 } });
    const sameWallTimeNextDay = Date.UTC(2026, 10, 1, 17, 0); // 2026-11-01 09:00 PST = 25 h later
    expect(run(order, Date.UTC(2026, 10, 1, 16, 0) - MINUTE)).toEqual({ findings: [] });
    const f = only(order, Date.UTC(2026, 10, 1, 16, 0));
    expect(f.dueAt).toBe(placed + 72 * HOUR);
    expect(only(order, sameWallTimeNextDay)).toEqual(f);
  });
});

describe('unpaid-stale: findings hold still between thresholds (the alarm rewrites them only there)', () => {
  const between = (order: Order, since: number, now: number, settings = defaults) => unpaidStale.changesWithTime.between(settings, { since, now })(order);

  it('gives the same finding at two times of one step, and another once cancelling is suggested', () => {
    const remind = only(unpaid(), PLACED + 25 * HOUR);
    expect(only(unpaid(), PLACED + 71 * HOUR)).toEqual(remind);
    const cancel = only(unpaid(), PLACED + 72 * HOUR);
    expect(cancel).not.toEqual(remind);
    expect(only(unpaid(), PLACED + 500 * HOUR)).toEqual(cancel);
  });

  it('judges an unpaid order again only when its reminder or auto-close time falls in (since, now]', () => {
    expect(between(unpaid(), PLACED + 24 * HOUR - MINUTE, PLACED + 24 * HOUR)).toBe(true);
    expect(between(unpaid(), PLACED + 24 * HOUR, PLACED + 72 * HOUR - MINUTE)).toBe(false);
    expect(between(unpaid(), PLACED + 71 * HOUR, PLACED + 72 * HOUR)).toBe(true);
    expect(between(unpaid(), PLACED + 72 * HOUR, PLACED + 900 * HOUR)).toBe(false);
    expect(between(unpaid(), PLACED + 47 * HOUR, PLACED + 48 * HOUR, { ...defaults, cancelHoursByMarketplace: { taobao: 48 } })).toBe(true);
    expect(between(unpaid({ marketplace: 'ebay' }), PLACED + 95 * HOUR, PLACED + 96 * HOUR)).toBe(true);
    expect(between(unpaid({ paidAt: PLACED + HOUR }), PLACED, PLACED + 100 * HOUR)).toBe(false);
  });
});
