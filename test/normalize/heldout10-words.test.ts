/**
 * The times and states of the tenth held-out set's Chinese consoles (test/corpus/render/heldout10.mjs has the
 * sources): 京东's 2026 order cards print the time ordered and the time paid in one text, and 拼多多 names an order
 * refunded in full with two clauses (未发货，退款成功), read as a seller reads them.
 */
import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../lib/schema';
import { parseDateTime, parseStatus } from '../../lib/normalize';

const NOW = Date.UTC(2026, 11, 7, 10, 20);
const at = (text: string): string | undefined => {
  const r = parseDateTime(text, { timeZone: 'Asia/Shanghai', now: NOW });
  return r.ok ? new Date(r.value).toISOString() : undefined;
};

describe('parseDateTime: a time with what happened then (京东 order cards)', () => {
  it.each<[string, string]>([
    ['2026-12-07 07:24:09 下单，2026-12-07 07:25:50 付款', '2026-12-06T23:24:09.000Z'],
    // the order's time wherever it stands, whatever separates the two
    ['2026-12-07 07:25:50 付款，2026-12-07 07:24:09 下单', '2026-12-06T23:24:09.000Z'],
    ['2026-12-07 07:24:09 下单; 2026-12-07 07:25:50 付款', '2026-12-06T23:24:09.000Z'],
    ['2026-12-07 07:24:09 下单 2026-12-07 07:25:50 付款', '2026-12-06T23:24:09.000Z'],
    ['2026-12-07 07:24:09 下单 | 2026-12-07 07:25:50 付款', '2026-12-06T23:24:09.000Z'],
    ['2026年12月7日 07:24 下单，2026年12月7日 07:25 付款', '2026-12-06T23:24:00.000Z'],
    // an order not paid yet shows its time ordered alone
    ['2026-12-07 11:56:21 下单', '2026-12-07T03:56:21.000Z'],
    ['2026/12/05 20:22 创建', '2026-12-05T12:22:00.000Z'],
    // unchanged beside them
    ['2026-12-07 07:24:09', '2026-12-06T23:24:09.000Z'],
    ['下单时间：2026-12-07 07:24:09', '2026-12-06T23:24:09.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(at(text)).toBe(iso);
  });

  it.each([
    // a time paid is not the time the order was placed
    '2026-12-07 07:25:50 付款',
    // deadlines, and a text with something other than a time in it
    '2026-12-09 23:59:59 前发货',
    '12-09 14:03 前发货',
    '2026-12-07 07:24:09 下单，超时未付款',
  ])('%s is no time an order was placed', (text) => {
    expect(at(text)).toBeUndefined();
  });
});

describe('parseStatus: 拼多多 states of two clauses', () => {
  it.each<[string, OrderStatus]>([
    ['未发货，退款成功', 'refunded'],
    ['已发货，退款成功', 'refunded'],
    ['未发货,退款成功', 'refunded'],
    // unchanged beside them
    ['已发货，待签收', 'shipped'],
    ['待发货', 'awaiting_shipment'],
    ['已签收', 'delivered'],
    ['已取消', 'cancelled'],
    ['退款成功', 'refunded'],
  ])('%s → %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ status, known: true });
  });
});

describe('parseStatus: an order closed unpaid, and the steps as shop admins name them', () => {
  it.each<[string, OrderStatus]>([
    // closed unpaid: no payment to wait for any more
    ['未付款，交易关闭', 'cancelled'],
    ['超时未付款，交易关闭', 'cancelled'],
    ['未支付，交易关闭', 'cancelled'],
    ['未支付', 'awaiting_payment'],
    ['等待商家发货', 'awaiting_shipment'],
    ['付款成功，等待商家发货', 'awaiting_shipment'],
    ['待买家付款', 'awaiting_payment'],
    ['待卖家发货', 'awaiting_shipment'],
    ['待买家收货', 'shipped'],
    ['卖家已发货，待买家收货', 'shipped'],
    // unchanged beside them
    ['未付款', 'awaiting_payment'],
    ['等待买家付款', 'awaiting_payment'],
    ['退款成功，交易关闭', 'refunded'],
    ['交易关闭', 'cancelled'],
    ['买家已付款，等待卖家发货', 'awaiting_shipment'],
  ])('%s → %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ status, known: true });
  });
});
