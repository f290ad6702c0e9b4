// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pageDataOrders, withPageData } from '../../lib/pagedata/ingest';
import { embeddedJsonOf, readTaobaoDetail, readTaobaoDetailScript } from '../../lib/pagedata/taobao-detail';
import { readPageData } from '../../lib/pagedata';
import { adapterById } from '../../lib/adapters';
import { readOrders } from '../../lib/extract';
import { mergeObserved } from '../../lib/ingest/merge';
import { buildContext, evaluate } from '../../lib/detectors';
import { type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const detailUrl = (id: string) => `https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${id}`;
const SHIPPED = detailUrl('3712811122233344455');
const COUPON = detailUrl('3712866600011122233');
const LIST = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
const AT = Date.UTC(2026, 10, 25, 4, 0);
/** A saved page: the list among the console's pages, the detail pages beside the other saved own data (they hold no list). */
const page = (name: string) => readFileSync(name === 'sold-items' ? 'test/fixtures/taobao/sold-items.2026-11.html' : `test/fixtures/pagedata/taobao-${name}.2026-11.html`, 'utf8');

/** The order a detail page's text gives, as the background builds it. */
function detailOrder(url: string, body: string, at = AT): Order {
  const r = pageDataOrders({ url, source: url, observedAt: at, body }, adapterById, []);
  if (r.kind !== 'read' || r.orders.length !== 1) throw new Error(JSON.stringify(r));
  return r.orders[0]!;
}

/** The order the saved 已卖出的宝贝 page shows under `id`. */
function listOrder(id: string): Order {
  const doc = new DOMParser().parseFromString(page('sold-items'), 'text/html');
  const row = readOrders(adapterById('taobao')!, doc, { url: LIST, now: AT - 3_600_000 }).rows.find((r) => r.order.orderId === id);
  if (!row) throw new Error(`no ${id} on the list`);
  return row.order;
}

describe("Taobao's order detail page read from the data it writes into its script", () => {
  it('gives the payment time, carrier, tracking number and buyer message the list does not show', () => {
    const o = detailOrder(SHIPPED, page('detail-shipped'));
    expect([o.marketplace, o.orderId, o.status, o.statusRaw, o.money.paid, o.money.currency]).toEqual(['taobao', '3712811122233344455', 'shipped', '卖家已发货，等待买家确认', 55, 'CNY']);
    // 2026-11-21 09:30:00 and 09:31:47 Beijing time.
    expect(new Date(o.placedAt).toISOString()).toBe('2026-11-21T01:30:00.000Z');
    expect(new Date(o.paidAt!).toISOString()).toBe('2026-11-21T01:31:47.000Z');
    expect([o.carrier, o.trackingNo, o.buyerMessage]).toEqual(['中通快递', '73112233445', '周末家里没人，麻烦放丰巢柜，谢谢']);
    expect(o.items).toEqual([
      { title: '艾草精油皂 3块装 家庭装', quantity: 1 },
      { title: '手工皂起泡网 双层', quantity: 2 },
    ]);
    expect(o.money.discount).toBeUndefined();
  });

  it("sums the order's coupons and shop discounts", () => {
    const o = detailOrder(COUPON, page('detail-coupon'));
    expect([o.orderId, o.status, o.money.paid, o.money.discount, o.carrier, o.trackingNo, o.buyerMessage]).toEqual(['3712866600011122233', 'awaiting_shipment', 58, 10, undefined, undefined, undefined]);
  });

  it('reports the read in the page-data health', () => {
    const r = pageDataOrders({ url: SHIPPED, source: SHIPPED, observedAt: AT, body: page('detail-shipped') }, adapterById, []);
    expect(r.kind === 'read' && r.health).toEqual({ ordersRead: 1, skipped: 0, at: AT });
  });

  it('merged into the order the list read, keeps the buyer, SKUs and prices the list showed', () => {
    const merged = mergeObserved(listOrder('3712811122233344455'), detailOrder(SHIPPED, page('detail-shipped')));
    expect([merged.buyer, merged.money.paid, merged.money.shipping, merged.money.subtotal, merged.carrier, merged.trackingNo]).toEqual(['山间清风2018', 55, 0, 55, '中通快递', '73112233445']);
    expect(merged.items).toEqual([
      { title: '艾草精油皂 3块装 家庭装', sku: '颜色分类：艾草', quantity: 1, unitPrice: 45 },
      { title: '手工皂起泡网 双层', sku: '颜色分类：白色', quantity: 2, unitPrice: 5 },
    ]);
    expect(merged.source.url).toBe(SHIPPED);
  });

  it('lets tracking-invalid judge the number: a ZTO number one digit short is a P1 only the detail page reveals', () => {
    const run = (order: Order) => evaluate([order], buildContext([order]), AT, DEFAULT_SETTINGS).findings.filter((f) => f.detector === 'tracking-invalid');
    const list = listOrder('3712811122233344455');
    expect(run(list)).toEqual([]);
    const [finding] = run(mergeObserved(list, detailOrder(SHIPPED, page('detail-shipped'))));
    expect([finding?.severity, finding?.evidence['check'], finding?.evidence['trackingNo'], finding?.explanation.zh]).toEqual([
      'P1',
      'malformed',
      '73112233445',
      '运单号 73112233445 不符合中通快递的格式（12–14 位数字）：请核对，以免被判虚假发货。',
    ]);
  });

  it('is read only on the detail page itself, of the order its address names', () => {
    const body = page('detail-shipped');
    expect(pageDataOrders({ url: LIST, source: SHIPPED, observedAt: AT, body }, adapterById, [])).toEqual({ kind: 'refused', reason: 'not an order detail of taobao' });
    expect(pageDataOrders({ url: SHIPPED, source: SHIPPED, observedAt: AT, body }, adapterById, ['taobao'])).toEqual({ kind: 'refused', reason: 'reading taobao is switched off' });
    expect(readPageData('https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=abc', body)).toEqual({ kind: 'none' });
    expect(readPageData('https://trade.taobao.com.evil.example/trade/detail/trade_item_detail.htm?bizOrderId=3712811122233344455', body)).toEqual({ kind: 'none' });
  });
});

describe('the embedded literal, decoded without running it', () => {
  it("decodes a script's escapes exactly", () => {
    const script = String.raw`var data = JSON.parse('{\"a\":\"\u4e2d\x41\\\"b\\n\u{1F600}\'\", \"c\":1}');`;
    expect(embeddedJsonOf(script)).toEqual({ ok: true, text: '{"a":"中A\\"b\\n😀\'", "c":1}' });
    expect(JSON.parse((embeddedJsonOf(script) as { text: string }).text)).toEqual({ a: '中A"b\n😀\'', c: 1 });
  });

  it('refuses what no script would accept, or what is not there', () => {
    expect(embeddedJsonOf("var x = 1;")).toEqual({ ok: false, reason: 'the page holds no order data' });
    expect(embeddedJsonOf("var data = JSON.parse('{\"a\":1}")).toEqual({ ok: false, reason: 'the order data ends before its closing quote' });
    expect(embeddedJsonOf("var data = JSON.parse('{\n}');")).toEqual({ ok: false, reason: 'the order data breaks its line' });
    expect(embeddedJsonOf(String.raw`var data = JSON.parse('\u12');`)).toEqual({ ok: false, reason: "'\\u' is no escape a script accepts" });
    expect(embeddedJsonOf(String.raw`var data = JSON.parse('\u{110000}');`)).toEqual({ ok: false, reason: "'\\u' is no escape a script accepts" });
    expect(embeddedJsonOf(String.raw`var data = JSON.parse('\12');`)).toEqual({ ok: false, reason: 'an octal escape is no data' });
  });

  it('stops at its cap: a 5 MB literal is refused after 2,000,000 characters, not read whole', () => {
    const big = `var data = JSON.parse('${'x'.repeat(5 * 1024 * 1024)}');`;
    expect(embeddedJsonOf(big)).toEqual({ ok: false, reason: 'larger than 2000000 characters' });
    const r = pageDataOrders({ url: SHIPPED, source: SHIPPED, observedAt: AT, body: undefined }, adapterById, []);
    expect(r.kind === 'read' && r.health).toEqual({ ordersRead: 0, skipped: 0, problem: "the page's script was too large to read", at: AT });
  });
});

describe('hostile or broken detail data', () => {
  const literal = (json: string) => `var data = JSON.parse('${json.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}');`;
  const problemOf = (body: string) => {
    const r = pageDataOrders({ url: SHIPPED, source: SHIPPED, observedAt: AT, body }, adapterById, []);
    return r.kind === 'read' ? [r.orders.length, r.health.problem] : r;
  };

  it('reports malformed JSON and writes nothing', () => {
    expect(problemOf(literal('{"mainOrder":{"id":"3712811122233344455",'))).toEqual([0, 'the order data is malformed: not JSON']);
    expect(problemOf(literal('{"mainOrder":{"id":1e309}}'))).toEqual([0, "the order data is malformed: 'id' is not a number JSON can hold"]);
    expect(problemOf(literal('{"mainOrders":[]}'))).toEqual([0, "not an order's detail data (mainOrder: Invalid input: expected object, received undefined)"]);
  });

  it('drops __proto__ keys and keeps script-like text as inert text', () => {
    const data = {
      __proto__: { polluted: true },
      buyMessage: '</script><script>alert(1)</script>',
      mainOrder: {
        id: '3712811122233344455',
        statusInfo: { text: '当前订单状态：卖家已发货，等待买家确认' },
        payInfo: { actualFee: { value: 55 } },
        orderInfo: { lines: [{ content: [{ value: { name: '创建时间:', value: '2026-11-21 09:30:00' } }] }] },
        tabs: 'not a list',
      },
      tabs: [{ id: 'logistics', content: { logisticsName: '<img src=x onerror=alert(1)>', logisticsNum: '73112233445', __proto__: { isAdmin: true } } }],
    };
    const json = JSON.stringify(data).replace('{"buyMessage"', '{"__proto__":{"polluted":true},"buyMessage"');
    const o = detailOrder(SHIPPED, literal(json));
    expect([o.buyerMessage, o.carrier]).toEqual(['</script><script>alert(1)</script>', '<img src=x onerror=alert(1)>']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
  });

  it('refuses an order number JSON could not hold exactly', () => {
    const read = readTaobaoDetail({ mainOrder: { id: 3712811122233344455, statusInfo: { text: '卖家已发货' } } });
    expect(read).toEqual({ ok: false, reason: "not an order's detail data (mainOrder.id: Too big: expected int to be <=9007199254740991)" });
  });

  it('reads no item lines unless every sub-order names its item and quantity', () => {
    const base = { mainOrder: { id: '3712811122233344455', statusInfo: { text: '卖家已发货' }, subOrders: [{ itemInfo: { title: '皂' }, quantity: 1 }, { itemInfo: { title: '网' } }] } };
    const read = readTaobaoDetail(base);
    expect(read.ok && read.rows[0]!.items).toEqual([]);
    expect(readTaobaoDetailScript('no data here')).toEqual({ ok: false, reason: 'the page holds no order data' });
  });
});

describe('a detail page names its order', () => {
  it("skips data of an order other than the one the page's address names", () => {
    const other = detailUrl('3712800000000000009');
    const r = pageDataOrders({ url: other, source: other, observedAt: AT, body: page('detail-shipped') }, adapterById, []);
    expect(r.kind === 'read' && [r.orders.length, r.health]).toEqual([0, { ordersRead: 0, skipped: 1, at: AT }]);
  });
});

describe("the detail tab's read status", () => {
  const taobao = adapterById('taobao')!;
  it('counts the order read from the page\'s own data as the page\'s read, never "the list is empty"', () => {
    expect(withPageData(undefined, SHIPPED, taobao, { ordersRead: 1, skipped: 0, at: AT })).toEqual({
      kind: 'read', adapter: 'taobao', marketplace: 'taobao', url: SHIPPED, ordersRead: 1, rowsSkipped: 0, skipped: [], at: AT,
    });
  });
  it('says why a detail page could not be read', () => {
    expect(withPageData(undefined, SHIPPED, taobao, { ordersRead: 0, skipped: 0, problem: 'the order data is malformed: not JSON', at: AT })).toEqual({
      kind: 'unsupported', url: SHIPPED, reason: 'the order data is malformed: not JSON', at: AT,
    });
  });
});
