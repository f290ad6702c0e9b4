import { describe, expect, test } from 'vitest';
import { detectFormat, importText, mapHeaders, type ImportProgress } from '../../lib/import';
import { previewText } from '../../lib/import';
import type { Order } from '../../lib/schema';

const NOW = Date.UTC(2026, 10, 25, 12);
const HEADER = '订单号,下单时间,实付金额,订单状态,商品';
const row = (i: number, extra = '') => `A${String(i).padStart(5, '0')},2026-11-20 10:00:00,${(i % 97) + 1}.50,待发货,杯子${extra}`;

describe('detectFormat', () => {
  test('known exports by their identifying headers, others by the page reader synonyms, else none', () => {
    expect(detectFormat(['Name', 'Email', 'Financial Status', 'Fulfillment Status', 'Total', 'Lineitem name'])?.id).toBe('shopify');
    expect(detectFormat(['\tSales Record Number', 'User Id', 'Sale Date', 'Total Price'])?.id).toBe('ebay');
    expect(detectFormat(['订单编号', '总金额', '买家实际支付金额', '收货地址 ', '订单创建时间', '订单付款时间 ', '退款金额'])?.id).toBe('taobao');
    expect(detectFormat(HEADER.split(','))?.id).toBe('generic');
    expect(detectFormat(['InvoiceNo', 'StockCode', 'Description', 'Quantity'])).toBeUndefined();
    expect(detectFormat(['', '', ''])).toBeUndefined();
  });

  test('the mapping names what each column means; unknown columns are left out', () => {
    const headers = ['订单号', '下单时间', '实付金额', '收货地址', '商品'];
    expect(mapHeaders(headers, detectFormat(headers)!).byColumn).toEqual(['orderId', 'placedAt', 'paid', undefined, 'item']);
  });
});

describe('importText', () => {
  test('malformed lines are reported with their line numbers and skipped; the rest is imported', async () => {
    const text = [
      HEADER,
      row(1),
      'A00002,2026-11-20 10:00:00,12.00,待发货', // a field missing
      row(3),
      'A00004,yesterday-ish,12.00,待发货,杯子', // unreadable date
      `A00005,2026-11-20 10:00:00,"3.00",待发货,"两行\n的标题"`, // quoted line break: one row over lines 6-7
      'A00006,2026-11-20 10:00:00,abc,待发货,杯子',
      ',2026-11-20 10:00:00,1.00,待发货,杯子',
      'A00008,2026-11-20 10:00:00,1.00,待发货,"unclosed',
      row(9),
      '',
    ].join('\r\n');
    const r = await importText(text, { fileName: 'orders.csv', now: NOW });
    expect(r.skipped).toEqual([
      { line: 3, reason: '4 fields where the header has 5' },
      { line: 5, orderId: 'A00004', reason: '下单时间 "yesterday-ish" is not a date and time' },
      { line: 8, orderId: 'A00006', reason: '实付金额 "abc" is not an amount' },
      { line: 9, reason: 'no order number (订单号)' },
      { line: 10, reason: 'malformed line: a quote is opened and never closed' },
    ]);
    expect(r.orders.map((o) => o.orderId)).toEqual(['A00001', 'A00003', 'A00005', 'A00009']);
    expect(r.orders[2]!.items).toEqual([{ title: '两行 的标题', quantity: 1 }]);
    expect(r).toMatchObject({ format: 'generic', marketplace: 'custom', totalLines: 11, skippedCount: 5, imported: 4 });
  });

  test('a large file arrives in batches of at most 5000 orders, with progress, in file order', async () => {
    const n = 12_345;
    const text = [HEADER, ...Array.from({ length: n }, (_, i) => row(i + 1))].join('\n');
    const batches: Order[][] = [];
    const progress: ImportProgress[] = [];
    const r = await importText(text, {
      fileName: 'big.csv',
      now: NOW,
      chunkSize: 64 * 1024,
      onOrders: (orders) => void batches.push(orders),
      onProgress: (p) => progress.push(p),
    });
    expect(batches.map((b) => b.length)).toEqual([5000, 5000, 2345]);
    expect(batches.flat().map((o) => o.orderId)).toEqual(Array.from({ length: n }, (_, i) => `A${String(i + 1).padStart(5, '0')}`));
    expect(r).toMatchObject({ orders: [], imported: n, rows: n, skippedCount: 0, totalLines: n + 1 });
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toEqual({ rows: n, orders: n, chars: text.length, totalChars: text.length });
    expect(progress.every((p, i) => i === 0 || p.chars >= progress[i - 1]!.chars)).toBe(true);
  });

  test('an order whose rows straddle a chunk boundary stays one order', async () => {
    const lines = [HEADER];
    for (let i = 1; i <= 400; i++) lines.push(row(i, ' A'), row(i, ' B'));
    const r = await importText(lines.join('\n'), { fileName: 'x.csv', now: NOW, chunkSize: 1000 });
    expect(r.imported).toBe(400);
    expect(r.orders.every((o) => o.items.length === 2)).toBe(true);
  });

  test('semicolon-separated files and a file without an order header', async () => {
    const semi = await importText('Order ID;Date;Total;Status\n9001;2026-11-20;€12,50;Shipped\n', { fileName: 'eu.csv', now: NOW });
    expect(semi.orders.map((o) => [o.orderId, o.money.currency, o.money.paid, o.status])).toEqual([['9001', 'EUR', 12.5, 'shipped']]);
    const none = await importText('a,b,c\n1,2,3\n', { fileName: 'x.csv', now: NOW });
    expect(none).toMatchObject({ format: undefined, imported: 0, error: 'no header row with an order number, an order time and an amount in the first 30 lines' });
  });
});

describe('previewText', () => {
  test('shows the detected format, the header line, the mapping and the first rows', () => {
    const text = ',,,,\n\tSales Record Number,User Id,Sale Date,Total Price,Notes to yourself\n1201,kim,Nov-20-26,$28.00,\n1202,lee,Nov-21-26,$9.00,gift\n';
    const p = previewText(text, 'SalesHistory.csv');
    expect(p.format?.id).toBe('ebay');
    expect(p).toMatchObject({
      marketplace: 'ebay',
      delimiter: ',',
      headerLine: 2,
      headers: ['Sales Record Number', 'User Id', 'Sale Date', 'Total Price', 'Notes to yourself'],
      mapping: ['orderId', 'buyer', 'placedAt', 'paid', 'sellerRemark'],
      rows: [
        ['1201', 'kim', 'Nov-20-26', '$28.00', ''],
        ['1202', 'lee', 'Nov-21-26', '$9.00', 'gift'],
      ],
    });
  });
});
