// @vitest-environment happy-dom
// The reader no longer parses each row with zod: its own checks must let through
// exactly what the Order schema accepts, and refuse the rest with the schema's words.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/adapters';
import { demo } from '../../lib/adapters/demo';
import type { Adapter } from '../../lib/adapters/types';
import { readOrders } from '../../lib/extract';
import { orderShapeProblem } from '../../lib/extract/order';
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
    // Every console's every saved page: more than vitest's five seconds on a busy machine.
  }, 30_000);

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

  it('refuses exactly what the schema refuses, with the first issue the schema reports', () => {
    const valid: Order = {
      marketplace: 'taobao',
      orderId: '3712804412345678901',
      placedAt: NOW,
      paidAt: NOW,
      shipBy: NOW,
      status: 'awaiting_shipment',
      statusRaw: '待发货',
      items: [{ title: '手工皂', quantity: 2, unitPrice: 19.9 }],
      money: { currency: 'CNY', paid: 39.8, subtotal: 39.8, shipping: 0, discount: 0 },
      source: { url: 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm', adapter: 'taobao', observedAt: NOW },
    };
    const out: Array<[string, Partial<Order> & { money?: Order['money']; source?: Order['source'] }]> = [
      ['marketplace', { marketplace: 'aliexpress' as Order['marketplace'] }],
      ['empty id', { orderId: '' }],
      ['long id', { orderId: '9'.repeat(101) }],
      ['fractional time', { placedAt: 1.5 }],
      ['negative time', { paidAt: -1 }],
      ['unsafe time', { shipBy: 2 ** 60 }],
      ['unsafe negative time', { placedAt: -(2 ** 60) }],
      ['NaN time', { placedAt: Number.NaN }],
      ['infinite time', { paidAt: Number.POSITIVE_INFINITY }],
      ['status', { status: 'lost' as Order['status'] }],
      ['items', { items: Array.from({ length: 501 }, () => ({ title: 'x', quantity: 1 })) }],
      ['currency', { money: { ...valid.money, currency: 'yuan' } }],
      ['NaN paid', { money: { ...valid.money, paid: Number.NaN } }],
      ['infinite subtotal', { money: { ...valid.money, subtotal: Number.NEGATIVE_INFINITY } }],
      ['NaN shipping', { money: { ...valid.money, shipping: Number.NaN } }],
      ['infinite discount', { money: { ...valid.money, discount: Number.POSITIVE_INFINITY } }],
      ['empty adapter', { source: { ...valid.source, adapter: '' } }],
      ['long adapter', { source: { ...valid.source, adapter: 'a'.repeat(65) } }],
      ['observed time', { source: { ...valid.source, observedAt: -5 } }],
      ['two problems: the first field wins', { orderId: '', status: 'lost' as Order['status'] }],
    ];
    expect(Order.parse(valid)).toStrictEqual(valid);
    expect(orderShapeProblem(valid)).toBeUndefined();
    for (const [name, change] of out) {
      const order = { ...valid, ...change };
      const parsed = Order.safeParse(order);
      const issue = parsed.success ? undefined : parsed.error.issues[0];
      expect([name, orderShapeProblem(order)]).toEqual([name, issue && `${issue.path.join('.')}: ${issue.message}`]);
      expect([name, issue !== undefined]).toEqual([name, true]);
    }
    expect(orderShapeProblem({ ...valid, shipBy: 2 ** 60 })).toBe('shipBy: Too big: expected int to be <=9007199254740991');
  });
});
