import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { baselineOf, rateSpike, weightedMedian } from '../../lib/detectors/rate-spike';
import type { DetectorContext } from '../../lib/detectors/types';
import { Finding, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, MINUTE, makeOrder } from './make-order';

const DAY = 24 * HOUR;
// Wednesday 2026-11-25, 12:00 in Beijing (04:00 UTC), also Wednesday in UTC.
const NOW = Date.UTC(2026, 10, 25, 4, 0);
const defaults = DEFAULT_SETTINGS.detectors['rate-spike'];
/** `daysBefore` days before today, at `utcHour` UTC (02:00 UTC is 10:00 in Beijing: the same date in both zones). */
const at = (daysBefore: number, utcHour = 2): number => Date.UTC(2026, 10, 25 - daysBefore, utcHour, 0);

let seq = 0;
function order(overrides: Parameters<typeof makeOrder>[0] = {}): Order {
  seq++;
  return makeOrder({ orderId: String(100_000 + seq), buyer: `buyer_${seq}`, status: 'completed', statusRaw: '交易成功', placedAt: at(35), ...overrides });
}
const times = (n: number, make: (i: number) => Order): Order[] => Array.from({ length: n }, (_, i) => make(i));

/** `perDay` completed orders placed every day from `days` days ago to today. */
function steadyShop(days = 35, perDay = 10, marketplace: Order['marketplace'] = 'taobao'): Order[] {
  const orders: Order[] = [];
  for (let d = days; d >= 0; d--) orders.push(...times(perDay, () => order({ marketplace, placedAt: at(d) })));
  return orders;
}
/** `n` refunds requested `daysBefore` days ago (placed long before, so order counts stay flat). */
const refunds = (daysBefore: number, n: number, marketplace: Order['marketplace'] = 'taobao', utcHour = 2) =>
  times(n, () => order({ marketplace, status: 'refunded', statusRaw: '退款成功', requestedAt: at(daysBefore, utcHour) }));
const cancellations = (daysBefore: number, n: number) =>
  times(n, () => order({ status: 'cancelled', statusRaw: '交易关闭', requestedAt: at(daysBefore) }));

function run(orders: readonly Order[], settings = defaults, now = NOW) {
  const result = rateSpike.runShop(buildContext(orders), now, settings);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}

describe('rate-spike: the robust baseline', () => {
  it('takes a weighted median where the most recent weeks weigh most (4, 3, 2, 1)', () => {
    expect(weightedMedian([1, 2, 3, 4], [4, 3, 2, 1])).toBe(2);
    // Two recent busy weeks outweigh two quiet older ones (a plain median would say 4).
    expect(weightedMedian([8, 8, 0, 0], [4, 3, 2, 1])).toBe(8);
    // Exactly half the weight on each side: the midpoint.
    expect(weightedMedian([5, 0, 0, 5], [4, 3, 2, 1])).toBe(2.5);
  });

  it('never lets the spread fall below √usual or 1 (tiny shops)', () => {
    expect(baselineOf([0, 0, 0, 0])).toEqual({ weeks: [0, 0, 0, 0], usual: 0, spread: 1 });
    expect(baselineOf([9, 9, 9, 9])).toEqual({ weeks: [9, 9, 9, 9], usual: 9, spread: 3 });
    // usual (6 + 10) / 2 = 8; MAD 2 × 1.4826 = 2.9652 beats √8 = 2.83.
    const spread = baselineOf([10, 2, 6, 14]);
    expect(spread.usual).toBe(8);
    expect(spread.spread).toBeCloseTo(2.9652, 10);
  });
});

