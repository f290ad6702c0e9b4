/**
 * A Tmall order report with its shipping columns (订单状态, 发货时间, 物流公司, 物流单号, as the
 * 已卖出的宝贝 batch export writes them; the public dataset keeps none of them): the import
 * carries them, and the weekly scorecard counts the parcels shipped in the week by carrier.
 */
import { afterAll, describe, expect, test } from 'vitest';
import type { SentinelDB } from '../../lib/db';
import { importText } from '../../lib/import';
import { ingestBatch } from '../../lib/ingest';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { scorecardNotes } from '../../lib/summary/export';
import { loadSummaryInput } from '../../lib/summary/load';
import { summarizeWeek } from '../../lib/summary/week';
import { freshDb } from '../ingest/orders';

const HEADER = '订单编号,买家会员名,总金额,买家实际支付金额,订单状态,订单创建时间,订单付款时间 ,宝贝标题,物流单号,物流公司,发货时间,确认收货时间,退款金额';
const ROWS = [
  // Shipped in the week (Mon 23 - Sun 29 Nov 2026, Beijing time): two by 中通, one by 圆通.
  '3001,tb_a,59.00,59.00,卖家已发货，等待买家确认,2026-11-23 09:58:00,2026-11-23 10:00:00,保温杯,75123456789012,中通快递,2026-11-24 09:00:00,,0.00',
  '3002,tb_b,88.00,88.00,交易成功,2026-11-23 10:58:00,2026-11-23 11:00:00,帆布包,75123456789013,中通快递,2026-11-24 10:00:00,2026-11-27 18:00:00,0.00',
  '3003,tb_c,35.00,35.00,卖家已发货，等待买家确认,2026-11-24 20:10:00,2026-11-24 20:11:00,数据线,YT1234567890123,圆通速递,2026-11-25 16:30:00,,0.00',
  // Says 交易成功 with its carrier but no 发货时间: counted by status, in the week it was paid.
  '3004,tb_d,19.90,19.90,交易成功,2026-11-25 08:00:00,2026-11-25 08:01:00,手机壳,431234567890123,韵达快递,,2026-11-28 12:00:00,0.00',
  // Waiting to ship, closed unpaid: nothing to count, and no gap either.
  '3005,tb_e,120.00,120.00,买家已付款，等待卖家发货,2026-11-26 09:00:00,2026-11-26 09:00:30,台灯,,,,,0.00',
  '3006,tb_f,42.00,0.00,交易关闭,2026-11-26 10:00:00,,抱枕,,,,,0.00',
  // Shipped the week before: not this week's.
  '3007,tb_g,66.00,66.00,卖家已发货，等待买家确认,2026-11-19 08:00:00,2026-11-19 08:05:00,围巾,75123456789014,中通快递,2026-11-20 09:00:00,,0.00',
];

const dbs: SentinelDB[] = [];
afterAll(async () => {
  for (const db of dbs) await db.delete();
});

describe('a Tmall report with shipping columns', () => {
  test('carries status, ship time, carrier and tracking number; the week’s scorecard counts shipped parcels by carrier', async () => {
    const now = Date.parse('2026-11-30T04:00:00Z');
    const r = await importText([HEADER, ...ROWS].join('\n'), { fileName: 'tmall_ExportOrderList202611.csv', now });
    expect(r).toMatchObject({ marketplace: 'tmall', imported: 7, skippedCount: 0 });
    const byId = new Map(r.orders.map((o) => [o.orderId, o]));
    expect(byId.get('3001')).toMatchObject({ status: 'shipped', carrier: '中通快递', trackingNo: '75123456789012', shippedAt: Date.parse('2026-11-24T01:00:00Z') });
    expect(byId.get('3004')).toMatchObject({ status: 'completed', carrier: '韵达快递' });
    expect(byId.get('3004')?.shippedAt).toBeUndefined();
    expect(byId.get('3005')?.status).toBe('awaiting_shipment');

    const { db } = freshDb();
    dbs.push(db);
    await ingestBatch(db, r.orders, now, DEFAULT_SETTINGS, { origin: 'tmall_ExportOrderList202611.csv' });
    const s = summarizeWeek(await loadSummaryInput(db), '2026-W48', { timeZone: 'Asia/Shanghai', weekStartsOn: 1, shop: 'all', now });
    expect(s.carriers).toEqual([
      { carrier: '中通快递', shipped: 2, lateFirstScan: 0, stalled: 0, lost: 0, deliveredLate: 0 },
      { carrier: '圆通速递', shipped: 1, lateFirstScan: 0, stalled: 0, lost: 0, deliveredLate: 0 },
      { carrier: '韵达快递', shipped: 1, lateFirstScan: 0, stalled: 0, lost: 0, deliveredLate: 0 },
    ]);
    expect(s.scorecardGaps).toEqual({ noShippingShown: 0, shippedByStatus: 1 });
    expect(scorecardNotes(s, 'en')).toEqual([
      'Carrier scorecard: 1 order from a report counts as shipped by its status alone; the report shows no shipping time, so it is counted in the week it was paid.',
    ]);
    expect(scorecardNotes(s, 'zh')).toEqual(['承运商评分：1 个报表订单仅按订单状态计为已发货；报表没有发货时间，因此按付款所在的一周计入。']);
  });
});
