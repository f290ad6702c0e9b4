import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { REFUND_AUTO_DECISION_HOURS } from '../../lib/detectors/platform-rules';
import { refundPending } from '../../lib/detectors/refund-pending';
import { DEFAULT_SETTINGS, Finding, MARKETPLACES, type Order, orderKey } from '../../lib/schema';
import { HOUR, MINUTE, makeOrder } from './make-order';

const PAID = Date.UTC(2026, 10, 20, 6, 0);
const REQUESTED = PAID + 4 * HOUR;
const DAY = 24 * HOUR;
const defaults = DEFAULT_SETTINGS.detectors['refund-pending'];
const refund = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
  makeOrder({ placedAt: PAID, paidAt: PAID, status: 'refund_requested', statusRaw: '退款中', requestedAt: REQUESTED, refundRequested: 30, ...overrides });

function run(order: Order, now: number, settings = defaults, statusSince = new Map<string, number>()) {
  const result = refundPending.run(order, buildContext([order], { statusSince }), now, settings);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}
const only = (order: Order, now: number, settings = defaults, statusSince = new Map<string, number>()) => {
  const { findings, silence } = run(order, now, settings, statusSince);
  expect(silence).toBeUndefined();
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('refund-pending: the clock to the platform’s automatic decision', () => {
  it('has a rule for every marketplace', () => {
    expect(Object.keys(REFUND_AUTO_DECISION_HOURS).sort()).toEqual([...MARKETPLACES].sort());
  });

  it('warns exactly 12 h before Taobao agrees on its own (48 h before shipping), not a minute earlier', () => {
    expect(run(refund(), REQUESTED + 36 * HOUR - MINUTE)).toEqual({ findings: [] });
    const f = only(refund(), REQUESTED + 36 * HOUR);
    expect(f.severity).toBe('P2');
    expect(f.dueAt).toBe(REQUESTED + 48 * HOUR);
    expect(f.evidence).toEqual({
      requestedAt: '2026-11-20T10:00:00.000Z',
      requestedAtSource: 'console',
      stage: 'before shipping',
      decisionAt: '2026-11-22T10:00:00.000Z',
      decisionHours: 48,
      decisionRule: 'platform auto-decision',
      hoursLeft: 12,
      amountAtStake: 30,
    });
    expect(f.explanation).toEqual({
      en: 'Refund of ¥30.00 requested 36 h ago; Taobao agrees to it automatically in 12 h (48 h rule before shipping) — answer the buyer first.',
      zh: '买家 36 小时前申请退款 ¥30.00，淘宝将在 12 小时后自动同意（发货前 48 小时规则），请先处理。',
    });
  });

  it('is P1 at the decision time and after it', () => {
    const at = only(refund(), REQUESTED + 48 * HOUR);
    expect(at.severity).toBe('P1');
    expect(at.evidence['hoursOverdue']).toBe(0);
    expect(at.explanation).toEqual({
      en: "Refund of ¥30.00 requested 48 h ago; Taobao's 48 h limit before shipping ran out just now — it may already be agreed automatically.",
      zh: '买家 48 小时前申请退款 ¥30.00，淘宝发货前 48 小时处理时限刚到，平台可能已自动同意。',
    });
    const late = only(refund(), REQUESTED + 48 * HOUR + MINUTE);
    expect(late.severity).toBe('P1');
    expect(late.evidence['hoursOverdue']).toBe(0.02);
    expect(only(refund(), REQUESTED + 48 * HOUR - MINUTE).severity).toBe('P2');
  });

  it('gives Taobao 5 days once the parcel has left (tracking number shown)', () => {
    const shipped = refund({ trackingNo: 'YT1234567890123' });
    expect(run(shipped, REQUESTED + 108 * HOUR - MINUTE)).toEqual({ findings: [] });
    const f = only(shipped, REQUESTED + 108 * HOUR);
    expect(f.evidence).toMatchObject({ stage: 'after shipping', decisionHours: 120, hoursLeft: 12 });
  });

  it('puts the whole paid amount at stake when no refund amount is shown', () => {
    expect(only(refund({ refundRequested: undefined }), REQUESTED + 40 * HOUR).evidence['amountAtStake']).toBe(59.8);
  });

  it('says a platform without an automatic decision only has a 48 h reply target', () => {
    const order = refund({ marketplace: 'shopify', money: { currency: 'USD', paid: 25 }, refundRequested: undefined, statusRaw: 'Refund requested' });
    const f = only(order, REQUESTED + 40 * HOUR);
    expect(f.evidence['decisionRule']).toBe('reply target');
    expect(f.explanation).toEqual({
      en: 'Refund of $25.00 requested 40 h ago; Shopify does not decide on its own; the 48 h reply target ends in 8 h.',
      zh: '买家 40 小时前申请退款 $25.00，Shopify不会自动处理，48 小时回复目标还剩 8 小时。',
    });
  });

  it("uses the seller's hours for a marketplace over the table", () => {
    const f = only(refund(), REQUESTED + 25 * HOUR, { ...defaults, hoursByMarketplace: { taobao: 24 } });
    expect(f.severity).toBe('P1');
    expect(f.evidence['decisionRule']).toBe('your setting');
    expect(f.explanation.en).toBe('Refund of ¥30.00 requested 25 h ago; your 24 h limit for Taobao ran out 1 h ago.');
    expect(f.explanation.zh).toBe('买家 25 小时前申请退款 ¥30.00，你为淘宝设定的 24 小时时限已过 1 小时。');
  });

  it('gives eBay returns 72 h (3 business days at the shortest)', () => {
    const order = refund({ marketplace: 'ebay', money: { currency: 'USD', paid: 40 }, refundRequested: undefined, status: 'return_requested', statusRaw: 'Return requested' });
    const f = only(order, REQUESTED + 60 * HOUR);
    expect(f.evidence).toMatchObject({ stage: 'after shipping', decisionHours: 72, hoursLeft: 12 });
    expect(f.explanation.en).toBe('Return of $40.00 requested 60 h ago; eBay agrees to it automatically in 12 h (72 h rule after shipping) — answer the buyer first.');
  });

  it('counts Amazon’s 24 h in real hours across the end of US daylight time (2026-11-01)', () => {
    const requestedAt = Date.UTC(2026, 9, 31, 20, 0); // 13:00 PDT; 24 h later is 12:00 PST
    const order = refund({ marketplace: 'amazon', money: { currency: 'USD', paid: 25 }, refundRequested: undefined, status: 'return_requested', statusRaw: 'Return requested', requestedAt });
    const f = only(order, Date.UTC(2026, 10, 1, 20, 0));
    expect(f.severity).toBe('P1');
    expect(f.evidence['decisionAt']).toBe('2026-11-01T20:00:00.000Z');
    expect(f.evidence['hoursOverdue']).toBe(0);
  });

  it('counts from when the request was first seen, and otherwise says what is missing', () => {
    const order = refund({ requestedAt: undefined });
    const seen = PAID + 6 * HOUR;
    const f = only(order, seen + 40 * HOUR, defaults, new Map([[orderKey(order), seen]]));
    expect(f.evidence['requestedAtSource']).toBe('first observed');
    expect(f.explanation.en).toBe('Refund request of ¥30.00 first seen 40 h ago; Taobao agrees to it automatically in 8 h (48 h rule before shipping) — answer the buyer first.');
    expect(f.explanation.zh).toBe('40 小时前首次看到退款申请 ¥30.00，淘宝将在 8 小时后自动同意（发货前 48 小时规则），请先处理。');
    expect(run(order, seen + 40 * HOUR)).toEqual({ findings: [], silence: 'no request time shown or observed' });
  });

  it('leaves a cancellation filed as a refund to cancel-pending, and closed orders alone', () => {
    expect(run(refund({ statusRaw: '买家申请取消' }), REQUESTED + 50 * HOUR)).toEqual({ findings: [] });
    for (const status of ['cancelled', 'refunded', 'completed', 'awaiting_shipment'] as const) {
      expect(run(refund({ status }), REQUESTED + 50 * HOUR)).toEqual({ findings: [] });
    }
  });
});

describe('refund-pending: a returned parcel not refunded', () => {
  const RETURNED = PAID + 5 * DAY;
  const returned = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
    makeOrder({ placedAt: PAID, paidAt: PAID, status: 'returned', statusRaw: '退货已签收', ...overrides });
  const seen = (order: Order) => new Map([[orderKey(order), RETURNED]]);

  it('warns 12 h before the 7-day window ends and is P1 when it has', () => {
    const order = returned();
    expect(run(order, RETURNED + 7 * DAY - 12 * HOUR - MINUTE, defaults, seen(order))).toEqual({ findings: [] });
    const warn = only(order, RETURNED + 7 * DAY - 12 * HOUR, defaults, seen(order));
    expect(warn.severity).toBe('P2');
    expect(warn.dueAt).toBe(RETURNED + 7 * DAY);
    expect(warn.evidence).toEqual({
      returnedAt: '2026-11-25T06:00:00.000Z',
      returnWindowDays: 7,
      refundDueAt: '2026-12-02T06:00:00.000Z',
      hoursLeft: 12,
      amountAtStake: 59.8,
    });
    expect(warn.explanation).toEqual({
      en: 'Returned parcel first seen 156 h ago with no refund shown; your 7-day return window ends in 12 h — refund ¥59.80 or tell the buyer why not.',
      zh: '156 小时前首次看到退回的包裹，尚未显示退款；你的 7 天退货处理时限还剩 12 小时，请退款 ¥59.80 或告知买家原因。',
    });
    const late = only(order, RETURNED + 7 * DAY + HOUR, defaults, seen(order));
    expect(late.severity).toBe('P1');
    expect(late.explanation.en).toBe('Returned parcel first seen 169 h ago with no refund shown; your 7-day return window ran out 1 h ago — refund ¥59.80 or tell the buyer why not.');
  });

  it('is quiet once a refund is shown, and says when the return was never observed', () => {
    const refunded = returned({ money: { refunded: 59.8 } });
    expect(run(refunded, RETURNED + 8 * DAY, defaults, seen(refunded))).toEqual({ findings: [] });
    expect(run(returned(), RETURNED + 8 * DAY)).toEqual({ findings: [], silence: 'return arrival not observed' });
  });

  it('follows the return window setting', () => {
    const order = returned();
    const settings = { ...defaults, returnWindowDays: 3 };
    expect(only(order, RETURNED + 3 * DAY, settings, seen(order)).severity).toBe('P1');
  });
});
