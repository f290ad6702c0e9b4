import { describe, expect, it } from 'vitest';
import { readOlist } from '../../lib/eval/olist';
import { formatReport } from '../../lib/eval/report';
import { instantsOf, replay, type Replay } from '../../lib/eval/replay';
import { failedLimits, hasDisagreement, isFineOrder, score } from '../../lib/eval/score';
import { DEFAULT_SETTINGS } from '../../lib/settings';

// ontime: handed over and delivered in time (delivered late on the estimated day itself).
// late: handed over after the seller deadline, delivered after the estimate, rated 1.
// transit: shipped, never delivered, rated 2 after the estimate passed.
// stuck: invoiced, never handed over. gone: cancelled.
const ORDERS = `order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date
ontime,c1,delivered,2018-06-01 09:00:00,2018-06-01 09:10:00,2018-06-02 12:00:00,2018-06-18 23:30:00,2018-06-18 00:00:00
late,c2,delivered,2018-06-01 10:00:00,2018-06-01 10:30:00,2018-06-06 09:00:00,2018-06-20 15:00:00,2018-06-18 00:00:00
transit,c3,shipped,2018-06-02 08:00:00,2018-06-02 08:05:00,2018-06-04 10:00:00,,2018-06-25 00:00:00
stuck,c4,invoiced,2018-06-03 11:00:00,2018-06-03 11:20:00,,,2018-06-28 00:00:00
gone,c5,canceled,2018-06-03 12:00:00,2018-06-03 12:10:00,,,2018-06-28 00:00:00
`;
const ITEMS = `order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value
ontime,1,p1,s1,2018-06-05 09:10:00,60.0,5.25
late,1,p2,s1,2018-06-05 10:30:00,80.0,7.5
transit,1,p3,s1,2018-06-06 08:05:00,30.0,4.0
stuck,1,p4,s1,2018-06-07 11:20:00,45.0,6.0
gone,1,p5,s1,2018-06-07 12:10:00,20.0,3.0
`;
const PAYMENTS = `order_id,payment_sequential,payment_type,payment_installments,payment_value
ontime,1,boleto,1,65.25
late,1,credit_card,1,87.5
transit,1,credit_card,1,34.0
stuck,1,credit_card,1,51.0
gone,1,credit_card,1,23.0
`;
const REVIEWS = `review_id,order_id,review_score,review_comment_title,review_comment_message,review_creation_date,review_answer_timestamp
r1,ontime,5,,,2018-06-19 00:00:00,2018-06-19 10:00:00
r2,late,1,,não chegou no prazo,2018-06-21 00:00:00,2018-06-21 10:00:00
r3,transit,2,,,2018-06-26 00:00:00,2018-06-26 10:00:00
`;

const timelines = readOlist({ orders: ORDERS, items: ITEMS, payments: PAYMENTS, reviews: REVIEWS }).timelines;
const replayed = replay(timelines, DEFAULT_SETTINGS);
const scored = score(timelines, replayed, DEFAULT_SETTINGS);
const check = (detector: string) => scored.checks.find((c) => c.detector === detector)!;
const counts = (detector: string) => scored.detectors.find((d) => d.detector === detector)!;

describe('replay', () => {
  it('judges each order after approval, at its ship-by deadline, at the end of the estimated day, at delivery and at each review', () => {
    const late = timelines.find((t) => t.orderId === 'late')!;
    expect(instantsOf(late).map((i) => [i.kind, i.at])).toEqual([
      ['approval', Date.UTC(2018, 5, 1, 13, 31)],
      ['ship-deadline', Date.UTC(2018, 5, 5, 13, 30)],
      ['delivery-estimate', Date.UTC(2018, 5, 19, 3) - 1],
      ['delivery', Date.UTC(2018, 5, 20, 18)],
      ['review', Date.UTC(2018, 5, 21, 3)],
    ]);
    expect(scored.judgements).toEqual({ approval: 5, 'ship-deadline': 5, 'delivery-estimate': 5, delivery: 2, review: 3 });
  });

  it('raises the late shipment, the overdue deliveries and the low ratings as cases', () => {
    const cases = (detector: string) =>
      [...new Set(replayed.judgements.filter((j) => j.findings.some((f) => f.detector === detector)).map((j) => j.orderId))].sort();
    expect(cases('ship-deadline')).toEqual(['late', 'stuck']);
    expect(cases('delivery-overdue')).toEqual(['late', 'transit']);
    expect(cases('negative-review')).toEqual(['late', 'transit']);
    expect(counts('delivery-overdue')).toEqual({ detector: 'delivery-overdue', cases: 2, findings: 3, bySeverity: { P1: 0, P2: 3, P3: 0 } });
    expect(replayed.failures.size).toBe(0);
  });
});

