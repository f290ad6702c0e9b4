import { describe, expect, it } from 'vitest';
import { defaultWeekStart, shiftWeek, weekById, weekOf } from '../../lib/summary/calendar';
import fc from 'fast-check';
import { summarizeWeek, exportFileName, median, topBy } from '../../lib/summary/week';
import { D, H, MIN, NOW, W47, c1, c4, c6, input } from './fixture';

const SHANGHAI = { timeZone: 'Asia/Shanghai', weekStartsOn: 1 } as const;

describe('weeks in the seller’s time zone', () => {
  it('a Monday week ends at Sunday midnight local time, not UTC', () => {
    const sundayNight = Date.parse('2026-11-22T15:59:59Z'); // 23:59:59 in Shanghai
    const week = weekOf(sundayNight, SHANGHAI);
    expect(week.id).toBe('2026-W47');
    expect(week.start).toBe(W47);
    expect(week.end).toBe(W47 + 7 * D);
    expect(week.days.map((d) => d.date)).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']);
    expect(weekOf(sundayNight + 1000, SHANGHAI).id).toBe('2026-W48');
  });

  it('a Sunday week starts the day before the ISO Monday and carries its number', () => {
    const opts = { timeZone: 'America/New_York', weekStartsOn: 0 } as const;
    const week = weekOf(Date.parse('2026-11-22T15:00:00Z'), opts); // Sunday 10:00 in New York
    expect(week.id).toBe('2026-W48');
    expect(week.start).toBe(Date.parse('2026-11-22T05:00:00Z'));
    expect(weekById('2026-W48', opts)).toEqual(week);
  });

  it('the week of the autumn clock change is an hour longer', () => {
    const opts = { timeZone: 'America/New_York', weekStartsOn: 0 } as const;
    const week = weekById('2026-W45', opts)!;
    expect(week.start).toBe(Date.parse('2026-11-01T04:00:00Z')); // 00:00 EDT
    expect(week.end).toBe(Date.parse('2026-11-08T05:00:00Z')); // 00:00 EST
    expect(week.days[0]!.end - week.days[0]!.start).toBe(25 * H);
  });

  it('names weeks across the year end and rejects weeks a year does not have', () => {
    expect(weekOf(Date.parse('2027-01-01T04:00:00Z'), SHANGHAI).id).toBe('2026-W53');
    expect(weekById('2026-W53', SHANGHAI)!.days[0]!.date).toBe('2026-12-28');
    expect(weekById('2025-W53', SHANGHAI)).toBeUndefined();
    expect(weekById('2026-W00', SHANGHAI)).toBeUndefined();
    expect(weekById('W47', SHANGHAI)).toBeUndefined();
    expect(shiftWeek(weekById('2026-W53', SHANGHAI)!, 1, SHANGHAI).id).toBe('2027-W01');
    expect(shiftWeek(weekById('2026-W47', SHANGHAI)!, -4, SHANGHAI).id).toBe('2026-W43');
  });

  it('the locale picks the first day: Sunday in the US, Monday in China and Britain', () => {
    expect(defaultWeekStart('en-US')).toBe(0);
    expect(defaultWeekStart('zh-CN')).toBe(1);
    expect(defaultWeekStart('en-GB')).toBe(1);
  });
});

