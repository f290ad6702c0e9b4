import { describe, expect, it } from 'vitest';
import { amountMismatch, EXPLANATIONS, reconcile } from '../../lib/detectors/amount-mismatch';
import { buildContext } from '../../lib/detectors';
import { Finding, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, makeOrder } from './make-order';

const PAID = Date.UTC(2026, 10, 20, 6, 0);
const NOW = PAID + 2 * HOUR;
const defaults = DEFAULT_SETTINGS.detectors['amount-mismatch'];

function run(order: Order, settings = defaults) {
  const result = amountMismatch.run(order, buildContext([order]), NOW, settings);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}

/** Two soaps at ¥59.00, ¥10.00 off, ¥10.00 shipping: ¥118.00 expected. */
const order = (money: Partial<Order['money']>, overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
  makeOrder({
    paidAt: PAID,
    items: [{ title: '手工皂', quantity: 2, unitPrice: 59 }],
    money: { paid: 118, discount: 10, shipping: 10, ...money },
    ...overrides,
  });

describe('amount-mismatch: total against items − discount + shipping', () => {
  it('is silent when the amounts add up exactly', () => {
    expect(run(order({}))).toEqual({ findings: [] });
  });

  it('adds cents without float noise, so even a zero tolerance holds (3 × 0.1 + 0.2 = 0.5)', () => {
    const items = [
      { title: 'a', quantity: 3, unitPrice: 0.1 },
      { title: 'b', quantity: 1, unitPrice: 0.2 },
    ];
    expect(run(order({ paid: 0.5, discount: 0, shipping: 0 }, { items }), { ...defaults, tolerance: 0 })).toEqual({ findings: [] });
  });

  it('is silent within the tolerance and fires at 0.02 off', () => {
    expect(run(order({ paid: 118.01 }))).toEqual({ findings: [] });
    expect(run(order({ paid: 117.99 }))).toEqual({ findings: [] });
    const { findings } = run(order({ paid: 117.98 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence['difference']).toBe(-0.02);
    expect(run(order({ paid: 117.98 }), { ...defaults, tolerance: 0.05 })).toEqual({ findings: [] });
  });

  it('explains a short payment with the formula, in both languages', () => {
    const { findings } = run(order({ paid: 108, discount: 0, shipping: 0 }));
    expect(findings).toEqual([
      {
        detector: 'amount-mismatch',
        marketplace: 'taobao',
        orderId: '1001',
        severity: 'P2',
        dueAt: PAID + 24 * HOUR,
        evidence: {
          check: 'total mismatch',
          expected: 118,
          paid: 108,
          difference: -10,
          formula: 'subtotal − discount + shipping: ¥118.00 − ¥0.00 + ¥0.00 = ¥118.00',
          subtotalSource: 'items',
        },
        explanation: {
          en: 'Paid ¥108.00 but items ¥118.00 − discount ¥0.00 + shipping ¥0.00 = ¥118.00 (¥10.00 less).',
          zh: '实付 ¥108.00，但商品 ¥118.00 − 优惠 ¥0.00 + 运费 ¥0.00 = ¥118.00（少 ¥10.00）。',
        },
      },
    ]);
  });

  it('prefers the subtotal the console shows over unit prices, and says when more was paid', () => {
    const { findings } = run(order({ paid: 1310.5, subtotal: 1299, discount: 0, shipping: 1.5, currency: 'USD' }));
    expect(findings[0]!.evidence['subtotalSource']).toBe('console');
    expect(findings[0]!.evidence['expected']).toBe(1300.5);
    expect(findings[0]!.explanation.en).toBe(
      'Paid $1,310.50 but items $1,299.00 − discount $0.00 + shipping $1.50 = $1,300.50 ($10.00 more).',
    );
    expect(findings[0]!.explanation.zh).toBe(
      '实付 $1,310.50，但商品 $1,299.00 − 优惠 $0.00 + 运费 $1.50 = $1,300.50（多 $10.00）。',
    );
  });

  it('stays silent with a reason when the breakdown is not shown, rather than guess zeros', () => {
    expect(run(order({ shipping: undefined }))).toEqual({ findings: [], silence: 'shipping or discount not shown' });
    expect(run(order({ discount: undefined }))).toEqual({ findings: [], silence: 'shipping or discount not shown' });
    const noPrices = order({}, { items: [{ title: '手工皂', quantity: 2 }] });
    expect(run(noPrices)).toEqual({ findings: [], silence: 'no subtotal or unit prices shown' });
  });
});

describe('amount-mismatch: refunds and empty payments', () => {
  it('fires when more was refunded than paid, and not when the refund equals the payment', () => {
    expect(run(order({ refunded: 118 }, { status: 'refunded' }))).toEqual({ findings: [] });
    const { findings } = run(order({ refunded: 138 }, { status: 'refunded' }));
    expect(findings[0]!.evidence).toEqual({
      check: 'refund exceeds paid',
      paid: 118,
      refunded: 138,
      difference: 20,
      formula: 'refunded ≤ paid',
    });
    expect(findings[0]!.explanation).toEqual({
      en: 'Refunded ¥138.00 but only ¥118.00 was paid (¥20.00 too much).',
      zh: '已退款 ¥138.00，超过实付 ¥118.00（多退 ¥20.00）。',
    });
  });

  it('stays quiet on a paid order with nothing paid when its discount covers it, or when no item price is shown', () => {
    // A 100 % discount code: items ¥59.80 + shipping ¥6.00, discount ¥65.80.
    expect(run(order({ paid: 0, subtotal: 59.8, shipping: 6, discount: 65.8 }))).toEqual({ findings: [] });
    // A list that shows only a total of ¥0.00: a free order cannot be told from a wrong one.
    expect(run(makeOrder({ paidAt: PAID, items: [{ title: 'Sample', quantity: 1 }], money: { paid: 0 } }))).toEqual({ findings: [], silence: 'nothing paid, and no item price shown' });
    // A discount that leaves ¥6.00 of shipping unpaid still fires.
    expect(run(order({ paid: 0, subtotal: 59.8, shipping: 6, discount: 59.8 })).findings[0]!.evidence).toEqual({ check: 'paid is zero or negative', paid: 0, formula: 'paid > 0' });
  });

  it('fires on a paid order with nothing paid on priced items, even without a breakdown', () => {
    const { findings } = run(makeOrder({ paidAt: PAID, money: { paid: 0 } }));
    expect(findings[0]!.evidence).toEqual({ check: 'paid is zero or negative', paid: 0, formula: 'paid > 0' });
    expect(findings[0]!.explanation).toEqual({
      en: 'The order is paid but the amount paid is ¥0.00.',
      zh: '订单已付款，但实付金额为 ¥0.00。',
    });
  });

  it('treats a shipped order without a payment time as paid, and is due a day after placement', () => {
    const shipped = makeOrder({ status: 'shipped', money: { paid: 0 } });
    expect(run(shipped).findings[0]!.dueAt).toBe(shipped.placedAt + 24 * HOUR);
  });

  it('leaves unpaid and cancelled orders alone', () => {
    expect(run(makeOrder({ status: 'awaiting_payment', money: { paid: 0 } }))).toEqual({ findings: [] });
    expect(run(makeOrder({ status: 'cancelled', money: { paid: 0 } }))).toEqual({ findings: [] });
    expect(run(makeOrder({ status: 'unknown', money: { paid: 0 } }))).toEqual({ findings: [] });
  });
});

describe('amount-mismatch: the explanations consoles show', () => {
  // ¥118.00 expected throughout (two soaps at ¥59.00, ¥10.00 off, ¥10.00 shipping).
  const used = (money: Partial<Order['money']>) => reconcile(order(money), 11800, 1).used;

  it('accepts a platform subsidy or coupon: the buyer paid ¥103.00 and the platform ¥15.00', () => {
    expect(run(order({ paid: 103, platformDiscount: 15 }))).toEqual({ findings: [] });
    expect(used({ paid: 103, platformDiscount: 15 })).toEqual(['platform subsidy']);
    expect(EXPLANATIONS['platform subsidy']).toEqual({ en: 'platform subsidy or coupon', zh: '平台补贴/优惠券' });
  });

  it('accepts instalment interest shown on the order: ¥118.00 + ¥8.85 = ¥126.85', () => {
    expect(run(order({ paid: 126.85, interest: 8.85, installments: 12 }))).toEqual({ findings: [] });
    expect(used({ paid: 126.85, interest: 8.85, installments: 12 })).toEqual(['instalment interest']);
  });

  it('accepts a paid amount shown net of a partial refund, even when the refund exceeds what is left', () => {
    expect(run(order({ paid: 98, refunded: 20 }, { status: 'completed' }))).toEqual({ findings: [] });
    expect(run(order({ paid: 18, refunded: 100 }, { status: 'refunded' }))).toEqual({ findings: [] });
    expect(used({ paid: 18, refunded: 100 })).toEqual(['partial refund']);
    // Shown as paid in full beside the refund: nothing to explain.
    expect(used({ paid: 118, refunded: 20 })).toEqual([]);
  });

  it('accepts a tax the console shows on top of its prices (Shopify\'s "Taxes" row): ¥118.00 + ¥9.44 = ¥127.44', () => {
    expect(run(order({ paid: 127.44, tax: 9.44 }))).toEqual({ findings: [] });
    expect(used({ paid: 127.44, tax: 9.44 })).toEqual(['tax']);
    expect(EXPLANATIONS.tax).toEqual({ en: 'tax', zh: '税费' });
    // A tax the check was given that does not close the gap is named in the evidence.
    const { findings } = run(order({ paid: 137.44, tax: 9.44 }));
    expect([findings[0]!.evidence['tax'], findings[0]!.evidence['difference']]).toEqual([9.44, 19.44]);
  });

  it('uses the fewest explanations that balance, and several together when needed', () => {
    // Platform paid ¥15.00, ¥20.00 refunded: ¥118.00 − 15 − 20 = ¥83.00.
    expect(used({ paid: 83, platformDiscount: 15, refunded: 20 })).toEqual(['platform subsidy', 'partial refund']);
    expect(used({ paid: 103, platformDiscount: 15, refunded: 20 })).toEqual(['platform subsidy']);
  });

  it('accepts a surplus up to a quarter of the total as interest when the order is paid in instalments without the interest shown', () => {
    expect(run(order({ paid: 147.5, installments: 10 }))).toEqual({ findings: [] });
    expect(used({ paid: 147.5, installments: 10 })).toEqual(['instalments']);
    expect(EXPLANATIONS.instalments).toEqual({ en: 'instalment interest (not shown apart)', zh: '分期利息（未单独显示）' });
    // ¥29.51 over ¥118.00 is more than interest; paying less is never interest; one instalment has none.
    expect(run(order({ paid: 147.51, installments: 10 })).findings[0]!.evidence['difference']).toBe(29.51);
    expect(run(order({ paid: 110, installments: 10 })).findings).toHaveLength(1);
    expect(run(order({ paid: 120, installments: 1 })).findings).toHaveLength(1);
  });

  it('names the explanations it tried when they do not close the gap, in both languages', () => {
    const { findings } = run(order({ paid: 90, platformDiscount: 15, refunded: 5 }, { status: 'completed' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence).toEqual({
      check: 'total mismatch',
      expected: 118,
      paid: 90,
      difference: -28,
      formula: 'subtotal − discount + shipping: ¥118.00 − ¥10.00 + ¥10.00 = ¥118.00',
      subtotalSource: 'items',
      platformDiscount: 15,
      refunded: 5,
    });
    expect(findings[0]!.explanation).toEqual({
      en: 'Paid ¥90.00 but items ¥118.00 − discount ¥10.00 + shipping ¥10.00 = ¥118.00 (¥28.00 less). Counting the platform subsidy or coupon ¥15.00 and partial refund ¥5.00 shown does not close it.',
      zh: '实付 ¥90.00，但商品 ¥118.00 − 优惠 ¥10.00 + 运费 ¥10.00 = ¥118.00（少 ¥28.00）。计入后台显示的平台补贴/优惠券 ¥15.00、部分退款 ¥5.00后仍对不上。',
    });
  });

  it('still flags a refund beyond the payment that no net-of-refund reading explains', () => {
    expect(run(order({ paid: 118, refunded: 138 }, { status: 'refunded' })).findings[0]!.evidence['check']).toBe('refund exceeds paid');
  });
});
