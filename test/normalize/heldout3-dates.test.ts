/**
 * The date formats of the third held-out set's consoles (test/corpus/render/heldout3.mjs), each in its
 * console's zone and day order, and a card's label run into its date in any language: words without a
 * digit before a colon are the label, never part of the date.
 */
import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../../lib/normalize';

const NOW = Date.UTC(2026, 11, 6, 12, 0);
const at = (text: string, timeZone: string, dateOrder: 'MDY' | 'DMY'): string | undefined => {
  const r = parseDateTime(text, { timeZone, dateOrder, now: NOW });
  return r.ok ? new Date(r.value).toISOString() : undefined;
};

describe('parseDateTime: the third held-out set', () => {
  it.each<[string, string, 'MDY' | 'DMY', string]>([
    ['2026/12/05 14:03', 'Asia/Shanghai', 'MDY', '2026-12-05T06:03:00.000Z'], // 微信视频号小店
    ['2026/12/05 14:03:22', 'Asia/Tokyo', 'MDY', '2026-12-05T05:03:22.000Z'], // Rakuten RMS
    ['12/05/2026 2:03 PM', 'America/Los_Angeles', 'MDY', '2026-12-05T22:03:00.000Z'], // TikTok Shop US
    ['05.12.2026, 14:03', 'Europe/Warsaw', 'DMY', '2026-12-05T13:03:00.000Z'], // Allegro
    ['2026.12.05 14:03', 'Asia/Seoul', 'MDY', '2026-12-05T05:03:00.000Z'], // Coupang
    ['05 Dec 2026 14:03', 'Asia/Kuala_Lumpur', 'DMY', '2026-12-05T06:03:00.000Z'], // Lazada
    ['05/12/2026 14:03', 'Asia/Ho_Chi_Minh', 'DMY', '2026-12-05T07:03:00.000Z'], // Shopee Vietnam
    ['12/5/26, 2:03 PM', 'America/New_York', 'MDY', '2026-12-05T19:03:00.000Z'], // Vendure
    ['5 Dec 2026, 14:03', 'Europe/London', 'DMY', '2026-12-05T14:03:00.000Z'], // Ecwid UK
    ['05/12/2026', 'Europe/London', 'DMY', '2026-12-05T00:00:00.000Z'], // OpenCart, a date alone
    ['12/5/2026 2:03:22 PM', 'America/Chicago', 'MDY', '2026-12-05T20:03:22.000Z'], // nopCommerce
  ])('%s in %s', (text, zone, order, iso) => {
    expect(at(text, zone, order)).toBe(iso);
  });

  it.each<[string, string, 'MDY' | 'DMY', string]>([
    ['注文日時：2026/12/06 07:00:27', 'Asia/Tokyo', 'MDY', '2026-12-05T22:00:27.000Z'],
    ['주문일시: 2026.12.05 14:03', 'Asia/Seoul', 'MDY', '2026-12-05T05:03:00.000Z'],
    ['Ngày đặt hàng: 05/12/2026 14:03', 'Asia/Ho_Chi_Minh', 'DMY', '2026-12-05T07:03:00.000Z'],
    ['Data zakupu: 05.12.2026, 14:03', 'Europe/Warsaw', 'DMY', '2026-12-05T13:03:00.000Z'],
  ])('reads a label with its colon run into its date: %s', (text, zone, order, iso) => {
    expect(at(text, zone, order)).toBe(iso);
  });

  it.each<[string, string, 'MDY' | 'DMY', string]>([
    ['05.12.2026, 14:03 Uhr', 'Europe/Berlin', 'DMY', '2026-12-05T13:03:00.000Z'],
    ['5. Dezember 2026 um 14:03 Uhr MEZ', 'Europe/Berlin', 'DMY', '2026-12-05T13:03:00.000Z'],
    ['5 dic 2026 14:03 hs.', 'America/Argentina/Buenos_Aires', 'DMY', '2026-12-05T17:03:00.000Z'],
    ['2026年12月5日(土) 14:03', 'Asia/Tokyo', 'MDY', '2026-12-05T05:03:00.000Z'],
    ['2026/12/05（土曜日） 14:03', 'Asia/Tokyo', 'MDY', '2026-12-05T05:03:00.000Z'],
    ['2026/12/05 午後2:03', 'Asia/Tokyo', 'MDY', '2026-12-05T05:03:00.000Z'],
    ['2026. 12. 5. 오후 2:03', 'Asia/Seoul', 'MDY', '2026-12-05T05:03:00.000Z'],
    ['2026년 12월 5일 (토) 14:03', 'Asia/Seoul', 'MDY', '2026-12-05T05:03:00.000Z'],
    ['12월 5일 오전 9:15', 'Asia/Seoul', 'MDY', '2026-12-05T00:15:00.000Z'],
    ['5 thg 12, 2026 14:03', 'Asia/Ho_Chi_Minh', 'DMY', '2026-12-05T07:03:00.000Z'],
    ['ngày 5 tháng 12 năm 2026 14:03', 'Asia/Ho_Chi_Minh', 'DMY', '2026-12-05T07:03:00.000Z'],
    ['5 Des 2026, 14:03', 'Asia/Jakarta', 'DMY', '2026-12-05T07:03:00.000Z'],
    ['5 Agu 2026 09:00', 'Asia/Jakarta', 'DMY', '2026-08-05T02:00:00.000Z'],
    ['5 grudnia 2026, 14:03', 'Europe/Warsaw', 'DMY', '2026-12-05T13:03:00.000Z'],
    ['5 gru 2026, 14:03', 'Europe/Warsaw', 'DMY', '2026-12-05T13:03:00.000Z'],
    ['5 maart 2026 14:03', 'Europe/Amsterdam', 'DMY', '2026-03-05T13:03:00.000Z'],
    ['5 Aralık 2026 14:03', 'Europe/Istanbul', 'DMY', '2026-12-05T11:03:00.000Z'],
  ])('reads %s in %s', (text, zone, order, iso) => {
    expect(at(text, zone, order)).toBe(iso);
  });

  it('takes the Hawaiian zone after a time, not an o\'clock word', () => {
    expect(at('12/05/2026 2:03 PM HST', 'America/New_York', 'MDY')).toBe('2026-12-06T00:03:00.000Z');
  });

  it('takes no clock time for a label: 14:03 before the date stays the time', () => {
    expect(at('14:03 05/12/2026', 'Asia/Ho_Chi_Minh', 'DMY')).toBe('2026-12-05T07:03:00.000Z');
  });

  it('still refuses a label with no date after it', () => {
    expect(at('注文日時：', 'Asia/Tokyo', 'MDY')).toBeUndefined();
  });
});
