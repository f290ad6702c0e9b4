/**
 * The words and amounts of the ninth held-out set's consoles (Amazon's and eBay's return lists, Shopee Malaysia and
 * the Philippines, Lazada Singapore; test/corpus/render/heldout9.mjs has the sources), read as a seller reads them,
 * and the words left unknown on purpose.
 */
import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../lib/schema';
import { parseMoney, parseStatus } from '../../lib/normalize';
import { combineStatuses } from '../../lib/normalize/status';
import { looksLikeDate, moneyStrength } from '../../lib/extract/sniff';

describe('parseStatus: the ninth held-out set', () => {
  it.each<[string, OrderStatus]>([
    ['Pending Authorization', 'return_requested'],
    ['To Ship', 'awaiting_shipment'],
    ['Refund issued', 'refunded'],
    // unchanged beside them
    ['Pending', 'awaiting_payment'],
    ['Ready To Ship', 'awaiting_shipment'],
    ['Return requested', 'return_requested'],
  ])('%s → %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ status, known: true });
  });

  it.each(['Authorized', 'Shipping'])('%s stays unknown: a seller could read it two ways', (text) => {
    expect(parseStatus(text)).toEqual({ status: 'unknown', known: false });
  });
});

describe('moneyStrength: a currency code run into its amount', () => {
  it.each<[string, 0 | 1 | 2]>([
    ['SGD25.00', 2],
    ['RM1,234.56', 2],
    ['RM15,000', 2],
    ['MYR89.90', 2],
    // a code run into a plain number is a SKU, not an amount
    ['RM2000', 0],
    ['SGD2025', 0],
    ['RM12.5.1', 0],
  ])('%s → %d', (text, strength) => {
    expect(moneyStrength(text)).toBe(strength);
  });

  it('the amounts read as the console prints them', () => {
    expect(parseMoney('SGD25.00')).toEqual({ ok: true, value: { amount: 25, currency: 'SGD' } });
    expect(parseMoney('RM1,234.56')).toEqual({ ok: true, value: { amount: 1234.56, currency: 'MYR' } });
  });
});

describe('looksLikeDate: a deadline is not when the order was placed', () => {
  it.each(['Respond by 9 Dec', 'Respond by Dec 9', 'Reply by 12/09/2026', 'Ship by 09/12/2026', 'Dispatch by 9 Dec'])('%s is no date', (text) => {
    expect(looksLikeDate(text)).toBe(false);
  });
  it.each(['5 Dec 2026 14:03', '07/12/2026 14:03', 'Dec 5, 2026 2:03 PM', 'Shipped by 9 Dec'])('%s is a date', (text) => {
    expect(looksLikeDate(text)).toBe(true);
  });
});

describe('parseStatus: a return on its way back to the seller is still open', () => {
  it.each<[string, OrderStatus]>([
    ['买家已退货，等待卖家确认收货', 'return_requested'],
    ['买家已经退货，等待卖家确认收货', 'return_requested'],
    ['买家已退货,等待卖家确认收货', 'return_requested'],
    // a finished return stays finished
    ['已退货', 'returned'],
  ])('%s → %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ status, known: true });
  });

  it('outranks the order shipped beside it, as a request the seller must answer', () => {
    expect(combineStatuses({ fulfilment: '卖家已发货', afterSales: '买家已退货，等待卖家确认收货' })).toEqual({
      status: 'return_requested',
      statusRaw: '卖家已发货 / 买家已退货，等待卖家确认收货',
    });
  });
});
