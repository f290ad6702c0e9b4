import { DETECTOR_LABELS } from './labels';
import type { Bilingual, Evidence, Finding, Order } from '../schema';
import { formatMoney, fromCents, msFromHours, toCents } from './explain';
import type { Detector, DetectorResult } from './types';

/**
 * Paid means money moved: a payment time is shown, or the status is past payment. `unknown`
 * without a payment time is not judged: a zero "paid" there may just be an unpaid order.
 */
const isPaid = (order: Order): boolean =>
  order.paidAt !== undefined ||
  (order.status !== 'awaiting_payment' && order.status !== 'cancelled' && order.status !== 'unknown');

/** Subtotal as shown, else from the items when every item shows its unit price. */
function subtotalCents(order: Order): { cents: number; source: 'console' | 'items' } | undefined {
  if (order.money.subtotal !== undefined) return { cents: toCents(order.money.subtotal), source: 'console' };
  if (order.items.length === 0 || order.items.some((item) => item.unitPrice === undefined)) return undefined;
  const cents = order.items.reduce((sum, item) => sum + item.quantity * toCents(item.unitPrice ?? 0), 0);
  return { cents, source: 'items' };
}

interface Problem {
  evidence: Evidence;
  explanation: Bilingual;
}

function checkOrder(order: Order, toleranceCents: number): Problem | string | undefined {
  const { currency } = order.money;
  const money = (cents: number): string => formatMoney(cents, currency);
  const paid = toCents(order.money.paid);

  if (paid <= 0) {
    return {
      evidence: { check: 'paid is zero or negative', paid: fromCents(paid), formula: 'paid > 0' },
      explanation: {
        en: `The order is paid but the amount paid is ${money(paid)}.`,
        zh: `订单已付款，但实付金额为 ${money(paid)}。`,
      },
    };
  }

  if (order.money.refunded !== undefined && toCents(order.money.refunded) > paid) {
    const refunded = toCents(order.money.refunded);
    return {
      evidence: {
        check: 'refund exceeds paid',
        paid: fromCents(paid),
        refunded: fromCents(refunded),
        difference: fromCents(refunded - paid),
        formula: 'refunded ≤ paid',
      },
      explanation: {
        en: `Refunded ${money(refunded)} but only ${money(paid)} was paid (${money(refunded - paid)} too much).`,
        zh: `已退款 ${money(refunded)}，超过实付 ${money(paid)}（多退 ${money(refunded - paid)}）。`,
      },
    };
  }

  const subtotal = subtotalCents(order);
  if (subtotal === undefined) return 'no subtotal or unit prices shown';
  // A missing shipping or discount column is not a zero: guessing it would flag every order
  // of a console that hides them (false positives sellers cannot dismiss).
  if (order.money.shipping === undefined || order.money.discount === undefined) return 'shipping or discount not shown';
  const shipping = toCents(order.money.shipping);
  const discount = toCents(order.money.discount);
  const expected = subtotal.cents - discount + shipping;
  const difference = paid - expected;
  if (Math.abs(difference) <= toleranceCents) return undefined;

  const formula = `${money(subtotal.cents)} − ${money(discount)} + ${money(shipping)} = ${money(expected)}`;
  const less = difference < 0;
  return {
    evidence: {
      check: 'total mismatch',
      expected: fromCents(expected),
      paid: fromCents(paid),
      difference: fromCents(difference),
      formula: `subtotal − discount + shipping: ${formula}`,
      subtotalSource: subtotal.source,
    },
    explanation: {
      en: `Paid ${money(paid)} but items ${money(subtotal.cents)} − discount ${money(discount)} + shipping ${money(shipping)} = ${money(expected)} (${money(Math.abs(difference))} ${less ? 'less' : 'more'}).`,
      zh: `实付 ${money(paid)}，但商品 ${money(subtotal.cents)} − 优惠 ${money(discount)} + 运费 ${money(shipping)} = ${money(expected)}（${less ? '少' : '多'} ${money(Math.abs(difference))}）。`,
    },
  };
}

export const amountMismatch = {
  id: 'amount-mismatch',
  family: 'payment',
  label: DETECTOR_LABELS['amount-mismatch'],
  description: {
    en: 'On a paid order: the amount paid differs from items − discount + shipping by more than the tolerance, a refund exceeds the amount paid, or nothing was paid.',
    zh: '已付款订单：实付与“商品 − 优惠 + 运费”相差超过容差，退款超过实付，或实付为零。',
  },
  // Amounts and a due time from the payment: no clock.
  changesWithTime: { statuses: [] },
  run(order, _ctx, _now, settings): DetectorResult {
    if (!isPaid(order)) return { findings: [] };
    const result = checkOrder(order, toCents(settings.tolerance));
    if (result === undefined) return { findings: [] };
    if (typeof result === 'string') return { findings: [], silence: result };
    const finding: Finding = {
      detector: 'amount-mismatch',
      marketplace: order.marketplace,
      orderId: order.orderId,
      severity: 'P2',
      // "Act today": a day after payment (or after placement when no payment time is shown).
      dueAt: (order.paidAt ?? order.placedAt) + msFromHours(24),
      evidence: result.evidence,
      explanation: result.explanation,
    };
    return { findings: [finding] };
  },
} satisfies Detector<'amount-mismatch'>;