describe('score', () => {
  it('agrees with the recorded timestamps and scores on every checked order', () => {
    expect(scored.checks.map((c) => [c.detector, c.implemented, c.checked, c.expectedFires, c.fired, c.agreement, c.disagreements])).toEqual([
      ['ship-deadline', true, 4, 2, 2, 1, 0],
      ['delivery-overdue', true, 4, 2, 2, 1, 0],
      ['negative-review', true, 3, 2, 2, 1, 0],
    ]);
    expect(check('ship-deadline').excluded).toEqual({ 'cancelled or unavailable (no cancellation time recorded)': 1 });
    expect(hasDisagreement(scored)).toBe(false);
  });

  it('counts the low reviews created after a delivery-overdue case on their order', () => {
    expect(scored.reviews).toEqual({
      low: { reviews: 2, precededByOverdue: 2, share: 1 },
      middle: { reviews: 0, precededByOverdue: 0, share: null },
      high: { reviews: 1, precededByOverdue: 0, share: 0 },
      overdueThenReviewed: 2,
      overdueThenLow: 2,
    });
  });

  it('lists a detector that missed a late shipment, with the order and its recorded times, and fails', () => {
    const broken: Replay = {
      ...replayed,
      judgements: replayed.judgements.map((j) =>
        j.orderId === 'late' && j.kind === 'ship-deadline' ? { ...j, findings: j.findings.filter((f) => f.detector !== 'ship-deadline') } : j,
      ),
    };
    const result = score(timelines, broken, DEFAULT_SETTINGS);
    const ship = result.checks.find((c) => c.detector === 'ship-deadline')!;
    expect([ship.matches, ship.checked, ship.agreement]).toEqual([3, 4, 0.75]);
    expect(ship.firstDisagreements).toEqual([
      {
        orderId: 'late',
        at: '2018-06-05 10:30:00',
        expected: true,
        fired: false,
        values: {
          status: 'delivered',
          approvedAt: '2018-06-01 10:30:00',
          shipBy: '2018-06-05 10:30:00',
          handedOverAt: '2018-06-06 09:00:00',
          shownStatus: 'awaiting_shipment',
          severities: 'none',
        },
      },
    ]);
    expect(hasDisagreement(result)).toBe(true);
    expect(failedLimits(result)).toEqual(['ship-deadline: exact check at 75.00%, below 100%']);
    expect(formatReport(result, { dir: 'x', seconds: 1, problems: 0 })).toContain(
      '  ✗ late at 2018-06-05 10:30:00: expected a finding, got none — status=delivered approvedAt=2018-06-01 10:30:00 shipBy=2018-06-05 10:30:00 handedOverAt=2018-06-06 09:00:00 shownStatus=awaiting_shipment severities=none',
    );
  });

  it('counts a P3 finding on words alone outside the rating check', () => {
    const words = readOlist({
      orders: ORDERS,
      items: ITEMS,
      reviews: `${REVIEWS}r4,ontime,4,,"ok, but the box was damaged",2018-06-22 00:00:00,2018-06-22 10:00:00\n`,
    }).timelines;
    const result = score(words, replay(words, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
    const reviews = result.checks.find((c) => c.detector === 'negative-review')!;
    expect([reviews.checked, reviews.disagreements, reviews.wordOnlyFindings]).toEqual([4, 0, 1]);
  });
});

describe('quietness on orders that went well', () => {
  it('takes as fine only the order handed over in time, delivered by the estimate and rated 4–5', () => {
    expect(timelines.filter(isFineOrder).map((t) => t.orderId)).toEqual(['ontime']);
    expect(scored.quietness).toMatchObject({ fineOrders: 1, withP1P2: 0, withP1: 0, shareWithP1P2: 0, shareWithP1: 0, raisedBy: [] });
    expect(failedLimits(scored)).toEqual([]);
  });

  it('counts each detector’s cases and those on fine orders', () => {
    const row = (detector: string) => scored.precision.find((p) => p.detector === detector);
    expect(row('ship-deadline')).toEqual({ detector: 'ship-deadline', cases: 2, onFineOrders: 0, share: 0, p1p2OnFine: 0, p1OnFine: 0 });
    expect(row('tracking-stalled')).toEqual({ detector: 'tracking-stalled', cases: 0, onFineOrders: 0, share: null, p1p2OnFine: 0, p1OnFine: 0 });
  });

  it('says why a detector without its input stayed silent: a parcel in transit without tracking events is not "stalled"', () => {
    expect(scored.silences.find((s) => s.detector === 'tracking-stalled')).toEqual({
      detector: 'tracking-stalled',
      // In transit: ontime and transit at their ship-by deadlines, late and transit at the end of the estimated day, transit at its review.
      judgements: 5,
      reason: 'needs tracking events: none has been read for this parcel',
    });
  });

  it('fails CI when a fine order gets a P1 case, naming the share and the limit', () => {
    const noisy: Replay = {
      ...replayed,
      judgements: replayed.judgements.map((j) =>
        j.orderId === 'ontime' && j.kind === 'delivery-estimate' ? { ...j, findings: [...j.findings, { detector: 'tracking-stalled', severity: 'P1' as const }] } : j,
      ),
    };
    const result = score(timelines, noisy, DEFAULT_SETTINGS);
    expect(result.quietness).toMatchObject({ fineOrders: 1, withP1P2: 1, withP1: 1, raisedBy: [{ detector: 'tracking-stalled', withP1P2: 1, withP1: 1 }] });
    expect(result.precision.find((p) => p.detector === 'tracking-stalled')).toMatchObject({ cases: 1, onFineOrders: 1, share: 1 });
    expect(failedLimits(result)).toEqual([
      'fine orders with a P1/P2 case: 100.00%, above 1.00%',
      'fine orders with a P1 case: 100.00%, above 0.10%',
    ]);
    expect(formatReport(result, { dir: 'x', seconds: 1, problems: 0 })).toContain('  with a P1/P2 case: 1 (100.00%, limit 1.00%); with a P1 case: 1 (100.00%, limit 0.10%)\n  raised by: tracking-stalled 1 (P1 1)');
  });
});

describe('amounts explained by what the console shows', () => {
  it('counts an order paid in 3 card instalments with R$4.75 interest as explained, and raises no case on it', () => {
    const interest = readOlist({ orders: ORDERS, items: ITEMS, payments: PAYMENTS.replace('ontime,1,boleto,1,65.25', 'ontime,1,credit_card,3,70.00'), reviews: REVIEWS }).timelines;
    const replayedInterest = replay(interest, DEFAULT_SETTINGS);
    const result = score(interest, replayedInterest, DEFAULT_SETTINGS);
    expect(result.amountsExplained).toEqual({ 'instalment interest (not shown apart)': 1 });
    expect(replayedInterest.judgements.some((j) => j.findings.some((f) => f.detector === 'amount-mismatch'))).toBe(false);
    expect(scored.amountsExplained).toEqual({});
    expect(formatReport(result, { dir: 'x', seconds: 1, problems: 0 })).toContain('amount-mismatch quiet thanks to what the console shows: instalment interest (not shown apart) 1 order');
  });
});

describe('formatReport', () => {
  it('prints each check with its agreement', () => {
    const text = formatReport(scored, { dir: 'olist', seconds: 0.2, problems: 0 });
    expect(text).toContain('  checked 4, must fire 2, fired 2, agree 4 (100.0%), disagree 0');
    expect(text).toContain('1–2 stars      2             2  100.0%');
  });
});
