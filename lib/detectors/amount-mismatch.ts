import { family, label } from './settings/amount-mismatch';
import type { Bilingual, Evidence, Finding, Order } from '../schema';
import { formatMoney, fromCents, msFromHours, toCents } from './explain';
import type { Detector, DetectorResult, Tuning } from './types';
import type { ReplyTemplate } from '../templates/catalogue';

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

/**
 * A zero payment the console itself explains: the discounts and subsidies shown cover the items and
 * shipping (a 100 % discount code, a giveaway), so nothing was owed.
 */
function freeByShownDiscount(order: Order, subtotal: { cents: number } | undefined): boolean {
  if (subtotal === undefined) return false;
  const off = toCents(order.money.discount ?? 0) + toCents(order.money.platformDiscount ?? 0);
  return off > 0 && off >= subtotal.cents + toCents(order.money.shipping ?? 0);
}

interface Problem {
  evidence: Evidence;
  explanation: Bilingual;
}

function checkOrder(order: Order, toleranceCents: number): Problem | string | undefined {
  const { currency } = order.money;
  const money = (cents: number): string => formatMoney(cents, currency);
  const paid = toCents(order.money.paid);
  const subtotal = subtotalCents(order);

  if (paid < 0 || (paid === 0 && !freeByShownDiscount(order, subtotal))) {
    // Nothing paid on items that show no price is no evidence: a free sample or replacement costs nothing.
    if (paid === 0 && (subtotal === undefined || subtotal.cents <= 0)) return 'nothing paid, and no item price shown';
    return {
      evidence: { check: 'paid is zero or negative', paid: fromCents(paid), formula: 'paid > 0' },
      explanation: {
        en: `The order is paid but the amount paid is ${money(paid)}.`,
        zh: `订单已付款，但实付金额为 ${money(paid)}。`,
      },
    };
  }

  const refundsMore = order.money.refunded !== undefined && toCents(order.money.refunded) > paid;
  const breakdown = order.money.shipping !== undefined && order.money.discount !== undefined;
  const shipping = toCents(order.money.shipping ?? 0);
  const discount = toCents(order.money.discount ?? 0);
  const expected = subtotal === undefined ? 0 : subtotal.cents - discount + shipping;
  const reading = subtotal !== undefined && breakdown ? reconcile(order, expected, toleranceCents) : undefined;
  // A console showing the amount paid net of a partial refund: the refund is then more than what is
  // left paid, and the two together make the total.
  if (reading?.balanced === true && (!refundsMore || reading.used.includes('partial refund'))) return undefined;
  if (refundsMore) {
    const refunded = toCents(order.money.refunded ?? 0);
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

  if (subtotal === undefined) return 'no subtotal or unit prices shown';
  // A missing shipping or discount column is not a zero: guessing it would flag every order
  // of a console that hides them (false positives sellers cannot dismiss).
  if (reading === undefined) return 'shipping or discount not shown';

  const difference = paid - expected;
  const formula = `${money(subtotal.cents)} − ${money(discount)} + ${money(shipping)} = ${money(expected)}`;
  const less = difference < 0;
  const evidence: Evidence = {
    check: 'total mismatch',
    expected: fromCents(expected),
    paid: fromCents(paid),
    difference: fromCents(difference),
    formula: `subtotal − discount + shipping: ${formula}`,
    subtotalSource: subtotal.source,
  };
  // The explanations the console shows were tried, alone and together, and none closes the gap.
  for (const t of reading.terms) evidence[EVIDENCE_KEYS[t.kind]] = fromCents(t.cents);
  const tried = (lang: 'en' | 'zh'): string => {
    const parts = reading.terms.map((t) => `${EXPLANATIONS[t.kind][lang]} ${money(t.cents)}`);
    return lang === 'zh' ? parts.join('、') : parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  };
  const triedText: Bilingual =
    reading.terms.length === 0
      ? { en: '', zh: '' }
      : { en: ` Counting the ${tried('en')} shown does not close it.`, zh: `计入后台显示的${tried('zh')}后仍对不上。` };
  return {
    evidence,
    explanation: {
      en: `Paid ${money(paid)} but items ${money(subtotal.cents)} − discount ${money(discount)} + shipping ${money(shipping)} = ${money(expected)} (${money(Math.abs(difference))} ${less ? 'less' : 'more'}).${triedText.en}`,
      zh: `实付 ${money(paid)}，但商品 ${money(subtotal.cents)} − 优惠 ${money(discount)} + 运费 ${money(shipping)} = ${money(expected)}（${less ? '少' : '多'} ${money(Math.abs(difference))}）。${triedText.zh}`,
    },
  };
}

/**
 * The explanations that balance a paid order's amounts, when the check is quiet only thanks to
 * them (an empty list: they add up as they are); undefined when the amounts cannot be read
 * against each other or do not balance.
 */
export function explanationsUsed(order: Order, toleranceCents: number): Explanation[] | undefined {
  const subtotal = subtotalCents(order);
  if (subtotal === undefined || order.money.shipping === undefined || order.money.discount === undefined || toCents(order.money.paid) <= 0) return undefined;
  const reading = reconcile(order, subtotal.cents - toCents(order.money.discount) + toCents(order.money.shipping), toleranceCents);
  return reading.balanced ? reading.used : undefined;
}

/** What the console shows that explains a paid amount off the item total. */
export type Explanation = 'platform subsidy' | 'instalment interest' | 'partial refund' | 'tax' | 'instalments';

/** Each explanation as it reads in a sentence (in the formula, and what a quiet check accepted). */
export const EXPLANATIONS: Record<Explanation, Bilingual> = {
  'platform subsidy': { en: 'platform subsidy or coupon', zh: '平台补贴/优惠券' },
  'instalment interest': { en: 'instalment interest', zh: '分期利息' },
  'partial refund': { en: 'partial refund', zh: '部分退款' },
  tax: { en: 'tax', zh: '税费' },
  instalments: { en: 'instalment interest (not shown apart)', zh: '分期利息（未单独显示）' },
};
const EVIDENCE_KEYS: Record<Exclude<Explanation, 'instalments'>, string> = {
  'platform subsidy': 'platformDiscount',
  'instalment interest': 'interest',
  'partial refund': 'refunded',
  tax: 'tax',
};

/**
 * Instalment interest the console does not show apart is accepted up to this share of the
 * expected total: in the Olist sample (card instalments, Brazil) it stayed under 16%, and
 * Huabei's 12-instalment fee is 7.5%; a larger surplus is more than interest.
 */
export const UNSHOWN_INTEREST_SHARE = 0.25;

interface Term {
  kind: Exclude<Explanation, 'instalments'>;
  /** +1: the buyer pays it on top (interest, tax); −1: the price includes it but the buyer did not pay it. */
  sign: 1 | -1;
  cents: number;
}

export interface Reading {
  balanced: boolean;
  /** The explanations that balance the amounts (empty: they add up as they are). */
  used: Explanation[];
  /** The explanations the console shows, whether used or not. */
  terms: Term[];
}

/**
 * Reads the paid amount against the expected one with the explanations the console shows:
 * the fewest that balance it are the ones used. Pure; amounts in cents.
 */
export function reconcile(order: Order, expectedCents: number, toleranceCents: number): Reading {
  const paid = toCents(order.money.paid);
  const terms: Term[] = [];
  const { platformDiscount, interest, refunded, tax } = order.money;
  if (platformDiscount !== undefined && platformDiscount > 0) terms.push({ kind: 'platform subsidy', sign: -1, cents: toCents(platformDiscount) });
  if (interest !== undefined && interest > 0) terms.push({ kind: 'instalment interest', sign: 1, cents: toCents(interest) });
  // Sales tax a console adds on top of its prices (Shopify's "Taxes" row): in the total, in no price.
  if (tax !== undefined && tax > 0) terms.push({ kind: 'tax', sign: 1, cents: toCents(tax) });
  // Consoles that show the amount paid net of a partial refund: the refund completes it.
  if (refunded !== undefined && refunded > 0) terms.push({ kind: 'partial refund', sign: -1, cents: toCents(refunded) });
  let best: Term[] | undefined;
  for (let mask = 0; mask < 1 << terms.length; mask++) {
    const chosen = terms.filter((_, i) => (mask & (1 << i)) !== 0);
    const target = expectedCents + chosen.reduce((sum, t) => sum + t.sign * t.cents, 0);
    if (Math.abs(paid - target) <= toleranceCents && (best === undefined || chosen.length < best.length)) best = chosen;
  }
  if (best !== undefined) return { balanced: true, used: best.map((t) => t.kind), terms };
  // Paid in instalments with the interest not shown apart: a surplus within reach of interest.
  const surplus = paid - expectedCents;
  const installments = order.money.installments ?? 1;
  if (interest === undefined && installments > 1 && surplus > 0 && surplus <= expectedCents * UNSHOWN_INTEREST_SHARE) {
    return { balanced: true, used: ['instalments'], terms };
  }
  return { balanced: false, used: [], terms };
}

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'On a paid order: the amount paid differs from items − discount + shipping by more than the tolerance once the platform subsidies and coupons, instalment interest, tax and partial refunds the console shows are counted; a refund exceeds the amount paid; or nothing was paid for items shown with a price and no discount covering them.',
  zh: '已付款订单：计入后台显示的平台补贴/优惠券、分期利息、税费和部分退款后，实付与“商品 − 优惠 + 运费”仍相差超过容差；退款超过实付；或商品有标价、优惠未覆盖，实付却为零。',
};

