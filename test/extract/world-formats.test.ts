// @vitest-environment happy-dom
// Money signs, month words and order-number labels of consoles outside China and the English web
// (the third and fourth held-out sets, test/corpus/render/heldout3.mjs and heldout4.mjs, cite them):
// a column of them must be typed as amounts or dates, and a block labelled 受注番号 read as an order.
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { currencyOfLanguage, genericAdapter } from '../../lib/extract/generic';
import { looksLikeDate, moneyStrength } from '../../lib/extract/sniff';

describe('amounts and dates in the seller’s own signs and words', () => {
  it('takes signs written after the number and Asian, Polish, Russian and Turkish codes for amounts', () => {
    const amounts = ['1,280円', '12,800원', '1 234,56 zł', '1.234.000₫', '1.234.000đ', '1 234 ₽', '₽1 234', '1.234,56 TL', 'RM 1,234.56', '₱1,234.00', 'MYR 88.00', 'PHP 1,234.00', '₺1.234,56'];
    expect(amounts.map(moneyStrength)).toEqual(amounts.map(() => 2));
  });

  it('keeps numbers without a sign or code as they were', () => {
    expect(['1280', '12 800', 'rm', '1,234.56'].map(moneyStrength)).toEqual([0, 0, 0, 1]);
  });

  it('takes a day, a month word of any language and a year for a date, and a count of items for none', () => {
    const dates = ['5 декабря 2026 г. в 14:03', '6 Aralık 2026 14:03', '5 grudnia 2026', '5 de dez. de 2026', '5. Dez. 2026', 'grudzień 5, 2026'];
    expect(dates.map(looksLikeDate)).toEqual(dates.map(() => true));
    expect(['5 items', '12 件商品', 'Qty 3', 'Order 2026'].map(looksLikeDate)).toEqual([false, false, false, false]);
  });
});

describe('the currency of a bare amount on a page in the seller’s language', () => {
  it('is the region’s own, else the language’s, never a silent US dollar', () => {
    const langs = ['ms-MY', 'en-PH', 'vi-VN', 'id-ID', 'th-TH', 'tr-TR', 'ru-RU', 'es-AR', 'es-CL', 'es-CO', 'es-PE', 'vi', 'tr', 'ru', 'es-ES', 'en'];
    expect(langs.map(currencyOfLanguage)).toEqual(['MYR', 'PHP', 'VND', 'IDR', 'THB', 'TRY', 'RUB', 'ARS', 'CLP', 'COP', 'PEN', 'VND', 'TRY', 'RUB', 'EUR', '']);
  });
});

describe('order numbers behind Japanese and Korean labels', () => {
  const NOW = Date.parse('2026-12-06T10:00:00+09:00');
  const page = (lang: string, body: string): Document =>
    new DOMParser().parseFromString(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`, 'text/html');

  it('reads order blocks whose header line names 受注番号 (Rakuten RMS)', () => {
    const block = (id: string, at: string, total: string) => `<div class="o"><div>受注番号：${id}</div><div>注文日時：${at}</div><div>合計：${total}</div><div>発送待ち</div></div>`;
    const doc = page('ja-JP', `<div>${block('123456-20261205-0000001', '2026/12/05 14:03', '1,280円')}${block('123456-20261205-0000002', '2026/12/05 15:10', '3,400円')}${block('123456-20261204-0000003', '2026/12/04 09:00', '980円')}</div>`);
    const ja = genericAdapter({ language: 'ja-JP', timeZone: 'Asia/Tokyo' });
    const result = readOrders(ja, doc, { url: 'https://rms.example.test/orders', now: NOW });
    expect(result.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.money.currency, new Date(r.order.placedAt).toISOString()])).toEqual([
      ['123456-20261205-0000001', 1280, 'JPY', '2026-12-05T05:03:00.000Z'],
      ['123456-20261205-0000002', 3400, 'JPY', '2026-12-05T06:10:00.000Z'],
      ['123456-20261204-0000003', 980, 'JPY', '2026-12-04T00:00:00.000Z'],
    ]);
  });
});
