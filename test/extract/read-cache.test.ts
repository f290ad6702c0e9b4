// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demo } from '../../lib/adapters/demo';
import { createReadCache, readOrders } from '../../lib/extract';

const URL = 'http://order-sentinel-demo.localhost/orders';
const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);

const row = (id: string, paid: string, status = '待发货') =>
  `<tr><td>${id}</td><td>晴天小猪</td><td>手工冷制皂</td><td>1</td><td>${paid}</td><td>¥0.00</td><td>¥0.00</td><td>${paid}</td><td>2026-11-24 09:12:33</td><td>2026-11-24 09:13:02</td><td>${status}</td></tr>`;

function page(rows: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><body><table class="order-table"><thead><tr><th>订单号</th><th>买家</th><th>商品</th><th>数量</th><th>单价</th><th>运费</th><th>优惠</th><th>实付款</th><th>下单时间</th><th>付款时间</th><th>订单状态</th></tr></thead><tbody>${rows}</tbody></table></body>`,
    'text/html',
  );
}

describe('readOrders with a read cache', () => {
  it('returns the very same order for an unchanged row on the next read', () => {
    const doc = page(row('DS202611240001', '¥29.90') + row('DS202611240002', '¥59.00'));
    const cache = createReadCache();
    const first = readOrders(demo, doc, { url: URL, now: NOW }, cache);
    const second = readOrders(demo, doc, { url: URL, now: NOW + 1000 }, cache);
    expect(second.rows.map((r) => r.order.orderId)).toEqual(['DS202611240001', 'DS202611240002']);
    expect(second.rows[0]!.order).toBe(first.rows[0]!.order);
    expect(second.rows[1]!.order).toBe(first.rows[1]!.order);
  });

  it('reads a row again when its text changed, and a row added since', () => {
    const doc = page(row('DS202611240001', '¥29.90') + row('DS202611240002', '¥59.00'));
    const cache = createReadCache();
    readOrders(demo, doc, { url: URL, now: NOW }, cache);
    doc.querySelectorAll('tbody tr')[1]!.children[10]!.textContent = '已发货';
    const added = doc.createElement('tbody');
    added.innerHTML = row('DS202611240003', '¥10.00', '交易关闭');
    doc.querySelector('tbody')!.prepend(added.firstElementChild!);
    const again = readOrders(demo, doc, { url: URL, now: NOW + 1000 }, cache);
    expect(again.rows.map((r) => [r.order.orderId, r.order.status, r.order.money.paid])).toEqual([
      ['DS202611240003', 'cancelled', 10],
      ['DS202611240001', 'awaiting_shipment', 29.9],
      ['DS202611240002', 'shipped', 59],
    ]);
  });

  it('reads every row again an hour later (relative dates such as 昨天 move with the clock)', () => {
    const doc = page(row('DS202611240001', '¥29.90'));
    const cache = createReadCache();
    const first = readOrders(demo, doc, { url: URL, now: NOW }, cache);
    const later = readOrders(demo, doc, { url: URL, now: NOW + 3_600_000 }, cache);
    expect(later.rows[0]!.order).not.toBe(first.rows[0]!.order);
    expect(later.rows[0]!.order.source.observedAt).toBe(NOW + 3_600_000);
  });
});
