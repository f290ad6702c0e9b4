import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pageDataOrders } from '../../lib/pagedata/ingest';
import { readPageData } from '../../lib/pagedata';
import { adapterById } from '../../lib/adapters';
import { buildContext, evaluate } from '../../lib/detectors';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { orderKey } from '../../lib/schema';

const fixture = (name: string) => readFileSync(`test/fixtures/pagedata/${name}`, 'utf8');
const SOURCE = 'https://fxg.jinritemai.com/api/order/searchlist?page=0&pageSize=10&order_by=create_time&order=desc&tab=all';
const LIST = 'https://fxg.jinritemai.com/ffa/morder/order/list';
const AT = Date.UTC(2026, 11, 7, 2, 0);
const read = (body: string | undefined, source = SOURCE, url = LIST) => pageDataOrders({ url, source, observedAt: AT, body }, (id) => adapterById(id), []);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('Douyin 订单管理 read from its searchlist answer', () => {
  it('builds the orders with what the table leaves out: the payment time and the latest time to ship', () => {
    const r = read(fixture('douyin-searchlist.2026-12.json'));
    if (r.kind !== 'read') throw new Error(r.kind);
    expect(r.health).toEqual({ ordersRead: 4, skipped: 0, at: AT });
    expect(r.orders.map((o) => [o.orderId, o.status, o.statusRaw, o.money.paid, o.money.currency, o.money.shipping, o.buyer])).toEqual([
      ['6938812345678907001', 'awaiting_shipment', '待发货', 79.8, 'CNY', 0, '皂友阿青'],
      ['6938812345678907002', 'refund_requested', '待发货 / 退款中', 45, 'CNY', 0, '晚归的猫'],
      ['6938812345678907003', 'shipped', '已发货', 86, 'CNY', 8, '清风徐来'],
      ['6938812345678907004', 'awaiting_payment', '待支付', 29.9, 'CNY', 0, '小满'],
    ]);
    // Placed 2026-11-28 10:00:00, paid 10:01:40, to ship by 2026-12-01 10:01:40 (a 72 h promise), Beijing time.
    expect(r.orders.map((o) => [iso(o.placedAt), iso(o.paidAt), iso(o.shipBy)])).toEqual([
      ['2026-11-28T02:00:00.000Z', '2026-11-28T02:01:40.000Z', '2026-12-01T02:01:40.000Z'],
      ['2026-12-03T13:15:00.000Z', '2026-12-03T13:15:20.000Z', '2026-12-05T13:15:20.000Z'],
      ['2026-11-25T00:30:00.000Z', '2026-11-25T00:31:00.000Z', '2026-11-27T00:31:00.000Z'],
      // Not paid yet: pay_time and exp_ship_time are 0, so neither is read.
      ['2026-12-06T14:40:00.000Z', undefined, undefined],
    ]);
    expect(r.orders[0]).toMatchObject({
      marketplace: 'douyin',
      buyerMessage: '请用纸箱包装',
      items: [
        { title: '手工冷制皂 玫瑰精油 100g', sku: '玫瑰；100g', quantity: 1, unitPrice: 39.9 },
        { title: '手工冷制皂 薰衣草 100g', sku: '薰衣草；100g', quantity: 1, unitPrice: 39.9 },
      ],
      source: { url: LIST, adapter: 'douyin', observedAt: AT },
    });
    // An empty remark is none. The shipped order's tracking number is left unread (lib/pagedata/douyin.ts says why).
    expect(r.orders.map((o) => [o.sellerRemark, o.trackingNo])).toEqual([
      [undefined, undefined],
      ['买家说拍错了', undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    // The answer names no request time for the refund: none is made up, its clock starts when first seen.
    expect(r.orders.every((o) => o.requestedAt === undefined && o.money.discount === undefined)).toBe(true);
  });

  it('raises refund-pending on the order whose item is 退款中, counted from when it was first seen, and nothing of the kind on the others', () => {
    const r = read(fixture('douyin-searchlist.2026-12.json'));
    if (r.kind !== 'read') throw new Error(r.kind);
    const statusSince = new Map(r.orders.map((o) => [orderKey(o), AT]));
    const now = AT + 49 * 3_600_000;
    const { findings } = evaluate(r.orders, buildContext(r.orders, { statusSince }), now, DEFAULT_SETTINGS);
    const refund = findings.filter((f) => f.detector === 'refund-pending');
    // 抖店 agrees a request before shipping by itself after 48 h: past that, P1.
    expect(refund.map((f) => [f.orderId, f.severity])).toEqual([['6938812345678907002', 'P1']]);
    expect(refund[0]!.evidence).toMatchObject({ requestedAt: '2026-12-07T02:00:00.000Z', requestedAtSource: 'first observed', decisionAt: '2026-12-09T02:00:00.000Z' });
    // The late order's deadline is the answer's exp_ship_time, not 48 h after the order.
    const late = findings.filter((f) => f.detector === 'ship-deadline').map((f) => [f.orderId, f.severity]);
    expect(late).toEqual([['6938812345678907001', 'P1']]);
  });

  it('keeps script-like strings as inert text, drops __proto__ keys and skips the entries that are no order', () => {
    const r = read(fixture('douyin-hostile.2026-12.json'));
    if (r.kind !== 'read') throw new Error(r.kind);
    expect(r.orders.map((o) => o.orderId)).toEqual(['6938812345678905001']);
    expect(r.orders[0]).toMatchObject({
      items: [{ title: '<img src=x onerror="window.__osPwned=1"><script>window.__osPwned=1</script>', sku: '默认' }],
      buyer: 'javascript:alert(1)',
      buyerMessage: "{{constructor.constructor('window.__osPwned=1')()}}",
    });
    expect(Object.getPrototypeOf(r.orders[0])).toBe(Object.prototype);
    expect(JSON.stringify(r.orders)).not.toContain('polluted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(r.health).toEqual({ ordersRead: 1, skipped: 2, at: AT });
    const direct = readPageData(SOURCE, fixture('douyin-hostile.2026-12.json'));
    if (direct.kind !== 'read' || !direct.read.ok) throw new Error('not read');
    // A 19-digit order number as a JSON number has lost its last digits: refused, never stored as another order.
    expect(direct.read.skipped).toEqual([
      { row: 2, reason: 'shop_order_id: Invalid input: expected string, received number' },
      { row: 3, orderId: '6938812345678905003', reason: 'pay_amount: Too small: expected number to be >=0' },
    ]);
  });

  it('refuses a response with 1e309, one past the cap, an error answer and a login page, writing nothing', () => {
    expect(read(fixture('douyin-1e309.2026-12.json'))).toMatchObject({
      kind: 'read',
      orders: [],
      health: { ordersRead: 0, skipped: 0, problem: "the response is malformed: 'pay_amount' is not a number JSON can hold" },
    });
    expect(read(undefined)).toMatchObject({ kind: 'read', orders: [], health: { ordersRead: 0, problem: 'the response was too large to read' } });
    expect(read('{"st":10008,"code":10008,"msg":"用户未登录","data":null}')).toMatchObject({ orders: [], health: { problem: 'the console answered with an error: 用户未登录' } });
    expect(read('{"code":0,"data":{"list":[]}}')).toMatchObject({ orders: [], health: { problem: "not the order list's data (data: Invalid input: expected array, received object)" } });
    expect(read('<html>登录</html>')).toMatchObject({ orders: [], health: { problem: 'the response is malformed: not JSON' } });
  });

  it('reads only the documented address, and only on 订单管理, never from a console switched off', () => {
    const body = fixture('douyin-searchlist.2026-12.json');
    expect(read(body, 'https://fxg.jinritemai.com/api/order/searchlistX')).toEqual({ kind: 'none' });
    expect(read(body, 'https://fxg.jinritemai.com/api/order/tabcnt?tab=all')).toEqual({ kind: 'none' });
    expect(read(body, 'https://fxg.jinritemai.com.evil.example/api/order/searchlist')).toEqual({ kind: 'none' });
    expect(read(body, 'http://fxg.jinritemai.com/api/order/searchlist')).toEqual({ kind: 'none' });
    expect(read(body, 'https://fxg.jinritemai.com/api/order/searchlist')).toMatchObject({ kind: 'read', health: { ordersRead: 4 } });
    expect(read(body, SOURCE, 'https://fxg.jinritemai.com/ffa/mshop/homepage/index')).toEqual({ kind: 'refused', reason: 'not an order list of douyin' });
    expect(pageDataOrders({ url: LIST, source: SOURCE, observedAt: AT, body }, (id) => adapterById(id), ['douyin'])).toEqual({
      kind: 'refused',
      reason: 'reading douyin is switched off',
    });
  });
});