describe('rate-spike: daily counts against the same weekday', () => {
  it('finds nothing in a steady shop', () => {
    expect(run([...steadyShop(), ...refunds(7, 2), ...refunds(14, 2)])).toEqual({ findings: [] });
  });

  it('flags a refund spike today, with the baseline and z in the evidence', () => {
    const orders = [...steadyShop(), ...refunds(7, 2), ...refunds(14, 1), ...refunds(21, 2), ...refunds(28, 3), ...refunds(0, 9)];
    const { findings, silence } = run(orders);
    expect(silence).toBeUndefined();
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.orderId).toBe('@2026-11-25');
    expect(f.severity).toBe('P2');
    expect(f.dueAt).toBeUndefined();
    // usual 2 (weighted median of 2, 1, 2, 3), MAD 0 → spread √2; z = 7 / 1.414 = 4.95.
    expect(f.evidence).toEqual({
      day: '2026-11-25',
      timeZone: 'Asia/Shanghai',
      partialDay: true,
      metrics: 'refunds',
      refunds: 9,
      refundsUsual: 2,
      refundsZ: 4.95,
      refundsLastWeeks: '2, 1, 2, 3',
      zThreshold: 3,
      minCount: 3,
    });
    expect(f.explanation).toEqual({
      en: 'So far on Wednesday 2026-11-25 (Beijing time): refunds and returns 9, usually 2 (z = 4.95) — far from the last 4 Wednesdays (robust z beyond 3).',
      zh: '2026-11-25（北京时间，周三，截至目前）：退款/退货 9 笔，平时约 2 笔（z = 4.95），与前 4 个周三相比明显异常（稳健 z 超过 3）。',
    });
  });

  it('needs z above the threshold, not equal to it', () => {
    // Baseline 0 → spread 1: 3 refunds is z = 3 exactly, 4 is z = 4.
    expect(run([...steadyShop(), ...refunds(0, 3)])).toEqual({ findings: [] });
    expect(run([...steadyShop(), ...refunds(0, 4)]).findings.map((f) => f.evidence['refundsZ'])).toEqual([4]);
  });

  it('needs the minimum count, whatever the z', () => {
    const lenient = { ...defaults, zThreshold: 1 };
    expect(run([...steadyShop(), ...refunds(0, 2)], lenient)).toEqual({ findings: [] });
    expect(run([...steadyShop(), ...refunds(0, 3)], lenient).findings.map((f) => f.evidence['refunds'])).toEqual([3]);
    expect(run([...steadyShop(), ...refunds(0, 2)], { ...lenient, minCount: 2 }).findings).toHaveLength(1);
  });

  it('puts several unusual figures of one day in one finding', () => {
    const { findings } = run([...steadyShop(), ...refunds(1, 5), ...cancellations(1, 6)]);
    expect(findings.map((f) => [f.orderId, f.evidence['metrics'], f.evidence['partialDay']])).toEqual([['@2026-11-24', 'refunds, cancellations', false]]);
    expect(findings[0]!.explanation).toEqual({
      en: 'On Tuesday 2026-11-24 (Beijing time): refunds and returns 5, usually 0 (z = 5); cancellations 6, usually 0 (z = 6) — far from the last 4 Tuesdays (robust z beyond 3).',
      zh: '2026-11-24（北京时间，周二）：退款/退货 5 笔，平时约 0 笔（z = 5）；取消 6 笔，平时约 0 笔（z = 6），与前 4 个周二相比明显异常（稳健 z 超过 3）。',
    });
  });

  it('counts the day in Beijing time for Chinese marketplaces and in UTC for the others', () => {
    // 17:00 UTC on the 24th is 01:00 on the 25th in Beijing.
    const taobao = run([...steadyShop(), ...refunds(1, 5, 'taobao', 17)]).findings;
    expect(taobao.map((f) => f.orderId)).toEqual(['@2026-11-25']);
    const amazon = run([...steadyShop(35, 10, 'amazon'), ...refunds(1, 5, 'amazon', 17)]).findings;
    expect(amazon.map((f) => [f.orderId, f.evidence['timeZone'], f.evidence['partialDay']])).toEqual([['@2026-11-24', 'UTC', false]]);
  });

  it('flags a surge of orders today, and a drop only on a whole day', () => {
    const base = steadyShop(35, 20).filter((o) => !(o.placedAt === at(1) || o.placedAt === at(0)));
    const twoEach = [...times(2, () => order({ placedAt: at(1) })), ...times(2, () => order({ placedAt: at(0) }))];
    // Yesterday 2 against 20: z = −18 / √20 = −4.02; today so far 2 is not judged low.
    const drop = run([...base, ...twoEach]).findings;
    expect(drop.map((f) => [f.orderId, f.evidence['orders'], f.evidence['ordersUsual'], f.evidence['ordersZ']])).toEqual([['@2026-11-24', 2, 20, -4.02]]);
    expect(drop[0]!.explanation.en).toBe(
      'On Tuesday 2026-11-24 (Beijing time): orders 2, usually 20 (z = −4.02) — far from the last 4 Tuesdays (robust z beyond 3).',
    );
    // Today 35 against 20: z = 15 / √20 = 3.35.
    const surge = run([...steadyShop(35, 20), ...times(15, () => order({ placedAt: at(0) }))]).findings;
    expect(surge.map((f) => [f.orderId, f.evidence['orders'], f.evidence['ordersZ']])).toEqual([['@2026-11-25', 35, 3.35]]);
  });

  it('counts late shipments on the day their deadline passed, the still unshipped ones once that day is over', () => {
    const lateOn = (paid: number) => [
      ...times(3, () => order({ status: 'awaiting_shipment', statusRaw: '买家已付款', placedAt: paid, paidAt: paid })),
      order({ status: 'shipped', statusRaw: '卖家已发货', placedAt: paid, paidAt: paid, shippedAt: paid + 49 * HOUR }),
    ];
    const onTime = (paid: number) => [
      order({ status: 'shipped', statusRaw: '卖家已发货', placedAt: paid, paidAt: paid, shippedAt: paid + 47 * HOUR }),
      // Scanned by the carrier in time although marked shipped late: the scan counts.
      order({ status: 'shipped', statusRaw: '卖家已发货', placedAt: paid, paidAt: paid, firstScanAt: paid + 47 * HOUR, shippedAt: paid + 50 * HOUR }),
      // No payment time: counting from the order would call it late; not counted.
      order({ status: 'awaiting_shipment', statusRaw: '买家已付款', placedAt: at(4) }),
    ];
    // Taobao: 48 h → the deadline was yesterday at 10:00 Beijing time.
    const { findings } = run([...steadyShop(), ...lateOn(at(3)), ...onTime(at(3))]);
    expect(findings.map((f) => [f.orderId, f.evidence['metrics'], f.evidence['lateShipments'], f.evidence['lateShipmentsZ']])).toEqual([
      ['@2026-11-24', 'lateShipments', 4, 4],
    ]);
    // Due today at 10:00 and still unshipped at noon: only the parcel shipped late counts today
    // (1, not unusual); the three unshipped ones join the count once the day is over.
    const dueToday = [...steadyShop(), ...lateOn(at(2)), ...onTime(at(2))];
    expect(run(dueToday).findings).toEqual([]);
    expect(run(dueToday, defaults, NOW + DAY).findings.map((f) => [f.orderId, f.evidence['lateShipments']])).toEqual([['@2026-11-25', 4]]);
  });

  it('does not date refunds found on a first read: a page of old refunds with no request time raises nothing', () => {
    // The seller opens the list for the first time: five refunds placed 3 days ago, their status
    // first seen now, no request time on the page.
    const firstSeen = times(5, () => order({ status: 'refund_requested', statusRaw: '退款中', placedAt: at(3) }));
    const statusSince = new Map(firstSeen.map((o) => [`${o.marketplace}|${o.orderId}`, at(0)]));
    const result = rateSpike.runShop(buildContext([...steadyShop(), ...firstSeen], { statusSince }), NOW, defaults);
    expect(result).toEqual({ findings: [] });
  });

  it('dates a refund without a request time by the read that saw the order change to it, unless the order is old', () => {
    // Seen unshipped on an earlier read, then seen refunding today: five refunds of today.
    const changed = times(5, () => order({ status: 'refund_requested', statusRaw: '退款中', placedAt: at(3), statusChangeSeenAt: at(0) }));
    // Placed 40 days ago: a change seen today is an old order's late news, not today's refund.
    const oldChanged = times(5, () => order({ status: 'refunded', statusRaw: '退款成功', placedAt: at(40), statusChangeSeenAt: at(0) }));
    const result = run([...steadyShop(), ...changed, ...oldChanged]);
    expect(result.findings.map((f) => [f.orderId, f.severity, f.evidence['metrics'], f.evidence['refunds'], f.evidence['refundsUsual']])).toEqual([['@2026-11-25', 'P2', 'refunds', 5, 0]]);
    expect(result.findings[0]!.explanation.en).toBe(
      'So far on Wednesday 2026-11-25 (Beijing time): refunds and returns 5, usually 0 (z = 5) — far from the last 4 Wednesdays (robust z beyond 3).',
    );
  });
});

