import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeBytes, importText, type ImportResult } from '../../lib/import';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const fixture = (name: string): string => decodeBytes(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url))).text;
const read = (name: string, fileName = name): Promise<ImportResult> => importText(fixture(name), { fileName, now: NOW });
const source = (fileName: string, format: string) => ({ url: `file:${fileName}`, adapter: `import:${format}`, observedAt: NOW });

describe('Shopify orders_export.csv', () => {
  test('item rows of one order become one order; payment and fulfilment statuses combine', async () => {
    const r = await read('shopify.orders_export.2026-11.csv', 'orders_export.csv');
    expect(r).toMatchObject({ format: 'shopify', marketplace: 'shopify', headerLine: 1, totalLines: 6, rows: 5, imported: 4, skipped: [] });
    expect(r.orders).toEqual([
      {
        marketplace: 'shopify',
        orderId: '#1001',
        placedAt: Date.UTC(2026, 10, 20, 9, 4, 12),
        paidAt: Date.UTC(2026, 10, 20, 9, 5, 0),
        status: 'awaiting_shipment',
        statusRaw: 'paid / unfulfilled',
        buyer: 'ana@example.com',
        items: [
          { title: 'Lavender soap bar', sku: 'SOAP-LAV', quantity: 2, unitPrice: 12 },
          { title: 'Cedar, "forest" candle', sku: 'CANDLE-CED', quantity: 1, unitPrice: 18 },
        ],
        money: { currency: 'EUR', paid: 46.9, subtotal: 42, shipping: 4.9, discount: 0 },
        buyerMessage: 'Please gift wrap, thanks',
        source: source('orders_export.csv', 'shopify'),
      },
      {
        marketplace: 'shopify',
        orderId: '#1002',
        placedAt: Date.UTC(2026, 10, 21, 7, 59, 40),
        paidAt: Date.UTC(2026, 10, 21, 8, 0, 0),
        shippedAt: Date.UTC(2026, 10, 22, 15, 30, 0),
        status: 'shipped',
        statusRaw: 'paid / fulfilled',
        buyer: 'ben@example.com',
        items: [{ title: 'Lavender soap bar', sku: 'SOAP-LAV', quantity: 1, unitPrice: 15 }],
        money: { currency: 'EUR', paid: 12, subtotal: 12, shipping: 0, discount: 3 },
        source: source('orders_export.csv', 'shopify'),
      },
      {
        marketplace: 'shopify',
        orderId: '#1003',
        placedAt: Date.UTC(2026, 10, 22, 19, 15, 0),
        status: 'cancelled',
        statusRaw: 'voided / unfulfilled / cancelled',
        buyer: 'cy@example.com',
        items: [{ title: 'Rose soap bar', sku: 'SOAP-ROS', quantity: 2, unitPrice: 12 }],
        money: { currency: 'EUR', paid: 28.9, subtotal: 24, shipping: 4.9 },
        source: source('orders_export.csv', 'shopify'),
      },
      {
        marketplace: 'shopify',
        orderId: '#1004',
        placedAt: Date.UTC(2026, 10, 23, 9, 58, 0),
        paidAt: Date.UTC(2026, 10, 23, 10, 0, 0),
        shippedAt: Date.UTC(2026, 10, 23, 16, 0, 0),
        status: 'refunded',
        statusRaw: 'partially_refunded / fulfilled',
        buyer: 'dee@example.com',
        items: [{ title: 'Rose soap bar', sku: 'SOAP-ROS', quantity: 3, unitPrice: 12 }],
        money: { currency: 'EUR', paid: 36, subtotal: 36, shipping: 0, refunded: 12 },
        source: source('orders_export.csv', 'shopify'),
      },
    ]);
  });
});

