import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { cancelEndsAt, cancelPending, cancelRequestSignal, isCancellationAt, refundBeforeShippingSignal } from '../../lib/detectors/cancel-pending';
import { Finding, type Order, orderKey } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, MINUTE, makeOrder } from './make-order';

const DAY = 24 * HOUR;

const PAID = Date.UTC(2026, 10, 20, 6, 0);
const REQUESTED = PAID + 2 * HOUR;
const defaults = DEFAULT_SETTINGS.detectors['cancel-pending'];
const asked = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
  makeOrder({ placedAt: PAID, paidAt: PAID, statusRaw: '买家申请取消', requestedAt: REQUESTED, ...overrides });

function run(order: Order, now: number, settings = defaults, statusSince = new Map<string, number>()) {
  const result = cancelPending.run(order, buildContext([order], { statusSince }), now, settings);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}
const only = (order: Order, now: number, settings = defaults, statusSince = new Map<string, number>()) => {
  const { findings, silence } = run(order, now, settings, statusSince);
  expect(silence).toBeUndefined();
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('cancel-pending: an unshipped order waiting on a cancellation', () => {
  it('is P2 exactly 12 h after the request, not a minute before', () => {
    expect(run(asked(), REQUESTED + 12 * HOUR - MINUTE)).toEqual({ findings: [] });
    const f = only(asked(), REQUESTED + 12 * HOUR);
    expect(f.severity).toBe('P2');
    expect(f.dueAt).toBe(REQUESTED + 12 * HOUR);
    expect(f.evidence).toEqual({
      signal: '申请取消',
      requestedAt: '2026-11-20T08:00:00.000Z',
      requestedAtSource: 'console',
      shipped: false,
      waitHours: 12,
    });
    expect(f.explanation).toEqual({
      en: 'The buyer asked to cancel ("申请取消") more than 12 h ago and nothing has happened since — confirm the cancellation and refund before the order ships.',
      zh: '买家申请取消（“申请取消”）已超过 12 小时，至今未处理，请在发货前确认取消并退款。',
    });
  });

  it('keeps the same finding while it waits: nothing in it moves with the clock (the pages count from dueAt)', () => {
    const f = only(asked(), REQUESTED + 12 * HOUR);
    expect(only(asked(), REQUESTED + 30 * DAY)).toEqual(f);
    // It changes only at the end of the wait, which is what the alarm looks for.
    const { between } = cancelPending.changesWithTime;
    const ctx = buildContext([asked()]);
    const end = REQUESTED + 12 * HOUR;
    expect(between(defaults, { since: end - MINUTE, now: end }, ctx)(asked())).toBe(true);
    expect(between(defaults, { since: end, now: end + DAY }, ctx)(asked())).toBe(false);
    expect(between(defaults, { since: end - DAY, now: end - MINUTE }, ctx)(asked())).toBe(false);
    // Without the last run's time, only orders showing a request are judged.
    const { filter } = cancelPending.changesWithTime;
    expect(filter()(asked())).toBe(true);
    expect(filter()(asked({ statusRaw: '买家已付款' }))).toBe(false);
    expect(filter()(asked({ statusRaw: '取消申请已拒绝' }))).toBe(false);
  });

  it('follows the wait setting', () => {
    const settings = { ...defaults, waitHours: 24 };
    expect(run(asked(), REQUESTED + 13 * HOUR, settings)).toEqual({ findings: [] });
    expect(only(asked(), REQUESTED + 24 * HOUR, settings).evidence['waitHours']).toBe(24);
  });

  it('reads an English status and counts from when it was first seen without a request time', () => {
    const order = makeOrder({
      marketplace: 'amazon',
      money: { currency: 'USD', paid: 25 },
      statusRaw: 'Unshipped · Cancellation requested',
    });
    const seen = PAID + HOUR;
    const f = only(order, seen + 12.5 * HOUR, defaults, new Map([[orderKey(order), seen]]));
    expect(f.evidence['signal']).toBe('cancellation requested');
    expect(f.evidence['requestedAtSource']).toBe('first observed');
    expect(f.dueAt).toBe(seen + 12 * HOUR);
    expect(f.explanation).toEqual({
      en: 'A cancellation request ("cancellation requested") was first seen more than 12 h ago and nothing has happened since — confirm the cancellation and refund before the order ships.',
      zh: '首次看到取消申请（“cancellation requested”）已超过 12 小时，至今未处理，请在发货前确认取消并退款。',
    });
    // The wait counts from when it was seen: the alarm finds its end through the status history.
    const ctx = buildContext([order], { statusSince: new Map([[orderKey(order), seen]]) });
    const { between } = cancelPending.changesWithTime;
    expect(between(defaults, { since: seen + 12 * HOUR - MINUTE, now: seen + 12 * HOUR }, ctx)(order)).toBe(true);
    expect(between(defaults, { since: seen + 12 * HOUR, now: seen + 40 * HOUR }, ctx)(order)).toBe(false);
  });

  it('reads Amazon\'s own words, "Buyer requested cancel"', () => {
    const order = makeOrder({ marketplace: 'amazon', money: { currency: 'USD', paid: 25 }, statusRaw: 'Unshipped · Buyer requested cancel' });
    expect(cancelRequestSignal(order)).toBe('requested cancel');
  });

  it('counts 12 real hours across the start of US daylight time (2026-03-08)', () => {
    // 01:00 PST; 12 h later is 14:00 PDT (the clocks sprang forward in between).
    const requestedAt = Date.UTC(2026, 2, 8, 9, 0);
    const order = asked({ marketplace: 'amazon', money: { currency: 'USD', paid: 25 }, statusRaw: 'Cancel requested', requestedAt, placedAt: requestedAt - HOUR, paidAt: requestedAt - HOUR });
    expect(run(order, requestedAt + 12 * HOUR - MINUTE)).toEqual({ findings: [] });
    expect(only(order, requestedAt + 12 * HOUR).dueAt).toBe(Date.UTC(2026, 2, 8, 21, 0));
  });

  it('takes a refund request whose reason says cancel as a cancellation', () => {
    const order = asked({ status: 'refund_requested', statusRaw: '退款中', afterSalesReason: { raw: '未发货，申请取消订单', reason: 'changed_mind' } });
    expect(cancelRequestSignal(order)).toBe('取消');
    expect(only(order, REQUESTED + 12 * HOUR).evidence['signal']).toBe('取消');
    const damaged = asked({ status: 'refund_requested', statusRaw: '退款中', afterSalesReason: { raw: '商品破损', reason: 'damaged' } });
    expect(run(damaged, REQUESTED + 20 * HOUR)).toEqual({ findings: [] });
  });

  it('says what is missing when no request time is shown or observed', () => {
    expect(run(asked({ requestedAt: undefined }), REQUESTED + 20 * HOUR)).toEqual({ findings: [], silence: 'no request time shown or observed' });
  });

  it('leaves settled requests and finished orders alone', () => {
    expect(run(asked({ statusRaw: '取消申请已拒绝' }), REQUESTED + 20 * HOUR)).toEqual({ findings: [] });
    expect(run(asked({ statusRaw: 'Cancellation request declined' }), REQUESTED + 20 * HOUR)).toEqual({ findings: [] });
    for (const status of ['cancelled', 'completed', 'refunded', 'delivered'] as const) {
      expect(run(asked({ status }), REQUESTED + 20 * HOUR)).toEqual({ findings: [] });
    }
  });
});

describe('cancel-pending: cancelled after shipping', () => {
  it('is P1 at once: the parcel must be intercepted', () => {
    const order = asked({ status: 'shipped', statusRaw: '已发货（买家申请取消）', shippedAt: PAID + HOUR, carrier: '顺丰', trackingNo: 'SF1234567890' });
    const f = only(order, REQUESTED + MINUTE);
    expect(f.severity).toBe('P1');
    expect(f.dueAt).toBe(REQUESTED);
    expect(f.evidence).toEqual({
      signal: '申请取消',
      requestedAt: '2026-11-20T08:00:00.000Z',
      requestedAtSource: 'console',
      shipped: true,
      shippedAt: '2026-11-20T07:00:00.000Z',
      carrier: '顺丰',
      trackingNo: 'SF1234567890',
    });
    expect(f.explanation).toEqual({
      en: 'The buyer asked to cancel ("申请取消") but the order has already shipped — ask the carrier to intercept the parcel now.',
      zh: '买家申请取消（“申请取消”），但订单已发货，请立即联系快递拦截包裹。',
    });
  });

  it('counts a shipping time on a refund-request status as shipped, and needs no request time', () => {
    const order = asked({ status: 'refund_requested', statusRaw: 'Cancellation requested', shippedAt: PAID + HOUR, requestedAt: undefined });
    const f = only(order, PAID + 3 * HOUR);
    expect(f.severity).toBe('P1');
    // Due at once: with no request time, the shipping time stands in, and stays put as time passes.
    expect(f.dueAt).toBe(PAID + HOUR);
    expect(only(order, PAID + 3 * DAY)).toEqual(f);
    expect(only(asked({ status: 'shipped', statusRaw: '已发货（买家申请取消）', requestedAt: undefined }), PAID + 3 * HOUR).dueAt).toBe(PAID);
    expect(f.evidence['requestedAt']).toBeNull();
    expect(f.evidence['requestedAtSource']).toBeNull();
    expect(f.evidence['carrier']).toBeNull();
  });
});

describe('cancel-pending: a refund asked before shipping, which is how a buyer cancels on the Chinese consoles', () => {
  // Douyin's 订单管理: the order still 待发货, its item's 售后 退款中; 售后工作台 gave the request time.
  const douyin = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
    makeOrder({ marketplace: 'douyin', orderId: '6938812345678907002', placedAt: PAID, paidAt: PAID, status: 'refund_requested', statusRaw: '待发货 / 退款中', requestedAt: REQUESTED, money: { currency: 'CNY', paid: 45 }, ...overrides });

  it('reads the state to ship beside the refund, on Taobao, Pinduoduo and Douyin, and nothing once shipped or settled', () => {
    expect(cancelRequestSignal(douyin())).toBe('待发货 / 退款中');
    expect(refundBeforeShippingSignal(makeOrder({ status: 'refund_requested', statusRaw: '买家已付款 / 退款中' }))).toBe('买家已付款 / 退款中');
    expect(refundBeforeShippingSignal(makeOrder({ marketplace: 'pinduoduo', status: 'refund_requested', statusRaw: '待发货 / 退款中' }))).toBe('待发货 / 退款中');
    // Shipped (by the words, a time or a number), a refund alone with no state, a return, or a refund closed: not a cancellation.
    expect(refundBeforeShippingSignal(douyin({ statusRaw: '已发货，待签收 / 退款中' }))).toBeUndefined();
    expect(refundBeforeShippingSignal(douyin({ trackingNo: '75312345678901' }))).toBeUndefined();
    expect(refundBeforeShippingSignal(douyin({ shippedAt: PAID + HOUR }))).toBeUndefined();
    expect(refundBeforeShippingSignal(douyin({ statusRaw: '退款中' }))).toBeUndefined();
    expect(refundBeforeShippingSignal(douyin({ status: 'return_requested', statusRaw: '待发货 / 退货中' }))).toBeUndefined();
    expect(refundBeforeShippingSignal(douyin({ statusRaw: '待发货 / 退款关闭' }))).toBeUndefined();
    // JD's 锁定 names no refund: it stays a refund to answer.
    expect(cancelRequestSignal(makeOrder({ marketplace: 'jd', status: 'refund_requested', statusRaw: '锁定' }))).toBeUndefined();
  });

  it('is P2 12 h after the request and says to stop the parcel before Douyin refunds it on its own, 48 h after the request', () => {
    expect(run(douyin(), REQUESTED + 12 * HOUR - MINUTE)).toEqual({ findings: [] });
    const f = only(douyin(), REQUESTED + 12 * HOUR);
    expect([f.severity, f.dueAt]).toEqual(['P2', REQUESTED + 12 * HOUR]);
    expect(f.evidence).toEqual({
      signal: '待发货 / 退款中',
      requestedAt: '2026-11-20T08:00:00.000Z',
      requestedAtSource: 'console',
      shipped: false,
      waitHours: 12,
      refundDecisionAt: '2026-11-22T08:00:00.000Z',
      refundDecisionHours: 48,
    });
    expect(f.explanation).toEqual({
      en: 'The buyer asked for a refund before the order shipped ("待发货 / 退款中") more than 12 h ago: the buyer is cancelling — do not ship it, and agree the refund before Douyin refunds it on its own (48 h after the request).',
      zh: '买家在发货前申请退款（“待发货 / 退款中”）已超过 12 小时，即买家要取消订单：请勿发货，并在抖店自动退款（申请后 48 小时）前同意退款。',
    });
    // The same finding until the platform's time, then none: refund-pending's from there.
    expect(only(douyin(), REQUESTED + 48 * HOUR - MINUTE)).toEqual(f);
    expect(run(douyin(), REQUESTED + 48 * HOUR)).toEqual({ findings: [] });
  });

  it('counts from when it was first seen without a request time, and wakes at both ends', () => {
    const order = makeOrder({ marketplace: 'pinduoduo', orderId: '241122-258312233445566', status: 'refund_requested', statusRaw: '待发货 / 退款中', money: { currency: 'CNY', paid: 129 } });
    const seen = PAID + HOUR;
    const statusSince = new Map([[orderKey(order), seen]]);
    const f = only(order, seen + 20 * HOUR, defaults, statusSince);
    expect([f.dueAt, f.evidence['requestedAtSource'], f.evidence['refundDecisionAt']]).toEqual([seen + 12 * HOUR, 'first observed', '2026-11-22T07:00:00.000Z']);
    expect(f.explanation.en).toBe(
      'A refund asked before the order shipped ("待发货 / 退款中") was first seen more than 12 h ago: the buyer is cancelling — do not ship it, and agree the refund before Pinduoduo refunds it on its own (48 h from when it was first seen).',
    );
    expect(f.explanation.zh).toBe('首次看到发货前的退款申请（“待发货 / 退款中”）已超过 12 小时，即买家要取消订单：请勿发货，并在拼多多自动退款（自首次看到起 48 小时）前同意退款。');
    const ctx = buildContext([order], { statusSince });
    const { between } = cancelPending.changesWithTime;
    expect(between(defaults, { since: seen + 12 * HOUR - MINUTE, now: seen + 12 * HOUR }, ctx)(order)).toBe(true);
    expect(between(defaults, { since: seen + 48 * HOUR - MINUTE, now: seen + 48 * HOUR }, ctx)(order)).toBe(true);
    expect(between(defaults, { since: seen + 12 * HOUR, now: seen + 48 * HOUR - MINUTE }, ctx)(order)).toBe(false);
    expect(run(order, seen + 48 * HOUR, defaults, statusSince)).toEqual({ findings: [] });
  });

  it("hands the request over when it is asked on the request time's own clock too", () => {
    const ctx = buildContext([douyin()]);
    const { between } = cancelPending.changesWithTime;
    expect(between(defaults, { since: REQUESTED + 47 * HOUR, now: REQUESTED + 48 * HOUR }, ctx)(douyin())).toBe(true);
    expect(cancelEndsAt(douyin(), undefined)).toBe(REQUESTED + 48 * HOUR);
    // A cancellation named as such stays cancel-pending's: no end.
    expect(cancelEndsAt(douyin({ statusRaw: '待发货 / 申请取消' }), undefined)).toBeUndefined();
    expect(isCancellationAt(douyin(), undefined, REQUESTED + 48 * HOUR - MINUTE)).toBe(true);
    expect(isCancellationAt(douyin(), undefined, REQUESTED + 48 * HOUR)).toBe(false);
    expect(isCancellationAt(douyin({ statusRaw: '待发货 / 申请取消' }), undefined, REQUESTED + 30 * DAY)).toBe(true);
  });
});