describe('rate-spike: history it needs', () => {
  it('stays silent with less than 28 days of orders', () => {
    expect(run([...steadyShop(27), ...refunds(0, 9).map((o) => ({ ...o, placedAt: at(27) }))])).toEqual({
      findings: [],
      silence: 'needs 28 days of order history (have 27)',
    });
  });

  it('judges today with exactly 28 days, and skips older days that lack their own 4 weeks', () => {
    const orders = [...steadyShop(28), ...refunds(0, 9).map((o) => ({ ...o, placedAt: at(28) })), ...refunds(1, 9).map((o) => ({ ...o, placedAt: at(28) }))];
    expect(run(orders).findings.map((f) => f.orderId)).toEqual(['@2026-11-25']);
  });

  it('builds the day counts once per run', () => {
    const base = buildContext([...steadyShop(), ...refunds(0, 9)]);
    const builds: string[] = [];
    const ctx: DetectorContext = { ...base, memo: (key, build) => base.memo(key, () => (builds.push(key), build())) };
    rateSpike.runShop(ctx, NOW, defaults);
    rateSpike.runShop(ctx, NOW, defaults);
    // The shop's marketplaces and its figure (the day counts), once each.
    expect(builds).toEqual(['figure:shops', 'figure:rate-spike']);
  });
});

