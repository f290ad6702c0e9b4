/**
 * The real report files in ../shared/data (see its README): counts verified against the files
 * themselves. Runs only where that directory exists; the fixtures' tests cover the same paths.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeBytes, importText, type ImportResult } from '../../lib/import';

const DATA = new URL('../../../shared/data/', import.meta.url);
const hasData = existsSync(DATA);
if (!hasData) console.info('[import] ../shared/data is absent: the real-report tests are not run here.');

const NOW = Date.UTC(2026, 10, 25, 12);
async function importFile(path: string): Promise<ImportResult & { encoding: string }> {
  const { text, encoding } = decodeBytes(readFileSync(new URL(path, DATA)));
  return { ...(await importText(text, { fileName: path.split('/').pop()!, now: NOW })), encoding };
}
const countBy = <T,>(xs: readonly T[], key: (x: T) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
};

describe.runIf(hasData)('real order reports in ../shared/data', () => {
  test.each([
    // file, lines, data rows, orders, status counts
    ['solkaun__orders_export.csv', 819, 818, 604, { awaiting_shipment: 575, awaiting_payment: 28, cancelled: 1 }],
    ['FelixTellmann__orders_export.csv', 102, 101, 50, { shipped: 29, awaiting_payment: 12, awaiting_shipment: 7, cancelled: 2 }],
    ['jihyangt__orders_export.csv', 65, 64, 20, { awaiting_shipment: 19, refunded: 1 }],
    ['Contak-cpu__orders_export_1_1_.csv', 92, 91, 62, { awaiting_shipment: 62 }],
    ['zhangerson__orders_export_10_.csv', 51, 50, 50, { shipped: 34, cancelled: 12, awaiting_payment: 4 }],
    ['zhangerson__orders_export_15_.csv', 59, 58, 50, { shipped: 43, cancelled: 7 }],
  ] as const)('Shopify %s: %i lines, %i item rows → %i orders, none skipped', async (file, lines, rows, orders, statuses) => {
    const r = await importFile(`shopify/${file}`);
    expect(r).toMatchObject({ encoding: 'utf-8', format: 'shopify', marketplace: 'shopify', totalLines: lines, rows, imported: orders, skippedCount: 0 });
    expect(countBy(r.orders, (o) => o.status)).toEqual(statuses);
    expect(r.orders.reduce((n, o) => n + o.items.length, 0)).toBe(rows);
  });

  test('Shopify solkaun: each order in its own Currency column; the offset (+0300) read into instants', async () => {
    const r = await importFile('shopify/solkaun__orders_export.csv');
    // Two orders of this Turkish store were paid in dollars (#1304, #1305): the Currency column says so.
    expect(countBy(r.orders, (o) => o.money.currency)).toEqual({ TRY: 602, USD: 2 });
    expect(r.orders[0]).toMatchObject({ orderId: '#1191', placedAt: Date.UTC(2025, 0, 1, 18, 11, 17), money: { currency: 'TRY', paid: 1305.05 } });
  });

  test('Tmall report: 28,010 orders; 3,923 unpaid and 5,646 refunded as the dataset documents', async () => {
    const r = await importFile('china/tmall_order_report.csv');
    expect(r).toMatchObject({ format: 'taobao', marketplace: 'tmall', totalLines: 28_011, rows: 28_010, imported: 28_010, skippedCount: 0 });
    expect(countBy(r.orders, (o) => o.status)).toEqual({ awaiting_payment: 3923, refunded: 5646, unknown: 18_441 });
    expect(r.orders[1]).toMatchObject({
      orderId: '2',
      placedAt: Date.UTC(2020, 1, 20, 15, 59, 54),
      paidAt: Date.UTC(2020, 1, 20, 16, 0, 2),
      money: { currency: 'CNY', paid: 21 },
    });
  });

  test.each([
    ['csharpconsultant__EtsySoldOrders2019.csv', 'etsy', 955, { shipped: 955 }],
    ['csharpconsultant__EtsySoldOrders2020.csv', 'etsy', 347, { shipped: 345, awaiting_shipment: 2 }],
    ['rey1140__EtsySoldOrders2020.csv', 'etsy', 1284, { shipped: 1284 }],
    ['deborahkim1123__EtsySoldOrders2021_2_.csv', 'etsy', 4495, { shipped: 4495 }],
    ['deborahkim1123__EtsySoldOrders2022.csv', 'etsy', 2121, { shipped: 2102, awaiting_shipment: 19 }],
    ['sfc38__EtsySoldOrders2022_masked.csv', 'etsy', 2828, { shipped: 2828 }],
    ['sarahhe05__EtsySoldOrderItems2020.csv', 'etsy-items', 57, { shipped: 57 }],
    ['sarahhe05__EtsySoldOrderItems2021.csv', 'etsy-items', 109, { shipped: 109 }],
  ] as const)('Etsy %s (%s): %i orders, none skipped', async (file, format, orders, statuses) => {
    const r = await importFile(`etsy/${file}`);
    expect(r).toMatchObject({ format, marketplace: 'etsy', imported: orders, skippedCount: 0 });
    expect(countBy(r.orders, (o) => o.status)).toEqual(statuses);
  });

  test('eBay SalesHistory: header on line 2 after a padding row; footer lines are not errors', async () => {
    const r = await importFile('ebay/damascene__SalesHistory.csv');
    expect(r).toMatchObject({ format: 'ebay', marketplace: 'ebay', headerLine: 2, totalLines: 10, rows: 4, imported: 4, skipped: [] });
    expect(r.orders.map((o) => [o.orderId, o.buyer, o.money.paid, o.items[0]?.quantity])).toEqual([
      ['801', 'random_user55', 19.5, 1],
      ['802', 'random_user66', 11.8, 2],
      ['803', 'random_user77', 12, 4],
      ['804', 'random_user88', 3, 3],
    ]);
    expect(r.orders[0]!.placedAt).toBe(Date.UTC(2016, 0, 18, 8));
  });

  test('Amazon.in sale report: 1,499 lines of 1,415 orders; two shipped orders without an amount are listed', async () => {
    const r = await importFile('amazon/amazon_in_sale_report_first1499.csv');
    expect(r).toMatchObject({ format: 'amazon-sale-report', marketplace: 'amazon', totalLines: 1500, rows: 1499, imported: 1413, skippedCount: 2 });
    expect(r.skipped).toEqual([
      { line: 939, orderId: 'S02-5278980-4327051', reason: 'no amount (Amount)' },
      { line: 1059, orderId: 'S02-9107114-0460608', reason: 'no amount (Amount)' },
    ]);
    expect(countBy(r.orders, (o) => o.status)).toEqual({ shipped: 966, delivered: 235, cancelled: 202, returned: 10 });
    expect(countBy(r.orders, (o) => o.money.currency)).toEqual({ INR: 1413 });
  });

  test('tables that are not order reports (Olist order items, UCI Online Retail) are refused with a reason', async () => {
    for (const path of ['olist/olist_order_items_dataset.csv', 'online_retail/online_retail_first8000.csv']) {
      const r = await importFile(path);
      expect(r).toMatchObject({ format: undefined, imported: 0, error: 'no header row with an order number, an order time and an amount in the first 30 lines' });
    }
  });
});
