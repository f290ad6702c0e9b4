// @vitest-environment happy-dom
// A phone screen's order card puts two values on one line between spaced middle dots: 微店's time
// and masked buyer ("2026-12-07 06:46:33 · 陈** 199****6324"). Read as two texts, the card has its
// order time and the masked phone is no part of it (lib/extract/meaning.ts chunksOf;
// test/corpus/render/heldout7.mjs cites the page).
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';

const NOW = Date.UTC(2026, 11, 7, 1, 5, 0);
const adapter = genericAdapter({ language: 'zh-CN', timeZone: 'Asia/Shanghai' });

function card(id: string, status: string, line: string, total: string): string {
  return (
    `<div><div><p>订单号 ${id}</p><div><span>${status}</span></div></div><hr>` +
    `<div><div><p>手冲咖啡豆 250g</p><span>商品ID 5862789889</span></div><div><p>¥62.28</p><span>×1</span></div></div><hr>` +
    `<span>${line}</span><div><span>物流 4622199358653</span><p>合计 ${total}</p></div></div>`
  );
}

describe('order cards with the time and the buyer on one line', () => {
  it('reads each card at the time before the middle dot', () => {
    const doc = new DOMParser().parseFromString(
      `<!doctype html><html lang="zh-CN"><body><h6>订单</h6><div>` +
        card('703253221006422', '已完成', '2026-12-07 06:46:33 · 陈** 199****6324', '¥1,326.42') +
        card('782137145502971', '已发货', '2026-12-07 03:46:29 · 张** 131****4490', '¥373.25') +
        `</div></body></html>`,
      'text/html',
    );
    const read = readOrders(adapter, doc, { url: 'https://admin.example.test/orders', now: NOW });
    expect(read.skipped).toEqual([]);
    expect(read.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.placedAt, r.order.status])).toEqual([
      ['703253221006422', 1326.42, Date.UTC(2026, 11, 6, 22, 46, 33), 'completed'],
      ['782137145502971', 373.25, Date.UTC(2026, 11, 6, 19, 46, 29), 'shipped'],
    ]);
  });
});
