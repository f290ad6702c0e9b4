// @vitest-environment happy-dom
// Labels in traditional characters (Taiwan's and Hong Kong's consoles: 蝦皮 Taiwan's 訂單編號, test/corpus/render/heldout12.mjs)
// and total lines in other languages (Kaspi's "Итого: 14 заказов") read as their simplified and English forms are.
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const page = (lang: string, body: string): Document => new DOMParser().parseFromString(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`, 'text/html');

describe('labels in traditional characters, totals in other languages', () => {
  it('reads cards whose order number, time and total are labelled in traditional characters', () => {
    const card = (id: string, time: string, paid: string, state: string) =>
      `<div><div><span><b>c***lin</b></span><span>下單時間 ${time}</span><span>訂單編號 ${id}</span></div><div><div>無線藍牙耳機</div><div><b>${paid}</b></div><div><span>${state}</span></div></div></div>`;
    const doc = page('zh-TW', `<main>${card('261207PEPMKJRK', '2026/12/07 14:03', 'NT$1,234', '待出貨')}${card('261206M3C9T1PA', '2026/12/06 09:41', 'NT$560', '已完成')}</main>`);
    const r = readOrders(genericAdapter({ language: 'zh-TW', timeZone: 'Asia/Taipei' }), doc, { url: 'https://seller.shopee.tw/portal/sale', now: NOW });
    expect(r.rows.map((x) => [x.order.orderId, new Date(x.order.placedAt).toISOString(), x.order.money.paid])).toEqual([
      ['261207PEPMKJRK', '2026-12-07T06:03:00.000Z', 1234],
      ['261206M3C9T1PA', '2026-12-06T01:41:00.000Z', 560],
    ]);
  });

  it('reads no order from a total line written in Russian', () => {
    const row = (id: string, date: string, sum: string) => `<tr><td>${id}</td><td>${date}</td><td>${sum}</td><td>Выдан</td></tr>`;
    const doc = page(
      'ru',
      `<table><thead><tr><th>Номер заказа</th><th>Дата заказа</th><th>Сумма</th><th>Статус</th></tr></thead><tbody>` +
        `${row('512804417', '06.12.2026 14:03', '12 990 ₸')}${row('512804522', '07.12.2026 09:41', '4 500 ₸')}<tr><td>Итого: 14 заказов</td><td></td><td>17 490 ₸</td><td></td></tr></tbody></table>`,
    );
    const r = readOrders(genericAdapter({ language: 'ru', timeZone: 'Asia/Almaty' }), doc, { url: 'https://kaspi.kz/mc/#/orders', now: NOW });
    expect(r.rows.map((x) => x.order.orderId)).toEqual(['512804417', '512804522']);
    expect(r.skipped).toEqual([]);
  });
});