describe('rate-spike: parcels of one carrier stalling together', () => {
  const shipped = (carrier: string, lastTrackingAt: number) =>
    // Placed long ago with no payment time shown, so these parcels add to no daily count.
    order({ status: 'shipped', statusRaw: '卖家已发货', shippedAt: at(5), carrier, lastTrackingAt });
  // Counted as of the start of today in Beijing time (00:00 on 2026-11-25 = 16:00 UTC the day before).
  const DAY_START = Date.UTC(2026, 10, 24, 16, 0);
  const stalled = (carrier: string, n: number) => times(n, () => shipped(carrier, DAY_START - 3 * DAY));
  const moving = (carrier: string, n: number) => times(n, () => shipped(carrier, DAY_START - 3 * DAY + MINUTE));

  it('flags a carrier with at least 5 parcels stalled for 3 days and over 30% of its parcels in transit', () => {
    const orders = [...steadyShop(), ...stalled('顺丰', 6), ...moving('顺丰', 4), ...stalled('圆通', 5), ...moving('圆通', 12), ...stalled('中通', 4)];
    const { findings } = run(orders);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.orderId).toBe('@2026-11-25/carrier:顺丰');
    expect(f.severity).toBe('P2');
    expect(f.evidence).toMatchObject({
      carrier: '顺丰',
      stalledParcels: 6,
      parcelsInTransit: 10,
      stalledShare: 0.6,
      stallDays: 3,
      minStalledParcels: 5,
      shareThreshold: 0.3,
      oldestMovementAt: '2026-11-21T16:00:00.000Z',
    });
    expect((f.evidence['stalledOrders'] as string).split(', ')).toHaveLength(6);
    expect(f.explanation).toEqual({
      en: "At the start of today (Beijing time), 6 of 顺丰's 10 parcels in transit with tracking shown (60%) had had no tracking movement for 3 days or more — at least 5 and over 30%: the carrier may have a problem; ask it and tell the buyers.",
      zh: '截至今日零点（北京时间），顺丰在途且显示物流的 10 个包裹中有 6 个（60%）已 3 天以上没有物流更新，达到 5 个且超过 30%：可能是配送渠道故障，请联系快递并告知买家。',
    });
    // The same all day: the count is the day's, so the alarm re-counts only when a new day starts.
    expect(run(orders, defaults, DAY_START + DAY - 1).findings).toEqual(findings);
  });

  it('counts a parcel that reaches 3 days without movement during today from tomorrow on', () => {
    const late = times(5, () => shipped('SF', NOW - 3 * DAY));
    expect(run([...steadyShop(), ...late]).findings).toEqual([]);
    expect(run([...steadyShop(), ...late], defaults, DAY_START + DAY).findings.map((f) => f.orderId)).toEqual(['@2026-11-26/carrier:SF']);
  });

  it('does not count parcels that moved one minute inside the 3 days', () => {
    expect(run([...steadyShop(), ...stalled('SF', 4), ...moving('SF', 6)]).findings).toEqual([]);
  });

  it('needs more than the share, not equal to it', () => {
    // 6 of 20 = 30% exactly.
    expect(run([...steadyShop(), ...stalled('YTO', 6), ...moving('YTO', 14)]).findings).toEqual([]);
    expect(run([...steadyShop(), ...stalled('YTO', 6), ...moving('YTO', 13)]).findings.map((f) => f.orderId)).toEqual(['@2026-11-25/carrier:YTO']);
  });

  it('counts only parcels whose tracking was read: shipped 20 days ago without tracking times is no stall', () => {
    const untracked = times(8, () => order({ status: 'shipped', statusRaw: '卖家已发货', shippedAt: DAY_START - 20 * DAY, carrier: 'SF' }));
    expect(run([...steadyShop(), ...untracked]).findings).toEqual([]);
    // 5 tracked and stalled of 5 tracked: the untracked ones do not dilute the share either.
    const f = run([...steadyShop(), ...untracked, ...stalled('SF', 5)]).findings;
    expect(f.map((x) => [x.orderId, x.evidence['stalledParcels'], x.evidence['parcelsInTransit']])).toEqual([['@2026-11-25/carrier:SF', 5, 5]]);
  });

  it('still watches carriers when the shop is too new for daily baselines', () => {
    const result = run([...steadyShop(10), ...stalled('UPS', 5).map((o) => ({ ...o, placedAt: at(10) }))]);
    expect(result.silence).toBe('needs 28 days of order history (have 10)');
    expect(result.findings.map((f) => f.orderId)).toEqual(['@2026-11-25/carrier:UPS']);
  });
});
