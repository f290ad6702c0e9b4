import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { REFUND_AUTO_DECISION_HOURS } from '../../lib/detectors/platform-rules';
import { refundPending } from '../../lib/detectors/refund-pending';
import { Finding, MARKETPLACES, type Order, orderKey } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
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
      amountAtStake: 30,
    });
    expect(f.explanation).toEqual({
      en: 'Refund of ¥30.00 requested; Taobao agrees to it automatically in less than 12 h (48 h rule before shipping) — answer the buyer first.',
      zh: '买家申请退款 ¥30.00，淘宝将在不到 12 小时后自动同意（发货前 48 小时规则），请先处理。',
    });
  });

  it('keeps the same finding within a phase and changes it at the warning and the decision, which the alarm looks for', () => {
    const warning = only(refund(), REQUESTED + 36 * HOUR);
    expect(only(refund(), REQUESTED + 48 * HOUR - MINUTE)).toEqual(warning);
    const passed = only(refund(), REQUESTED + 48 * HOUR);
    expect(passed).not.toEqual(warning);
    expect(only(refund(), REQUESTED + 30 * DAY)).toEqual(passed);
    const between = (since: number, now: number, order = refund(), statusSince = new Map<string, number>()) =>
      refundPending.changesWithTime.between(defaults, { since, now }, buildContext([order], { statusSince }))(order);
    expect(between(REQUESTED + 36 * HOUR - MINUTE, REQUESTED + 36 * HOUR)).toBe(true);
    expect(between(REQUESTED + 36 * HOUR, REQUESTED + 48 * HOUR - MINUTE)).toBe(false);
    expect(between(REQUESTED + 48 * HOUR - MINUTE, REQUESTED + 48 * HOUR)).toBe(true);
    expect(between(REQUESTED + 48 * HOUR, REQUESTED + 30 * DAY)).toBe(false);
    // Without a request time the clock starts when the request was first seen.
    const seen = refund({ requestedAt: undefined });
    expect(between(PAID + 36 * HOUR - MINUTE, PAID + 36 * HOUR, seen, new Map([[orderKey(seen), PAID]]))).toBe(true);
    expect(between(PAID + 36 * HOUR - MINUTE, PAID + 36 * HOUR, seen)).toBe(false);
  });

  it('is P1 at the decision time and after it', () => {
    const at = only(refund(), REQUESTED + 48 * HOUR);
    expect(at.severity).toBe('P1');
    expect(at.explanation).toEqual({
      en: "Refund of ¥30.00 requested; Taobao's 48 h limit before shipping has run out — it may already be agreed automatically.",
      zh: '买家申请退款 ¥30.00，淘宝发货前 48 小时处理时限已过，平台可能已自动同意。',
    });
    const late = only(refund(), REQUESTED + 48 * HOUR + MINUTE);
    expect(late.severity).toBe('P1');
    expect(only(refund(), REQUESTED + 48 * HOUR - MINUTE).severity).toBe('P2');
  });

  it('gives Taobao 5 days once the parcel has left (tracking number shown)', () => {
    const shipped = refund({ trackingNo: 'YT1234567890123' });
    expect(run(shipped, REQUESTED + 108 * HOUR - MINUTE)).toEqual({ findings: [] });
    const f = only(shipped, REQUESTED + 108 * HOUR);
    expect(f.evidence).toMatchObject({ stage: 'after shipping', decisionHours: 120, decisionAt: '2026-11-25T10:00:00.000Z' });
  });

  it('puts the whole paid amount at stake when no refund amount is shown', () => {
    expect(only(refund({ refundRequested: undefined }), REQUESTED + 40 * HOUR).evidence['amountAtStake']).toBe(59.8);
  });

  it('says a platform without an automatic decision only has a 48 h reply target', () => {
    const order = refund({ marketplace: 'shopify', money: { currency: 'USD', paid: 25 }, refundRequested: undefined, statusRaw: 'Refund requested' });
    const f = only(order, REQUESTED + 40 * HOUR);
    expect(f.evidence['decisionRule']).toBe('reply target');
    expect(f.explanation).toEqual({
      en: 'Refund of $25.00 requested; Shopify does not decide on its own; the 48 h reply target ends in less than 12 h.',
      zh: '买家申请退款 $25.00，Shopify不会自动处理，距 48 小时回复目标已不到 12 小时。',
    });
    expect(only(order, REQUESTED + 50 * HOUR).explanation).toEqual({
      en: 'Refund of $25.00 requested; Shopify does not decide on its own; the 48 h reply target has run out.',
      zh: '买家申请退款 $25.00，Shopify不会自动处理，48 小时回复目标已过。',
    });
  });

  it("uses the seller's hours for a marketplace over the table", () => {
    const f = only(refund(), REQUESTED + 25 * HOUR, { ...defaults, hoursByMarketplace: { taobao: 24 } });
    expect(f.severity).toBe('P1');
    expect(f.evidence['decisionRule']).toBe('your setting');
    expect(f.explanation.en).toBe('Refund of ¥30.00 requested; your 24 h limit for Taobao has run out.');
    expect(f.explanation.zh).toBe('买家申请退款 ¥30.00，您为淘宝设定的 24 小时时限已过。');
    const warning = only(refund(), REQUESTED + 20 * HOUR, { ...defaults, hoursByMarketplace: { taobao: 24 } });
    expect(warning.explanation).toEqual({
      en: 'Refund of ¥30.00 requested; your 24 h limit for Taobao ends in less than 12 h.',
      zh: '买家申请退款 ¥30.00，距您为淘宝设定的 24 小时时限已不到 12 小时。',
    });
  });

  it('gives eBay returns 72 h (3 business days at the shortest)', () => {
    const order = refund({ marketplace: 'ebay', money: { currency: 'USD', paid: 40 }, refundRequested: undefined, status: 'return_requested', statusRaw: 'Return requested' });
    const f = only(order, REQUESTED + 60 * HOUR);
    expect(f.evidence).toMatchObject({ stage: 'after shipping', decisionHours: 72, decisionAt: '2026-11-23T10:00:00.000Z' });
    expect(f.explanation.en).toBe('Return of $40.00 requested; eBay agrees to it automatically in less than 12 h (72 h rule after shipping) — answer the buyer first.');
    expect(f.explanation.zh).toBe('买家申请退货退款 $40.00，eBay将在不到 12 小时后自动同意（发货后 72 小时规则），请先处理。');
  });

  it('counts Amazon’s 24 h in real hours across the end of US daylight time (2026-11-01)', () => {
    const requestedAt = Date.UTC(2026, 9, 31, 20, 0); // 13:00 PDT; 24 h later is 12:00 PST
    const order = refund({ marketplace: 'amazon', money: { currency: 'USD', paid: 25 }, refundRequested: undefined, status: 'return_requested', statusRaw: 'Return requested', requestedAt });
    const f = only(order, Date.UTC(2026, 10, 1, 20, 0));
    expect(f.severity).toBe('P1');
    expect(f.evidence['decisionAt']).toBe('2026-11-01T20:00:00.000Z');
    expect(f.dueAt).toBe(Date.UTC(2026, 10, 1, 20, 0));
  });

  it('counts from when the request was first seen, and otherwise says what is missing', () => {
    const order = refund({ requestedAt: undefined });
    const seen = PAID + 6 * HOUR;
    const f = only(order, seen + 40 * HOUR, defaults, new Map([[orderKey(order), seen]]));
    expect(f.evidence['requestedAtSource']).toBe('first observed');
    expect(f.dueAt).toBe(seen + 48 * HOUR);
    expect(f.explanation.en).toBe('Refund request of ¥30.00 (timed from when it was first seen); Taobao agrees to it automatically in less than 12 h (48 h rule before shipping) — answer the buyer first.');
    expect(f.explanation.zh).toBe('看到退款申请 ¥30.00（按首次看到的时间计算），淘宝将在不到 12 小时后自动同意（发货前 48 小时规则），请先处理。');
    expect(run(order, seen + 40 * HOUR)).toEqual({ findings: [], silence: 'no request time shown or observed' });
  });

  it('leaves a cancellation filed as a refund to cancel-pending, and closed orders alone', () => {
    expect(run(refund({ statusRaw: '买家申请取消' }), REQUESTED + 50 * HOUR)).toEqual({ findings: [] });
    for (const status of ['cancelled', 'refunded', 'completed', 'awaiting_shipment'] as const) {
      expect(run(refund({ status }), REQUESTED + 50 * HOUR)).toEqual({ findings: [] });
    }
  });
});