describe('Amazon All Orders flat file (tab separated)', () => {
  test('lines of one order are summed with their shipping; a cancelled line without amount is 0', async () => {
    const r = await read('amazon.all-orders.2026-11.txt');
    expect(r).toMatchObject({ format: 'amazon-flat', marketplace: 'amazon', totalLines: 5, rows: 4, imported: 3, skipped: [] });
    const src = source('amazon.all-orders.2026-11.txt', 'amazon-flat');
    expect(r.orders).toEqual([
      {
        marketplace: 'amazon',
        orderId: '114-3941689-8772232',
        placedAt: Date.UTC(2026, 10, 20, 14, 5, 31),
        status: 'awaiting_shipment',
        statusRaw: 'Unshipped',
        items: [
          { title: 'Enamel mug, 12 oz', sku: 'MUG-12', quantity: 2 },
          { title: 'Coaster set', sku: 'COAST-4', quantity: 1 },
        ],
        money: { currency: 'USD', paid: 40.47, shipping: 4.99 },
        source: src,
      },
      {
        marketplace: 'amazon',
        orderId: '114-0000002-1111111',
        placedAt: Date.UTC(2026, 10, 19, 8, 0, 0),
        status: 'delivered',
        statusRaw: 'Shipped - Delivered to Buyer',
        items: [{ title: 'Enamel mug, 12 oz', sku: 'MUG-12', quantity: 1 }],
        money: { currency: 'USD', paid: 12.99, shipping: 0 },
        source: src,
      },
      {
        marketplace: 'amazon',
        orderId: '114-0000003-2222222',
        placedAt: Date.UTC(2026, 10, 21, 22, 10, 0),
        status: 'cancelled',
        statusRaw: 'Cancelled',
        items: [],
        money: { currency: 'USD', paid: 0 },
        source: src,
      },
    ]);
  });
});

describe('eBay SalesHistory', () => {
  test('padding rows before the header and the footer lines are neither orders nor errors', async () => {
    const r = await read('ebay.SalesHistory.2026-11.csv', 'SalesHistory.csv');
    expect(r).toMatchObject({ format: 'ebay', marketplace: 'ebay', headerLine: 2, totalLines: 9, rows: 3, imported: 3, skipped: [] });
    const pacific = (d: number) => Date.UTC(2026, 10, d, 8); // midnight PST
    expect(r.orders.map((o) => [o.orderId, o.buyer, o.placedAt, o.paidAt, o.shippedAt, o.status, o.money.paid, o.money.shipping, o.carrier])).toEqual([
      ['1201', 'mug_fan_1', pacific(20), pacific(20), undefined, 'awaiting_shipment', 28, 3, 'USPS Ground Advantage'],
      ['1202', 'coaster.k', pacific(21), pacific(21), pacific(22), 'shipped', 9, 0, undefined],
      ['1203', 'slowpayer', pacific(22), undefined, undefined, 'awaiting_payment', 9, undefined, undefined],
    ]);
    expect(r.orders[0]!.items).toEqual([{ title: 'Enamel mug [Blue,12oz]', sku: 'MUG-12-B', quantity: 2, unitPrice: 12.5 }]);
  });
});

describe('Etsy EtsySoldOrders', () => {
  test('two-digit years, shipped date and an empty Status column', async () => {
    const r = await read('etsy.EtsySoldOrders2026.csv');
    expect(r).toMatchObject({ format: 'etsy', marketplace: 'etsy', imported: 2, skipped: [] });
    const eastern = (d: number) => Date.UTC(2026, 10, d, 5); // midnight EST
    expect(r.orders).toEqual([
      {
        marketplace: 'etsy',
        orderId: '3123456789',
        placedAt: eastern(20),
        shippedAt: eastern(21),
        status: 'shipped',
        statusRaw: 'Shipped',
        buyer: 'maplecat',
        items: [{ title: '', sku: 'STK-01', quantity: 2 }],
        money: { currency: 'USD', paid: 31.5, subtotal: 30, shipping: 4.5, discount: 3 },
        source: source('etsy.EtsySoldOrders2026.csv', 'etsy'),
      },
      {
        marketplace: 'etsy',
        orderId: '3123456790',
        placedAt: eastern(22),
        status: 'awaiting_shipment',
        statusRaw: 'Not shipped',
        buyer: 'pinegrove',
        items: [{ title: '', quantity: 1 }],
        money: { currency: 'USD', paid: 12, subtotal: 12, shipping: 0, discount: 0 },
        source: source('etsy.EtsySoldOrders2026.csv', 'etsy'),
      },
    ]);
  });
});

