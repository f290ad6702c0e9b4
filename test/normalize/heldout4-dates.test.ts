/**
 * The date formats of the fourth held-out set's consoles (test/corpus/render/heldout4.mjs), each in its
 * console's zone, and Russian month words (Ozon and Wildberries write "5 декабря 2026 г. в 14:03" in
 * their order cards and exports): the genitive and the abbreviated month, with г. and в between.
 */
import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../../lib/normalize';

const NOW = Date.UTC(2026, 11, 6, 12, 0);
const at = (text: string, timeZone: string, dateOrder: 'MDY' | 'DMY' = 'DMY'): string | undefined => {
  const r = parseDateTime(text, { timeZone, dateOrder, now: NOW });
  return r.ok ? new Date(r.value).toISOString() : undefined;
};

describe('parseDateTime: the fourth held-out set', () => {
  it.each<[string, string, 'MDY' | 'DMY', string]>([
    ['2026-12-05 14:03:22', 'Asia/Shanghai', 'MDY', '2026-12-05T06:03:22.000Z'], // 京东
    ['Dec 5, 2026 2:03 PM PST', 'America/Los_Angeles', 'MDY', '2026-12-05T22:03:00.000Z'], // Amazon Seller Central
    ['Dec 5, 2026 2:03 PM CST', 'America/Chicago', 'MDY', '2026-12-05T20:03:00.000Z'],
    ['05.12.2026 14:03', 'Europe/Moscow', 'DMY', '2026-12-05T11:03:00.000Z'], // Ozon
    ['6 Aralık 2026 14:03', 'Europe/Istanbul', 'DMY', '2026-12-06T11:03:00.000Z'], // Trendyol
    ['5 Dec 2026, 2:03 pm', 'Asia/Kolkata', 'DMY', '2026-12-05T08:33:00.000Z'], // Flipkart, en-IN
  ])('%s in %s', (text, zone, order, iso) => {
    expect(at(text, zone, order)).toBe(iso);
  });
});

describe('parseDateTime: Russian month words', () => {
  it.each<[string, string]>([
    ['5 декабря 2026 14:03', '2026-12-05T11:03:00.000Z'],
    ['5 декабря 2026 г. в 14:03', '2026-12-05T11:03:00.000Z'],
    ['5 дек. 2026, 14:03', '2026-12-05T11:03:00.000Z'],
    ['31 мая 2026', '2026-05-30T21:00:00.000Z'],
    ['1 января 2026', '2025-12-31T21:00:00.000Z'],
    ['15 сентября 2026 09:30', '2026-09-15T06:30:00.000Z'],
  ])('%s in Moscow', (text, iso) => {
    expect(at(text, 'Europe/Moscow')).toBe(iso);
  });

  it('gives a Russian date without a year the year an English one gets', () => {
    expect(at('5 декабря 14:03', 'Europe/Moscow')).toBe('2026-12-05T11:03:00.000Z');
    expect(at('20 декабря 14:03', 'Europe/Moscow')).toBe(at('20 Dec 14:03', 'Europe/Moscow'));
    expect(at('20 июня 14:03', 'Europe/Moscow')).toBe(at('20 Jun 14:03', 'Europe/Moscow'));
  });

  it('refuses a Cyrillic word that is no month', () => {
    expect(parseDateTime('5 заказов 2026', { timeZone: 'Europe/Moscow', now: NOW }).ok).toBe(false);
  });
});
