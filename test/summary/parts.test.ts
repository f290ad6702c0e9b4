/**
 * The summary's parts a seller learns from: cases by reason, party and cause (the case record,
 * tolerated when absent), resolution against the 24 h target, remedies paid, and a carrier
 * scorecard that counts parcels read on pages (no shipping time shown) and from reports.
 */
import { describe, expect, it } from 'vitest';
import { type Case, type Order, type StatusChange } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { ingestBatch } from '../../lib/ingest';
import { loadSummaryInput } from '../../lib/summary/load';
import { freshDb } from '../ingest/orders';
import { remedyRows, targetText, toMarkdown, xlsxSheets } from '../../lib/summary/export';
import { summarizeWeek } from '../../lib/summary/week';
import { D, H, MIN, W47, makeCase, makeOrder } from './fixture';

const OPTS = { timeZone: 'Asia/Shanghai', weekStartsOn: 1, shop: 'all', now: W47 + 9 * D } as const;
const withRecord = (c: Case, record: Pick<Case, 'cause' | 'responsible'>): Case => ({ ...c, ...record });

describe('cases by reason, responsible party and cause', () => {
  const damaged = makeOrder({ marketplace: 'taobao', orderId: 'A1', status: 'refund_requested', statusRaw: '退款中', afterSalesReason: { raw: '商品破损', reason: 'damaged' } });
  const mind = makeOrder({ marketplace: 'taobao', orderId: 'A2', status: 'refund_requested', statusRaw: '退款中', afterSalesReason: { raw: '不想要了', reason: 'changed_mind' } });
  const cases = [
    // The seller found the packaging too weak: their cause and party win over the reason's "carrier".
    withRecord(makeCase({ detector: 'refund-pending', marketplace: 'taobao', orderId: 'A1', openedAt: W47 + H }), {
      cause: { code: 'packaging_weak', text: '纸箱太薄' },
      responsible: 'seller',
    }),
    makeCase({ detector: 'refund-pending', marketplace: 'taobao', orderId: 'A2', openedAt: W47 + 2 * H }),
    // Nobody worked on it yet: no cause, no party, no reason.
    makeCase({ detector: 'refund-pending', marketplace: 'taobao', orderId: 'A3', openedAt: W47 + 3 * H }),
  ];
  const s = summarizeWeek({ cases, events: [], notes: [], orders: [damaged, mind] }, '2026-W47', OPTS);

  it('counts the recorded cause and party, and falls back to the reason, then to unknown', () => {
    expect(s.byReason).toEqual({ damaged: 1, changed_mind: 1, unknown: 1 });
    expect(s.byResponsible).toEqual({ seller: 1, carrier: 0, platform: 0, buyer: 1, supplier: 0, unknown: 1 });
    expect(s.byCause).toEqual({ packaging_weak: 1, unknown: 2 });
    expect(s.causeTexts).toEqual([{ caseKey: 'refund-pending|taobao|A1', code: 'packaging_weak', text: '纸箱太薄' }]);
    expect(s.cases.map((r) => [r.orderId, r.afterSalesReasonRaw, r.responsible, r.causeCode, r.causeText])).toEqual([
      ['A1', '商品破损', 'seller', 'packaging_weak', '纸箱太薄'],
      ['A2', '不想要了', 'buyer', undefined, undefined],
      ['A3', undefined, 'unknown', undefined, undefined],
    ]);
  });

  it('exports write the parts in the seller’s language', () => {
    const md = toMarkdown(s, 'zh');
    expect(md).toContain('## 按售后原因\n\n- 不想要了: 1\n- 破损: 1\n- 未注明原因: 1\n');
    expect(md).toContain('## 按责任方\n\n');
    expect(md).toContain('## 按异常原因\n\n- 未记录原因: 2\n- 包装不够牢固: 1\n');
    const sheet = xlsxSheets(s, 'en')[1]!.data;
    expect(sheet).toContainEqual(['By cause']);
    expect(sheet).toContainEqual(['cause not recorded', 2]);
  });
});

describe('resolution against the 24 h target, and remedies paid', () => {
  const resolved = (orderId: string, detector: string, hours: number, resolution: Case['resolution']): Case =>
    makeCase({ detector, marketplace: 'taobao', orderId, openedAt: W47 + H, status: 'resolved', statusChangedAt: W47 + H + hours * H, resolution });
  const cases = [
    resolved('R1', 'dispute-open', 5, { category: 'refunded', amount: 59.9, currency: 'CNY' }),
    resolved('R2', 'dispute-open', 30, { category: 'partial_compensation', amount: 5, currency: 'CNY' }),
    resolved('R3', 'ship-deadline', 24, { category: 'partial_compensation', amount: 5.1, currency: 'CNY' }),
    resolved('R4', 'delivery-overdue', 50, { category: 'explained' }),
    resolved('R5', 'refund-pending', 2, { category: 'refunded', amount: 3.5, currency: 'USD' }),
  ];
  const s = summarizeWeek({ cases, events: [], notes: [], orders: [] }, '2026-W47', OPTS);

  it('counts cases resolved within and over 24 h from opening, complaints on their own', () => {
    expect(s.target).toEqual({ targetMs: 24 * H, within: 3, over: 2, complaintsWithin: 1, complaintsOver: 1 });
    expect(targetText(s, 'en')).toBe('3 of 5 resolved within 24 h (60%)');
    expect(targetText(s, 'zh')).toBe('5 个已解决事项中 3 个在 24 小时内解决（60%）');
  });

  it('sums the money paid per currency, exactly, and lists each remedy', () => {
    expect(s.remediesPaid).toEqual([
      { currency: 'CNY', cents: 7000 },
      { currency: 'USD', cents: 350 },
    ]);
    expect(remedyRows(s, 'en')).toEqual({
      rows: [
        ['refunded', 1, '¥59.90'],
        ['partial compensation', 2, '¥10.10'],
        ['refunded', 1, '$3.50'],
        ['explained', 1, ''],
      ],
      paid: 'Paid to buyers: ¥70.00 + $3.50',
    });
    expect(remedyRows(summarizeWeek({ cases: [], events: [], notes: [], orders: [] }, '2026-W47', OPTS), 'zh').paid).toBe('本周没有向买家支付款项。');
  });
});

