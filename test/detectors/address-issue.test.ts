import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { addressIssue } from '../../lib/detectors/address-issue';
import { Finding, type Order, orderKey } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, MINUTE, makeOrder } from './make-order';

const PAID = Date.UTC(2026, 10, 20, 6, 0);
const DEADLINE = PAID + 48 * HOUR; // Taobao: 48 h after payment
const defaults = DEFAULT_SETTINGS.detectors['address-issue'];
const paidOrder = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
  makeOrder({ placedAt: PAID - 5 * MINUTE, paidAt: PAID, ...overrides });

function run(order: Order, now: number, settings = defaults, statusSince = new Map<string, number>()) {
  const result = addressIssue.run(order, buildContext([order], { statusSince }), now, settings);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}
const only = (order: Order, now: number, settings = defaults, statusSince = new Map<string, number>()) => {
  const { findings, silence } = run(order, now, settings, statusSince);
  expect(silence).toBeUndefined();
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('address-issue: before shipping, due by the ship deadline', () => {
  it('flags missing address parts before the deadline, in both languages', () => {
    const f = only(paidOrder({ addressMissing: ['phone', 'street'] }), PAID + 43 * HOUR);
    expect(f.severity).toBe('P2');
    expect(f.dueAt).toBe(DEADLINE);
    expect(f.evidence).toEqual({
      issue: 'address incomplete',
      addressMissing: 'phone, street',
      keyword: null,
      buyerMessageAt: null,
      deadline: '2026-11-22T06:00:00.000Z',
      deadlineSource: 'platform rule',
    });
    expect(f.explanation).toEqual({
      en: 'Address missing phone, street — settle it with the buyer before shipping (the ship-by deadline is still ahead).',
      zh: '地址缺少电话、街道，请在发货前与买家确认（发货时限未到）。',
    });
  });

  it('reads a Chinese request to change the address after payment', () => {
    const messageAt = PAID + 2 * HOUR;
    const f = only(paidOrder({ buyerMessage: '亲，麻烦帮我改地址，谢谢', buyerMessageAt: messageAt }), PAID + 3 * HOUR);
    expect(f.evidence).toMatchObject({ issue: 'change requested', keyword: '改地址', buyerMessageAt: '2026-11-20T08:00:00.000Z', deadline: '2026-11-22T06:00:00.000Z' });
    expect(f.explanation).toEqual({
      en: 'The buyer asked to change the address after paying ("改地址") — settle it with the buyer before shipping (the ship-by deadline is still ahead).',
      zh: '买家付款后要求修改地址（“改地址”），请在发货前与买家确认（发货时限未到）。',
    });
  });

  it('reads English requests whatever their case or width', () => {
    expect(only(paidOrder({ buyerMessage: 'Sorry, I typed the WRONG ADDRESS!' }), PAID).evidence['keyword']).toBe('wrong address');
    expect(only(paidOrder({ buyerMessage: 'Can you ｃｈａｎｇｅ  my address?' }), PAID).evidence['keyword']).toBe('change my address');
    expect(run(paidOrder({ buyerMessage: 'Please gift wrap it, thanks' }), PAID)).toEqual({ findings: [] });
  });

  it("adds the seller's own phrases to the list", () => {
    const order = paidOrder({ buyerMessage: '请寄到公司' });
    expect(run(order, PAID)).toEqual({ findings: [] });
    expect(only(order, PAID, { ...defaults, extraKeywords: ['寄到公司'] }).evidence['keyword']).toBe('寄到公司');
  });

  it('names both problems in one sentence when both show', () => {
    const f = only(paidOrder({ addressMissing: ['phone'], buyerMessage: '地址写错了' }), PAID + 40 * HOUR);
    expect(f.evidence['issue']).toBe('address incomplete, change requested');
    expect(f.explanation).toEqual({
      en: 'Address missing phone; the buyer asked to change the address after paying ("地址写错") — settle it with the buyer before shipping (the ship-by deadline is still ahead).',
      zh: '地址缺少电话；买家付款后要求修改地址（“地址写错”），请在发货前与买家确认（发货时限未到）。',
    });
  });

  it('stays P2 at and past the deadline (ship-deadline owns lateness) and says so', () => {
    const at = only(paidOrder({ addressMissing: ['phone'] }), DEADLINE);
    expect(at.severity).toBe('P2');
    expect(at.explanation.en).toBe('Address missing phone — settle it with the buyer before shipping (the ship-by deadline has passed).');
    expect(at.explanation.zh).toBe('地址缺少电话，请在发货前与买家确认（发货时限已过）。');
    // Nothing in it moves with the clock within a phase: the pages count from dueAt.
    expect(only(paidOrder({ addressMissing: ['phone'] }), DEADLINE + 10 * 24 * HOUR)).toEqual(at);
    const before = only(paidOrder({ addressMissing: ['phone'] }), DEADLINE - MINUTE);
    expect(only(paidOrder({ addressMissing: ['phone'] }), PAID)).toEqual(before);
    expect(before).not.toEqual(at);
    // The deadline is the threshold the alarm looks for.
    const between = (since: number, now: number, order = paidOrder({ addressMissing: ['phone'] })) => addressIssue.changesWithTime.between(defaults, { since, now })(order);
    expect(between(DEADLINE - MINUTE, DEADLINE)).toBe(true);
    expect(between(PAID, DEADLINE - MINUTE)).toBe(false);
    expect(between(DEADLINE, DEADLINE + 10 * 24 * HOUR)).toBe(false);
    expect(between(DEADLINE - MINUTE, DEADLINE, paidOrder())).toBe(false);
  });

  it("takes the console's ship-by time as the due time", () => {
    const shipBy = PAID + 24 * HOUR;
    const f = only(paidOrder({ shipBy, addressMissing: ['city'] }), PAID);
    expect(f.dueAt).toBe(shipBy);
    expect(f.evidence['deadlineSource']).toBe('console');
  });

  it('counts exact hours across the end of US daylight time (Amazon, 2026-11-01)', () => {
    // 08:00 PDT on Oct 31; 48 h later is 07:00 PST on Nov 2 (the clocks went back in between).
    const paidAt = Date.UTC(2026, 9, 31, 15, 0);
    const order = makeOrder({ marketplace: 'amazon', money: { currency: 'USD', paid: 25 }, placedAt: paidAt, paidAt, addressMissing: ['zip'] });
    const f = only(order, Date.UTC(2026, 10, 2, 10, 0));
    expect(f.evidence['deadline']).toBe('2026-11-02T15:00:00.000Z');
    expect(f.dueAt).toBe(Date.UTC(2026, 10, 2, 15, 0));
    expect(f.explanation.zh).toBe('地址缺少邮编，请在发货前与买家确认（发货时限未到）。');
  });

  it('does not read a request before payment (the buyer can still edit it) but still flags missing parts', () => {
    const unpaid = makeOrder({ status: 'awaiting_payment', statusRaw: '等待买家付款', buyerMessage: '我要改地址' });
    expect(run(unpaid, PAID)).toEqual({ findings: [] });
    const incomplete = makeOrder({ status: 'awaiting_payment', statusRaw: '等待买家付款', addressMissing: ['name'] });
    const f = only(incomplete, PAID + HOUR);
    expect(f.evidence['deadlineSource']).toBe('order time');
    expect(f.explanation.zh).toBe('地址缺少收件人，请在发货前与买家确认（发货时限未到）。');
  });

  it('treats the request as handled once the address changed after the message', () => {
    const messageAt = PAID + HOUR;
    const base = { buyerMessage: 'please update my address', buyerMessageAt: messageAt };
    expect(run(paidOrder({ ...base, addressChangedAt: messageAt }), PAID + 2 * HOUR)).toEqual({ findings: [] });
    expect(only(paidOrder({ ...base, addressChangedAt: messageAt - MINUTE }), PAID + 2 * HOUR).evidence['keyword']).toBe('update my address');
  });
});

describe('address-issue: after shipping, due at once', () => {
  const SHIPPED = PAID + 10 * HOUR;
  const shipped = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
    paidOrder({ status: 'shipped', statusRaw: '卖家已发货', shippedAt: SHIPPED, ...overrides });

  it('flags an address changed after the parcel shipped', () => {
    const changedAt = SHIPPED + 3 * HOUR;
    const f = only(shipped({ addressChangedAt: changedAt }), changedAt + HOUR);
    expect(f.severity).toBe('P2');
    expect(f.dueAt).toBe(changedAt);
    expect(f.evidence).toEqual({
      issue: 'changed after shipping',
      addressChangedAt: '2026-11-20T19:00:00.000Z',
      shippedAt: '2026-11-20T16:00:00.000Z',
      shippedAtSource: 'console',
      hoursAfterShipping: 3,
    });
    expect(f.explanation).toEqual({
      en: 'The address was changed 3 h after the parcel shipped — ask the carrier to redirect or intercept it.',
      zh: '包裹发出 3 小时后地址被修改，请联系快递改派或拦截。',
    });
  });

  it('is quiet for a change at the shipping time, and fires one minute after', () => {
    expect(run(shipped({ addressChangedAt: SHIPPED }), SHIPPED + HOUR)).toEqual({ findings: [] });
    expect(only(shipped({ addressChangedAt: SHIPPED + MINUTE }), SHIPPED + HOUR).explanation.en).toBe(
      'The address was changed 1 min after the parcel shipped — ask the carrier to redirect or intercept it.',
    );
  });

  it('uses when the shipped status was first seen when the console shows no shipping time', () => {
    const order = shipped({ shippedAt: undefined, addressChangedAt: SHIPPED + 2 * HOUR });
    const f = only(order, SHIPPED + 3 * HOUR, defaults, new Map([[orderKey(order), SHIPPED]]));
    expect(f.evidence['shippedAtSource']).toBe('first observed');
    expect(f.explanation).toEqual({
      en: 'The address was changed 2 h after the order was first seen shipped — ask the carrier to redirect or intercept the parcel.',
      zh: '首次看到订单已发货 2 小时后地址被修改，请联系快递改派或拦截。',
    });
  });

  it('says what is missing when no shipping time is shown or observed', () => {
    expect(run(shipped({ shippedAt: undefined, addressChangedAt: SHIPPED }), SHIPPED + HOUR)).toEqual({
      findings: [],
      silence: 'no shipping time shown or observed',
    });
  });

  it('flags a request to change the address on a shipped parcel, due at the message', () => {
    const messageAt = SHIPPED + HOUR;
    const f = only(shipped({ buyerMessage: 'Can you ship to a different address?', buyerMessageAt: messageAt }), messageAt + HOUR);
    expect(f.dueAt).toBe(messageAt);
    expect(f.evidence).toEqual({ issue: 'change requested after shipping', keyword: 'different address', buyerMessageAt: '2026-11-20T17:00:00.000Z' });
    expect(f.explanation).toEqual({
      en: 'The parcel has shipped but the buyer asks to change the address ("different address") — ask the carrier to redirect or intercept it.',
      zh: '包裹已发出，但买家要求修改地址（“different address”），请联系快递改派或拦截。',
    });
    // With no message time shown it is due at the shipping time, which stays put as time passes.
    const untimed = shipped({ buyerMessage: 'Can you ship to a different address?' });
    expect(only(untimed, messageAt + HOUR).dueAt).toBe(SHIPPED);
    expect(only(untimed, messageAt + 9 * 24 * HOUR)).toEqual(only(untimed, messageAt + HOUR));
  });

  it('leaves cancelled, delivered and completed orders alone', () => {
    for (const status of ['cancelled', 'delivered', 'completed', 'refunded'] as const) {
      const order = paidOrder({ status, addressMissing: ['phone'], buyerMessage: '改地址', addressChangedAt: PAID + 20 * HOUR, shippedAt: PAID + HOUR });
      expect(run(order, PAID + 30 * HOUR)).toEqual({ findings: [] });
    }
  });
});