describe('Taobao / Tmall 订单导出 (GBK)', () => {
  test('decoded from GB18030; Excel guards dropped from 订单编号; marketplace from the file name', async () => {
    const bytes = readFileSync(new URL('../fixtures/import/taobao.订单导出.gbk.csv', import.meta.url));
    const { text, encoding } = decodeBytes(bytes);
    expect(encoding).toBe('gb18030');
    const r = await importText(text, { fileName: 'ExportOrderList202611.csv', now: NOW });
    expect(r).toMatchObject({ format: 'taobao', marketplace: 'taobao', imported: 4, skipped: [] });
    const beijing = (d: number, h: number, m: number, s = 0) => Date.UTC(2026, 10, d, h - 8, m, s);
    expect(r.orders[0]).toEqual({
      marketplace: 'taobao',
      orderId: '2026112012345678',
      placedAt: beijing(20, 10, 0),
      paidAt: beijing(20, 10, 1, 30),
      status: 'awaiting_shipment',
      statusRaw: '买家已付款，等待卖家发货',
      buyer: '小王同学',
      items: [{ title: '手工皂 薰衣草，礼盒装', quantity: 2 }],
      money: { currency: 'CNY', paid: 98, subtotal: 88, shipping: 10 },
      buyerMessage: '周五前发，谢谢',
      source: source('ExportOrderList202611.csv', 'taobao'),
    });
    expect(r.orders.slice(1).map((o) => [o.orderId, o.status, o.money.paid, o.money.refunded, o.trackingNo, o.carrier, o.sellerRemark])).toEqual([
      ['2026112112345679', 'shipped', 45, undefined, 'SF1234567890123', '顺丰速运', '加急'],
      ['2026112212345680', 'awaiting_payment', 0, undefined, undefined, undefined, undefined],
      ['2026112312345681', 'cancelled', 60, 60, undefined, undefined, undefined],
    ]);
    const tmall = await importText(text, { fileName: 'tmall_订单导出.csv', now: NOW });
    expect(tmall.orders.map((o) => o.marketplace)).toEqual(['tmall', 'tmall', 'tmall', 'tmall']);
  });

  test('a report without 订单状态 reads the status from payment time and refund', async () => {
    const text = [
      '订单编号,总金额,买家实际支付金额,收货地址 ,订单创建时间,订单付款时间 ,退款金额',
      '1,178.8,0.0,上海,2020-02-21 00:00:00,,0.0',
      '2,21.0,21.0,内蒙古自治区,2020-02-20 23:59:54,2020-02-21 00:00:02,0.0',
      '3,37.0,37.0,江苏省,2020-02-20 23:59:35,2020-02-21 00:00:03,37.0',
      '4,40.0,40.0,北京,2020-02-20 23:58:00,2020-02-20 23:58:30,10.0',
      // As in the public Tmall report: 买家实际支付金额 is net of the refund (总金额 = 实付 + 退款).
      '5,64.8,0.0,江苏省,2020-02-20 23:57:04,2020-02-20 23:57:11,64.8',
      '6,327.7,148.9,浙江省,2020-02-20 23:56:39,2020-02-20 23:56:53,178.8',
    ].join('\n');
    const r = await importText(text, { fileName: 'tmall_order_report.csv', now: NOW });
    expect(r.orders.map((o) => [o.marketplace, o.orderId, o.status, o.statusRaw, o.money.paid, o.money.refunded ?? 0])).toEqual([
      ['tmall', '1', 'awaiting_payment', '未付款', 0, 0],
      ['tmall', '2', 'unknown', '已付款', 21, 0],
      ['tmall', '3', 'refunded', '已退款', 37, 37],
      ['tmall', '4', 'refunded', '部分退款', 40, 10],
      ['tmall', '5', 'refunded', '已退款', 64.8, 64.8],
      ['tmall', '6', 'refunded', '部分退款', 327.7, 178.8],
    ]);
  });
});

