// @vitest-environment happy-dom
// The reader no longer parses each row with zod (issue 7): its own checks must let through
// exactly what the Order schema accepts, and refuse the rest with the schema's words.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/adapters';
import { demo } from '../../lib/adapters/demo';
import type { Adapter } from '../../lib/adapters/types';
import { readOrders } from '../../lib/extract';
import { testUrlsOf } from '../adapters/test-urls';
import { Order } from '../../lib/schema';

const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);
const DEMO_URL = 'http://order-sentinel-demo.localhost/orders';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

describe('orders read without a zod parse per row', () => {
  it('are exactly what the Order schema gives back, on every adapter fixture', () => {
    let compared = 0;
    for (const adapter of ADAPTERS) {
      const dir = `test/fixtures/${adapter.id}`;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
        const doc = new DOMParser().parseFromString(readFileSync(`${dir}/${file}`, 'utf8'), 'text/html');
        for (const url of testUrlsOf(adapter).match) {
          for (const { order } of readOrders(adapter, doc, { url, now: NOW }).rows) {
            expect(Order.parse(order), `${adapter.id} ${file} ${order.orderId}`).toStrictEqual(order);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('skips an order of more than 500 items with the schema’s reason', () => {
    const items = Array.from({ length: 501 }, (_, i) =>
      i === 0
        ? `<tr><td rowspan="501">DS202611240001</td><td>皂 ${i}</td><td>1</td><td rowspan="501">¥501.00</td><td rowspan="501">2026-11-24 09:12:33</td></tr>`
        : `<tr><td>皂 ${i}</td><td>1</td></tr>`,
    );
    const doc = page(
      `<table class="order-table"><thead><tr><th>订单号</th><th>商品</th><th>数量</th><th>实付款</th><th>下单时间</th></tr></thead><tbody>${items.join('')}</tbody></table>`,
    );
    const result = readOrders(demo, doc, { url: DEMO_URL, now: NOW });
    expect(result.rows).toEqual([]);
    expect(result.skipped).toEqual([
      { row: 1, orderId: 'DS202611240001', reason: 'items: Too big: expected array to have <=500 items' },
    ]);
  });

  it('skips an order whose console currency is not an ISO code with the schema’s reason', () => {
    const odd: Adapter = { ...demo, id: 'odd', currency: 'yuan' };
    const doc = page(
      `<table class="order-table"><thead><tr><th>订单号</th><th>实付款</th><th>下单时间</th></tr></thead><tbody>` +
        `<tr><td>DS202611240001</td><td>12.00</td><td>2026-11-24 09:12:33</td></tr>` +
        `<tr><td>DS202611240002</td><td>¥12.00</td><td>2026-11-24 09:12:33</td></tr></tbody></table>`,
    );
    const result = readOrders(odd, doc, { url: DEMO_URL, now: NOW });
    expect(result.rows.map((r) => [r.order.orderId, r.order.money])).toEqual([['DS202611240002', { currency: 'CNY', paid: 12 }]]);
    expect(result.skipped).toEqual([
      { row: 1, orderId: 'DS202611240001', reason: 'money.currency: Invalid string: must match pattern /^[A-Z]{3}$/' },
    ]);
  });
});