describe('carrier scorecard', () => {
  it('counts orders read on pages: no shipping time is shown, so the first time one was seen shipped after waiting to ship is used', () => {
    const page = (orderId: string, carrier?: string, adapter = 'taobao'): Order =>
      makeOrder({ marketplace: 'taobao', orderId, status: 'shipped', statusRaw: '卖家已发货', ...(carrier && { carrier }), source: { url: 'https://trade.taobao.com/x', adapter, observedAt: W47 + 3 * D } });
    const orders = [page('P1', '中通快递'), page('P2', '中通快递'), page('P3'), page('P4', '圆通'), page('P5', '圆通'), page('R6', '圆通', 'import:taobao')];
    const seen = (key: string, status: StatusChange['status'], at: number): StatusChange => ({ orderKey: `taobao|${key}`, status, statusRaw: '', observedAt: at });
    const history: StatusChange[] = [
      seen('P1', 'awaiting_shipment', W47 - D),
      seen('P1', 'shipped', W47 + D),
      seen('P1', 'delivered', W47 + 2 * D),
      seen('P2', 'awaiting_shipment', W47 + H),
      seen('P2', 'shipped', W47 + 2 * D),
      seen('P3', 'awaiting_shipment', W47 + 2 * H),
      seen('P3', 'shipped', W47 + 3 * D),
      // Seen shipped the week before: not this week's parcel.
      seen('P4', 'awaiting_shipment', W47 - 4 * D),
      seen('P4', 'shipped', W47 - 2 * D),
      // Already shipped when the list was first read: when it left is not known, so it is not counted.
      seen('P5', 'shipped', W47 + D),
      // An imported order is "seen" on the day of the import: only its report's own dates count.
      seen('R6', 'awaiting_shipment', W47 - D),
      seen('R6', 'shipped', W47 + D),
    ];
    const noScan = makeCase({ detector: 'tracking-invalid', marketplace: 'taobao', orderId: 'P2', openedAt: W47 + 3 * D, evidence: { check: 'no first scan', carrier: '中通快递' } });
    const s = summarizeWeek({ cases: [noScan], events: [], notes: [], orders, statusHistory: history }, '2026-W47', OPTS);
    expect(s.carriers).toEqual([
      { carrier: '中通快递', shipped: 2, lateFirstScan: 1, stalled: 0, lost: 0, deliveredLate: 0 },
      { carrier: '', shipped: 1, lateFirstScan: 0, stalled: 0, lost: 0, deliveredLate: 0 },
    ]);
    // Without the status history (before this fix) the same page read counted no parcel at all.
    expect(summarizeWeek({ cases: [], events: [], notes: [], orders }, '2026-W47', OPTS).carriers).toEqual([]);
    expect(toMarkdown(s, 'en')).toContain('| 中通快递 | 2 | 1 | 0 | 0 | 0 |\n| carrier not shown | 1 | 0 | 0 | 0 | 0 |');
  });

  it('reports: a first scan over 24 h after shipping and a delivery after the estimate count once per parcel', () => {
    const o = makeOrder({
      marketplace: 'shopify', orderId: '#1', status: 'delivered', statusRaw: 'Delivered', carrier: 'UPS',
      shippedAt: W47 + H, firstScanAt: W47 + 30 * H, deliverBy: W47 + 3 * D, deliveredAt: W47 + 4 * D + 30 * MIN,
    });
    const overdue = makeCase({ detector: 'delivery-overdue', marketplace: 'shopify', orderId: '#1', openedAt: W47 + 3 * D + H });
    const s = summarizeWeek({ cases: [overdue], events: [], notes: [], orders: [o] }, '2026-W47', OPTS);
    expect(s.carriers).toEqual([{ carrier: 'UPS', shipped: 1, lateFirstScan: 1, stalled: 0, lost: 0, deliveredLate: 1 }]);
  });
});

describe('carrier scorecard through the database', () => {
  it('a Taobao order read waiting to ship, then read shipped, counts as shipped that week for its carrier', async () => {
    const { db } = freshDb();
    try {
      const read = (status: Order['status'], statusRaw: string, at: number): Order =>
        makeOrder({ marketplace: 'taobao', orderId: 'T100', status, statusRaw, carrier: '韵达快递', source: { url: 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm', adapter: 'taobao', observedAt: at } });
      await ingestBatch(db, [read('awaiting_shipment', '买家已付款', W47 + H)], W47 + H, DEFAULT_SETTINGS);
      await ingestBatch(db, [read('shipped', '卖家已发货', W47 + D + 3 * H)], W47 + D + 3 * H, DEFAULT_SETTINGS);
      const s = summarizeWeek(await loadSummaryInput(db), '2026-W47', OPTS);
      expect(s.carriers).toEqual([{ carrier: '韵达快递', shipped: 1, lateFirstScan: 0, stalled: 0, lost: 0, deliveredLate: 0 }]);
    } finally {
      await db.delete();
    }
  });
});
