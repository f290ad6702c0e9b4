import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pageDataOrders } from '../../lib/pagedata/ingest';
import { readPageData } from '../../lib/pagedata';
import { adapterById } from '../../lib/adapters';

const SOURCE = 'https://trade.taobao.com/trade/itemlist/asyncSold.htm?event_submit_do_query=1&_input_charset=utf8';
const LIST = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
const AT = Date.UTC(2026, 11, 6, 2, 0);
const body = readFileSync('test/fixtures/pagedata/taobao-asyncSold.2026-12.json', 'utf8');

describe('Taobao 已卖出的宝贝 read from its asyncSold.htm answer', () => {
  it('builds the orders with their status text, amount paid, shipping, buyer and item lines', () => {
    const r = pageDataOrders({ url: LIST, source: SOURCE, observedAt: AT, body }, (id) => adapterById(id), []);
    if (r.kind !== 'read') throw new Error(r.kind);
    expect(r.orders.map((o) => [o.orderId, o.status, o.statusRaw, o.money.paid, o.money.shipping, o.money.currency, o.buyer])).toEqual([
      ['3799100000000000011', 'awaiting_shipment', '买家已付款', 89, 10, 'CNY', 'tb_buyer_a'],
      ['3799100000000000012', 'shipped', '卖家已发货', 45.8, undefined, 'CNY', '星星点灯'],
    ]);
    // 2026-12-04 20:15:31 Beijing time.
    expect(new Date(r.orders[0]!.placedAt).toISOString()).toBe('2026-12-04T12:15:31.000Z');
    expect(r.orders[1]!.items).toEqual([{ title: '羊毛袜 三双装', sku: '尺码：均码；颜色：灰', quantity: 2 }]);
    expect(r.health).toEqual({ ordersRead: 2, skipped: 1, at: AT });
  });

  it('refuses an order number JSON could not hold exactly, rather than store it as another order', () => {
    const read = readPageData(SOURCE, body);
    if (read.kind !== 'read' || !read.read.ok) throw new Error('not read');
    expect(read.read.skipped).toEqual([{ row: 3, reason: 'id: Too big: expected int to be <=9007199254740991' }]);
  });

  it('reads nothing from another address of the same host', () => {
    expect(readPageData('https://trade.taobao.com/trade/itemlist/asyncBought.htm', body)).toEqual({ kind: 'none' });
  });
});
