import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { deliveryOverdue } from '../../lib/detectors/delivery-overdue';
import { Finding, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, MINUTE, makeOrder } from './make-order';

const SHIPPED = Date.UTC(2026, 10, 20, 6, 0);
const DELIVER_BY = Date.UTC(2026, 10, 23, 15, 59); // 2026-11-23 23:59 Beijing time
const DAY = 24 * HOUR;
const defaults = DEFAULT_SETTINGS.detectors['delivery-overdue'];
const inTransit = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
  makeOrder({
    status: 'shipped',
    statusRaw: '卖家已发货',
    paidAt: SHIPPED - 10 * HOUR,
    shippedAt: SHIPPED,
    deliverBy: DELIVER_BY,
    carrier: '顺丰速运',
    trackingNo: 'SF1311890443946',
    ...overrides,
  });

function run(order: Order, now: number, settings = defaults) {
  const result = deliveryOverdue.run(order, buildContext([order]), now, settings);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}
const only = (order: Order, now: number, settings = defaults) => {
  const { findings } = run(order, now, settings);
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('delivery-overdue: around the estimated delivery date', () => {
  it('stays quiet one minute before the date', () => {
    expect(run(inTransit(), DELIVER_BY - MINUTE)).toEqual({ findings: [] });
  });

  it('is P2 exactly at the date', () => {
    const f = only(inTransit(), DELIVER_BY);
    expect(f.severity).toBe('P2');
    expect(f.dueAt).toBe(DELIVER_BY + 3 * DAY);
    expect(f.explanation).toEqual({
      en: 'Shipped (顺丰速运 SF1311890443946) and not delivered: the estimated delivery date has passed (urgent from 3 days late).',
      zh: '已发货（顺丰速运 SF1311890443946）但未签收：已过预计送达时间（超过 3 天即为紧急）。',
    });
  });

  it('is P2 a day late, with the evidence and both sentences', () => {
    expect(only(inTransit(), DELIVER_BY + DAY + 12 * HOUR)).toEqual({
      detector: 'delivery-overdue',
      marketplace: 'taobao',
      orderId: '1001',
      severity: 'P2',
      dueAt: DELIVER_BY + 3 * DAY,
      evidence: {
        deliverBy: '2026-11-23T15:59:00.000Z',
        shippedAt: '2026-11-20T06:00:00.000Z',
        urgentAfterDays: 3,
        carrier: '顺丰速运',
        trackingNo: 'SF1311890443946',
      },
      explanation: {
        en: 'Shipped (顺丰速运 SF1311890443946) and not delivered: the estimated delivery date has passed (urgent from 3 days late).',
        zh: '已发货（顺丰速运 SF1311890443946）但未签收：已过预计送达时间（超过 3 天即为紧急）。',
      },
    });
  });

  it('says the same 5 h late as 1.5 days late: the pages count the time late from dueAt', () => {
    expect(only(inTransit(), DELIVER_BY + 5 * HOUR)).toEqual(only(inTransit(), DELIVER_BY + DAY + 12 * HOUR));
  });

  it('is still P2 one minute before 3 days late, P1 exactly at 3 days', () => {
    expect(only(inTransit(), DELIVER_BY + 3 * DAY - MINUTE).severity).toBe('P2');
    const f = only(inTransit(), DELIVER_BY + 3 * DAY);
    expect(f.severity).toBe('P1');
    expect(f.explanation).toEqual({
      en: 'Shipped (顺丰速运 SF1311890443946) and not delivered at least 3 days after the estimated delivery date, so it is urgent: ask the carrier to trace it.',
      zh: '已发货（顺丰速运 SF1311890443946）但超过预计送达时间 3 天以上仍未签收，已升级为紧急：请联系快递查件。',
    });
  });

  it('follows the urgent-after setting', () => {
    const settings = { ...defaults, urgentAfterDays: 1 };
    expect(only(inTransit(), DELIVER_BY + DAY - MINUTE, settings).severity).toBe('P2');
    const f = only(inTransit(), DELIVER_BY + DAY, settings);
    expect(f.severity).toBe('P1');
    expect(f.explanation.en).toBe(
      'Shipped (顺丰速运 SF1311890443946) and not delivered at least 1 day after the estimated delivery date, so it is urgent: ask the carrier to trace it.',
    );
  });
});

describe('delivery-overdue: what it needs and what it leaves alone', () => {
  it('is silent, with the reason, when no delivery date is shown', () => {
    expect(run(inTransit({ deliverBy: undefined }), DELIVER_BY + 10 * DAY)).toEqual({
      findings: [],
      silence: 'no estimated delivery date shown',
    });
  });

  it('ignores a parcel with a delivery time, and delivered, completed or cancelled orders', () => {
    expect(run(inTransit({ deliveredAt: DELIVER_BY + DAY }), DELIVER_BY + 5 * DAY)).toEqual({ findings: [] });
    for (const status of ['delivered', 'completed', 'cancelled', 'awaiting_shipment', 'refunded'] as const) {
      expect(run(inTransit({ status }), DELIVER_BY + 5 * DAY)).toEqual({ findings: [] });
    }
  });

  it('reads an English console without carrier details', () => {
    const order = inTransit({
      marketplace: 'ebay',
      orderId: '12-34567-89012',
      statusRaw: 'Shipped',
      carrier: undefined,
      trackingNo: undefined,
      shippedAt: undefined,
      money: { currency: 'USD', paid: 25 },
    });
    const f = only(order, DELIVER_BY + 2 * HOUR);
    expect(f.evidence).toMatchObject({ shippedAt: null, carrier: null, trackingNo: null });
    expect(f.explanation).toEqual({
      en: 'Shipped and not delivered: the estimated delivery date has passed (urgent from 3 days late).',
      zh: '已发货但未签收：已过预计送达时间（超过 3 天即为紧急）。',
    });
  });
});

describe('delivery-overdue: days late across a DST change', () => {
  it('counts 3 days as 72 elapsed hours over the US fall-back night (America/Los_Angeles, 2026-11-01)', () => {
    // Estimated delivery 2026-10-31 23:59 PDT. 72 h later is 2026-11-03 22:59 PST: one hour
    // earlier on the wall clock, because the night of 2026-11-01 had 25 hours.
    const deliverBy = Date.UTC(2026, 10, 1, 6, 59);
    const order = inTransit({ marketplace: 'amazon', orderId: '112-0000000-0000002', statusRaw: 'Shipped', deliverBy, carrier: 'USPS', trackingNo: '9400111899223197428490', money: { currency: 'USD', paid: 30 } });
    const urgentAt = Date.UTC(2026, 10, 4, 6, 59); // 2026-11-03 22:59 PST
    expect(only(order, urgentAt - MINUTE).severity).toBe('P2');
    const f = only(order, urgentAt);
    expect(f.severity).toBe('P1');
    expect(f.dueAt).toBe(urgentAt);
    expect(f.evidence['deliverBy']).toBe('2026-11-01T06:59:00.000Z');
  });
});

describe('delivery-overdue: findings hold still between thresholds (the alarm rewrites them only there)', () => {
  const between = (order: Order, since: number, now: number, settings = defaults) =>
    deliveryOverdue.changesWithTime.between(settings, { since, now })(order);

  it('gives the same finding at two times of one phase, and another once the parcel turns urgent', () => {
    const late = only(inTransit(), DELIVER_BY + MINUTE);
    expect(only(inTransit(), DELIVER_BY + 3 * DAY - MINUTE)).toEqual(late);
    const urgent = only(inTransit(), DELIVER_BY + 3 * DAY);
    expect(urgent).not.toEqual(late);
    expect(only(inTransit(), DELIVER_BY + 40 * DAY)).toEqual(urgent);
  });

  it('judges a parcel again only when the estimated date or the urgent time falls in (since, now]', () => {
    expect(between(inTransit(), DELIVER_BY - MINUTE, DELIVER_BY)).toBe(true);
    expect(between(inTransit(), DELIVER_BY, DELIVER_BY + MINUTE)).toBe(false);
    expect(between(inTransit(), DELIVER_BY + DAY, DELIVER_BY + 2 * DAY)).toBe(false);
    expect(between(inTransit(), DELIVER_BY + 2 * DAY, DELIVER_BY + 3 * DAY)).toBe(true);
    expect(between(inTransit(), DELIVER_BY + 3 * DAY, DELIVER_BY + 30 * DAY)).toBe(false);
    expect(between(inTransit(), DELIVER_BY + 12 * HOUR, DELIVER_BY + DAY, { ...defaults, urgentAfterDays: 0.5 })).toBe(false);
    expect(between(inTransit(), DELIVER_BY + 11 * HOUR, DELIVER_BY + DAY, { ...defaults, urgentAfterDays: 0.5 })).toBe(true);
    expect(between(inTransit({ deliverBy: undefined }), DELIVER_BY - DAY, DELIVER_BY + 9 * DAY)).toBe(false);
    expect(between(inTransit({ deliveredAt: DELIVER_BY }), DELIVER_BY - DAY, DELIVER_BY + 9 * DAY)).toBe(false);
  });
});
