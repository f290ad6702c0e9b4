/** A report's refund/return/cancel reason column: kept as written, with its class, on every order it names. */
import { describe, expect, test } from 'vitest';
import { detectFormat, importText, mapHeaders } from '../../lib/import';

const NOW = Date.UTC(2026, 10, 25, 12);

describe('reason columns of order reports', () => {
  test('a Chinese 退款原因 column is mapped and classified; the raw text is kept, an unknown reason is "other"', async () => {
    const text = [
      '订单号,下单时间,实付金额,订单状态,退款原因,商品',
      'R001,2026-11-20 10:00:00,58.00,退款中,收到商品破损,杯子',
      'R002,2026-11-20 11:00:00,30.00,退款成功,七天无理由退换货,碗',
      'R003,2026-11-20 12:00:00,12.00,退款中,Товар не тот,勺子',
      'R004,2026-11-20 13:00:00,12.00,待发货,,勺子',
    ].join('\n');
    const headers = text.split('\n')[0]!.split(',');
    expect(mapHeaders(headers, detectFormat(headers)!).byColumn[4]).toBe('reason');
    const r = await importText(text, { fileName: 'refunds.csv', now: NOW });
    expect(r.orders.map((o) => [o.orderId, o.afterSalesReason])).toEqual([
      ['R001', { raw: '收到商品破损', reason: 'damaged' }],
      ['R002', { raw: '七天无理由退换货', reason: 'changed_mind' }],
      ['R003', { raw: 'Товар не тот', reason: 'other' }],
      ['R004', undefined],
    ]);
  });

  test('an English "Return reason" column (Amazon codes) and a status that names the reason', async () => {
    const text = [
      'Order ID,Order date,Total,Status,Return reason,Product',
      '111-1,2026-11-20 10:00,20.00 USD,Return requested,DAMAGED_BY_CARRIER,Mug',
      '111-2,2026-11-20 10:00,20.00 USD,Return requested,NOT_AS_DESCRIBED,Mug',
      '111-3,2026-11-20 10:00,20.00 USD,Cancelled (customer changed mind),,Mug',
      '111-4,2026-11-20 10:00,20.00 USD,Shipped,,Mug',
    ].join('\n');
    const r = await importText(text, { fileName: 'orders.csv', now: NOW });
    expect(r.orders.map((o) => [o.orderId, o.status, o.afterSalesReason?.reason])).toEqual([
      ['111-1', 'return_requested', 'damaged'],
      ['111-2', 'return_requested', 'not_as_described'],
      ['111-3', 'cancelled', 'changed_mind'],
      ['111-4', 'shipped', undefined],
    ]);
  });
});
