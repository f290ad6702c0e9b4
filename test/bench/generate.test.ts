// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demo } from '../../lib/adapters/demo';
import { taobao } from '../../lib/adapters/taobao';
import { readOrders } from '../../lib/extract';
import { DEMO_URL, demoPage, generateOrders, shanghaiTime, TAOBAO_URL, taobaoPage } from '../../bench/generate';
import { BUILT_IN_SHAPE, shapeFromOlist } from '../../bench/shape';

const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('generated orders', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(generateOrders(50, BUILT_IN_SHAPE, NOW, 1)).toEqual(generateOrders(50, BUILT_IN_SHAPE, NOW, 1));
    expect(generateOrders(50, BUILT_IN_SHAPE, NOW, 2)[0]!.orderId).not.toBe(generateOrders(50, BUILT_IN_SHAPE, NOW, 1)[0]!.orderId);
  });
  it('add up: paid = items + shipping on every paid order', () => {
    for (const o of generateOrders(200, BUILT_IN_SHAPE, NOW, 3)) {
      if (o.money.paid === 0) continue;
      expect(o.money.paid).toBeCloseTo(o.money.subtotal! + o.money.shipping!, 2);
    }
  });
});

describe('generated console pages', () => {
  const orders = generateOrders(40, BUILT_IN_SHAPE, NOW, 4);

  it('read back, as Taobao order blocks, into the generated orders', () => {
    const read = readOrders(taobao, parse(taobaoPage(orders)), { url: TAOBAO_URL, now: NOW });
    expect(read.skipped).toEqual([]);
    expect(read.rows.map((r) => [r.order.orderId, r.order.status, r.order.money.paid, r.order.items.length])).toEqual(
      orders.map((o) => [o.orderId, o.status, o.money.paid, o.items.length]),
    );
    // Shown to the second: the time read back is the generated one, truncated to seconds.
    expect(read.rows[0]!.order.placedAt).toBe(Math.floor(orders[0]!.placedAt / 1000) * 1000);
  });

  it('read back, as the demo console table, into one order per row', () => {
    const read = readOrders(demo, parse(demoPage(orders)), { url: DEMO_URL, now: NOW });
    expect(read.skipped).toEqual([]);
    expect(read.rows.map((r) => [r.order.status, r.order.money.paid])).toEqual(orders.map((o) => [o.status, o.money.paid]));
  });

  it('writes Shanghai wall time', () => {
    expect(shanghaiTime(Date.UTC(2026, 10, 24, 16, 5, 9))).toBe('2026-11-25 00:05:09');
  });
});

describe('the Olist shape', () => {
  it('takes items per order, prices, freight and delays from the CSV text', () => {
    const orders = [
      'order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date',
      'a,c1,delivered,2018-06-12 20:00:00,2018-06-12 21:00:00,2018-06-13 21:00:00,2018-06-15 21:00:00,2018-06-22 20:00:00',
      'b,c2,canceled,2018-06-12 20:00:00,,,,2018-06-30 00:00:00',
    ].join('\n');
    const items = [
      'order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value',
      'a,1,p,s,2018-06-14 00:00:00,199.0,17.5',
      'a,2,p,s,2018-06-14 00:00:00,20.0,2.5',
      'b,1,p,s,2018-06-14 00:00:00,10.0,5.0',
    ].join('\n');
    const shape = shapeFromOlist('test', orders, items);
    expect(shape.itemsPerOrder.sort()).toEqual([1, 2]);
    expect(shape.itemPrices).toEqual([199, 20, 10]);
    expect(shape.freights.sort((x, y) => x - y)).toEqual([5, 20]);
    expect(shape.approvalHours).toEqual([1]);
    expect(shape.handOverHours).toEqual([24]);
    expect(shape.deliveryHours).toEqual([48]);
    expect(shape.estimateHours).toEqual([240, 412]);
    expect(shape.cancelledShare).toBe(0.5);
  });
});
