import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pageDataOrders } from '../../lib/pagedata/ingest';
import { readPageData } from '../../lib/pagedata';
import { adapterById } from '../../lib/adapters';

const fixture = (name: string) => readFileSync(`test/fixtures/pagedata/${name}`, 'utf8');
const SOURCE = 'https://mms.pinduoduo.com/mangkhut/mms/recentOrderList';
const LIST = 'https://mms.pinduoduo.com/orders/list?msfrom=mms_sidenav';
const AT = Date.UTC(2026, 11, 6, 2, 0);
const read = (body: string | undefined, source = SOURCE, url = LIST) =>
  pageDataOrders({ url, source, observedAt: AT, body }, (id) => adapterById(id), []);

describe('Pinduoduo 订单查询 read from its recentOrderList response', () => {
  it('builds the orders a seller sees, with the promise to ship, the buyer and their message', () => {
    const r = read(fixture('pinduoduo-recentOrderList.2026-12.json'));
    if (r.kind !== 'read') throw new Error(r.kind);
    expect(r.health).toEqual({ ordersRead: 3, skipped: 0, at: AT });
    expect(r.orders.map((o) => [o.orderId, o.status, o.money.paid, o.money.currency, o.money.shipping])).toEqual([
      ['261128-583920174650112', 'awaiting_shipment', 59.9, 'CNY', 0],
      ['261201-112233445566778', 'shipped', 128, 'CNY', 5],
      ['261205-998877665544332', 'awaiting_shipment', 39, 'CNY', 0],
    ]);
    const first = r.orders[0]!;
    // 2026-11-28 10:05 and the promise 2026-11-30 10:07, Beijing time.
    expect(new Date(first.placedAt).toISOString()).toBe('2026-11-28T02:05:00.000Z');
    expect(new Date(first.paidAt!).toISOString()).toBe('2026-11-28T02:07:00.000Z');
    expect(new Date(first.shipBy!).toISOString()).toBe('2026-11-30T02:07:00.000Z');
    expect(first).toMatchObject({
      marketplace: 'pinduoduo',
      buyer: '小鱼儿',
      buyerMessage: '请发顺丰',
      items: [{ title: '纯棉四件套 1.8m床', sku: '浅灰色', quantity: 1 }],
      source: { url: LIST, adapter: 'pinduoduo', observedAt: AT },
    });
    // An empty seller remark is no remark; the second order's is kept.
    expect(first.sellerRemark).toBeUndefined();
    expect(r.orders[1]).toMatchObject({ sellerRemark: '已核对地址', items: [{ title: '加厚珊瑚绒毛毯', sku: '200x230cm 米白', quantity: 2 }] });
    // The item total is read as the list shows it (商品总价); discounts are not (no public source relates them
    // to order_amount): no amount alarm from a guess.
    expect(r.orders.map((o) => o.money.subtotal)).toEqual([59.9, 123, 39]);
    expect(r.orders.every((o) => o.money.discount === undefined)).toBe(true);
  });

  it('keeps script-like strings as inert text, drops __proto__ keys and skips the entries that are no order', () => {
    const r = read(fixture('pinduoduo-hostile.2026-12.json'));
    if (r.kind !== 'read') throw new Error(r.kind);
    expect(r.orders.map((o) => o.orderId)).toEqual(['261203-700000000000001']);
    expect(r.orders[0]).toMatchObject({
      items: [{ title: '<img src=x onerror="window.__osPwned=1"><script>window.__osPwned=1</script>' }],
      buyer: 'javascript:alert(1)',
      buyerMessage: "{{constructor.constructor('window.__osPwned=1')()}}",
    });
    expect(Object.getPrototypeOf(r.orders[0])).toBe(Object.prototype);
    expect(JSON.stringify(r.orders)).not.toContain('polluted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // A numeric order number and a negative amount: skipped, each with its reason.
    expect(r.health).toEqual({ ordersRead: 1, skipped: 2, at: AT });
    const direct = readPageData(SOURCE, fixture('pinduoduo-hostile.2026-12.json'));
    if (direct.kind !== 'read' || !direct.read.ok) throw new Error('not read');
    expect(direct.read.skipped).toEqual([
      { row: 2, reason: 'order_sn: Invalid input: expected string, received number' },
      { row: 3, orderId: '261203-700000000000003', reason: 'order_amount: Too small: expected number to be >=0' },
    ]);
  });

  it('refuses a response with 1e309 as malformed, and one past the cap, writing nothing', () => {
    expect(read(fixture('pinduoduo-1e309.2026-12.json'))).toMatchObject({
      kind: 'read',
      orders: [],
      health: { ordersRead: 0, skipped: 0, problem: "the response is malformed: 'order_amount' is not a number JSON can hold" },
    });
    expect(read(undefined)).toMatchObject({ kind: 'read', orders: [], health: { ordersRead: 0, problem: 'the response was too large to read' } });
    expect(read('{"success":false,"error_code":40001,"error_msg":"会话已过期"}')).toMatchObject({
      orders: [],
      health: { problem: 'the console answered with an error: 会话已过期' },
    });
    expect(read('<html>登录</html>')).toMatchObject({ orders: [], health: { problem: 'the response is malformed: not JSON' } });
  });

  it('reads only the documented address, and only on the order list, never from a console switched off', () => {
    const body = fixture('pinduoduo-recentOrderList.2026-12.json');
    expect(read(body, 'https://mms.pinduoduo.com/mangkhut/mms/orderDetail')).toEqual({ kind: 'none' });
    expect(read(body, 'https://mms.pinduoduo.com.evil.example/mangkhut/mms/recentOrderList')).toEqual({ kind: 'none' });
    expect(read(body, 'http://mms.pinduoduo.com/mangkhut/mms/recentOrderList')).toEqual({ kind: 'none' });
    expect(read(body, `${SOURCE}?page=2`)).toMatchObject({ kind: 'read', health: { ordersRead: 3 } });
    expect(read(body, SOURCE, 'https://mms.pinduoduo.com/orders/detail?sn=261128-583920174650112')).toEqual({
      kind: 'refused',
      reason: 'not an order list of pinduoduo',
    });
    expect(pageDataOrders({ url: LIST, source: SOURCE, observedAt: AT, body }, (id) => adapterById(id), ['pinduoduo'])).toEqual({
      kind: 'refused',
      reason: 'reading pinduoduo is switched off',
    });
  });
});
