import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { messageUnanswered } from '../../lib/detectors/message-unanswered';
import { Finding, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, MINUTE, makeOrder } from './make-order';

const WROTE = Date.UTC(2026, 10, 20, 6, 0);
const DUE = WROTE + 24 * HOUR;
const defaults = DEFAULT_SETTINGS.detectors['message-unanswered'];

const messaged = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
  makeOrder({
    marketplace: 'amazon',
    orderId: '113-0000001-0000001',
    money: { currency: 'USD', paid: 25 },
    status: 'shipped',
    buyerMessage: 'Where is my package?',
    buyerMessageAt: WROTE,
    ...overrides,
  });

function run(order: Order, now: number, settings = defaults) {
  const result = messageUnanswered.run(order, buildContext([order]), now, settings);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}
const only = (order: Order, now: number, settings = defaults) => {
  const { findings } = run(order, now, settings);
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('message-unanswered: the reply clock', () => {
  it('stays quiet until 6 h before the 24 h window ends, then P2', () => {
    expect(run(messaged(), DUE - 6 * HOUR - MINUTE)).toEqual({ findings: [] });
    const f = only(messaged(), DUE - 6 * HOUR);
    expect(f.severity).toBe('P2');
    expect(f.dueAt).toBe(DUE);
    expect(f.evidence).toEqual({
      buyerMessageAt: '2026-11-20T06:00:00.000Z',
      sellerReplyAt: null,
      replyWindowHours: 24,
      windowSource: 'platform rule',
      buyerMessage: 'Where is my package?',
    });
  });

  it('keeps the same finding within a phase and changes it at the warning and the window end, which the alarm looks for', () => {
    const warning = only(messaged(), DUE - 6 * HOUR);
    expect(only(messaged(), DUE - MINUTE)).toEqual(warning);
    const overdue = only(messaged(), DUE);
    expect(only(messaged(), DUE + 20 * 24 * HOUR)).toEqual(overdue);
    const between = (since: number, now: number, order = messaged()) =>
      messageUnanswered.changesWithTime.between(defaults, { since, now })(order);
    expect(between(DUE - 6 * HOUR - MINUTE, DUE - 6 * HOUR)).toBe(true);
    expect(between(DUE - 6 * HOUR, DUE - MINUTE)).toBe(false);
    expect(between(DUE - MINUTE, DUE)).toBe(true);
    expect(between(DUE, DUE + 20 * 24 * HOUR)).toBe(false);
    expect(between(DUE - MINUTE, DUE, messaged({ sellerReplyAt: WROTE + HOUR }))).toBe(false);
  });

  it('is P2 one minute before the window ends and P1 exactly at it', () => {
    expect(only(messaged(), DUE - MINUTE).severity).toBe('P2');
    const atDue = only(messaged(), DUE);
    expect(atDue.severity).toBe('P1');
    expect(only(messaged(), DUE + MINUTE)).toEqual(atDue);
  });

  it('counts every hour, across the end of US daylight saving time (Amazon: weekends and holidays too)', () => {
    // Saturday 2026-10-31 12:00 in Los Angeles (PDT); the clocks go back on Sunday at 02:00.
    const saturdayNoon = Date.UTC(2026, 9, 31, 19, 0);
    const f = only(messaged({ buyerMessageAt: saturdayNoon }), saturdayNoon + 24 * HOUR);
    expect(f.severity).toBe('P1');
    expect(f.dueAt).toBe(saturdayNoon + 24 * HOUR);
    // 24 real hours later the wall clock there reads 11:00, not noon.
    expect(new Date(f.dueAt!).toLocaleString('en-US', { timeZone: 'America/Los_Angeles' })).toBe('11/1/2026, 11:00:00 AM');
    expect(run(messaged({ buyerMessageAt: saturdayNoon }), saturdayNoon + 18 * HOUR - MINUTE)).toEqual({ findings: [] });
  });

  it('uses a longer warning setting', () => {
    expect(run(messaged(), DUE - 10 * HOUR)).toEqual({ findings: [] });
    expect(only(messaged(), DUE - 10 * HOUR, { ...defaults, warnHours: 12 }).severity).toBe('P2');
  });

  it("uses the seller's window for that marketplace, and says so", () => {
    const settings = { ...defaults, hoursByMarketplace: { taobao: 12 } };
    const order = messaged({ marketplace: 'taobao', orderId: '4001', money: { currency: 'CNY', paid: 59.8 }, buyerMessage: '请问什么时候发货？' });
    const f = only(order, WROTE + 13 * HOUR, settings);
    expect(f.severity).toBe('P1');
    expect(f.dueAt).toBe(WROTE + 12 * HOUR);
    expect(f.evidence['windowSource']).toBe('your setting');
    expect(f.evidence['buyerMessage']).toBe('请问什么时候发货？');
    expect(f.explanation).toEqual({
      en: 'The buyer wrote with no reply since; your reply window for Taobao is 12 h — the window has passed.',
      zh: '买家留言后没有回复；您为淘宝设定 12 小时内回复，已超过时限。',
    });
    // Another marketplace's override leaves Amazon on its 24 h.
    expect(run(messaged(), WROTE + 13 * HOUR, settings)).toEqual({ findings: [] });
  });

  it('explains in both languages', () => {
    expect(only(messaged(), WROTE + 20 * HOUR).explanation).toEqual({
      en: 'The buyer wrote with no reply since; Amazon expects a reply within 24 h, and the window ends in less than 6 h.',
      zh: '买家留言后没有回复；亚马逊要求 24 小时内回复，距时限已不到 6 小时。',
    });
    expect(only(messaged({ marketplace: 'etsy' }), DUE).explanation).toEqual({
      en: 'The buyer wrote with no reply since; Etsy expects a reply within 24 h — the window has passed.',
      zh: '买家留言后没有回复；Etsy要求 24 小时内回复，已超过时限。',
    });
    expect(only(messaged(), WROTE + 14 * HOUR, { ...defaults, warnHours: 10.5 }).explanation.en).toBe(
      'The buyer wrote with no reply since; Amazon expects a reply within 24 h, and the window ends in less than 10.5 h.',
    );
  });

  it('shortens a long message in the evidence', () => {
    const long = `${'Hello, '.repeat(30)}where is it?`;
    const text = only(messaged({ buyerMessage: long }), DUE).evidence['buyerMessage'] as string;
    expect(text).toHaveLength(120);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('message-unanswered: replies and what it leaves alone', () => {
  it('is answered by a reply at or after the message', () => {
    expect(run(messaged({ sellerReplyAt: WROTE }), DUE + HOUR)).toEqual({ findings: [] });
    expect(run(messaged({ sellerReplyAt: WROTE + 2 * HOUR }), DUE + HOUR)).toEqual({ findings: [] });
  });

  it('still fires when the last reply came before the message', () => {
    const f = only(messaged({ sellerReplyAt: WROTE - MINUTE }), DUE + HOUR);
    expect(f.severity).toBe('P1');
    expect(f.evidence['sellerReplyAt']).toBe('2026-11-20T05:59:00.000Z');
  });

  it('says the message time is missing instead of guessing', () => {
    expect(run(messaged({ buyerMessageAt: undefined }), DUE + HOUR)).toEqual({ findings: [], silence: 'message time not shown' });
    expect(run(messaged({ buyerMessageAt: undefined, buyerMessage: '   ' }), DUE + HOUR)).toEqual({ findings: [] });
  });

  it('has nothing to say about an order without a message', () => {
    expect(run(messaged({ buyerMessage: undefined, buyerMessageAt: undefined }), DUE + HOUR)).toEqual({ findings: [] });
  });

  it('leaves cancelled orders alone, but not completed ones (after-sales questions)', () => {
    expect(run(messaged({ status: 'cancelled' }), DUE + HOUR)).toEqual({ findings: [] });
    expect(only(messaged({ status: 'completed' }), DUE + HOUR).severity).toBe('P1');
  });

  it('fires on a message with its time but no text shown', () => {
    const f = only(messaged({ buyerMessage: undefined }), DUE);
    expect(f.evidence['buyerMessage']).toBeUndefined();
  });
});