// Differences up to `tolerance` are ignored: propose raising it to the largest difference dismissed.
export const tuning: Tuning<'tolerance'> = {
  setting: 'tolerance',
  tune: (cases) => {
    const differences = cases.map((c) => c.evidence.difference).filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).map(Math.abs);
    if (differences.length === 0) return undefined;
    return { proposed: Math.ceil(Math.max(...differences) * 100) / 100, quieted: differences.length };
  },
};

export const amountMismatch = {
  id: 'amount-mismatch',
  family,
  label,
  description,
  tuning,
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

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): the pages import this export alone, never the check above.
 */
export const replies: readonly ReplyTemplate[] = [
  // Amounts that do not add up (amount-mismatch) or look unusual (amount-outlier).
  {
    id: 'amount-question',
    family: 'amount',
    detectors: ['amount-mismatch', 'amount-outlier'],
    audience: 'buyer',
    title: { en: 'Amount does not add up', zh: '订单金额核对' },
    body: {
      en: 'Hello {buyer}, while checking order {orderId} ({item}) we noticed that the amount paid, {amount}, does not match the price and shipping. We are checking it now. If you were charged too much, we refund the difference within one business day and tell you the exact sum. — {shop}',
      zh: '{buyer}您好，核对订单{orderId}（{item}）时，我们发现实付金额{amount}与商品价格加运费对不上，正在核实。如果多收了您的钱，我们会在一个工作日内退还差额，并告诉您具体金额。——{shop}',
    },
  },
];
