import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { isNeedsTrackingEvents, needsTrackingEvents, trackingStalled } from '../../lib/detectors/tracking-stalled';
import { Finding, type Order, orderKey } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, MINUTE, makeOrder } from './make-order';

const SHIPPED = Date.UTC(2026, 10, 20, 6, 0);
const LAST_SCAN = Date.UTC(2026, 10, 21, 2, 30);
const DAY = 24 * HOUR;
const defaults = DEFAULT_SETTINGS.detectors['tracking-stalled'];
const inTransit = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
  makeOrder({
    status: 'shipped',
    statusRaw: '卖家已发货',
    shippedAt: SHIPPED,
    lastTrackingAt: LAST_SCAN,
    trackingEvent: '快件已到达【杭州转运中心】',
    carrier: '中通快递',
    trackingNo: '75312345678901',
    ...overrides,
  });

function run(order: Order, now: number, settings = defaults, statusSince = new Map<string, number>()) {
  const result = trackingStalled.run(order, buildContext([order], { statusSince }), now, settings);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}
const only = (order: Order, now: number, settings = defaults, statusSince = new Map<string, number>()) => {
  const { findings } = run(order, now, settings, statusSince);
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('tracking-stalled: stalled, then suspected lost', () => {
  it('stays quiet one minute before 3 days without movement', () => {
    expect(run(inTransit(), LAST_SCAN + 3 * DAY - MINUTE)).toEqual({ findings: [] });
  });

  it('is P2 stalled exactly at 3 days, due when it would count as lost', () => {
    expect(only(inTransit(), LAST_SCAN + 3 * DAY)).toEqual({
      detector: 'tracking-stalled',
      marketplace: 'taobao',
      orderId: '1001',
      severity: 'P2',
      dueAt: LAST_SCAN + 7 * DAY,
      evidence: {
        stage: 'stalled',
        lastMovementAt: '2026-11-21T02:30:00.000Z',
        lastMovementSource: 'tracking',
        stalledDays: 3,
        lostDays: 7,
        crossBorder: null,
        trackingExpired: false,
        expireDays: 30,
        trackingEvent: '快件已到达【杭州转运中心】',
        carrier: '中通快递',
        trackingNo: '75312345678901',
      },
      explanation: {
        en: 'No tracking movement for at least 3 days (中通快递 75312345678901): stalled (from 3 days), suspected lost at 7 days for a domestic parcel.',
        zh: '物流已 3 天以上无更新（中通快递 75312345678901）：包裹停滞（3 天起算），国内包裹满 7 天视为疑似丢失。',
      },
    });
  });

  it('is P2 one minute before 7 days, P1 suspected lost exactly at 7 days (domestic)', () => {
    expect(only(inTransit(), LAST_SCAN + 7 * DAY - MINUTE).severity).toBe('P2');
    const f = only(inTransit(), LAST_SCAN + 7 * DAY);
    expect(f.severity).toBe('P1');
    expect(f.evidence['stage']).toBe('suspected lost');
    expect(f.explanation).toEqual({
      en: 'No tracking movement for at least 7 days (中通快递 75312345678901): suspected lost (from 7 days for a domestic parcel) — ask the carrier to trace it before tracking expires at 30 days.',
      zh: '物流已 7 天以上无更新（中通快递 75312345678901）：疑似丢失（国内包裹 7 天起算），请在物流信息 30 天失效前联系快递查件。',
    });
  });

  it('waits 20 days before calling a cross-border parcel lost', () => {
    const order = inTransit({
      marketplace: 'etsy',
      orderId: '3141592653',
      statusRaw: 'Shipped',
      crossBorder: true,
      carrier: 'USPS',
      trackingNo: 'LZ123456789US',
      trackingEvent: 'Departed USPS Regional Facility',
      money: { currency: 'USD', paid: 42 },
    });
    expect(only(order, LAST_SCAN + 8 * DAY).severity).toBe('P2');
    expect(only(order, LAST_SCAN + 20 * DAY - MINUTE).severity).toBe('P2');
    const f = only(order, LAST_SCAN + 20 * DAY);
    expect(f.severity).toBe('P1');
    expect(f.dueAt).toBe(LAST_SCAN + 20 * DAY);
    expect(f.evidence).toMatchObject({ lostDays: 20, crossBorder: true, trackingEvent: 'Departed USPS Regional Facility' });
    expect(f.explanation.en).toBe(
      'No tracking movement for at least 20 days (USPS LZ123456789US): suspected lost (from 20 days for a cross-border parcel) — ask the carrier to trace it before tracking expires at 30 days.',
    );
    expect(only(order, LAST_SCAN + 8 * DAY).explanation.zh).toBe('物流已 3 天以上无更新（USPS LZ123456789US）：包裹停滞（3 天起算），跨境包裹满 20 天视为疑似丢失。');
  });

  it('says the tracking has expired from 30 days without information', () => {
    expect(only(inTransit(), LAST_SCAN + 30 * DAY - MINUTE).evidence['trackingExpired']).toBe(false);
    const f = only(inTransit(), LAST_SCAN + 30 * DAY);
    expect(f.evidence['trackingExpired']).toBe(true);
    expect(f.explanation).toEqual({
      en: 'No tracking movement for at least 30 days (中通快递 75312345678901): suspected lost (from 7 days for a domestic parcel), and tracking expires after 30 days without information — claim from the carrier.',
      zh: '物流已 30 天以上无更新（中通快递 75312345678901）：疑似丢失（国内包裹 7 天起算），且物流信息超过 30 天无更新即失效，请向快递索赔。',
    });
  });

  it('follows the seller’s thresholds', () => {
    const settings = { ...defaults, stalledDays: 2, lostDaysDomestic: 5 };
    expect(only(inTransit(), LAST_SCAN + 2 * DAY, settings).severity).toBe('P2');
    expect(only(inTransit(), LAST_SCAN + 5 * DAY, settings).severity).toBe('P1');
  });
});

describe('tracking-stalled: no alarm without tracking events', () => {
  const silent = { findings: [], silence: "needs tracking events: the console shows them on the order's 查看物流 (logistics) page, which Order Sentinel does not read yet" };

  it('stays silent on a parcel shipped 30 days ago whose status never changed, when no tracking time is shown', () => {
    const order = inTransit({ lastTrackingAt: undefined, trackingEvent: undefined });
    const statusSince = new Map([[orderKey(order), SHIPPED + 2 * HOUR]]);
    expect(run(order, SHIPPED + 30 * DAY, defaults, statusSince)).toEqual(silent);
    expect(run(order, SHIPPED + 8 * DAY)).toEqual(silent);
  });

  it('says where each console shows the trace, and whether Order Sentinel reads it there, in English and Chinese', () => {
    const silence = (marketplace: Order['marketplace']) => run(inTransit({ marketplace, lastTrackingAt: undefined }), SHIPPED + 8 * DAY).silence;
    expect(silence('pinduoduo')).toBe("needs tracking events: open the order's detail page: its tracking is read there");
    expect(silence('shopify')).toBe("needs tracking events: none came with the Orders page's own data for this parcel yet");
    expect(silence('tmall')).toBe(silence('taobao'));
    expect(silence('amazon')).toBe("needs tracking events: the console shows them on an order's detail page, which Order Sentinel does not read yet");
    expect(silence('woocommerce')).toBe('needs tracking events: this console does not show them');
    expect(silence('custom')).toBe('needs tracking events: none has been read for this parcel');
    expect(needsTrackingEvents('taobao').zh).toBe('需要物流轨迹：后台在订单的“查看物流”页显示，订单哨兵暂未读取该页面');
    expect(needsTrackingEvents('pinduoduo').zh).toBe('需要物流轨迹：打开订单详情页即可读取物流');
    expect(needsTrackingEvents('ebay').zh).toBe('需要物流轨迹：后台在订单详情页显示，订单哨兵暂未读取该页面');
    expect(needsTrackingEvents('custom').zh).toBe('需要物流轨迹：尚未读到此包裹的物流轨迹');
    expect([silence('jd'), silence('douyin'), silence('etsy'), silence('ebay')].every((s) => s !== undefined && isNeedsTrackingEvents(s))).toBe(true);
    expect(isNeedsTrackingEvents('no request time shown or observed')).toBe(false);
  });

  it('stays silent without a shipping time or carrier either, and says why', () => {
    const order = inTransit({ lastTrackingAt: undefined, shippedAt: undefined, carrier: undefined, trackingNo: undefined });
    expect(run(order, SHIPPED + 30 * DAY)).toEqual(silent);
  });

  it('measures from the tracking time, not from when the shipped status was first seen', () => {
    const order = inTransit();
    const statusSince = new Map([[orderKey(order), SHIPPED]]);
    // 3 days after the status was seen, but under 3 days since the last scan.
    expect(run(order, SHIPPED + 3 * DAY, defaults, statusSince)).toEqual({ findings: [] });
    expect(only(order, LAST_SCAN + 3 * DAY, defaults, statusSince).evidence).toMatchObject({ lastMovementSource: 'tracking', lastMovementAt: '2026-11-21T02:30:00.000Z' });
  });

  it('leaves delivered, completed, cancelled and unshipped orders alone', () => {
    expect(run(inTransit({ deliveredAt: LAST_SCAN + DAY }), LAST_SCAN + 10 * DAY)).toEqual({ findings: [] });
    for (const status of ['delivered', 'completed', 'cancelled', 'awaiting_shipment', 'returned'] as const) {
      expect(run(inTransit({ status }), LAST_SCAN + 10 * DAY)).toEqual({ findings: [] });
    }
  });
});

describe('tracking-stalled: days across a DST change', () => {
  it('counts 3 days as 72 elapsed hours over the US spring-forward night (America/Los_Angeles, 2026-03-08)', () => {
    // Last scan 2026-03-07 10:00 PST; 72 h later is 2026-03-10 11:00 PDT on the wall clock.
    const scan = Date.UTC(2026, 2, 7, 18, 0);
    const order = inTransit({ marketplace: 'amazon', orderId: '112-0000000-0000003', statusRaw: 'Shipped', lastTrackingAt: scan, carrier: 'UPS', trackingNo: '1Z999AA10123456784', money: { currency: 'USD', paid: 30 } });
    const stalledAt = Date.UTC(2026, 2, 10, 18, 0);
    expect(run(order, stalledAt - MINUTE)).toEqual({ findings: [] });
    const f = only(order, stalledAt);
    expect(f.evidence['stage']).toBe('stalled');
    expect(f.dueAt).toBe(Date.UTC(2026, 2, 14, 18, 0));
  });
});

describe('tracking-stalled: findings hold still between thresholds (the alarm rewrites them only there)', () => {
  const between = (order: Order, since: number, now: number, settings = defaults) =>
    trackingStalled.changesWithTime.between(settings, { since, now })(order);

  it('gives the same finding at two times of one phase, and another once a threshold passes', () => {
    const stalled = only(inTransit(), LAST_SCAN + 3 * DAY + MINUTE);
    expect(only(inTransit(), LAST_SCAN + 7 * DAY - MINUTE)).toEqual(stalled);
    const lost = only(inTransit(), LAST_SCAN + 7 * DAY);
    expect(lost).not.toEqual(stalled);
    expect(only(inTransit(), LAST_SCAN + 30 * DAY - MINUTE)).toEqual(lost);
    expect(only(inTransit(), LAST_SCAN + 30 * DAY)).not.toEqual(lost);
  });

  it('judges a parcel again only when the stalled, lost or expiry threshold falls in (since, now]', () => {
    const at = (days: number) => LAST_SCAN + days * DAY;
    expect(between(inTransit(), at(3) - MINUTE, at(3))).toBe(true);
    expect(between(inTransit(), at(3), at(3) + MINUTE)).toBe(false);
    expect(between(inTransit(), at(4), at(6))).toBe(false);
    expect(between(inTransit(), at(6), at(7))).toBe(true);
    expect(between(inTransit(), at(8), at(29))).toBe(false);
    expect(between(inTransit(), at(29), at(31))).toBe(true);
    // Cross-border parcels are lost at 20 days, not 7.
    expect(between(inTransit({ crossBorder: true }), at(6), at(8))).toBe(false);
    expect(between(inTransit({ crossBorder: true }), at(19), at(20))).toBe(true);
    expect(between(inTransit({ deliveredAt: at(1) }), at(2), at(4))).toBe(false);
  });

  it('never judges again a parcel without a tracking time: its silence does not change with the clock', () => {
    const order = inTransit({ lastTrackingAt: undefined, trackingEvent: undefined });
    expect(between(order, SHIPPED + 3 * DAY - MINUTE, SHIPPED + 3 * DAY)).toBe(false);
    expect(between(order, SHIPPED, SHIPPED + 60 * DAY)).toBe(false);
    expect(trackingStalled.changesWithTime.filter()(order)).toBe(false);
    expect(trackingStalled.changesWithTime.filter()(inTransit())).toBe(true);
  });
});
