/**
 * The status words, amounts and dates of the seventh held-out set's consoles (NAVER 스마트스토어, Shoper, SHOPLINE,
 * BASE, Mercari Shops; test/corpus/render/heldout7.mjs has the sources), read as a seller reads them, and the
 * words left unknown because their consoles use them two ways.
 */
import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../lib/schema';
import { parseDateTime, parseMoney, parseStatus } from '../../lib/normalize';

describe('parseStatus: the seventh held-out set', () => {
  it.each<[string, OrderStatus]>([
    ['구매확정', 'completed'],
    ['przyjęte do realizacji', 'awaiting_shipment'],
    ['oczekiwanie na płatność', 'awaiting_payment'],
    ['przesyłka wysłana', 'shipped'],
    ['未出貨', 'awaiting_shipment'],
    ['已出貨', 'shipped'],
    ['已到達', 'delivered'],
    ['未発送', 'awaiting_shipment'],
    ['発送前', 'awaiting_shipment'],
    ['発送完了', 'shipped'],
    ['取引完了', 'completed'],
    ['キャンセル', 'cancelled'],
    // A cancellation still asked for is not a cancelled order: the seller has to answer it.
    ['キャンセル申請中', 'refund_requested'],
    ['キャンセル依頼あり', 'refund_requested'],
    // Known before this set, and read the same on its pages.
    ['gotowe do wysłania', 'awaiting_shipment'],
    ['anulowane', 'cancelled'],
    ['결제완료', 'awaiting_shipment'],
    ['取消完了', 'unknown'],
  ])('%s → %s', (text, status) => {
    expect(parseStatus(text).status).toBe(status);
  });

  // Left unknown on purpose: Shoper's Złożone is an order placed, paid or not; Zwrócone names a refund on one
  // Polish admin and a returned parcel on another; SHOPLINE's 待處理 is unpaid on some shops and to ship on others.
  it.each(['złożone', 'zwrócone', '待處理'])('leaves %s unknown', (text) => {
    expect(parseStatus(text)).toEqual({ status: 'unknown', known: false });
  });
});

describe('parseDateTime: Japanese era years', () => {
  const TOKYO = { timeZone: 'Asia/Tokyo', now: Date.UTC(2026, 11, 7, 12, 0) };
  it.each<[string, number]>([
    ['令和8年12月7日 14:03', Date.UTC(2026, 11, 7, 5, 3)],
    ['令和8年12月7日', Date.UTC(2026, 11, 6, 15, 0)],
    ['R8/12/7 14:03', Date.UTC(2026, 11, 7, 5, 3)],
    ['令和元年5月1日 09:00', Date.UTC(2019, 4, 1, 0, 0)],
    ['平成31年4月30日 23:59', Date.UTC(2019, 3, 30, 14, 59)],
    ['2026年12月7日 14:03', Date.UTC(2026, 11, 7, 5, 3)],
  ])('%s', (text, instant) => {
    expect(parseDateTime(text, TOKYO)).toEqual({ ok: true, value: instant });
  });

  it('reads the other dates of the set in their zones', () => {
    expect(parseDateTime('2026. 12. 07. 14:03', { timeZone: 'Asia/Seoul', now: Date.UTC(2026, 11, 7, 12) })).toEqual({ ok: true, value: Date.UTC(2026, 11, 7, 5, 3) });
    expect(parseDateTime('7 gru 2026, 14:03', { timeZone: 'Europe/Warsaw', now: Date.UTC(2026, 11, 7, 12) })).toEqual({ ok: true, value: Date.UTC(2026, 11, 7, 13, 3) });
    expect(parseDateTime('2026/12/07 14:03', { timeZone: 'Asia/Taipei', now: Date.UTC(2026, 11, 7, 12) })).toEqual({ ok: true, value: Date.UTC(2026, 11, 7, 6, 3) });
  });
});

describe('parseMoney: the seventh held-out set', () => {
  it.each<[string, number, string]>([
    ['1,234円', 1234, 'JPY'],
    ['¥1,234', 1234, 'JPY'],
    ['12,800원', 12800, 'KRW'],
    ['1234,56\u00a0zł', 1234.56, 'PLN'],
    ['12\u00a0345,67\u00a0zł', 12345.67, 'PLN'],
    ['NT$1,234', 1234, 'TWD'],
    ['￥1,007.90', 1007.9, 'CNY'],
  ])('%s', (text, amount, currency) => {
    // The page's own currency, as the reader passes it: ¥ is yen on a Japanese page and yuan on a Chinese one.
    expect(parseMoney(text, { currency })).toEqual({ ok: true, value: { amount, currency } });
  });
});
