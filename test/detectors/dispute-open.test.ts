import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { disputeOpen } from '../../lib/detectors/dispute-open';
import { Finding, type Order, orderKey } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, MINUTE, makeOrder } from './make-order';

const PAID = Date.UTC(2026, 10, 20, 6, 0);
const REQUESTED = PAID + 30 * HOUR;
const defaults = DEFAULT_SETTINGS.detectors['dispute-open'];
const disputed = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
  makeOrder({ placedAt: PAID, paidAt: PAID, status: 'disputed', statusRaw: '纠纷处理中', requestedAt: REQUESTED, ...overrides });

function run(order: Order, now: number, settings = defaults, statusSince = new Map<string, number>()) {
  const result = disputeOpen.run(order, buildContext([order], { statusSince }), now, settings);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}
const only = (order: Order, now: number, settings = defaults, statusSince = new Map<string, number>()) => {
  const { findings, silence } = run(order, now, settings, statusSince);
  expect(silence).toBeUndefined();
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('dispute-open: reply within 24 h of the complaint', () => {
  it('is P1 from the start, in both languages', () => {
    const f = only(disputed(), REQUESTED + 20 * HOUR);
    expect(f.severity).toBe('P1');
    expect(f.dueAt).toBe(REQUESTED + 24 * HOUR);
    expect(f.evidence).toEqual({
      signal: '纠纷处理中',
      signalIn: 'status',
      requestedAt: '2026-11-21T12:00:00.000Z',
      replyDueAt: '2026-11-22T12:00:00.000Z',
      dueSource: 'request time',
      replyHours: 24,
    });
    expect(f.explanation).toEqual({
      en: 'A complaint or dispute ("纠纷处理中") was raised; reply within the 24 h window.',
      zh: '买家发起投诉/纠纷（“纠纷处理中”），请在 24 小时回复时限内回复。',
    });
    expect(only(disputed(), REQUESTED + MINUTE)).toEqual(f);
  });

  it('says the window has passed from the due time on, and nothing in it moves with the clock until then or after', () => {
    const due = REQUESTED + 24 * HOUR;
    const at = only(disputed(), due);
    expect(at.explanation).toEqual({
      en: 'A complaint or dispute ("纠纷处理中") was raised; the 24 h reply window has passed.',
      zh: '买家发起投诉/纠纷（“纠纷处理中”），24 小时回复时限已过。',
    });
    expect(only(disputed(), due + 10 * 24 * HOUR)).toEqual(at);
    expect(only(disputed(), due - MINUTE)).toEqual(only(disputed(), REQUESTED));
    expect(only(disputed(), due - MINUTE)).not.toEqual(at);
    // The due time is the threshold the alarm looks for.
    const between = (since: number, now: number) => disputeOpen.changesWithTime.between(defaults, { since, now }, buildContext([disputed()]))(disputed());
    expect(between(due - MINUTE, due)).toBe(true);
    expect(between(REQUESTED, due - MINUTE)).toBe(false);
    expect(between(due, due + 10 * 24 * HOUR)).toBe(false);
  });

  it('follows the reply window setting', () => {
    const f = only(disputed(), REQUESTED + 20 * HOUR, { ...defaults, replyHours: 12 });
    expect(f.dueAt).toBe(REQUESTED + 12 * HOUR);
    expect(f.explanation.en).toBe('A complaint or dispute ("纠纷处理中") was raised; the 12 h reply window has passed.');
  });

  it('counts 24 real hours across the start of US daylight time (Amazon A-to-z claim, 2026-03-08)', () => {
    const requestedAt = Date.UTC(2026, 2, 7, 20, 0); // 12:00 PST; 24 h later is 13:00 PDT
    const order = makeOrder({
      marketplace: 'amazon',
      money: { currency: 'USD', paid: 25 },
      status: 'delivered',
      statusRaw: 'Delivered',
      afterSalesReason: { raw: 'A-to-z Guarantee claim: item not received', reason: 'other' },
      requestedAt,
    });
    const f = only(order, Date.UTC(2026, 2, 8, 16, 0));
    expect(f.evidence).toMatchObject({ signal: 'a-to-z', signalIn: 'after-sales reason', replyDueAt: '2026-03-08T20:00:00.000Z' });
    expect(f.dueAt).toBe(Date.UTC(2026, 2, 8, 20, 0));
  });

  it('reads a complaint in the tracking event and counts from when it was first seen', () => {
    const order = makeOrder({ status: 'shipped', statusRaw: '卖家已发货', trackingEvent: '客户投诉：派送延误' });
    const seen = PAID + 40 * HOUR;
    const f = only(order, seen + 6 * HOUR, defaults, new Map([[orderKey(order), seen]]));
    expect(f.evidence).toMatchObject({ signal: '投诉', signalIn: 'tracking event', dueSource: 'first observed', replyDueAt: '2026-11-22T22:00:00.000Z' });
    expect(f.explanation).toEqual({
      en: 'A complaint or dispute ("投诉") is shown (timed from when it was first seen); reply within the 24 h window.',
      zh: '看到投诉/纠纷（“投诉”），按首次看到的时间计算，请在 24 小时回复时限内回复。',
    });
    // Its due time is found through the status history.
    const ctx = buildContext([order], { statusSince: new Map([[orderKey(order), seen]]) });
    expect(disputeOpen.changesWithTime.between(defaults, { since: seen + 24 * HOUR - MINUTE, now: seen + 24 * HOUR }, ctx)(order)).toBe(true);
    expect(disputeOpen.changesWithTime.between(defaults, { since: seen, now: seen + 24 * HOUR - MINUTE }, ctx)(order)).toBe(false);
  });

  it("adds the seller's own words", () => {
    const order = makeOrder({ status: 'refund_requested', statusRaw: '退款中', afterSalesReason: { raw: '买家威胁差评', reason: 'other' }, requestedAt: REQUESTED });
    expect(run(order, REQUESTED + HOUR)).toEqual({ findings: [] });
    expect(only(order, REQUESTED + HOUR, { ...defaults, extraKeywords: ['威胁差评'] }).evidence['signal']).toBe('威胁差评');
  });

  it('says what is missing when no time is shown or observed', () => {
    expect(run(disputed({ requestedAt: undefined }), REQUESTED)).toEqual({ findings: [], silence: 'no complaint time or due date shown or observed' });
  });
});

describe('dispute-open: a due date on the page wins', () => {
  it("takes the Shopify chargeback's response date over the 24 h rule", () => {
    const order = makeOrder({
      marketplace: 'shopify',
      money: { currency: 'USD', paid: 80 },
      status: 'completed',
      statusRaw: 'Paid · Chargeback open',
      requestedAt: REQUESTED,
      disputeDueAt: REQUESTED + 7 * 24 * HOUR,
    });
    const now = REQUESTED + 7 * 24 * HOUR - 30 * HOUR;
    const f = only(order, now);
    expect(f.severity).toBe('P1');
    expect(f.dueAt).toBe(REQUESTED + 7 * 24 * HOUR);
    expect(f.evidence).toMatchObject({ signal: 'chargeback', signalIn: 'status text', dueSource: 'console', replyHours: null, replyDueAt: '2026-11-28T12:00:00.000Z' });
    expect(f.explanation).toEqual({
      en: 'A dispute is open ("chargeback"): respond by the due date Shopify shows, which cannot be extended.',
      zh: '订单有投诉/纠纷（“chargeback”），请在Shopify后台显示的回复截止时间前回复，且不能延期。',
    });
    const late = only(order, REQUESTED + 7 * 24 * HOUR + 2 * HOUR);
    expect(late.explanation).toEqual({
      en: 'A dispute is open ("chargeback") and the response due date Shopify shows has passed.',
      zh: '订单有投诉/纠纷（“chargeback”），Shopify后台显示的回复截止时间已过。',
    });
    expect(only(order, REQUESTED + 7 * 24 * HOUR)).toEqual(late);
  });
});

describe('dispute-open: what it leaves alone', () => {
  it('ignores settled disputes and orders with no complaint', () => {
    const delivered = { status: 'delivered' as const, requestedAt: REQUESTED };
    expect(run(makeOrder({ ...delivered, statusRaw: 'Dispute closed' }), REQUESTED + HOUR)).toEqual({ findings: [] });
    expect(run(makeOrder({ ...delivered, statusRaw: '已签收', afterSalesReason: { raw: '投诉已撤销', reason: 'other' } }), REQUESTED + HOUR)).toEqual({ findings: [] });
    expect(run(makeOrder({ ...delivered, statusRaw: '已签收' }), REQUESTED + HOUR)).toEqual({ findings: [] });
  });

  it('on a finished order trusts only the current status text, not an old reason or tracking line', () => {
    const old = { requestedAt: REQUESTED, afterSalesReason: { raw: '投诉', reason: 'other' as const }, trackingEvent: '客户投诉' };
    for (const status of ['cancelled', 'refunded', 'completed'] as const) {
      expect(run(makeOrder({ ...old, status, statusRaw: '交易关闭' }), REQUESTED + HOUR)).toEqual({ findings: [] });
    }
    const f = only(makeOrder({ ...old, status: 'completed', statusRaw: '交易成功（投诉中）' }), REQUESTED + HOUR);
    expect(f.evidence['signalIn']).toBe('status text');
  });
});