describe('Pinduoduo, JD and WooCommerce exports', () => {
  test('Pinduoduo: 售后状态 outranks 待发货; 承诺发货时间 is the ship-by deadline', async () => {
    const text = [
      '商品,订单号,订单状态,商品总价(元),邮费(元),用户实付金额(元),商品数量(件),支付时间,拼单成功时间,承诺发货时间,商品规格,快递单号,快递公司,售后状态,商家备注',
      '保温杯 500ml,261120-123456789012345,待发货,39.90,0.00,35.90,1,2026-11-20 12:00:00,2026-11-20 12:00:05,2026-11-22 12:00:05,蓝色,,,退款中,',
      '保温杯 350ml,261121-123456789012346,已发货，待签收,29.90,0.00,29.90,2,2026-11-21 08:00:00,2026-11-21 08:00:03,2026-11-23 08:00:03,白色,YT1234567890,圆通快递,无售后,老客户',
    ].join('\n');
    const r = await importText(text, { fileName: 'orders.csv', now: NOW });
    expect(r).toMatchObject({ format: 'pinduoduo', marketplace: 'pinduoduo', imported: 2, skipped: [] });
    expect(r.orders.map((o) => [o.orderId, o.status, o.statusRaw, o.shipBy, o.money.paid, o.items])).toEqual([
      ['261120-123456789012345', 'refund_requested', '待发货 / 退款中', Date.UTC(2026, 10, 22, 4, 0, 5), 35.9, [{ title: '保温杯 500ml', sku: '蓝色', quantity: 1 }]],
      ['261121-123456789012346', 'shipped', '已发货，待签收', Date.UTC(2026, 10, 23, 0, 0, 3), 29.9, [{ title: '保温杯 350ml', sku: '白色', quantity: 2 }]],
    ]);
  });

  test('JD: 应付金额 is the amount, 下单帐号 the buyer', async () => {
    const text = '订单号,商品ID,商品名称,订购数量,下单时间,订单金额,应付金额,订单状态,下单帐号,运单号,快递公司\n' +
      '301234567890,100012345,电动牙刷,1,2026-11-20 09:00:00,199.00,189.00,等待出库,jd_buyer01,,\n';
    const r = await importText(text, { fileName: 'jd.csv', now: NOW });
    expect(r.orders.map((o) => [o.marketplace, o.orderId, o.status, o.buyer, o.money])).toEqual([
      ['jd', '301234567890', 'awaiting_shipment', 'jd_buyer01', { currency: 'CNY', paid: 189, subtotal: 199 }],
    ]);
  });

  test('WooCommerce: wc- statuses, currency column, one row per line item', async () => {
    const text = 'Order Number,Order Status,Order Date,Billing Email,Item Name,Quantity,Item Cost,Order Shipping Amount,Order Total Amount,Order Currency\n' +
      '5012,wc-processing,2026-11-20 10:00:00,kim@example.com,Tea towel,2,8.00,3.50,19.50,GBP\n' +
      '5012,wc-processing,2026-11-20 10:00:00,kim@example.com,,,,3.50,19.50,GBP\n' +
      '5013,Completed,2026-11-21 11:00:00,lee@example.com,Apron,1,22.00,0.00,22.00,GBP\n';
    const r = await importText(text, { fileName: 'woo.csv', now: NOW });
    expect(r.orders.map((o) => [o.marketplace, o.orderId, o.status, o.items.length, o.money.currency, o.money.paid])).toEqual([
      ['woocommerce', '5012', 'awaiting_shipment', 1, 'GBP', 19.5],
      ['woocommerce', '5013', 'completed', 1, 'GBP', 22],
    ]);
  });
});