describe('refund-pending: a refund asked before shipping, cancel-pending\'s until the platform decides', () => {
  // Taobao's 已卖出的宝贝: 买家已付款 with 退款中 in the 售后 column.
  const beforeShipping = (overrides: Parameters<typeof makeOrder>[0] = {}) => refund({ statusRaw: '买家已付款 / 退款中', ...overrides });

  it('raises nothing while cancel-pending has it, even in its warning hours, and P1 once Taobao may have refunded it', () => {
    expect(run(beforeShipping(), REQUESTED + 36 * HOUR)).toEqual({ findings: [] });
    expect(run(beforeShipping(), REQUESTED + 48 * HOUR - MINUTE)).toEqual({ findings: [] });
    const f = only(beforeShipping(), REQUESTED + 48 * HOUR);
    expect([f.severity, f.dueAt, f.evidence['stage']]).toEqual(['P1', REQUESTED + 48 * HOUR, 'before shipping']);
    expect(f.explanation.en).toBe("Refund of ¥30.00 requested; Taobao's 48 h limit before shipping has run out — it may already be agreed automatically.");
    // Shipped, it was never a cancellation: the warning comes 12 h before the 5 days after shipping, whether a number
    // or only the order's own state (卖家已发货) says it left.
    const shipped = refund({ statusRaw: '卖家已发货 / 退款中', trackingNo: '75312345678901' });
    expect(only(shipped, REQUESTED + 108 * HOUR).severity).toBe('P2');
    const byWords = refund({ statusRaw: '卖家已发货 / 退款中' });
    expect(run(byWords, REQUESTED + 108 * HOUR - MINUTE)).toEqual({ findings: [] });
    const f2 = only(byWords, REQUESTED + 108 * HOUR);
    expect([f2.dueAt, f2.evidence['stage'], f2.evidence['decisionHours']]).toEqual([REQUESTED + 120 * HOUR, 'after shipping', 120]);
    // "Unshipped" is not shipped.
    expect(only(refund({ marketplace: 'amazon', money: { currency: 'USD', paid: 30 }, statusRaw: 'Unshipped · Refund requested' }), REQUESTED + 24 * HOUR).evidence['stage']).toBe('before shipping');
  });

  it("wakes at the platform's time even when the seller's own hours end first", () => {
    const settings = { ...defaults, hoursByMarketplace: { taobao: 24 } };
    expect(run(beforeShipping(), REQUESTED + 30 * HOUR, settings)).toEqual({ findings: [] });
    expect(only(beforeShipping(), REQUESTED + 48 * HOUR, settings).evidence['decisionRule']).toBe('your setting');
    const between = (since: number, now: number) => refundPending.changesWithTime.between(settings, { since, now }, buildContext([beforeShipping()]))(beforeShipping());
    expect(between(REQUESTED + 48 * HOUR - MINUTE, REQUESTED + 48 * HOUR)).toBe(true);
    expect(between(REQUESTED + 24 * HOUR, REQUESTED + 48 * HOUR - MINUTE)).toBe(false);
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
      amountAtStake: 59.8,
    });
    expect(warn.explanation).toEqual({
      en: 'Returned parcel with no refund shown; your 7-day return window (from when it was first seen back) ends in less than 12 h — refund ¥59.80 or tell the buyer why not.',
      zh: '包裹已退回，尚未显示退款；距您的 7 天退货处理时限（从首次看到退回起算）结束已不到 12 小时，请退款 ¥59.80 或告知买家原因。',
    });
    expect(only(order, RETURNED + 7 * DAY - MINUTE, defaults, seen(order))).toEqual(warn);
    const late = only(order, RETURNED + 7 * DAY + HOUR, defaults, seen(order));
    expect(late.severity).toBe('P1');
    expect(late.explanation).toEqual({
      en: 'Returned parcel with no refund shown; your 7-day return window (from when it was first seen back) has run out — refund ¥59.80 or tell the buyer why not.',
      zh: '包裹已退回，尚未显示退款；您的 7 天退货处理时限（从首次看到退回起算）已过，请退款 ¥59.80 或告知买家原因。',
    });
    expect(only(order, RETURNED + 30 * DAY, defaults, seen(order))).toEqual(late);
    const between = (since: number, now: number) => refundPending.changesWithTime.between(defaults, { since, now }, buildContext([order], { statusSince: seen(order) }))(order);
    expect(between(RETURNED + 7 * DAY - 12 * HOUR - MINUTE, RETURNED + 7 * DAY - 12 * HOUR)).toBe(true);
    expect(between(RETURNED + 7 * DAY - 12 * HOUR, RETURNED + 7 * DAY - MINUTE)).toBe(false);
    expect(between(RETURNED + 7 * DAY - MINUTE, RETURNED + 7 * DAY)).toBe(true);
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