describe('summarizeWeek', () => {
  const s = summarizeWeek(input, '2026-W47', { ...SHANGHAI, shop: 'all', now: NOW });

  it('counts opened, resolved, dismissed and still open by family, severity and marketplace', () => {
    expect(s.opened).toEqual({
      total: 6,
      byFamily: { shipping: 1, creation: 1, refund: 1, tracking: 1, 'after-sales': 1, delivery: 1 },
      bySeverity: { P1: 2, P2: 3, P3: 1 },
      byMarketplace: { taobao: 3, demo: 2, ebay: 1 },
    });
    expect(s.resolved.total).toBe(2);
    expect(s.resolved.byMarketplace).toEqual({ taobao: 1, ebay: 1 });
    expect(s.dismissed.byFamily).toEqual({ creation: 1 });
    // c3, c4, c5 (cleared but not closed by the seller) and c6 from the week before.
    expect(s.open.total).toBe(4);
    expect(s.open.byFamily).toEqual({ refund: 1, tracking: 1, delivery: 1, shipping: 1 });
  });

  it('measures medians, missed deadlines and money exactly', () => {
    expect(s.figures).toEqual({
      opened: 6,
      resolved: 2,
      dismissed: 1,
      open: 4,
      // c1 (resolved after its deadline), c3 and c4 (live past it).
      deadlinesMissed: 3,
      // First actions 20 min (note), 60 min, 30 min, 30 min → 30 min.
      medianFirstActionMs: 30 * MIN,
      // 3 h and 30 min → their mean.
      medianResolutionMs: (3 * H + 30 * MIN) / 2,
      moneyCents: 7490 + 250,
    });
    expect(s.money).toEqual([
      // ¥10 refunded; ¥5 compensation + ¥59.90 asked back at stake (dismissed c2's ¥99 is not).
      { currency: 'CNY', refundedCents: 1000, compensatedCents: 0, atStakeCents: 6490, totalCents: 7490 },
      { currency: 'USD', refundedCents: 0, compensatedCents: 250, atStakeCents: 0, totalCents: 250 },
    ]);
  });

  it('compares each figure with the average of the four weeks before', () => {
    // Opened: W46 1, W45 1, W44 0, W43 0 → average 0.5; 6 is 1100 % above.
    expect(s.compare.opened).toEqual({ value: 6, average: 0.5, direction: 'up', percent: 1100 });
    // Resolution: only W45 has one (12 h); 1 h 45 min is 85 % below.
    expect(s.compare.medianResolutionMs).toEqual({ value: 105 * MIN, average: 12 * H, direction: 'down', percent: -85 });
    // Nothing dismissed before: no percentage to make up.
    expect(s.compare.dismissed).toEqual({ value: 1, average: 0, direction: 'new', percent: undefined });
    // No deadline was missed in the weeks before.
    expect(s.compare.deadlinesMissed).toEqual({ value: 3, average: 0, direction: 'new', percent: undefined });
    // Still open: 1 at the end of W46, none before → average 0.25; 4 is 1500 % above.
    expect(s.compare.open).toEqual({ value: 4, average: 0.25, direction: 'up', percent: 1500 });
  });

  it('lists top items and buyers, reasons and responsible parties', () => {
    expect(s.topItems).toEqual([
      { name: '茶饼 357g', cases: 2 },
      { name: 'Mug', cases: 1 },
      { name: '手工皂, "玫瑰"', cases: 1 },
    ]);
    expect(s.topBuyers[0]).toEqual({ name: '张三', cases: 2 });
    expect(s.topBuyers.map((b) => b.cases)).toEqual([2, 1, 1]);
    // T1's late shipment and D5's late parcel are "late", D4's lost parcel "not received", T3's refund
    // names its quality; the duplicate and the unanswered message carry no reason.
    expect(s.byReason).toEqual({ late: 2, unknown: 2, quality: 1, not_received: 1 });
    // The late shipment is the seller's, the late and the lost parcel the carrier's, the quality refund the seller's.
    expect(s.byResponsible).toEqual({ seller: 2, carrier: 2, platform: 0, buyer: 0, supplier: 0, unknown: 2 });
    expect(s.byCause).toEqual({ unknown: 6 });
  });

  it('scores carriers on parcels shipped that week and their late, stalled and lost cases', () => {
    expect(s.carriers).toEqual([
      { carrier: 'SF', shipped: 1, lateFirstScan: 0, stalled: 0, lost: 1, deliveredLate: 1 },
      { carrier: '中通', shipped: 1, lateFirstScan: 0, stalled: 0, lost: 0, deliveredLate: 0 },
    ]);
  });

  it('groups the week’s notes by case, oldest first, without notes of other weeks', () => {
    expect(s.notes).toEqual([
      { caseKey: c1.key, detector: 'ship-deadline', marketplace: 'taobao', orderId: 'T1', notes: [{ at: W47 + 10 * H + 20 * MIN, text: '已联系买家，今天补发' }] },
      { caseKey: c4.key, detector: 'tracking-stalled', marketplace: 'demo', orderId: 'D4', notes: [{ at: W47 + 2 * D + 12 * H, text: '催快递, 查件中\n第二行' }] },
      { caseKey: c6.key, detector: 'ship-deadline', marketplace: 'demo', orderId: 'D6', notes: [{ at: W47 + 3 * D, text: '-5 stars threat' }] },
    ]);
  });

  it('gives the charts cases per day by family, resolution buckets and 8 weeks of trend', () => {
    expect(s.perDay).toEqual([
      { date: '2026-11-16', byFamily: { shipping: 1 }, total: 1 },
      { date: '2026-11-17', byFamily: { creation: 1, refund: 1 }, total: 2 },
      { date: '2026-11-18', byFamily: { tracking: 1 }, total: 1 },
      { date: '2026-11-19', byFamily: {}, total: 0 },
      { date: '2026-11-20', byFamily: {}, total: 0 },
      { date: '2026-11-21', byFamily: { 'after-sales': 1 }, total: 1 },
      // 23:30 on Sunday in Shanghai is still this week.
      { date: '2026-11-22', byFamily: { delivery: 1 }, total: 1 },
    ]);
    expect(s.resolutionBuckets).toEqual({ '<1h': 1, '1-4h': 1, '4-24h': 0, '1-3d': 0, '3-7d': 0, '>7d': 0 });
    expect(s.trend).toEqual([
      { week: '2026-W40', opened: 0, resolved: 0, dismissed: 0 },
      { week: '2026-W41', opened: 0, resolved: 0, dismissed: 0 },
      { week: '2026-W42', opened: 0, resolved: 0, dismissed: 0 },
      { week: '2026-W43', opened: 0, resolved: 0, dismissed: 0 },
      { week: '2026-W44', opened: 0, resolved: 0, dismissed: 0 },
      { week: '2026-W45', opened: 1, resolved: 1, dismissed: 0 },
      { week: '2026-W46', opened: 1, resolved: 0, dismissed: 0 },
      { week: '2026-W47', opened: 6, resolved: 2, dismissed: 1 },
    ]);
  });

  it('rows are the cases live during the week or noted in it, oldest first', () => {
    expect(s.cases.map((r) => r.orderId)).toEqual(['D6', 'T1', 'T2', 'T3', 'D4', 'E10', 'D5']);
    expect(s.cases[1]).toMatchObject({ noteCount: 2, lastNote: 'Reshipped, tracking "SF123"', buyer: '张三', carrier: '中通', afterSalesReason: 'late', responsible: 'seller' });
  });

  it('one shop’s summary leaves the other shops out', () => {
    const taobao = summarizeWeek(input, '2026-W47', { ...SHANGHAI, shop: 'taobao', now: NOW });
    expect(taobao.figures.opened).toBe(3);
    expect(taobao.cases.map((r) => r.orderId)).toEqual(['T1', 'T2', 'T3']);
    expect(taobao.carriers).toEqual([]);
    expect(exportFileName(taobao, 'csv')).toBe('order-sentinel_taobao_2026-W47.csv');
    expect(exportFileName(s, 'xlsx')).toBe('order-sentinel_all_2026-W47.xlsx');
  });

  it('without a week id (or with a bad one) it is the week in progress, counted up to now', () => {
    const current = summarizeWeek(input, undefined, { ...SHANGHAI, shop: 'all', now: NOW });
    expect(current.week.id).toBe('2026-W48');
    expect(current.figures.opened).toBe(1);
    expect(summarizeWeek(input, '2026-W99', { ...SHANGHAI, shop: 'all', now: NOW }).week.id).toBe('2026-W48');
  });

  it('median of an even count is the mean of the middle two, in whole ms', () => {
    expect(median([4000, 1000, 3000, 2000])).toBe(2500);
    expect(median([1, 2])).toBe(2);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([])).toBeUndefined();
  });
});

describe('topBy', () => {
  it('gives the 5 most counted, ties in the locale’s order, as sorting every entry would', () => {
    expect(topBy(new Map([['b', 1], ['a', 1], ['张三', 3], ['c', 2], ['B', 1], ['d', 1], ['e', 1]]))).toEqual([
      { name: '张三', cases: 3 },
      { name: 'c', cases: 2 },
      { name: 'a', cases: 1 },
      { name: 'b', cases: 1 },
      { name: 'B', cases: 1 },
    ]);
    const names = fc.constantFrom('a', 'b', 'B', 'ä', 'z', '张三', '李四', 'tb_1', 'tb_10', 'tb_2', '', ' ');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 3 }).chain((s) => names.map((n) => n + s)), fc.integer({ min: 1, max: 4 })), { maxLength: 40 }), (entries) => {
        const counts = new Map(entries);
        const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([name, cases]) => ({ name, cases }));
        expect(topBy(counts)).toEqual(sorted);
      }),
      { numRuns: 500 },
    );
  });
});

