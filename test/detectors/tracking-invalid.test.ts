import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { CARRIER_FORMATS, carrierFormat, carrierKey } from '../../lib/detectors/platform-rules';
import { trackingInvalid } from '../../lib/detectors/tracking-invalid';
import { Finding, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, MINUTE, makeOrder } from './make-order';

const SHIPPED = Date.UTC(2026, 10, 20, 6, 0);
const defaults = DEFAULT_SETTINGS.detectors['tracking-invalid'];
const shipped = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
  makeOrder({
    status: 'shipped',
    statusRaw: '卖家已发货',
    shippedAt: SHIPPED,
    carrier: '顺丰速运',
    trackingNo: 'SF1311890443946',
    firstScanAt: SHIPPED + 2 * HOUR,
    trackingEvent: '顺丰速运 已收取快件',
    ...overrides,
  });

function run(order: Order, now: number, settings = defaults, others: Order[] = []) {
  const result = trackingInvalid.run(order, buildContext([order, ...others]), now, settings);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}
const only = (order: Order, now: number, settings = defaults, others: Order[] = []) => {
  const { findings } = run(order, now, settings, others);
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('tracking-invalid: carrier formats', () => {
  const valid: Array<[string, string]> = [
    ['顺丰', 'SF1311890443946'],
    ['顺丰速运', 'sf 131189044394'],
    ['SF Express', '123456789012'],
    ['中通快递', '75312345678901'],
    ['中通', '731234567890'],
    ['圆通速递', 'YT7501234567890'],
    ['申通快递', '773123456789012'],
    ['韵达快递', '4312345678901'],
    ['极兔速递', 'JT0001234567890'],
    ['EMS', 'EA123456789CN'],
    ['中国邮政', '9812345678901'],
    ['京东物流', 'JDVA12345678901'],
    ['UPS', '1Z999AA10123456784'],
    ['USPS', '9400 1118 9922 3197 4284 90'],
    ['USPS', 'LZ123456789US'],
    ['FedEx', '123456789012'],
    ['FedEx', '612999123456789'],
    ['DHL', '1234567890'],
    ['DHL Express', '12-3456-7890'],
  ];
  it.each(valid)('accepts a %s number %s', (carrier, trackingNo) => {
    expect(run(shipped({ carrier, trackingNo }), SHIPPED + 30 * HOUR)).toEqual({ findings: [] });
  });

  const invalid: Array<[string, string]> = [
    ['顺丰速运', 'SF12345'],
    ['中通快递', '75312345678'],
    ['韵达快递', '431234567890'],
    ['圆通速递', 'YT12'],
    ['极兔速递', 'JT12345'],
    ['京东', 'JD123'],
    ['UPS', '1Z999AA1012345678'],
    ['USPS', '940011189922'],
    ['FedEx', '1234567890'],
    ['DHL', '123456789'],
    ['EMS', 'EA123456789'],
  ];
  it.each(invalid)('calls a %s number %s malformed', (carrier, trackingNo) => {
    expect(only(shipped({ carrier, trackingNo }), SHIPPED + 30 * HOUR).evidence['check']).toBe('malformed');
  });

  it('names carriers without case, spaces or a generic suffix', () => {
    expect(carrierKey('顺丰速运')).toBe('顺丰');
    expect(carrierKey(' J&T Express ')).toBe('jt');
    expect(carrierFormat('DHL Express')?.name).toBe('DHL');
    expect(carrierFormat('Royal Mail')).toBeUndefined();
    // Every alias leads back to its own carrier (no alias shadowed by another carrier's).
    for (const format of CARRIER_FORMATS) for (const alias of format.aliases) expect(carrierFormat(alias), alias).toBe(format);
  });

  it('checks only that a number is there for a carrier it does not know', () => {
    expect(run(shipped({ carrier: 'Royal Mail', trackingNo: 'X' }), SHIPPED + 30 * HOUR)).toEqual({ findings: [] });
  });

  it('skips the format check when the seller turns it off', () => {
    expect(run(shipped({ trackingNo: 'SF12345' }), SHIPPED + 30 * HOUR, { ...defaults, checkFormat: false })).toEqual({ findings: [] });
  });

  it('explains a malformed number in both languages, P1, due a day after shipping', () => {
    expect(only(shipped({ trackingNo: 'SF12345' }), SHIPPED + 3 * HOUR)).toEqual({
      detector: 'tracking-invalid',
      marketplace: 'taobao',
      orderId: '1001',
      severity: 'P1',
      dueAt: SHIPPED + 24 * HOUR,
      evidence: {
        check: 'malformed',
        carrier: '顺丰速运',
        trackingNo: 'SF12345',
        expectedFormat: 'SF + 12–13 digits, or 12/15 digits',
        shippedAt: '2026-11-20T06:00:00.000Z',
        firstScanHours: 24,
        trackingEvent: '顺丰速运 已收取快件',
      },
      explanation: {
        en: 'Tracking number SF12345 does not look like a 顺丰速运 number (SF + 12–13 digits, or 12/15 digits): check it before it counts as fake shipping.',
        zh: '运单号 SF12345 不符合顺丰速运的格式（SF + 12–13 位数字，或 12/15 位数字）：请核对，以免被判虚假发货。',
      },
    });
  });
});

describe('tracking-invalid: a missing number', () => {
  it('is P1 when the carrier is shown but no number', () => {
    const f = only(shipped({ trackingNo: undefined }), SHIPPED + HOUR);
    expect(f.evidence).toMatchObject({ check: 'missing', trackingNo: null, carrier: '顺丰速运' });
    expect(f.explanation).toEqual({
      en: 'Marked shipped but no tracking number is shown: enter the real number before it counts as fake shipping.',
      zh: '已标记发货但没有运单号：请补录真实运单号，以免被判虚假发货。',
    });
  });

  it('treats a number without letters or digits as missing', () => {
    expect(only(shipped({ trackingNo: ' - ' }), SHIPPED + HOUR).evidence['check']).toBe('missing');
  });

  it('is P1 when other orders on the console show numbers but this one shows none', () => {
    const other = shipped({ orderId: '1002' });
    const f = only(shipped({ carrier: undefined, trackingNo: undefined }), SHIPPED + HOUR, defaults, [other]);
    expect(f.evidence['check']).toBe('missing');
  });

  it('is silent, with the reason, when the console shows no tracking numbers at all', () => {
    const other = shipped({ orderId: '1002', carrier: undefined, trackingNo: undefined });
    expect(run(shipped({ carrier: undefined, trackingNo: undefined }), SHIPPED + HOUR, defaults, [other])).toEqual({
      findings: [],
      silence: 'no tracking numbers shown on this console',
    });
  });

  it('counts only numbers shown on the same marketplace', () => {
    // A number on another platform's console says nothing about this console's columns.
    const elsewhere = shipped({ marketplace: 'pinduoduo', orderId: '261125-123456789012345' });
    const bare = shipped({ carrier: undefined, trackingNo: undefined });
    expect(run(bare, SHIPPED + HOUR, defaults, [elsewhere])).toEqual({ findings: [], silence: 'no tracking numbers shown on this console' });
    // Both marketplaces judged in one context: each gets its own answer.
    const ctx = buildContext([bare, elsewhere, shipped({ marketplace: 'pinduoduo', orderId: '261125-123456789012346', carrier: undefined, trackingNo: undefined })]);
    expect(trackingInvalid.run(bare, ctx, SHIPPED + HOUR, defaults).silence).toBe('no tracking numbers shown on this console');
    expect(trackingInvalid.run(ctx.orders[2]!, ctx, SHIPPED + HOUR, defaults).findings.map((f) => f.evidence['check'])).toEqual(['missing']);
  });

  it('is P3, without the fake-shipping warning, where the platform asks for no number (Shopify, WooCommerce)', () => {
    for (const marketplace of ['shopify', 'woocommerce'] as const) {
      const f = only(shipped({ marketplace, orderId: '#1001', statusRaw: 'Fulfilled', trackingNo: undefined, carrier: 'USPS' }), SHIPPED + HOUR);
      expect([f.severity, f.evidence['check']]).toEqual(['P3', 'missing']);
      expect(f.explanation).toEqual({
        en: 'Marked shipped without a tracking number: the buyer cannot follow the parcel. Add the number if it has one.',
        zh: '已标记发货但没有运单号：买家无法查询物流，如有运单号请补上。',
      });
    }
    // Amazon counts it in its Valid Tracking Rate: still urgent there.
    expect(only(shipped({ marketplace: 'amazon', orderId: '111-1234567-1234567', trackingNo: undefined, carrier: 'USPS' }), SHIPPED + HOUR).severity).toBe('P1');
  });

  it('notes that Pinduoduo deducts for fake tracking separately', () => {
    const order = shipped({ marketplace: 'pinduoduo', orderId: '261125-123456789012345', statusRaw: '已发货，待签收', trackingNo: undefined, carrier: '中通快递' });
    expect(only(order, SHIPPED + HOUR).evidence['platformPenalty']).toBe('pinduoduo fake tracking deduction');
    expect(only(shipped({ trackingNo: undefined }), SHIPPED + HOUR).evidence['platformPenalty']).toBeUndefined();
  });
});

describe('tracking-invalid: no first scan within 24 h', () => {
  const unscanned = (overrides: Parameters<typeof makeOrder>[0] = {}) =>
    shipped({ firstScanAt: undefined, trackingEvent: '商家已发货，等待快递揽收', ...overrides });

  it('stays quiet one minute before 24 h, is P1 exactly at 24 h', () => {
    expect(run(unscanned(), SHIPPED + 24 * HOUR - MINUTE)).toEqual({ findings: [] });
    const f = only(unscanned(), SHIPPED + 24 * HOUR);
    expect(f.dueAt).toBe(SHIPPED + 24 * HOUR);
    expect(f.evidence).toMatchObject({ check: 'no first scan', firstScanHours: 24, trackingEvent: '商家已发货，等待快递揽收' });
    expect(f.explanation).toEqual({
      en: 'No carrier scan within 24 h of shipping: platforms count the first scan as the shipping time, so check the parcel was handed over.',
      zh: '发货后 24 小时内快递仍未揽收：平台以揽收扫描为发货时间，请确认包裹已交给快递。',
    });
  });

  it('takes a tracking time as the sign that the console shows scans, in English too', () => {
    const order = unscanned({
      marketplace: 'ebay',
      orderId: '12-34567-89012',
      statusRaw: 'Shipped',
      carrier: 'USPS',
      trackingNo: '9400111899223197428490',
      trackingEvent: undefined,
      lastTrackingAt: SHIPPED,
      money: { currency: 'USD', paid: 25 },
    });
    expect(only(order, SHIPPED + 30 * HOUR).explanation.en).toBe(
      'No carrier scan within 24 h of shipping: platforms count the first scan as the shipping time, so check the parcel was handed over.',
    );
  });

  it('is silent, with the reason, when the console shows no scan information', () => {
    expect(run(unscanned({ trackingEvent: undefined }), SHIPPED + 48 * HOUR)).toEqual({ findings: [], silence: 'no scan information shown' });
  });

  it('is silent, with the reason, when no shipping time is shown', () => {
    expect(run(unscanned({ shippedAt: undefined }), SHIPPED + 48 * HOUR)).toEqual({ findings: [], silence: 'no shipping time shown' });
  });

  it('follows the first-scan setting', () => {
    expect(run(unscanned(), SHIPPED + 24 * HOUR, { ...defaults, firstScanHours: 48 })).toEqual({ findings: [] });
    expect(only(unscanned(), SHIPPED + 48 * HOUR, { ...defaults, firstScanHours: 48 }).evidence['check']).toBe('no first scan');
  });

  it('counts 24 elapsed hours across the US fall-back night (America/Los_Angeles, 2026-11-01)', () => {
    // Shipped 2026-10-31 18:00 PDT; 24 h later is 2026-11-01 17:00 PST on the wall clock.
    const at = Date.UTC(2026, 10, 1, 1, 0);
    const order = unscanned({ marketplace: 'amazon', orderId: '112-0000000-0000004', statusRaw: 'Shipped', shippedAt: at, carrier: 'UPS', trackingNo: '1Z999AA10123456784', money: { currency: 'USD', paid: 30 } });
    expect(run(order, Date.UTC(2026, 10, 2, 1, 0) - MINUTE)).toEqual({ findings: [] });
    expect(only(order, Date.UTC(2026, 10, 2, 1, 0)).dueAt).toBe(Date.UTC(2026, 10, 2, 1, 0));
  });
});

describe('tracking-invalid: orders it leaves alone', () => {
  it('ignores delivered, completed, cancelled and unshipped orders', () => {
    expect(run(shipped({ trackingNo: undefined, deliveredAt: SHIPPED + 48 * HOUR }), SHIPPED + 50 * HOUR)).toEqual({ findings: [] });
    for (const status of ['delivered', 'completed', 'cancelled', 'awaiting_shipment'] as const) {
      expect(run(shipped({ status, trackingNo: undefined }), SHIPPED + 50 * HOUR)).toEqual({ findings: [] });
    }
  });
});

describe('tracking-invalid: findings hold still between thresholds (the alarm rewrites them only there)', () => {
  const unscanned = shipped({ firstScanAt: undefined, trackingEvent: '商家已发货，等待快递揽收' });
  const between = (order: Order, since: number, now: number, settings = defaults) => trackingInvalid.changesWithTime.between(settings, { since, now })(order);

  it('gives the same finding 1 h and 10 days after the first scan was due, none before', () => {
    const f = only(unscanned, SHIPPED + 25 * HOUR);
    expect(only(unscanned, SHIPPED + 24 * HOUR + 10 * 24 * HOUR)).toEqual(f);
    expect(run(unscanned, SHIPPED + 24 * HOUR - MINUTE)).toEqual({ findings: [] });
    // A wrong number is the same finding at any time.
    expect(only(shipped({ trackingNo: 'SF12345' }), SHIPPED + 3 * HOUR)).toEqual(only(shipped({ trackingNo: 'SF12345' }), SHIPPED + 300 * HOUR));
  });

  it('judges an unscanned parcel again only when its first scan falls due in (since, now]', () => {
    expect(between(unscanned, SHIPPED + 24 * HOUR - MINUTE, SHIPPED + 24 * HOUR)).toBe(true);
    expect(between(unscanned, SHIPPED + 24 * HOUR, SHIPPED + 48 * HOUR)).toBe(false);
    expect(between(unscanned, SHIPPED, SHIPPED + 23 * HOUR)).toBe(false);
    expect(between(unscanned, SHIPPED + 40 * HOUR, SHIPPED + 49 * HOUR, { ...defaults, firstScanHours: 48 })).toBe(true);
    expect(between(shipped(), SHIPPED, SHIPPED + 48 * HOUR)).toBe(false);
    expect(between(shipped({ trackingNo: 'SF12345', firstScanAt: undefined }), SHIPPED - HOUR, SHIPPED + 48 * HOUR)).toBe(true);
  });
});
